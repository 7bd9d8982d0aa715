import { useEffect, useState } from 'preact/hooks';
import type { Store } from '../../utils/panel/store';

/** The store's state, re-rendering the component whenever it changes. */
export function useStore<S, A>(store: Store<S, A>): S {
  const [state, setState] = useState(store.getState);
  useEffect(() => {
    // A change between the first render and this subscription is not missed.
    setState(store.getState());
    return store.subscribe(() => setState(store.getState()));
  }, [store]);
  return state;
}
