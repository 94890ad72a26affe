/**
 * Everything the code page shows beside the code view: related policies, history, crosswalks and
 * coding edits, similar codes. Each part fails soft (null) so one missing table never hides the page.
 */
import { AppError } from '../domain/errors.js';
import type { ReadStore } from '../store/reader.js';
import type { Article } from './article.js';
import { articleOfView } from './article.js';
import { codeCrosswalks } from './crosswalks.js';
import { historyOf } from './history.js';
import { codePolicies } from './policies.js';
import type { CodePoliciesView } from './policy-views.js';
import type { CrosswalksView, HistoryView, SimilarView } from './relation-views.js';
import { similarCodes } from './similar.js';
import type { CodeView } from './views.js';

export interface CodePageExtras {
  policies: CodePoliciesView | null;
  history: HistoryView | null;
  crosswalks: CrosswalksView | null;
  similar: SimilarView | null;
  article?: Article | null;
}

function soft<T>(part: string, work: () => T): T | null {
  try {
    return work();
  } catch (err) {
    if (!(err instanceof AppError)) console.error(`code page ${part}:`, err);
    return null;
  }
}

export function codePageExtras(store: ReadStore, view: CodeView): CodePageExtras {
  return {
    policies: soft('policies', () => codePolicies(store, view.system, view.code)),
    history: soft('history', () => historyOf(store, view.system, view.code)),
    crosswalks: soft('crosswalks', () => codeCrosswalks(store, view.system, view.code)),
    similar: soft('similar', () => similarCodes(store, view.system, view.code)),
    article: soft('article', () => articleOfView(store, view)),
  };
}
