import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { FlagStatus } from '../utils/desk/model';
import { STATUS_CHOICES, statusChoice } from './status';
import './status-menu.css';

type Props = {
  status: FlagStatus;
  /** The flag has a note: the menu offers to edit it rather than add one. */
  hasNote: boolean;
  /** Tab reaches the button (the desk's roving focus). */
  tabbable: boolean;
  onStatus: (status: FlagStatus) => void;
  onNote: () => void;
};

/** Below this many pixels under the button, the menu opens upwards when there is more room above. */
const MENU_HEIGHT = 190;

/**
 * A flag's one status control: a button showing the current status that opens a menu of
 * the four statuses and the note (the WAI-ARIA menu button pattern). In the open menu the
 * arrows, Home and End move, Enter chooses, Escape closes, and v/d/n/u choose at once, as
 * they do on the flag itself; every key pressed there stays there, so j/k never move the
 * desk from under an open menu.
 */
export function StatusMenu({ status, hasNote, tabbable, onStatus, onNote }: Props) {
  const [open, setOpen] = useState(false);
  const [upwards, setUpwards] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);
  const menuId = useId();
  const current = statusChoice(status);

  const items = () => [...(menu.current?.querySelectorAll<HTMLElement>('[role^="menuitem"]') ?? [])];
  // The menu opens on the current status, as a radio group does.
  useEffect(() => {
    if (open) items()[STATUS_CHOICES.indexOf(current)]?.focus();
  }, [open]);

  const show = () => {
    const box = button.current?.getBoundingClientRect();
    const below = box ? window.innerHeight - box.bottom : Infinity;
    setUpwards(!!box && below < MENU_HEIGHT && box.top > below);
    setOpen(true);
  };
  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) button.current?.focus();
  };
  const choose = (next: FlagStatus) => {
    close(true);
    if (next !== status) onStatus(next);
  };

  const onMenuKey = (e: KeyboardEvent) => {
    e.stopPropagation();
    const all = items();
    const at = all.indexOf(document.activeElement as HTMLElement);
    const focus = (i: number) => all[(i + all.length) % all.length]?.focus();
    const plain = !(e.ctrlKey || e.altKey || e.metaKey);
    const keyed = plain && STATUS_CHOICES.find((c) => c.key === e.key.toLowerCase());
    if (e.key === 'ArrowDown') focus(at + 1);
    else if (e.key === 'ArrowUp') focus(at - 1);
    else if (e.key === 'Home') focus(0);
    else if (e.key === 'End') focus(all.length - 1);
    else if (e.key === 'Escape' || e.key === 'Tab') close(true);
    else if (keyed) choose(keyed.status);
    else return;
    e.preventDefault();
  };

  return (
    <div
      class="status-menu"
      onFocusOut={(e) => {
        // Focus leaving the control (a click elsewhere, the browser's own Tab) closes the menu.
        const to = e.relatedTarget as Node | null;
        if (open && !(to && e.currentTarget.contains(to))) setOpen(false);
      }}
    >
      <button
        ref={button}
        type="button"
        class="status-menu-button"
        data-status={status}
        aria-label={`Status: ${current.label}`}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        aria-keyshortcuts="v d n u"
        title={`Status: ${current.label}. Choose a status or ${hasNote ? 'edit the' : 'add a'} note (keys v, d, n, u)`}
        tabIndex={tabbable ? 0 : -1}
        onClick={() => (open ? close(true) : show())}
      >
        <span class="status-icon" aria-hidden="true">
          {current.icon}
        </span>
        <span class="status-caret" aria-hidden="true">
          ▾
        </span>
      </button>
      {open && (
        <div
          ref={menu}
          id={menuId}
          class={`status-menu-list${upwards ? ' upwards' : ''}`}
          role="menu"
          aria-label="Status and note"
          onKeyDown={onMenuKey}
        >
          {STATUS_CHOICES.map((c) => (
            <button
              key={c.status}
              type="button"
              role="menuitemradio"
              class={`status-item ${c.status}`}
              aria-checked={c.status === status}
              aria-keyshortcuts={c.key}
              tabIndex={-1}
              onClick={() => choose(c.status)}
            >
              <span class="status-icon" aria-hidden="true">
                {c.icon}
              </span>
              <span class="status-item-label">{c.label}</span>
              <kbd aria-hidden="true">{c.key}</kbd>
            </button>
          ))}
          <div role="separator" class="status-menu-separator" />
          <button
            type="button"
            role="menuitem"
            class="status-item note-item"
            tabIndex={-1}
            onClick={() => {
              close(false);
              onNote();
            }}
          >
            <span class="status-icon" aria-hidden="true">
              ✎
            </span>
            <span class="status-item-label">{hasNote ? 'Edit note' : 'Add note'}</span>
          </button>
        </div>
      )}
    </div>
  );
}
