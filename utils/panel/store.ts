/**
 * A store for one concern of the panel: its state, changed only by dispatching actions
 * to a pure reducer, read with getState() (by async glue that must not act on a stale
 * render) and watched with subscribe() (by the view). The Hypothesis sidebar's model.
 */
export type Reducer<S, A> = (state: S, action: A) => S;

export type Store<S, A> = {
  getState: () => S;
  dispatch: (action: A) => void;
  /** Calls `listener` after every change; returns the unsubscribe. */
  subscribe: (listener: () => void) => () => void;
};

export function createStore<S, A>(reducer: Reducer<S, A>, initial: S): Store<S, A> {
  let state = initial;
  const listeners = new Set<() => void>();
  return {
    getState: () => state,
    dispatch: (action) => {
      const next = reducer(state, action);
      if (next === state) return;
      state = next;
      for (const listener of [...listeners]) listener();
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
