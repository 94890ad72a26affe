/**
 * Builds a new database file from a stream of records. Everything goes into a temporary file
 * beside the target; only after the integrity checks pass is it renamed over the old database,
 * so a failed or interrupted build leaves the previous database untouched.
 */
import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { AppError } from '../domain/errors.js';
import type { CodeRecord, ReleaseRecord, SourceFileRecord, SourceRecord } from '../domain/records.js';
import { fillSearchIndex, type SynonymRow } from '../features/search/index.js';
import { linkArticlePassages, writePassage } from './article-passages.js';
import { carryArticleTexts } from './article-tables.js';
import { type CheckReport, runIntegrityChecks } from './checks.js';
import { deriveCodeRelations } from './code-relations.js';
import { fillHierarchy } from './hierarchy.js';
import { insertTopicLinks, linkPolicyMentions, type TopicLink } from './policy-links.js';
import { MIGRATIONS, SCHEMA_VERSION } from './schema.js';
import { computeSimilarText, type SimilarTextResult } from './similar-text.js';
import { type Inserts, prepareInserts } from './writer-statements.js';

/** Work that reads the committed temporary file beside the build (a worker thread, usually). */
export interface RunningWork<T> {
  result: Promise<T>;
  stop(): Promise<void>;
}

export interface FinishHooks {
  /** Lay-term links (features/search/build-lexicon-links.ts) from the file as committed once codes, terms and lexicon are final; default: in this thread. */
  lexiconSynonyms?: (tempPath: string) => RunningWork<readonly SynonymRow[]>;
  /** Text neighbours of the committed codes and terms plus these synonyms; default: in this thread. */
  similarText?: (tempPath: string, synonyms: readonly SynonymRow[]) => RunningWork<readonly SimilarTextResult[]>;
  /** The integrity checks, on the file as committed once every table but the topic links is final; default: in this thread. */
  checks?: (tempPath: string) => RunningWork<CheckReport>;
  /** Topic links of the policies that name no code, from the file as committed once the search index is in. */
  linkTopics?: (tempPath: string) => RunningWork<readonly TopicLink[]>;
}

export interface WriterSummary {
  checks: CheckReport;
  /** Records written, by type. */
  written: Record<string, number>;
}

const TEMP_MARK = '.building-';

