/**
 * Every message between the panel, the page highlighter and the background, in one
 * typed protocol. Senders and handlers name a message type and get its request and
 * response types; nothing else crosses the extension's contexts.
 */
import { browser, type Browser } from 'wxt/browser';
import type { HighlightItem } from './desk/page-highlighter';
import type { HighlightKind, HighlightNames } from './desk/highlight-style';
import type { Quote } from './desk/match-quote';

/** A shortcut or menu item the background hands to the panel showing that tab. */
export type DeskCommand = 'annotate' | 'save';

/** Request and response of every message, by type. */
export type Protocol = {
  /** Panel → page: is the highlighter already there, and which random names do its marks use? */
  'highlighter/ping': { request: object; response: { ready: true; names: HighlightNames } };
  /** Panel → page: replace every mark. */
  'highlighter/update': {
    request: { items: HighlightItem[]; hidden: HighlightKind[] };
    response: { missing: string[] };
  };
  /** Panel → page: show or hide kinds. */
  'highlighter/hidden': { request: { hidden: HighlightKind[] }; response: { ok: true } };
  /** Panel → page: scroll to a mark and make it the current one. */
  'highlighter/locate': { request: { id: string }; response: { found: boolean } };
  /** Panel → page: the words the user has selected, with context. */
  'highlighter/selection': { request: object; response: { quote: Quote | null } };
  /** Panel → page: remove every mark (the panel is closing or moved on). */
  'highlighter/clear': { request: object; response: { ok: true } };
  /** Page → panel: the page replaced its content or its address without a load. */
  'page/changed': { request: { url: string }; response: { ok: true } };
  /** Background → panel: run a command on this tab. */
  'desk/command': { request: { command: DeskCommand; tabId: number }; response: { handled: boolean } };
  /** Panel → background: a command given while the panel was still opening. */
  'desk/pending': { request: object; response: { command: DeskCommand; tabId: number } | null };
};

export type MessageType = keyof Protocol;
export type Message<T extends MessageType = MessageType> = {
  [K in T]: { type: K } & Protocol[K]['request'];
}[T];
export type Reply<T extends MessageType> = Protocol[T]['response'];

const TYPES: ReadonlySet<string> = new Set<MessageType>([
  'highlighter/ping',
  'highlighter/update',
  'highlighter/hidden',
  'highlighter/locate',
  'highlighter/selection',
  'highlighter/clear',
  'page/changed',
  'desk/command',
  'desk/pending',
]);

/** True for a message of this protocol (anything else on the bus is not ours). */
export function isMessage(value: unknown): value is Message {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { type?: unknown }).type === 'string' &&
    TYPES.has((value as { type: string }).type)
  );
}

/** What onMessage answers when a handler fails. */
type Failure = { error: string };

function isFailure(reply: unknown): reply is Failure {
  return typeof reply === 'object' && reply !== null && typeof (reply as { error?: unknown }).error === 'string';
}

/** The reply, or a rejection carrying the handler's error: a failure is never read as an answer. */
function unwrap<T extends MessageType>(reply: unknown): Reply<T> {
  if (isFailure(reply)) throw new Error(reply.error);
  return reply as Reply<T>;
}

/** Sends to the page script in a tab. Rejects when nothing listens there or its handler failed. */
export async function sendToTab<T extends MessageType>(tabId: number, message: Message<T>): Promise<Reply<T>> {
  return unwrap<T>(await browser.tabs.sendMessage(tabId, message));
}

/** Sends to the extension's pages and background. Rejects when nothing listens or the handler failed. */
export async function sendToExtension<T extends MessageType>(message: Message<T>): Promise<Reply<T>> {
  return unwrap<T>(await browser.runtime.sendMessage(message));
}

type Sender = Browser.runtime.MessageSender;

/** A handler answers, or returns undefined to leave the message to another context. */
export type Handlers = {
  [K in MessageType]?: (message: Message<K>, sender: Sender) => Reply<K> | Promise<Reply<K>> | undefined;
};

/**
 * Listens for protocol messages and answers through sendResponse (the one way every
 * browser supports). Returns the function that stops listening.
 */
export function onMessage(handlers: Handlers): () => void {
  const listener = (message: unknown, sender: Sender, sendResponse: (response: unknown) => void): boolean => {
    if (!isMessage(message)) return false;
    const handler = handlers[message.type] as
      ((m: Message, s: Sender) => Reply<MessageType> | Promise<Reply<MessageType>> | undefined) | undefined;
    const result = handler?.(message, sender);
    if (result === undefined) return false;
    // The sender's sendToTab/sendToExtension turns this into a rejection.
    Promise.resolve(result).then(sendResponse, (error: unknown) =>
      sendResponse({ error: error instanceof Error ? error.message : String(error) } satisfies Failure),
    );
    return true;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}

/** The port a panel holds open to the tab it shows: when it closes, the page's marks go. */
const PANEL_PORT = 'copydesk-panel';

/** Panel side: stay connected to the tab's highlighter; `lost` runs if the page goes first. Call the result to let go. */
export function connectToTab(tabId: number, lost: () => void = () => undefined): () => void {
  try {
    const port = browser.tabs.connect(tabId, { name: PANEL_PORT });
    port.onDisconnect.addListener(() => {
      // Reading lastError keeps Chrome from logging the page's departure as an error.
      void browser.runtime.lastError;
      lost();
    });
    return () => port.disconnect();
  } catch {
    lost();
    return () => undefined;
  }
}

/** Page side: `gone` runs when the last panel showing this tab has let go. */
export function onPanelGone(gone: () => void): void {
  let open = 0;
  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== PANEL_PORT) return;
    open++;
    port.onDisconnect.addListener(() => {
      if (--open === 0) gone();
    });
  });
}
