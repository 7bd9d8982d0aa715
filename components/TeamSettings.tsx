/**
 * Team settings: join a team library on a CouchDB server, sign in again when the session
 * ends, leave (the local library stays). The password field is never filled back in and
 * never stored; the status line says "synced", "syncing n", "offline" or "sign-in needed".
 */
import { useState } from 'preact/hooks';
import './team.css';

export type TeamJoin = { server: string; db: string; user: string; password: string };

export type TeamView = {
  /** The team joined, or null. */
  joined: { server: string; db: string; user: string } | null;
  /** The status line's words. */
  status: string;
  /** The session ended: ask for the password again. */
  needsSignIn: boolean;
  busy: boolean;
  error: string | null;
  /** Messages from sync (a delete that met an edit, a refused document). */
  notices: string[];
  /** Recent changes by the team: "Disputed by sam, 10:32". */
  recent: Array<{ title: string; text: string }>;
};

type Props = {
  view: TeamView;
  onJoin: (join: TeamJoin) => void;
  onSignIn: (password: string) => void;
  onLeave: () => void;
};

/** The Team tab of the panel. */
export function TeamSettings({ view, onJoin, onSignIn, onLeave }: Props) {
  const [server, setServer] = useState('');
  const [db, setDb] = useState('');
  const [user, setUser] = useState('');
  const [password, setPassword] = useState('');
  const submit = (e: Event) => {
    e.preventDefault();
    const typed = password;
    setPassword('');
    if (view.joined) onSignIn(typed);
    else onJoin({ server: server.trim(), db: db.trim(), user: user.trim(), password: typed });
  };
  const error = view.error && (
    <p class="warning" role="alert" data-field="team-error">
      {view.error}
    </p>
  );
  const passwordField = (
    <label>
      Password
      <input
        type="password"
        name="team-password"
        autocomplete="current-password"
        value={password}
        onInput={(e) => setPassword((e.currentTarget as HTMLInputElement).value)}
      />
    </label>
  );

  if (!view.joined) {
    return (
      <form class="team" onSubmit={submit} aria-label="Join a team">
        <h2>Share the library with a team</h2>
        <p class="hint">
          Clippings, flags, notes and tags are shared through your team&rsquo;s CouchDB database. Joining shares this
          library&rsquo;s clippings with the team; leaving keeps them here.
        </p>
        <label>
          Server
          <input
            type="url"
            name="team-server"
            placeholder="https://couch.newsroom.example"
            value={server}
            onInput={(e) => setServer((e.currentTarget as HTMLInputElement).value)}
          />
        </label>
        <label>
          Database
          <input name="team-db" value={db} onInput={(e) => setDb((e.currentTarget as HTMLInputElement).value)} />
        </label>
        <label>
          Your name
          <input
            name="team-user"
            autocomplete="username"
            value={user}
            onInput={(e) => setUser((e.currentTarget as HTMLInputElement).value)}
          />
        </label>
        {passwordField}
        <button type="submit" disabled={view.busy || !server || !db || !user || !password}>
          Join team
        </button>
        {error}
      </form>
    );
  }

  return (
    <section class="team" aria-label="Team">
      <h2>Team {view.joined.db}</h2>
      <p class="hint">
        {view.joined.user} on {view.joined.server}
      </p>
      <p role="status" data-field="team-status">
        {view.status}
      </p>
      {view.needsSignIn && (
        <form onSubmit={submit} aria-label="Sign in again">
          {passwordField}
          <button type="submit" disabled={view.busy || !password}>
            Sign in
          </button>
        </form>
      )}
      {error}
      {view.notices.map((n) => (
        <p class="hint" role="note" key={n}>
          {n}
        </p>
      ))}
      {view.recent.length > 0 && (
        <>
          <h3>Recent changes</h3>
          <ul class="team-recent">
            {view.recent.map((r, i) => (
              <li key={i}>
                <span class="team-change">{r.text}</span> — {r.title}
              </li>
            ))}
          </ul>
        </>
      )}
      <button type="button" disabled={view.busy} onClick={onLeave}>
        Leave team
      </button>
    </section>
  );
}
