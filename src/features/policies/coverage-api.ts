/**
 * A client of the CMS Coverage API (OpenAPI "Coverage API" v1.5, ../shared/data/mcd/coverage-api/),
 * for `medcodes policies sync`. It reads the reports of current LCDs and articles and, per article,
 * the data endpoints that carry its codes, and returns them as tables in the MCD download layout:
 * the API's field names are the download tables' column names, so the build reads a sync exactly
 * like a download (sources/policies). The AMA/ADA/AHA licence token
 * (/v1/metadata/license-agreement/) is sent as a Bearer token, as the spec requires for code data.
 */

const DEFAULT_COVERAGE_API = 'https://api.coverage.cms.gov';

/** Report rows (local-coverage-final-lcds, local-coverage-articles) have the documents_latest.csv columns. */
export const REPORT_COLUMNS = [
  'contractor_name_type',
  'document_display_id',
  'document_id',
  'document_type',
  'document_version',
  'effective_date',
  'note',
  'retirement_date',
  'title',
  'updated_on',
  'updated_on_sort',
  'url',
] as const;

/** Article data endpoints and the download table each one fills. */
export const ARTICLE_TABLES: ReadonlyArray<[endpoint: string, table: string]> = [
  ['/v1/data/article/', 'article'],
  ['/v1/data/article/hcpc-code', 'article_x_hcpc_code'],
  ['/v1/data/article/hcpc-code-group', 'article_x_hcpc_code_group'],
  ['/v1/data/article/icd10-covered', 'article_x_icd10_covered'],
  ['/v1/data/article/icd10-covered-group', 'article_x_icd10_covered_group'],
  ['/v1/data/article/icd10-noncovered', 'article_x_icd10_noncovered'],
  ['/v1/data/article/icd10-noncovered-group', 'article_x_icd10_noncovered_group'],
  ['/v1/data/article/contractor', 'article_x_contractor'],
];

export type Row = Record<string, unknown>;

export interface SyncProgress {
  phase: 'reports' | 'article';
  done: number;
  total: number;
  document?: string;
}

interface SyncResult {
  /** documents_latest.csv rows (LCDs and articles). */
  documents: Row[];
  /** Download tables by name ("article", "article_x_hcpc_code", …). */
  tables: Map<string, Row[]>;
  /** Per article: what came back, or the error. */
  report: Array<{ id: string; rows: Record<string, number>; error?: string }>;
}

interface CoverageApiOptions {
  baseUrl?: string;
  /** Articles to fetch code tables for (default: all in the report). */
  limit?: number;
  fetchImpl?: typeof fetch;
  onProgress?: (p: SyncProgress) => void;
  timeoutMs?: number;
}

export class CoverageApiClient {
  private readonly base: string;
  private readonly fetchImpl: typeof fetch;
  private readonly timeoutMs: number;
  private token: string | null = null;

  constructor(options: CoverageApiOptions = {}) {
    this.base = (options.baseUrl ?? DEFAULT_COVERAGE_API).replace(/\/+$/, '');
    this.fetchImpl = options.fetchImpl ?? fetch;
    this.timeoutMs = options.timeoutMs ?? 30_000;
  }

  /** GET an endpoint and return its `data` array. Throws naming the endpoint on any failure. */
  async get(path: string, query: Record<string, string> = {}): Promise<Row[]> {
    const url = new URL(`${this.base}${path}`);
    for (const [k, v] of Object.entries(query)) url.searchParams.set(k, v);
    const headers: Record<string, string> = { accept: 'application/json' };
    if (this.token) headers.authorization = `Bearer ${this.token}`;
    const res = await this.fetchImpl(url, { headers, signal: AbortSignal.timeout(this.timeoutMs) });
    if (!res.ok) throw new Error(`${path}: HTTP ${res.status}`);
    const body = (await res.json()) as { data?: unknown };
    if (!Array.isArray(body.data)) throw new Error(`${path}: the answer has no "data" array`);
    return body.data as Row[];
  }

  async acceptLicense(): Promise<void> {
    const rows = await this.get('/v1/metadata/license-agreement/');
    const token = rows[0]?.token;
    if (typeof token !== 'string' || token === '') throw new Error('/v1/metadata/license-agreement/: no token');
    this.token = token;
  }

  async sync(options: CoverageApiOptions = {}): Promise<SyncResult> {
    await this.acceptLicense();
    const lcds = await this.get('/v1/reports/local-coverage-final-lcds/');
    options.onProgress?.({ phase: 'reports', done: 1, total: 2 });
    const articles = await this.get('/v1/reports/local-coverage-articles/');
    options.onProgress?.({ phase: 'reports', done: 2, total: 2 });
    const tables = new Map<string, Row[]>(ARTICLE_TABLES.map(([, t]) => [t, []]));
    const report: SyncResult['report'] = [];
    const wanted = articles.slice(0, options.limit ?? articles.length);
    for (const [i, a] of wanted.entries()) {
      const id = String(a.document_id ?? '');
      const version = String(a.document_version ?? '');
      const rows: Record<string, number> = {};
      try {
        for (const [endpoint, table] of ARTICLE_TABLES) {
          const data = await this.get(endpoint, version ? { articleid: id, ver: version } : { articleid: id });
          tables.get(table)?.push(...data);
          rows[table] = data.length;
        }
        report.push({ id: String(a.document_display_id ?? id), rows });
      } catch (err) {
        report.push({ id: String(a.document_display_id ?? id), rows, error: (err as Error).message });
      }
      options.onProgress?.({ phase: 'article', done: i + 1, total: wanted.length, document: String(a.document_display_id ?? id) });
    }
    return { documents: [...lcds, ...articles], tables, report };
  }
}

/** Rows as CSV text with the given columns (or the union of the rows' fields, in first-seen order). */
export function toCsv(rows: readonly Row[], columns?: readonly string[]): string {
  const cols = columns ?? [...new Set(rows.flatMap((r) => Object.keys(r)))];
  const cell = (v: unknown) => {
    const s = v === null || v === undefined ? '' : String(v);
    return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return `${[cols.join(','), ...rows.map((r) => cols.map((c) => cell(r[c])).join(','))].join('\n')}\n`;
}
