/**
 * The password for the team commands: COPYDESK_PASSWORD, else asked on the terminal
 * without echo. Never an argument (arguments show in `ps` and shell history).
 */
import type { Readable, Writable } from 'node:stream';

/** The password, or null when there is none to be had (no variable, no terminal). */
export async function readPassword(
  env: NodeJS.ProcessEnv,
  stdin: Readable & { isTTY?: boolean; setRawMode?: (raw: boolean) => void },
  stderr: Writable,
  who: string,
): Promise<string | null> {
  if (env.COPYDESK_PASSWORD) return env.COPYDESK_PASSWORD;
  if (!stdin.isTTY || !stdin.setRawMode) return null;
  stderr.write(`Password for ${who}: `);
  stdin.setRawMode(true);
  stdin.resume();
  let typed = '';
  try {
    for await (const chunk of stdin) {
      for (const ch of String(chunk)) {
        if (ch === '\r' || ch === '\n') return typed;
        if (ch === '\u0003') return null;
        if (ch === '\u007f') typed = typed.slice(0, -1);
        else typed += ch;
      }
    }
    return typed;
  } finally {
    stdin.setRawMode(false);
    stdin.pause();
    stderr.write('\n');
  }
}
