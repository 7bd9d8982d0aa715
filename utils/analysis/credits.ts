import type { Finder } from './types';

/** Placeholder until the finder lands. */
export const creditsFinder: Finder = {
  kind: 'credit',
  label: 'Image credits',
  find: () => [],
};
