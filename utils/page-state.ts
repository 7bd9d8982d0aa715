import type { Analysis } from './analysis/types';
import type { AccessProblem } from './page-access';

/** What the panel knows about the tab it follows. */
export type PageState =
  | { status: 'idle' }
  | { status: 'loading'; url: string }
  | { status: 'ready'; url: string; analysis: Analysis }
  | { status: 'not-article'; url: string; readerable: boolean; listing?: boolean }
  | { status: 'blocked'; url: string; problem: AccessProblem }
  | { status: 'error'; url: string; message: string };
