/**
 * The code lists' part of a build (db/writer.ts): their record writers and finishing steps —
 * default releases, notes of codes no release has, the hierarchy, release counts, the code life
 * cycle (history, add-on edits) and the integrity checks of the finished file.
 */
import type Database from 'better-sqlite3';
import type { FeatureBuild } from '../../db/writer.js';
import { fillAddonEdits } from './addon-edits.js';
import { fillCodeHistory } from './code-history.js';
import { fillHierarchy } from './hierarchy.js';
import { codeWriters } from './writers.js';

/** The newest complete release of each system is the default (release ids sort by date). */
function chooseDefaultReleases(db: Database.Database): void {
  db.exec(`
    UPDATE releases SET is_default = 1
    WHERE complete = 1 AND release = (
      SELECT max(r2.release) FROM releases r2 WHERE r2.system = releases.system AND r2.complete = 1
    )`);
}

function dropOrphanNotes(db: Database.Database): void {
  for (const table of ['notes', 'seven_chars']) {
    db.exec(`DELETE FROM ${table} WHERE NOT EXISTS (
      SELECT 1 FROM codes c WHERE c.system = ${table}.system AND c.key = ${table}.key)`);
  }
}

function countReleases(db: Database.Database): void {
  db.exec(`
    UPDATE releases SET
      codes = (SELECT count(*) FROM codes c WHERE c.system = releases.system AND c.release = releases.release
               AND c.kind IN ('header', 'code')),
      billable = (SELECT count(*) FROM codes c WHERE c.system = releases.system AND c.release = releases.release
               AND c.billable = 1)`);
}

/** Step names other features run after. */
export const CODE_STEPS = {
  /** Codes, notes, terms and lexicon are final. */
  codesFinal: 'dropping notes of codes no release has',
  hierarchy: 'hierarchy',
  releaseCounts: 'release counts',
  checks: 'integrity checks',
} as const;

export const codesBuild: FeatureBuild = {
  name: 'codes',
  writers: codeWriters,
  steps: [
    { name: 'default releases', after: [], run: ({ db }) => chooseDefaultReleases(db) },
    { name: CODE_STEPS.codesFinal, after: ['default releases'], run: ({ db }) => dropOrphanNotes(db) },
    { name: CODE_STEPS.hierarchy, after: [CODE_STEPS.codesFinal], run: ({ db }) => fillHierarchy(db) },
    { name: CODE_STEPS.releaseCounts, after: [CODE_STEPS.hierarchy], run: ({ db }) => countReleases(db) },
    {
      name: 'code history',
      after: [CODE_STEPS.releaseCounts],
      run: ({ db }) => {
        fillCodeHistory(db);
        const history = db.prepare('SELECT change, count(*) AS n FROM code_history GROUP BY change ORDER BY change').all();
        db.prepare('INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)').run('code_history', JSON.stringify(history));
      },
    },
    { name: 'add-on code edits', after: [CODE_STEPS.releaseCounts], run: ({ db }) => fillAddonEdits(db) },
    {
      name: CODE_STEPS.checks,
      after: ['*'],
      check: true,
      snapshot: { module: new URL('./checks.ts', import.meta.url), exportName: 'runIntegrityChecks' },
    },
  ],
};
