/**
 * The sync loop of an open panel: send what waits, then wait on the changes feed (a long
 * poll, so a colleague's change arrives within a second or two); a local write cuts the
 * wait short so it is sent at once. A dropped connection is retried with a growing pause
 * (1 s up to 30 s); an ended session stops the loop until the editor signs in again.
 * The outbox and the checkpoint are in the library, so a restart resumes where it stopped.
 */
import { countPending, watchPending } from '../store/team-sync';
import { CouchError } from './couch-errors';
import { pullAll, pullBatch, pushBatch, type SyncContext } from './sync-io';

/** What the panel's status line says. */
export type SyncStatus =
  | { state: 'synced' }
  | { state: 'syncing'; pending: number }
  | { state: 'offline'; pending: number }
  | { state: 'sign-in-needed' }
  | { state: 'no-access'; message: string }
  | { state: 'stopped' };

/** The status line's words: "synced", "syncing 3", "offline", "sign-in needed". */
export function statusText(status: SyncStatus): string {
  switch (status.state) {
    case 'synced':
      return 'synced';
    case 'syncing':
      return `syncing ${status.pending}`;
    case 'offline':
      return 'offline';
    case 'sign-in-needed':
      return 'sign-in needed';
    case 'no-access':
      return status.message;
    case 'stopped':
      return 'not syncing';
  }
}

export type EngineOptions = {
  /** Long-poll wait in ms. @default 20000 */
  pollTimeout?: number;
  onStatus?: (status: SyncStatus) => void;
  /** Called after changes from the team were written to the library. */
  onApplied?: (count: number) => void;
  /** Pause between retries when offline, in ms (doubled up to 30 s). @default 1000 */
  retryDelay?: number;
  /** How long local writes must pause before they are sent, in ms. @default 200 */
  settleDelay?: number;
};

/** Runs sync until stop(). One engine per panel. */
export class SyncEngine {
  private readonly ctx: SyncContext;
  private readonly options: EngineOptions;
  private running = false;
  private wait: AbortController | null = null;
  private sleeping: (() => void) | null = null;
  private unwatch: (() => void) | null = null;
  private localWrites = 0;
  private settle: ReturnType<typeof setTimeout> | null = null;
  private done: Promise<void> | null = null;

  constructor(ctx: SyncContext, options: EngineOptions = {}) {
    this.ctx = ctx;
    this.options = options;
  }

  private status(status: SyncStatus) {
    this.options.onStatus?.(status);
  }

  /** Starts the loop (no-op when running). */
  start(): void {
    if (this.running) return;
    this.running = true;
    let first = true;
    this.unwatch = watchPending(this.ctx.db, () => {
      // The first report is the count at start, not a write.
      if (first) return void (first = false);
      this.localWrites++;
      // A burst of saves (a restore, a bulk tag) is sent together once it settles, and a
      // save never waits on a push that started under it.
      if (this.settle) clearTimeout(this.settle);
      this.settle = setTimeout(() => this.wake(), this.options.settleDelay ?? 200);
    });
    this.done = this.loop();
  }

  /** Stops the loop and waits for it to end. */
  async stop(): Promise<void> {
    this.running = false;
    if (this.settle) clearTimeout(this.settle);
    this.unwatch?.();
    this.unwatch = null;
    this.wake();
    await this.done;
    this.status({ state: 'stopped' });
  }

  /** Cuts a long poll or a retry pause short. */
  wake(): void {
    this.wait?.abort();
    this.sleeping?.();
  }

  /** Sends everything waiting and reads every change there is (no waiting); for tests and the CLI. */
  async syncOnce(): Promise<void> {
    while ((await pushBatch(this.ctx)) > 0);
    const pulled = await pullAll(this.ctx);
    if (pulled) this.options.onApplied?.(pulled);
  }

  private async loop(): Promise<void> {
    let delay = this.options.retryDelay ?? 1000;
    while (this.running) {
      try {
        let pending = await countPending(this.ctx.db);
        while (pending > 0 && this.running) {
          this.status({ state: 'syncing', pending });
          await pushBatch(this.ctx);
          pending = await countPending(this.ctx.db);
        }
        // Catch up without waiting, then wait on the feed.
        await pullAll(this.ctx, { onPage: (n) => this.options.onApplied?.(n), going: () => this.running });
        delay = this.options.retryDelay ?? 1000;
        if (!this.running) break;
        if ((await countPending(this.ctx.db)) > 0) continue;
        this.status({ state: 'synced' });
        const writes = this.localWrites;
        this.wait = new AbortController();
        const got = await pullBatch(this.ctx, this.options.pollTimeout ?? 20_000, this.wait.signal).catch(
          (error: unknown) => {
            if ((error as Error)?.name === 'AbortError' || writes !== this.localWrites) return 0;
            throw error;
          },
        );
        if (got) this.options.onApplied?.(got);
      } catch (error) {
        if (!this.running) break;
        if (error instanceof CouchError && (error.code === 'sign-in-needed' || error.code === 'wrong-password')) {
          this.status({ state: 'sign-in-needed' });
          this.running = false;
          break;
        }
        if (error instanceof CouchError && error.code === 'no-access') {
          this.status({ state: 'no-access', message: error.message });
          this.running = false;
          break;
        }
        this.status({ state: 'offline', pending: await countPending(this.ctx.db).catch(() => 0) });
        await this.sleep(delay);
        delay = Math.min(delay * 2, 30_000);
      } finally {
        this.wait = null;
      }
    }
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.sleeping = () => {
        this.sleeping = null;
        done();
      };
    });
  }
}
