/**
 * The CMS Medicare Coverage Database download tables (the CSV files inside the LCD, article and NCD
 * zips; the Coverage API answers with the same field names, and `medcodes policies sync` saves them
 * in this layout). Per folder: the document table (lcd.csv, article.csv, ncd_trkg.csv; all
 * versions may be present, the highest is kept), the code tables (`*_x_hcpc_code`,
 * `article_x_icd10_covered` / `_noncovered`) and their group paragraphs (`*_group`), and the
 * contractor tables (`*_x_contractor`, contractor, contractor_jurisdiction, state_lookup).
 * See docs/policies.md for the exact columns read.
 */
import { join } from 'node:path';
import { findCodeMentions } from '../../core/code-mentions.js';
import { normalizeCodeKey } from '../../core/codes.js';
import { htmlToText, sanitizePolicyHtml } from '../../core/policy-html.js';
import type { PolicyCodeRecord, PolicyGroupRecord, PolicyKind, PolicyRecord, SourceRecord } from '../../core/records.js';
import type { CodeSystemId } from '../../core/systems.js';
import type { DetectedFile } from '../contract.js';
import { mcdDate, readOptionalTable, readTable } from './csv-table.js';
import { type Contractor, readContractors } from './mcd-contractors.js';
import { mentionRecord } from './mentions.js';

const TABLES_RANK = 2;

interface DocSpec {
  kind: PolicyKind;
  table: string;
  idCol: string;
  versionCol: string;
  titleCol: string;
  /** Text columns (HTML) and their headings on the policy page. */
  textCols: Array<[string, string]>;
}

const SPECS: Record<string, DocSpec> = {
  'mcd-lcd': {
    kind: 'lcd',
    table: 'lcd',
    idCol: 'lcd_id',
    versionCol: 'lcd_version',
    titleCol: 'title',
    textCols: [
      ['indication', 'Coverage indications, limitations, and/or medical necessity'],
      ['coding_guidelines', 'Coding guidelines'],
      ['doc_reqs', 'Documentation requirements'],
    ],
  },
  'mcd-article': {
    kind: 'article',
    table: 'article',
    idCol: 'article_id',
    versionCol: 'article_version',
    titleCol: 'title',
    textCols: [
      ['description', 'Article guidance'],
      ['other_comments', 'Other comments'],
    ],
  },
  'mcd-ncd': {
    kind: 'ncd',
    table: 'ncd_trkg',
    idCol: 'ncd_id',
    versionCol: 'ncd_vrsn_num',
    titleCol: 'ncd_mnl_sect_title',
    textCols: [
      ['itm_srvc_desc', 'Item/service description'],
      ['indctn_lmtn', 'Indications and limitations of coverage'],
    ],
  },
};

/** Code tables of a folder: table, code column, group column, relation, system (null: by shape). */
const CODE_TABLES: Array<{
  suffix: string;
  codeCol: string;
  groupCol: string;
  relation: PolicyCodeRecord['relation'];
  system: 'icd10cm' | 'icd10pcs' | null;
}> = [
  { suffix: 'x_hcpc_code', codeCol: 'hcpc_code_id', groupCol: 'hcpc_code_group', relation: 'listed', system: null },
  { suffix: 'x_icd10_covered', codeCol: 'icd10_code_id', groupCol: 'icd10_covered_group', relation: 'covered', system: 'icd10cm' },
  {
    suffix: 'x_icd10_noncovered',
    codeCol: 'icd10_code_id',
    groupCol: 'icd10_noncovered_group',
    relation: 'not-covered',
    system: 'icd10cm',
  },
  { suffix: 'x_icd10_pcs_code', codeCol: 'icd10_pcs_code_id', groupCol: 'icd10_pcs_code_group', relation: 'listed', system: 'icd10pcs' },
];

const GROUP_LABEL: Record<string, string> = {
  x_hcpc_code: 'hcpcs',
  x_icd10_covered: 'icd10-covered',
  x_icd10_noncovered: 'icd10-noncovered',
  x_icd10_pcs_code: 'icd10pcs',
};

