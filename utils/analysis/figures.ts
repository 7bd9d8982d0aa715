import type { Finder } from './types';

/** Placeholder until the finder lands. */
export const figuresFinder: Finder = {
  kind: 'figure',
  label: 'Figures',
  find: () => [],
};
