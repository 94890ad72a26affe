/**
 * Everything derived at the end of a build from what the plug-ins wrote, for history, crosswalk and
 * similar-code views: the code history, the add-on ↔ primary table and the text neighbours
 * (computed beforehand from a committed snapshot, see DatabaseWriter.finish). One call from
 * DatabaseWriter.finish(); figures go to meta.code_relations.
 */
import type Database from 'better-sqlite3';
import { fillAddonEdits } from './addon-edits.js';
import { fillCodeHistory } from './code-history.js';
import { type SimilarTextResult, writeSimilarText } from './similar-text.js';

export function deriveCodeRelations(
  db: Database.Database,
  similarText: readonly SimilarTextResult[],
  onStep?: (step: string) => void,
): void {
  const seconds: Record<string, number> = {};
  const timed = <T>(step: string, work: () => T): T => {
    onStep?.(step);
    const started = performance.now();
    const result = work();
    seconds[step] = Math.round(performance.now() - started) / 1000;
    return result;
  };
  timed('code history', () => fillCodeHistory(db));
  timed('add-on code edits', () => fillAddonEdits(db));
  const similar = timed('writing similar codes', () => writeSimilarText(db, similarText));
  const history = db.prepare('SELECT change, count(*) AS n FROM code_history GROUP BY change ORDER BY change').all();
  db.prepare('INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)').run('code_relations', JSON.stringify({ seconds, history, similar }));
}
