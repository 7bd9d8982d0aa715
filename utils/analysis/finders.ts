import { creditsFinder } from './credits';
import { figuresFinder } from './figures';
import { quotesFinder } from './quotes';
import type { Finder } from './types';

/** Every finder the engine runs. Order here is the order of the lists in the panel and the export. */
export const FINDERS: readonly Finder[] = [quotesFinder, figuresFinder, creditsFinder];