interface KeptDoc {
  values: Record<string, string>;
  version: string;
  id: string;
}

function policyId(kind: PolicyKind, v: Record<string, string>, spec: DocSpec): string {
  if (kind === 'lcd') return `L${v[spec.idCol]}`;
  if (kind === 'article') return `A${v[spec.idCol]}`;
  return `NCD${v.ncd_mnl_sect || v[spec.idCol]}`;
}

function statusOf(code: string | undefined, end: string | null): string | null {
  const c = (code ?? '').toUpperCase();
  if (c === 'R' || end) return 'retired';
  if (c === 'F') return 'future';
  if (c === 'A') return 'active';
  return end ? 'retired' : null;
}

async function readDocuments(file: DetectedFile, spec: DocSpec): Promise<Map<string, KeptDoc>> {
  const kept = new Map<string, KeptDoc>();
  for await (const { values } of readTable(file.absPath, file.path, [spec.idCol, spec.versionCol, spec.titleCol])) {
    const raw = values[spec.idCol] as string;
    const version = values[spec.versionCol] as string;
    const seen = kept.get(raw);
    if (!seen || Number(version) > Number(seen.version)) kept.set(raw, { values, version, id: policyId(spec.kind, values, spec) });
  }
  return kept;
}

function docText(v: Record<string, string>, spec: DocSpec): { html: string | null; text: string | null } {
  const sections = spec.textCols
    .filter(([col]) => (v[col] ?? '').trim() !== '')
    .map(([col, heading]) => `<h2>${heading}</h2>\n${sanitizePolicyHtml(v[col] as string)}`);
  if (sections.length === 0) return { html: null, text: null };
  const html = sections.join('\n');
  return { html, text: htmlToText(html) };
}

function urlOf(kind: PolicyKind, raw: string, version: string): string {
  const base = 'https://www.cms.gov/medicare-coverage-database/view';
  if (kind === 'lcd') return `${base}/lcd.aspx?lcdid=${raw}&ver=${version}`;
  if (kind === 'article') return `${base}/article.aspx?articleid=${raw}&ver=${version}`;
  return `${base}/ncd.aspx?ncdid=${raw}&ncdver=${version}`;
}

function datesOf(kind: PolicyKind, v: Record<string, string>): { from: string | null; to: string | null } {
  if (kind === 'lcd')
    return { from: mcdDate(v.rev_eff_date) ?? mcdDate(v.orig_det_eff_date), to: mcdDate(v.date_retired) ?? mcdDate(v.ent_det_end_date) };
  if (kind === 'article') return { from: mcdDate(v.article_eff_date), to: mcdDate(v.date_retired) ?? mcdDate(v.article_end_date) };
  return { from: mcdDate(v.ncd_efctv_dt), to: mcdDate(v.ncd_trmntn_dt) };
}

function toPolicy(doc: KeptDoc, raw: string, spec: DocSpec, file: DetectedFile, contractors: Contractor[]): PolicyRecord {
  const v = doc.values;
  const dates = datesOf(spec.kind, v);
  const { html, text } = docText(v, spec);
  const first = contractors[0];
  return {
    type: 'policy',
    id: doc.id,
    kind: spec.kind,
    payer: 'Medicare',
    contractor: spec.kind === 'ncd' ? null : contractors.map((c) => c.name).join('; ') || null,
    jurisdiction: spec.kind === 'ncd' ? 'National' : (first?.type ?? null),
    states: [...new Set(contractors.flatMap((c) => c.states))].sort(),
    title: v[spec.titleCol] as string,
    status: statusOf(spec.kind === 'ncd' ? 'A' : v.status, dates.to),
    version: doc.version,
    effectiveFrom: dates.from,
    effectiveTo: dates.to,
    updatedOn: mcdDate(v.last_updated) ?? mcdDate(v.last_updt_tmstmp),
    url: urlOf(spec.kind, raw, doc.version),
    html,
    text,
    source: 'mcd-tables',
    sourceRelease: file.release,
    sourcePath: file.path,
    rank: TABLES_RANK,
    attributes: { contractorNumbers: contractors.map((c) => c.number).filter(Boolean), manualSection: v.ncd_mnl_sect || undefined },
  };
}

