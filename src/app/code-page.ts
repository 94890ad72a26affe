/**
 * Everything the code page shows beside the code view: related policies, history, crosswalks and
 * coding edits, similar codes, the article. A part is null only when its feature says the code is
 * not found there (a code known only from a change list); any other error is the page's error.
 */
import { AppError } from '../core/errors.js';
import type { Article } from '../features/articles/index.js';
import { articleOfView } from '../features/articles/index.js';
import type { CodeView, ReadStore } from '../features/codes/index.js';
import type { CodePoliciesView } from '../features/policies/index.js';
import { codePolicies } from '../features/policies/index.js';
import type { CrosswalksView, HistoryView } from '../features/relations/index.js';
import { codeCrosswalks, historyOf } from '../features/relations/index.js';
import type { SimilarView } from '../features/similar/index.js';
import { similarCodes } from '../features/similar/index.js';

export interface CodePageExtras {
  policies: CodePoliciesView | null;
  history: HistoryView | null;
  crosswalks: CrosswalksView | null;
  similar: SimilarView | null;
  article?: Article | null;
}

function unlessNotFound<T>(work: () => T): T | null {
  try {
    return work();
  } catch (err) {
    if (err instanceof AppError && err.kind === 'not-found') return null;
    throw err;
  }
}

export function codePageExtras(store: ReadStore, view: CodeView): CodePageExtras {
  return {
    policies: unlessNotFound(() => codePolicies(store, view.system, view.code)),
    history: unlessNotFound(() => historyOf(store, view.system, view.code)),
    crosswalks: unlessNotFound(() => codeCrosswalks(store, view.system, view.code)),
    similar: unlessNotFound(() => similarCodes(store, view.system, view.code)),
    article: unlessNotFound(() => articleOfView(store, view)),
  };
}
