/**
 * The one record-builder module for every synthetic database of the tests: a builder per record
 * type a build writes (src/domain/records.ts), with plain defaults so a test states only what it
 * is about, a plug-in that yields given records, and `writeDatabase`, which builds a database file
 * through the real build (the writer and every finishing step: hierarchy, search index, policy
 * links, similar codes, integrity checks, atomic rename).
 *
 * Every code and text written with these builders is invented. CPT codes get no descriptor
 * (CPT text is © AMA).
 *
 * The src modules a synthetic database needs (build, facade, record and plug-in types) are
 * imported here once, one line per module, and re-exported to the fixtures, so that a move of src/
 * rewrites them in one place; fixtures import src only for the real plug-ins they run.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildDatabase } from '../../src/app/build.js';
import { type Medcodes, openMedcodes } from '../../src/app/medcodes.js';
import type * as R from '../../src/core/records.js';
import type { CodeSystemId } from '../../src/core/systems.js';
import type { Detection, SourcePlugin } from '../../src/sources/contract.js';

export type { Medcodes } from '../../src/app/medcodes.js';
export type { CodeRecord, SourceRecord } from '../../src/core/records.js';
export type { CodeSystemId } from '../../src/core/systems.js';
export type { SourcePlugin } from '../../src/sources/contract.js';

/** A new empty folder under the system's temporary folder. */
export function tempDir(prefix = 'medcodes-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

type Fields<T> = Partial<Omit<T, 'type'>>;

/** A release; complete, from 2025-10-01, open-ended, labelled with its id unless told. */
export function release(system: CodeSystemId, id: string, fields: Fields<R.ReleaseRecord> = {}): R.ReleaseRecord {
  return { type: 'release', system, release: id, label: id, effectiveFrom: '2025-10-01', effectiveTo: null, complete: true, ...fields };
}

/** A node of a code list: a billable leaf unless `kind` says otherwise; `code` defaults to the key. */
export function code(system: CodeSystemId, rel: string, key: string, fields: Fields<R.CodeRecord> = {}): R.CodeRecord {
  const kind = fields.kind ?? 'code';
  return {
    type: 'code',
    system,
    release: rel,
    key,
    code: key,
    kind,
    display: '',
    shortDisplay: null,
    billable: kind === 'code',
    parent: null,
    order: 0,
    ...fields,
  };
}

/** An official file read; one byte, a made-up checksum, no counts, no problems unless told. */
export function file(system: R.SourceId, rel: string, fields: Fields<R.SourceFileRecord> = {}): R.SourceFileRecord {
  return {
    type: 'file',
    system,
    release: rel,
    path: `${system}/fake`,
    size: 1,
    sha256: 'c'.repeat(64),
    role: 'fake',
    counts: {},
    problems: [],
    ...fields,
  };
}

export function note(system: CodeSystemId, key: string, kind: R.NoteKind, text: string, fields: Fields<R.NoteRecord> = {}): R.NoteRecord {
  return { type: 'note', system, sourceRelease: '2021', key, kind, text, order: 1, ...fields };
}

export function sevenChar(system: CodeSystemId, key: string, character: string, label: string, sourceRelease = '2021'): R.SevenCharRecord {
  return { type: 'sevenChar', system, sourceRelease, key, character, label };
}

/** An index term; ICD-10-CM alphabetic index unless told. */
export function term(key: string, text: string, fields: Fields<R.TermRecord> = {}): R.TermRecord {
  return { type: 'term', system: 'icd10cm', sourceRelease: '2025', key, kind: 'index', text, ...fields };
}

export function axis(prefix: string, position: number, name: string, value: string, label: string, sourceRelease = '2026'): R.AxisRecord {
  return { type: 'axis', system: 'icd10pcs', sourceRelease, prefix, position, name, value, label };
}

export function definition(
  fields: Omit<R.DefinitionRecord, 'type' | 'system' | 'sourceRelease'> & Fields<R.DefinitionRecord>,
): R.DefinitionRecord {
  return { type: 'definition', system: 'icd10pcs', sourceRelease: '2026', ...fields };
}

export function fact(
  system: CodeSystemId,
  key: string,
  source: string,
  sourceRelease: string,
  values: R.FactRecord['values'],
): R.FactRecord {
  return { type: 'fact', system, key, source, sourceRelease, values };
}

/** A GEM row: an ICD-10-CM to ICD-9-CM diagnosis map entry with flags 00000 unless told. */
export function crosswalk(fromKey: string, toKey: string | null, fields: Fields<R.CrosswalkRecord> = {}): R.CrosswalkRecord {
  return {
    type: 'crosswalk',
    source: 'gem-cm',
    sourceRelease: 'FY2018',
    fromSystem: 'icd10cm',
    fromKey,
    toSystem: 'icd9cm',
    toKey,
    approximate: false,
    noMap: toKey === null,
    combination: false,
    scenario: 0,
    choiceList: 0,
    flags: toKey === null ? '00010' : '00000',
    ...fields,
  };
}

export function hccMapping(key: string, model: string, category: string, fields: Fields<R.HccMappingRecord> = {}): R.HccMappingRecord {
  return { type: 'hccMapping', system: 'icd10cm', key, sourceRelease: 'PY2026 initial', model, category, inPreviousYear: null, ...fields };
}

export function change(
  system: CodeSystemId,
  rel: string,
  key: string,
  kind: R.CodeChangeKind,
  fields: Fields<R.CodeChangeRecord> = {},
): R.CodeChangeRecord {
  return {
    type: 'change',
    system,
    release: rel,
    key,
    code: key,
    change: kind,
    effectiveDate: `${Number(rel) - 1}-10-01`,
    displayBefore: null,
    displayAfter: null,
    billableBefore: null,
    billableAfter: null,
    source: `fy${rel}-changes/${kind}.csv`,
    ...fields,
  };
}

export function replacement(newKey: string, oldKey: string, fields: Fields<R.ReplacementRecord> = {}): R.ReplacementRecord {
  return {
    type: 'replacement',
    system: 'icd10cm',
    newKey,
    oldKey,
    oldKeyEnd: null,
    effectiveDate: '2025-10-01',
    sourceRelease: 'FY2026',
    ...fields,
  };
}

/** A vocabulary concept; the concept id is also its address unless told. */
export function lexicon(
  source: R.LexiconRecord['source'],
  concept: string,
  label: string,
  fields: Fields<R.LexiconRecord> = {},
): R.LexiconRecord {
  return { type: 'lexicon', source, sourceRelease: '2024', concept, label, terms: [], url: concept, targets: [], ...fields };
}

/** A Medicare article from the MCD download tables unless told. */
export function policy(id: string, title: string, fields: Fields<R.PolicyRecord> = {}): R.PolicyRecord {
  return {
    type: 'policy',
    id,
    kind: 'article',
    payer: 'Medicare',
    contractor: null,
    jurisdiction: null,
    states: [],
    title,
    status: null,
    version: null,
    effectiveFrom: null,
    effectiveTo: null,
    updatedOn: null,
    url: null,
    html: null,
    text: null,
    source: 'mcd-tables',
    sourceRelease: '2026-06',
    sourcePath: 'x',
    rank: 2,
    ...fields,
  };
}

/** A code a policy's code table names (not found in its text). */
export function policyCode(
  policyId: string,
  system: CodeSystemId | null,
  key: string,
  relation: R.PolicyCodeRecord['relation'],
  fields: Fields<R.PolicyCodeRecord> = {},
): R.PolicyCodeRecord {
  return { type: 'policyCode', policyId, system, key, keyTo: null, relation, group: null, snippet: null, extracted: false, ...fields };
}

export function policyGroup(policyId: string, group: string, table: string, text: string): R.PolicyGroupRecord {
  return { type: 'policyGroup', policyId, group, table, text };
}

/** An overview passage of a MedlinePlus topic unless told. */
export function passage(concept: string, title: string, text: string, fields: Fields<R.PassageRecord> = {}): R.PassageRecord {
  return {
    type: 'passage',
    source: 'medlineplus',
    sourceRelease: '2024-06-06',
    concept,
    title,
    names: [title],
    mesh: [],
    section: 'overview',
    text,
    url: concept,
    date: null,
    ...fields,
  };
}

export interface RecordsPluginOptions {
  /** Throw in the middle of reading, after this many records were yielded. */
  failAfter?: number;
  /** Wait this long before each record (to be killed mid-build). */
  delayMs?: number;
  /** The release its one detected file belongs to (the build report shows it). Default "2026". */
  release?: string;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * A plug-in that detects one file in whatever folder it is given and yields the records `make`
 * returns (made afresh on each read).
 */
export function recordsPlugin(system: R.SourceId, make: () => readonly R.SourceRecord[], options: RecordsPluginOptions = {}): SourcePlugin {
  return {
    system,
    async detect(dir: string): Promise<Detection> {
      return { system, files: [{ absPath: dir, path: 'fake', role: 'fake', release: options.release ?? '2026', size: 1 }], missing: [] };
    },
    async *read() {
      let n = 0;
      for (const record of make()) {
        if (options.failAfter !== undefined && n >= options.failAfter)
          throw new Error(`fake ${system} file, line ${n + 1}: broken on purpose`);
        if (options.delayMs) await sleep(options.delayMs);
        n += 1;
        yield record;
      }
    },
  };
}

/** The source a record belongs to: its code system, or the plug-in family that yields it. */
function sourceOf(record: R.SourceRecord): R.SourceId {
  if ('system' in record && record.system) return record.system as R.SourceId;
  if (record.type === 'crosswalk') return 'icd10cm';
  if (record.type === 'policy' || record.type === 'policyCode' || record.type === 'policyGroup') return 'policies';
  return 'icd10cm'; // lexicon and passages name no system; the build files them by plug-in only in its report
}

export interface WriteOptions {
  /** The sources folder given to the build (plug-ins such as the policies one read it). Default: a new empty folder. */
  sourcesDir?: string;
}

/**
 * Build a database at `path` through the real build: the writer, then every finishing step. Given
 * records, each source's records are read by one plug-in (in order of first appearance); given
 * plug-ins, they are read as they are.
 */
export async function writeDatabase(
  input: readonly R.SourceRecord[] | readonly SourcePlugin[],
  path: string,
  options: WriteOptions = {},
): Promise<string> {
  const plugins = isPluginList(input) ? [...input] : pluginsFor(input);
  await buildDatabase({
    sourcesDir: options.sourcesDir ?? tempDir(),
    dbPath: path,
    plugins,
    newestOnly: false,
    cptDescriptorsFromCmsFiles: false,
  });
  return path;
}

function isPluginList(input: readonly R.SourceRecord[] | readonly SourcePlugin[]): input is readonly SourcePlugin[] {
  return input.length > 0 && 'read' in (input[0] as object);
}

function pluginsFor(records: readonly R.SourceRecord[]): SourcePlugin[] {
  const bySource = new Map<R.SourceId, R.SourceRecord[]>();
  for (const record of records) {
    const source = sourceOf(record);
    const list = bySource.get(source) ?? [];
    list.push(record);
    bySource.set(source, list);
  }
  // A build refuses sources that read no file, so each source without a file record reports a made-up one.
  for (const [source, list] of bySource) {
    if (list.some((r) => r.type === 'file')) continue;
    const rel = list.find((r): r is R.ReleaseRecord => r.type === 'release')?.release ?? '1';
    list.push(file(source, rel, { counts: { records: list.length } }));
  }
  return [...bySource].map(([source, list]) => recordsPlugin(source, () => list));
}

/** `writeDatabase` into a new temporary folder, then open the result. */
export async function openSyntheticDatabase(
  input: readonly R.SourceRecord[] | readonly SourcePlugin[],
  options: WriteOptions & { prefix?: string } = {},
): Promise<{ dbPath: string; medcodes: Medcodes }> {
  const dbPath = await writeDatabase(input, join(tempDir(options.prefix), 'medcodes.db'), options);
  return { dbPath, medcodes: openMedcodes(dbPath) };
}

export { openMedcodes };