function systemOfHcpc(key: string): CodeSystemId {
  return /^[0-9]{4}[0-9FTU]$/.test(key) ? 'cpt' : 'hcpcs';
}

function codeRecord(
  policyId: string,
  rawCode: string,
  icdSystem: 'icd10cm' | 'icd10pcs' | null,
  relation: PolicyCodeRecord['relation'],
  group: string,
): PolicyCodeRecord | null {
  const [fromRaw, toRaw] = rawCode.split(/\s*-\s*/);
  const key = normalizeCodeKey(fromRaw ?? '');
  if (!/^[0-9A-Z]{2,7}$/.test(key)) return null;
  const keyTo = toRaw ? normalizeCodeKey(toRaw) : null;
  const system: CodeSystemId = icdSystem ?? systemOfHcpc(key);
  return { type: 'policyCode', policyId, system, key, keyTo, relation, group, snippet: null, extracted: false };
}

export interface TableCounts {
  policies: number;
  codes: number;
  groups: number;
  textMentions: number;
}

async function* codeRecords(dir: string, file: DetectedFile, spec: DocSpec, docs: Map<string, KeptDoc>, counts: TableCounts) {
  for (const t of CODE_TABLES) {
    if (spec.kind === 'ncd') break;
    const name = `${spec.table}_${t.suffix}`;
    for await (const { values } of readOptionalTable(join(dir, `${name}.csv`), `${file.path}/../${name}.csv`, [spec.idCol, t.codeCol])) {
      const doc = docs.get(values[spec.idCol] as string);
      if (!doc || (values[spec.versionCol] && values[spec.versionCol] !== doc.version)) continue;
      const group = `${GROUP_LABEL[t.suffix]} group ${values[t.groupCol] || '0'}`;
      const rec = codeRecord(doc.id, values[t.codeCol] as string, t.system, t.relation, group);
      if (rec) {
        counts.codes += 1;
        yield rec;
      }
    }
    const groupName = `${name}_group`;
    const groupCols = [spec.idCol, t.groupCol];
    for await (const { values } of readOptionalTable(join(dir, `${groupName}.csv`), `${file.path}/../${groupName}.csv`, groupCols)) {
      const doc = docs.get(values[spec.idCol] as string);
      if (!doc || (values[spec.versionCol] && values[spec.versionCol] !== doc.version)) continue;
      const label = GROUP_LABEL[t.suffix] as string;
      const text = htmlToText(values.paragraph ?? '');
      const rec: PolicyGroupRecord = {
        type: 'policyGroup',
        policyId: doc.id,
        group: `${label} group ${values[t.groupCol]}`,
        table: label,
        text,
      };
      counts.groups += 1;
      yield rec;
    }
  }
}

/** Records of one folder of MCD download tables, detected by its main table. */
export async function* readMcdTables(file: DetectedFile, counts: TableCounts): AsyncIterable<SourceRecord> {
  const spec = SPECS[file.role] as DocSpec;
  const dir = join(file.absPath, '..');
  const docs = await readDocuments(file, spec);
  const contractorsOf = spec.kind === 'ncd' ? new Map<string, Contractor[]>() : await readContractors(dir, file.path, spec);
  for (const [raw, doc] of docs) {
    const policy = toPolicy(doc, raw, spec, file, contractorsOf.get(`${raw}|${doc.version}`) ?? contractorsOf.get(raw) ?? []);
    counts.policies += 1;
    yield policy;
    for (const m of findCodeMentions(policy.text ?? '')) {
      counts.textMentions += 1;
      yield mentionRecord(policy.id, m);
    }
  }
  yield* codeRecords(dir, file, spec, docs, counts);
}
