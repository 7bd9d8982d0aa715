/**
 * What the library's menus and tools show besides the list: the filter choices, tag counts,
 * storage use and whether the browser keeps the library when space runs short.
 */
import { useEffect, useState } from 'preact/hooks';
import { requestPersistence, storageEstimate, type PersistState } from '../../utils/store/persist';
import { libraryFacets, tagCounts, type Facets } from '../../utils/store/query';
import type { CopydeskDb } from '../../utils/store/schema';
import { errorMessage } from './browser-io';

/** Which tool the editor opened under the search. */
export type LibraryTool = 'none' | 'tags' | 'tools';

const NO_FACETS: Facets = { tags: [], sites: [], speakers: [], statuses: [] };

export type LibraryFacts = {
  facets: Facets;
  counts: Map<string, number>;
  usage: { usage: number; quota: number } | null;
  persist: PersistState | null;
};

/**
 * Reads the facts once the list is `listed` (their index walks would compete with the first
 * screen) and again after each `revision`; tag counts and storage only while their tool is open.
 */
export function useLibraryFacts(
  db: CopydeskDb | null,
  listed: boolean,
  revision: number,
  tool: LibraryTool,
  onError: (text: string) => void,
): LibraryFacts {
  const [facets, setFacets] = useState<Facets>(NO_FACETS);
  const [counts, setCounts] = useState<Map<string, number>>(new Map());
  const [usage, setUsage] = useState<LibraryFacts['usage']>(null);
  const [persist, setPersist] = useState<PersistState | null>(null);

  // Ask once per panel: with unlimitedStorage Chromium grants it silently.
  useEffect(() => void requestPersistence().then(setPersist), []);

  useEffect(() => {
    if (!db || !listed) return;
    const fail = (error: unknown) => onError(errorMessage(error));
    libraryFacets(db).then(setFacets, (error: unknown) => {
      setFacets(NO_FACETS);
      fail(error);
    });
    if (tool === 'tags') tagCounts(db).then(setCounts, fail);
    if (tool === 'tools') storageEstimate().then(setUsage, fail);
  }, [db, listed, revision, tool, onError]);

  return { facets, counts, usage, persist };
}
