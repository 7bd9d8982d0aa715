import { useMemo, useState } from 'preact/hooks';
import type { ThumbnailSetting } from '../../components/thumbnails';

const KEY = 'copydesk:thumbnails';

function panelStorage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

/** The thumbnail setting, kept in the panel's own storage (on unless the editor turned it off). */
export function useThumbnails(): ThumbnailSetting {
  const [show, setShowState] = useState(() => panelStorage()?.getItem(KEY) !== 'off');
  return useMemo(
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
}
