import type { ComponentChildren } from 'preact';
import { useMemo, useState } from 'preact/hooks';
import { Thumbnails } from '../../components/thumbnails';

const KEY = 'copydesk:thumbnails';

function panelStorage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

/** The thumbnail setting for the whole panel, kept in its own storage (on unless the editor turned it off). */
export function ThumbnailsProvider({ children }: { children: ComponentChildren }) {
  const [show, setShowState] = useState(() => panelStorage()?.getItem(KEY) !== 'off');
  const value = useMemo(
    () => ({
      show,
      setShow: (next: boolean) => {
        setShowState(next);
        try {
          panelStorage()?.setItem(KEY, next ? 'on' : 'off');
        } catch {
          // A full or blocked storage only costs remembering the choice.
        }
      },
    }),
    [show],
  );
  return <Thumbnails.Provider value={value}>{children}</Thumbnails.Provider>;
}
