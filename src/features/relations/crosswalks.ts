/**
 * Crosswalk use-cases: the GEM rows of a code (both directions), its HCC categories, its add-on ↔
 * primary edits and MUE, and `translate` between any two systems a GEM links.
 */
import { formatCode, normalizeCodeKey } from '../../core/codes.js';
import {
  CROSSWALK_SYSTEMS,
  type CrosswalkSystemId,
  formatIcd9,
  isCrosswalkOnlySystem,
  isCrosswalkSystemId,
} from '../../core/crosswalk-systems.js';
import { AppError } from '../../core/errors.js';
import { type CodeSystemId, SYSTEM_INFO } from '../../core/systems.js';
import type { ReadStore } from '../codes/index.js';
import { type AddonEditRow, addonsOfPrimary, candidateKeys, parseSystem, primariesOfAddon, resolveCode } from '../codes/index.js';
import { type CrosswalkRow, crosswalksFrom, crosswalksTo, hccMappings } from './reader.js';
import type {
  AddonEditView,
  CrosswalkCodeRef,
  CrosswalkDirection,
  CrosswalkEntry,
  CrosswalksView,
  HccView,
  MueView,
  TranslationView,
} from './views.js';

/** Which systems a GEM links: from → to. */
const GEM_PAIRS: ReadonlyArray<[CrosswalkSystemId, CrosswalkSystemId]> = [
  ['icd10cm', 'icd9cm'],
  ['icd9cm', 'icd10cm'],
  ['icd10pcs', 'icd9pcs'],
  ['icd9pcs', 'icd10pcs'],
];

function flagMeaning(row: Pick<CrosswalkRow, 'approximate' | 'noMap' | 'combination' | 'scenario' | 'choiceList' | 'flags'>): string {
  if (row.flags === null && row.approximate === null) return 'flags not published for this pair (FY2018 pairs file)';
  if (row.noMap) return 'no map: the GEM gives no code in the other system';
  const parts = [row.approximate ? 'approximate' : 'identical meaning'];
  if (row.combination)
    parts.push(
      `combination: scenario ${row.scenario}, choice list ${row.choiceList} (one code of each choice list of the scenario together)`,
    );
  return parts.join('; ');
}

function codeRefOf(store: ReadStore, system: CrosswalkSystemId, key: string): CrosswalkCodeRef {
  if (isCrosswalkOnlySystem(system)) return { system, code: formatIcd9(system, key), display: null, current: null };
  const found = resolveCode(store, system, key);
  if (!found) return { system, code: formatCode(system, key), display: null, current: false };
  return { system, code: found.row.code, display: found.row.display || null, current: found.current };
}

function entryOf(store: ReadStore, row: CrosswalkRow, side: 'to' | 'from'): CrosswalkEntry {
  const key = side === 'to' ? row.toKey : row.fromKey;
  const system = side === 'to' ? row.toSystem : row.fromSystem;
  return {
    target: key === null ? null : codeRefOf(store, system, key),
    approximate: row.approximate,
    noMap: row.noMap,
    combination: row.combination,
    scenario: row.scenario,
    choiceList: row.choiceList,
    flags: row.flags,
    meaning: flagMeaning(row),
    source: row.source,
    sourceRelease: row.sourceRelease,
  };
}

function gemDirections(store: ReadStore, system: CrosswalkSystemId, key: string): CrosswalkDirection[] {
  const out: CrosswalkDirection[] = [];
  for (const [from, to] of GEM_PAIRS.filter(([f]) => f === system)) {
    const forward = crosswalksFrom(store, from, key, to);
    if (forward.length > 0) out.push({ from, to, direction: 'forward', entries: forward.map((r) => entryOf(store, r, 'to')) });
    const reverse = crosswalksTo(store, from, key, to);
    if (reverse.length > 0) out.push({ from, to, direction: 'reverse', entries: reverse.map((r) => entryOf(store, r, 'from')) });
  }
  return out;
}

const EDIT_TYPES: Record<string, string> = {
  '1': 'type 1: only with the listed primary codes',
  '2': 'type 2: no specific primary codes; the contractor decides',
  '3': 'type 3: with the listed primary codes and others the contractor accepts',
};

function addonView(store: ReadStore, row: AddonEditRow, side: 'addon' | 'primary'): AddonEditView {
  const system = side === 'addon' ? row.addonSystem : row.primarySystem;
  const key = side === 'addon' ? row.addonKey : row.primaryKey;
  const known = system === 'cpt' || system === 'hcpcs' ? resolveCode(store, system, key) : null;
  return {
    code: key,
    system,
    display: known?.row.display || (system === 'contractor' ? 'primary codes defined by the Medicare contractor' : null),
    editType: row.editType,
    editTypeMeaning: EDIT_TYPES[row.editType ?? ''] ?? `type ${row.editType ?? 'not given'}`,
    effectiveDate: row.effectiveDate,
    deletionDate: row.deletionDate,
    notes: row.notes,
    release: row.sourceRelease,
  };
}

