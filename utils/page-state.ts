import type { FinderProgress } from './analysis/run-finders';
import type { Analysis } from './analysis/types';
import type { AccessProblem } from './page-access';

/** What the panel knows about the tab it follows. */
export type PageState =
  | { status: 'idle' }
  /** `progress`: the last step the analysis told of, once it has begun. */
  | { status: 'loading'; url: string; progress?: FinderProgress }
  | { status: 'ready'; url: string; analysis: Analysis }
  | { status: 'not-article'; url: string; readerable: boolean; listing?: boolean }
  | { status: 'blocked'; url: string; problem: AccessProblem }
  | { status: 'error'; url: string; message: string };
