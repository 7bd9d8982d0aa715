/**
 * The panel's team sync: reads the team settings from the library, keeps the session
 * (the browser holds the cookie; the password is used once and dropped), runs the sync
 * engine while the panel is open and reports its status. Leaving keeps the library.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { TeamJoin, TeamView } from '../../components/TeamSettings';
import { sanitizeHtml } from '../../utils/sanitize';
import type { CopydeskDb } from '../../utils/store/schema';
import { forgetTeam, getSyncMeta, queueAll, recentShadows, setSyncMeta, teamCopyOf } from '../../utils/store/team-sync';
import { CouchClient } from '../../utils/sync/couch-client';
import { CouchError } from '../../utils/sync/couch-errors';
import { statusText, SyncEngine } from '../../utils/sync/engine';
import { TeamDb } from '../../utils/sync/team-db';
import { changeLine, flagLine, type TeamCopy } from '../../utils/sync/who';
import type { FlagState } from '../../utils/desk/model';
import { errorMessage } from './browser-io';

type TeamConfig = { server: string; db: string; user: string };

const START: TeamView = {
  joined: null,
  status: '',
  needsSignIn: false,
  busy: false,
  error: null,
  notices: [],
  recent: [],
};

/** Team sync for the panel; `revision` grows whenever changes from the team were written. */
export function useTeam(library: Promise<CopydeskDb>) {
  const [view, setView] = useState<TeamView>(START);
  const [revision, setRevision] = useState(0);
  const engine = useRef<SyncEngine | null>(null);
  const client = useRef<CouchClient | null>(null);
  const patch = useCallback((p: Partial<TeamView>) => setView((v) => ({ ...v, ...p })), []);

  const refreshRecent = useCallback(async () => {
    const db = await library;
    const recent = (await recentShadows(db, 8)).map((s) => changeLine(s));
    patch({ recent });
  }, [library, patch]);

  const start = useCallback(
    async (config: TeamConfig, couch: CouchClient) => {
      const db = await library;
      await engine.current?.stop();
      const team = new TeamDb(couch, config.db);
      engine.current = new SyncEngine(
        {
          db,
          team,
          me: config.user,
          // Server documents are hostile input: their HTML is sanitized like a page's.
          clean: (html, baseUrl) => sanitizeHtml(html, window, { baseUrl }),
          now: () => new Date(),
          say: (n) => setView((v) => ({ ...v, notices: [...v.notices.slice(-4), n] })),
        },
        {
          onStatus: (s) => {
            patch({ status: statusText(s), needsSignIn: s.state === 'sign-in-needed' });
            if (s.state === 'synced') void refreshRecent();
          },
          onApplied: () => {
            setRevision((r) => r + 1);
            void refreshRecent();
          },
        },
      );
      engine.current.start();
    },
    [library, patch, refreshRecent],
  );

  useEffect(() => {
    let live = true;
    void (async () => {
      const db = await library;
      const config = await getSyncMeta<TeamConfig>(db, 'team');
      if (!config || !live) return;
      client.current = new CouchClient(config.server);
      patch({ joined: config, status: 'connecting' });
      void refreshRecent();
      const user = await client.current.currentUser().catch((e: unknown) => (e instanceof CouchError ? e : null));
      if (!live) return;
      if (user === null) patch({ needsSignIn: true, status: 'sign-in needed' });
      else await start(config, client.current);
    })();
    return () => {
      live = false;
      void engine.current?.stop();
    };
  }, [library, patch, refreshRecent, start]);

  const join = useCallback(
    async ({ server, db: name, user, password }: TeamJoin) => {
      patch({ busy: true, error: null });
      try {
        const couch = new CouchClient(server);
        const me = await couch.signIn(user, password);
        await new TeamDb(couch, name).checkAccess();
        const config = { server: couch.server, db: name, user: me };
        const db = await library;
        await setSyncMeta(db, 'team', config);
        await queueAll(db);
        client.current = couch;
        patch({ joined: config, busy: false, needsSignIn: false });
        await start(config, couch);
      } catch (error) {
        patch({ busy: false, error: errorMessage(error) });
      }
    },
    [library, patch, start],
  );

  const signIn = useCallback(
    async (password: string) => {
      const config = view.joined;
      if (!config) return;
      patch({ busy: true, error: null });
      try {
        const couch = client.current ?? new CouchClient(config.server);
        await couch.signIn(config.user, password);
        client.current = couch;
        patch({ busy: false, needsSignIn: false });
        await start(config, couch);
      } catch (error) {
        patch({ busy: false, error: errorMessage(error) });
      }
    },
    [view.joined, patch, start],
  );

  const leave = useCallback(async () => {
    patch({ busy: true });
    await engine.current?.stop();
    engine.current = null;
    await client.current?.signOut();
    client.current = null;
    await forgetTeam(await library);
    setView(START);
  }, [library, patch]);

  return { view, revision, join, signIn, leave };
}

/**
 * Who set each flag of clipping `id` ("Disputed by sam, 10:32"), or null outside a team.
 * Read again whenever `key` changes (the flags shown, or changes from the team).
 */
export function useFlagAuthors(
  library: Promise<CopydeskDb> | CopydeskDb,
  id: number | null,
  key: unknown,
): ((flag: FlagState) => string) | null {
  const [copy, setCopy] = useState<TeamCopy | null>(null);
  useEffect(() => {
    let live = true;
    if (id === null) setCopy(null);
    else
      void Promise.resolve(library)
        .then((db) => teamCopyOf(db, id))
        .then((c) => live && setCopy(c))
        .catch(() => live && setCopy(null));
    return () => {
      live = false;
    };
  }, [library, id, key]);
  return useMemo(() => (copy ? (flag: FlagState) => flagLine(flag, copy) : null), [copy]);
}