function hccViews(store: ReadStore, key: string): HccView[] {
  return hccMappings(store, key).map((h) => ({
    model: h.model,
    category: h.category,
    release: h.sourceRelease,
    inPreviousYear: h.inPreviousYear,
  }));
}

function mueOf(store: ReadStore, system: string, key: string): MueView | null {
  const fact = store.facts(system, key).find((f) => f.source === 'ncci-mue');
  if (!fact) return null;
  const v = fact.values;
  const num = (x: unknown) => (typeof x === 'number' ? x : x === null || x === undefined || x === '' ? null : Number(x));
  return {
    unitsPerDay: num(v.mueValue),
    adjudicationIndicator: num(v.adjudicationIndicator),
    adjudicationText: (v.adjudicationIndicatorText as string | null) ?? null,
    rationale: (v.rationale as string | null) ?? null,
    release: fact.sourceRelease,
  };
}

function crosswalksOf(store: ReadStore, system: CodeSystemId, key: string, code: string): CrosswalksView {
  return {
    system,
    code,
    gems: gemDirections(store, system, key),
    hcc: system === 'icd10cm' ? hccViews(store, key) : [],
    primaryCodes: primariesOfAddon(store, system, key).map((r) => addonView(store, r, 'primary')),
    addOnCodes: addonsOfPrimary(store, system, key).map((r) => addonView(store, r, 'addon')),
    mue: mueOf(store, system, key),
  };
}

function parseCrosswalkSystem(value: string, field: string): CrosswalkSystemId {
  const v = value.trim().toLowerCase();
  if (!isCrosswalkSystemId(v))
    throw new AppError('invalid', `unknown code system "${value}": use one of ${CROSSWALK_SYSTEMS.join(', ')}`, field);
  return v;
}

/** Translate a code of one system into another through the GEMs (or into HCC categories). */
export function translate(store: ReadStore, fromInput: string, codeInput: string, toInput: string): TranslationView {
  const from = parseCrosswalkSystem(fromInput, 'from');
  const key = normalizeCodeKey(codeInput);
  if (key === '' || key.length > 16) throw new AppError('invalid', 'code must be 1 to 16 characters', 'code');
  const source = codeRefOf(store, from, key);
  if (toInput.trim().toLowerCase() === 'hcc') {
    if (from !== 'icd10cm') throw new AppError('invalid', 'HCC categories exist for ICD-10-CM codes only', 'to');
    const hcc = hccViews(store, key);
    const note = hcc.length > 0 ? `CMS-HCC mappings ${hcc[0]?.release}` : 'the code maps to no HCC category in the mapping table';
    return { from: source, to: 'hcc', direction: 'hcc', mappings: [], hcc, note };
  }
  const to = parseCrosswalkSystem(toInput, 'to');
  if (!GEM_PAIRS.some(([f, t]) => f === from && t === to)) {
    const pairs = GEM_PAIRS.map(([f, t]) => `${f}→${t}`).join(', ');
    throw new AppError('invalid', `no crosswalk from ${from} to ${to}: the GEMs link ${pairs} (and icd10cm→hcc)`, 'to');
  }
  const forward = crosswalksFrom(store, from, key, to);
  if (forward.length > 0) {
    return { from: source, to, direction: 'forward', mappings: forward.map((r) => entryOf(store, r, 'to')), note: `${from}→${to} GEM` };
  }
  const reverse = crosswalksTo(store, to, key, from);
  const note =
    reverse.length > 0
      ? `the ${from}→${to} GEM does not list ${source.code}; these ${to} codes map to it in the ${to}→${from} GEM`
      : `no GEM row names ${source.code} (GEMs were frozen after FY2018: newer codes have none)`;
  return { from: source, to, direction: 'reverse', mappings: reverse.map((r) => entryOf(store, r, 'from')), note };
}

/** The crosswalks view of a code given in any shape (default release, else the newest holding it). */
export function codeCrosswalks(store: ReadStore, systemInput: string, codeInput: string): CrosswalksView {
  const system = parseSystem(systemInput);
  const keys = candidateKeys(codeInput);
  const found = keys.map((k) => resolveCode(store, system, k)).find((r) => r !== null);
  const key = found?.row.key ?? keys.at(-1) ?? '';
  const view = crosswalksOf(store, system, key, found?.row.code ?? formatCode(system, key));
  const empty = view.gems.length + view.hcc.length + view.primaryCodes.length + view.addOnCodes.length === 0 && !view.mue;
  if (!found && empty) throw new AppError('not-found', `no ${SYSTEM_INFO[system].label} release has the code ${view.code}`, 'code');
  return view;
}