/** Remove temporary files left by builds that were killed (their process is gone). */
export function removeStaleBuildFiles(target: string): string[] {
  const dir = dirname(target);
  if (!existsSync(dir)) return [];
  const prefix = `${basename(target)}${TEMP_MARK}`;
  const removed: string[] = [];
  for (const name of readdirSync(dir)) {
    if (!name.startsWith(prefix)) continue;
    const pid = Number(name.slice(prefix.length).split('-')[0]);
    if (Number.isInteger(pid) && pid !== process.pid && processAlive(pid)) continue;
    rmSync(join(dir, name), { force: true });
    removed.push(name);
  }
  return removed;
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export class DatabaseWriter {
  readonly target: string;
  readonly tempPath: string;
  private readonly db: Database.Database;
  private readonly insert: Inserts;
  private readonly written: Record<string, number> = {};
  private readonly releaseRecords: ReleaseRecord[] = [];
  private finished = false;
  private readonly running: Array<RunningWork<unknown>> = [];

  constructor(target: string) {
    this.target = target;
    this.tempPath = `${target}${TEMP_MARK}${process.pid}-${Date.now()}`;
    this.db = new Database(this.tempPath);
    // The temporary file is thrown away on any failure, so durability during the build is not needed.
    this.db.pragma('journal_mode = OFF');
    this.db.pragma('synchronous = OFF');
    this.db.pragma('cache_size = -65536');
    this.db.pragma('temp_store = MEMORY');
    for (const sql of MIGRATIONS) this.db.exec(sql);
    this.db.pragma(`user_version = ${SCHEMA_VERSION}`);
    this.insert = prepareInserts(this.db);
    this.db.exec('BEGIN');
  }

  write(record: SourceRecord): void {
    this.written[record.type] = (this.written[record.type] ?? 0) + 1;
    switch (record.type) {
      case 'release':
        this.releaseRecords.push(record);
        this.insert.release(record);
        return;
      case 'file':
        this.insert.file(record);
        return;
      case 'code':
        this.writeCode(record);
        return;
      case 'note':
        this.insert.note(record);
        return;
      case 'sevenChar':
        this.insert.sevenChar(record);
        return;
      case 'term':
        this.insert.term(record);
        return;
      case 'axis':
        this.insert.axis(record);
        return;
      case 'definition':
        this.insert.definition(record);
        return;
      case 'fact':
        this.insert.fact(record);
        return;
      case 'crosswalk':
        this.insert.crosswalk(record);
        return;
      case 'hccMapping':
        this.insert.hccMapping(record);
        return;
      case 'change':
        this.insert.change(record);
        return;
      case 'replacement':
        this.insert.replacement(record);
        return;
      case 'lexicon':
        this.insert.lexicon(record);
        return;
      case 'policy':
        this.insert.policy(record);
        return;
      case 'policyCode':
        this.insert.policyCode(record);
        return;
      case 'policyGroup':
        this.insert.policyGroup(record);
        return;
      case 'passage':
        writePassage(this.db, record);
        return;
    }
  }

  private writeCode(record: CodeRecord): void {
    try {
      this.insert.code(record);
    } catch (err) {
      if (err instanceof Error && /UNIQUE constraint failed/.test(err.message)) {
        throw new AppError('invalid', `${record.system} release ${record.release}: code ${record.code} appears twice`);
      }
      throw err;
    }
  }

  /** Files read for a system, to be listed on the data page (also used for missing-file notes). */
  recordFile(record: SourceFileRecord): void {
    this.write(record);
  }

  setMeta(key: string, value: unknown): void {
    this.insert.meta(key, JSON.stringify(value));
  }

  /**
   * Finish the build: pick default releases, compute the hierarchy and the search index, run the
   * integrity checks, then atomically replace the target. Throws (and removes the temporary
   * file) when a check fails. From here the file is in WAL mode, and the steps that only read it
   * run beside the rest, each on the snapshot of a commit (`hooks`, given by the build use-case,
   * run them in worker threads; docs/adr/0006-parallel-build.md): lay-term links and then text
   * neighbours once codes, terms and lexicon are final, the topic links of policies that name no
   * code (docs/policies.md) once the search index is in, and the integrity checks once everything
   * but the topic links is written. Without hooks each runs in this thread, with the same result.
   */
  async finish(onStep?: (step: string) => void, hooks: FinishHooks = {}): Promise<WriterSummary> {
    try {
      this.db.exec('COMMIT');
      this.db.pragma('journal_mode = WAL');
      this.db.exec('BEGIN');
      onStep?.('default releases');
      this.chooseDefaultReleases();
      onStep?.('dropping notes of codes no release has');
      this.dropOrphanNotes();
      this.commitPoint();
      // Codes, terms and lexicon are final in this snapshot: lay-term linking starts beside.
      const synonyms = hooks.lexiconSynonyms ? this.track(hooks.lexiconSynonyms(this.tempPath)) : undefined;
      const similarText = synonyms?.then((rows) => (hooks.similarText ? this.track(hooks.similarText(this.tempPath, rows)) : undefined));
      similarText?.catch(() => undefined); // a failure surfaces where it is awaited (or the build failed before)
      onStep?.('hierarchy');
      fillHierarchy(this.db);
      onStep?.('release counts');
      this.countReleases();
      onStep?.('policy links');
      const policyLinks = linkPolicyMentions(this.db);
      const links = await fillSearchIndex(this.db, onStep, synonyms);
      this.commitPoint();
      const topicLinks = policyLinks.policies > 0 && hooks.linkTopics ? this.track(hooks.linkTopics(this.tempPath)) : undefined;
      onStep?.('article passage links');
      linkArticlePassages(this.db);
      onStep?.('similar codes by text');
      const neighbours = (await similarText) ?? computeSimilarText(this.db, links);
      deriveCodeRelations(this.db, neighbours, onStep);
      this.insert.meta('built_at', JSON.stringify(new Date().toISOString()));
      this.db.exec('COMMIT');
      carryArticleTexts(this.db, this.target, existsSync);
      onStep?.('integrity checks');
      const checking = hooks.checks ? this.track(hooks.checks(this.tempPath)) : Promise.resolve(runIntegrityChecks(this.db));
      if (topicLinks) {
        onStep?.('policy topic links');
        const inserted = insertTopicLinks(this.db, await topicLinks);
        this.insert.meta('policy_links', JSON.stringify({ ...policyLinks, topicLinks: inserted }));
      } else if (policyLinks.policies > 0) this.insert.meta('policy_links', JSON.stringify(policyLinks));
      onStep?.('statistics for the query planner');
      this.db.exec('ANALYZE');
      onStep?.('waiting for the integrity checks');
      const checks = await checking;
      if (checks.failures.length > 0) {
        throw new AppError('internal', `integrity checks failed: ${checks.failures.join('; ')}`, undefined, checks.failures);
      }
      this.db.pragma('journal_mode = DELETE');
      this.db.close();
      renameSync(this.tempPath, this.target);
      this.finished = true;
      return { checks, written: { ...this.written } };
    } catch (err) {
      await this.abort();
      throw err;
    }
  }

  /** Commit what is written so far (readers in other threads see it) and go on in a new transaction. */
  private commitPoint(): void {
    this.db.exec('COMMIT');
    this.db.exec('BEGIN');
  }

  private track<T>(work: RunningWork<T>): Promise<T> {
    if (this.finished) void work.stop(); // started by a promise that settled after an abort
    this.running.push(work);
    return work.result;
  }

  /** Throw the build away: work still running beside is stopped, the target is not touched. */
  async abort(): Promise<void> {
    if (this.finished) return;
    this.finished = true;
    await Promise.allSettled(this.running.map((w) => w.stop()));
    try {
      if (this.db.open) {
        if (this.db.inTransaction) this.db.exec('ROLLBACK');
        this.db.close();
      }
    } finally {
      for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(`${this.tempPath}${suffix}`, { force: true });
    }
  }

  private chooseDefaultReleases(): void {
    // The newest complete release of each system is the default (release ids sort by date).
    this.db.exec(`
      UPDATE releases SET is_default = 1
      WHERE complete = 1 AND release = (
        SELECT max(r2.release) FROM releases r2 WHERE r2.system = releases.system AND r2.complete = 1
      )`);
  }

  private dropOrphanNotes(): void {
    for (const table of ['notes', 'seven_chars']) {
      this.db.exec(`DELETE FROM ${table} WHERE NOT EXISTS (
        SELECT 1 FROM codes c WHERE c.system = ${table}.system AND c.key = ${table}.key)`);
    }
  }

  private countReleases(): void {
    this.db.exec(`
      UPDATE releases SET
        codes = (SELECT count(*) FROM codes c WHERE c.system = releases.system AND c.release = releases.release
                 AND c.kind IN ('header', 'code')),
        billable = (SELECT count(*) FROM codes c WHERE c.system = releases.system AND c.release = releases.release
                 AND c.billable = 1)`);
  }
}
