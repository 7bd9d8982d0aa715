import type { Finder } from './types';

/** Placeholder until the finder lands. */
export const quotesFinder: Finder = {
  kind: 'quote',
  label: 'Quotes',
  find: () => [],
};
