/**
 * Policy ingestion as batch jobs that write a new build (docs/adr/0004-policy-ingestion.md): the
 * documents or the Coverage API answers are saved as files in the sources folder layout, then a
 * normal build writes a new database and swaps it in. A failed build leaves the previous database
 * untouched, and the files this job added are taken back out of the sources folder.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join, relative, resolve } from 'node:path';
import { slugify } from '../core/codes.js';
import { AppError } from '../core/errors.js';
import { CoverageApiClient, getPolicy, payerFolderPolicies, REPORT_COLUMNS, type SyncProgress, toCsv } from '../features/policies/index.js';
import type { SourcePlugin } from '../sources/contract.js';
import { PLUGINS } from '../sources/registry.js';
import { type BuildProgress, type BuildReport, buildDatabase } from './build.js';
import { openStore } from './medcodes.js';

const DOCUMENT = /\.(html?|pdf|txt)$/i;

interface IngestOptions {
  sourcesDir: string;
  dbPath: string;
  plugins?: readonly SourcePlugin[];
  newestOnly?: boolean;
  onBuildProgress?: (e: BuildProgress) => void;
}

export interface DocumentReport {
  file: string;
  policyId: string;
  title: string;
  linkedCodes: number;
  codes: string[];
  /** Code-shaped tokens that are not codes of the database (never linked). */
  notCodes: string[];
}

/** Files written into the sources folder, with what they replaced, so a failed build can undo them. */
class SourceChanges {
  private readonly undo: Array<{ path: string; previous: Buffer | null }> = [];

  write(path: string, data: string | Buffer): void {
    this.undo.push({ path, previous: existsSync(path) ? readFileSync(path) : null });
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, data);
  }

  copy(from: string, to: string): void {
    this.write(to, readFileSync(from));
  }

  rollback(): void {
    for (const { path, previous } of this.undo.reverse()) {
      if (previous) writeFileSync(path, previous);
      else rmSync(path, { force: true });
    }
  }
}

async function buildWith(changes: SourceChanges, options: IngestOptions): Promise<BuildReport> {
  try {
    return await buildDatabase({
      sourcesDir: options.sourcesDir,
      dbPath: options.dbPath,
      plugins: options.plugins ?? PLUGINS,
      newestOnly: options.newestOnly ?? false,
      cptDescriptorsFromCmsFiles: false,
      onProgress: options.onBuildProgress,
    });
  } catch (err) {
    changes.rollback();
    throw err;
  }
}

function documentsIn(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...documentsIn(path));
    else if (DOCUMENT.test(name)) out.push(path);
  }
  return out;
}

interface ImportResult {
  build: BuildReport;
  documents: DocumentReport[];
}

/** `medcodes policies import DIR`: copy DIR's documents (and sidecars) to policies/<payer>/ and rebuild. */
export async function importPolicyDocuments(
  dir: string,
  payer: string | undefined,
  options: IngestOptions & { onDocument?: (done: number, total: number, file: string) => void },
): Promise<ImportResult> {
  const from = resolve(dir);
  if (!existsSync(from) || !statSync(from).isDirectory()) throw new AppError('invalid', `${dir} is not a folder`, 'dir');
  const files = documentsIn(from);
  if (files.length === 0) throw new AppError('invalid', `${dir} holds no .html, .htm, .pdf or .txt document`, 'dir');
  const folder = slugify(payer ?? basename(from)) || 'payer';
  const target = join(resolve(options.sourcesDir), 'policies', folder);
  const changes = new SourceChanges();
  const copied: string[] = [];
  files.forEach((file, i) => {
    const to = join(target, relative(from, file));
    changes.copy(file, to);
    const sidecar = `${file.slice(0, -extname(file).length)}.json`;
    if (existsSync(sidecar)) changes.copy(sidecar, `${to.slice(0, -extname(to).length)}.json`);
    copied.push(relative(resolve(options.sourcesDir), to));
    options.onDocument?.(i + 1, files.length, relative(from, file));
  });
  const build = await buildWith(changes, options);
  return { build, documents: reportDocuments(options.dbPath, copied) };
}

function reportDocuments(dbPath: string, paths: string[]): DocumentReport[] {
  const store = openStore(dbPath);
  try {
    const byPath = payerFolderPolicies(store);
    return paths.map((file) => {
      const id = byPath.get(file);
      if (!id) return { file, policyId: '', title: '', linkedCodes: 0, codes: [], notCodes: [] };
      const view = getPolicy(store, id);
      const codes = [...new Set(view.codeGroups.flatMap((g) => g.codes.map((c) => `${c.system}:${c.code}`)))];
      return { file, policyId: id, title: view.title, linkedCodes: codes.length, codes, notCodes: view.unmatchedMentions };
    });
  } finally {
    store.close();
  }
}

interface SyncOptions extends IngestOptions {
  baseUrl?: string;
  limit?: number;
  /** Folder name under mcd/ (default api-YYYY-MM-DD). */
  release?: string;
  onSync?: (p: SyncProgress) => void;
  fetchImpl?: typeof fetch;
}

interface SyncReport {
  build: BuildReport;
  folder: string;
  documents: number;
  articles: Array<{ id: string; rows: Record<string, number>; error?: string }>;
}

/** `medcodes policies sync`: fetch from the Coverage API, save as mcd/api-<date>/ tables, rebuild. */
export async function syncPolicies(options: SyncOptions): Promise<SyncReport> {
  const client = new CoverageApiClient({ baseUrl: options.baseUrl, fetchImpl: options.fetchImpl });
  let result: Awaited<ReturnType<CoverageApiClient['sync']>>;
  try {
    result = await client.sync({ limit: options.limit, onProgress: options.onSync });
  } catch (err) {
    throw new AppError('unsupported', `the Coverage API could not be read: ${(err as Error).message}`);
  }
  const release = options.release ?? `api-${new Date().toISOString().slice(0, 10)}`;
  const folder = join(resolve(options.sourcesDir), 'mcd', release);
  const changes = new SourceChanges();
  changes.write(join(folder, 'documents_latest.csv'), toCsv(result.documents, REPORT_COLUMNS));
  for (const [table, rows] of result.tables) {
    if (rows.length > 0) changes.write(join(folder, 'article', `${table}.csv`), toCsv(rows));
  }
  const build = await buildWith(changes, options);
  return { build, folder: relative(resolve(options.sourcesDir), folder), documents: result.documents.length, articles: result.report };
}
