import { useCallback, useRef, useState } from 'preact/hooks';

export type Selection = {
  selected: Set<number>;
  /** Flips one row; with `extend` (shift-click) the whole run from the last flipped row. */
  toggle: (id: number, index: number, extend: boolean) => void;
  set: (ids: Iterable<number>) => void;
  /** Unselects ids that are gone (deleted). */
  drop: (ids: readonly number[]) => void;
};

/** The rows the editor ticked in a list of `ids` (in list order). */
export function useSelection(ids: readonly number[]): Selection {
  const [selected, setSelected] = useState<Set<number>>(new Set());
  const lastToggled = useRef<number | null>(null);

  const toggle = (id: number, index: number, extend: boolean) => {
    const next = new Set(selected);
    const on = !next.has(id);
    const last = extend ? lastToggled.current : null;
    const from = last !== null ? Math.min(last, index) : index;
    const to = last !== null ? Math.max(last, index) : index;
    for (const i of ids.slice(from, to + 1)) {
      if (on) next.add(i);
      else next.delete(i);
    }
    lastToggled.current = index;
    setSelected(next);
  };
  const set = useCallback((list: Iterable<number>) => setSelected(new Set(list)), []);
  const drop = useCallback((gone: readonly number[]) => {
    const out = new Set(gone);
    setSelected((old) => new Set([...old].filter((id) => !out.has(id))));
  }, []);
  return { selected, toggle, set, drop };
}
