/**
 * Is a code valid (and billable) on a date of service (default: today)? ICD-10-CM and ICD-10-PCS use
 * the release in force on the date (fiscal years October 1 – September 30, an April update from
 * April 1; a change list such as FY2027 is applied to the newest complete release before it) and are
 * not valid before 2015-10-01 (ICD-9-CM then); HCPCS uses the code's add and termination dates; CPT
 * the CMS files (a number known only from ended NCCI add-on rows is not a current code; one absent
 * from the fee-schedule file is flagged). A date no release held covers is "unknown". The reason
 * names the release or change that decides.
 */
import { formatCode } from '../../core/codes.js';
import { AppError } from '../../core/errors.js';
import { type CodeSystemId, SYSTEM_INFO } from '../../core/systems.js';
import type { CodeRow, ReadStore, ReleaseRow } from '../codes/index.js';
import { candidateKeys, codeHistory, cptCurrency, cptSourceNames, dayAfter, parseSystem, resolveCode } from '../codes/index.js';
import type { ValidationView } from './views.js';

function parseDate(input: string): string {
  const text = input.trim();
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const d = m ? new Date(`${text}T00:00:00Z`) : null;
  if (!m || !d || Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== text) {
    throw new AppError('invalid', `date "${input}" is not a date in the form YYYY-MM-DD`, 'date');
  }
  return text;
}

/** ICD-10-CM and ICD-10-PCS replaced ICD-9-CM for dates of service (and discharges) from this day. */
const ICD10_IN_USE_FROM = '2015-10-01';

/** Today's date (UTC), the default date of service. */
export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** The fiscal year a date falls in: October 1 starts the next year's (2025-10-01 → 2026). */
export function fiscalYearOf(date: string): number {
  const year = Number(date.slice(0, 4));
  return date.slice(5) >= '10-01' ? year + 1 : year;
}

const ref = (r: ReleaseRow) => ({ id: r.release, label: r.label });
const span = (r: ReleaseRow) => `${r.label}, in force ${r.effectiveFrom} to ${r.effectiveTo ?? 'now'}`;

function describeRow(system: CodeSystemId, row: CodeRow | null, key: string): { valid: boolean; billable: boolean; what: string } {
  if (!row) return { valid: false, billable: false, what: `${formatCode(system, key)} is not in it` };
  if (row.kind !== 'code' && row.kind !== 'header' && row.kind !== 'modifier') {
    return { valid: false, billable: false, what: `${row.code} is a grouping (${row.kind}), not a code` };
  }
  if (row.billable) return { valid: true, billable: true, what: `${row.code} is a billable code` };
  return { valid: true, billable: false, what: `${row.code} is a header, not valid for submission (use a more specific code)` };
}

function outside(system: CodeSystemId, releases: ReleaseRow[], date: string): string {
  // Callers answer "unknown": no release held covers the date.
  const sorted = [...releases].sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom));
  const first = sorted[0];
  const last = sorted.at(-1);
  if (!first || !last) return `the database holds no ${SYSTEM_INFO[system].label} release`;
  if (date < first.effectiveFrom)
    return `${date} is before the oldest ${SYSTEM_INFO[system].label} release in the database (${span(first)})`;
  return `no ${SYSTEM_INFO[system].label} release in the database is in force on ${date} (the newest: ${span(last)})`;
}

function laterOrEarlier(store: ReadStore, system: CodeSystemId, key: string, release: ReleaseRow): string {
  const holding = store.releasesOfKey(system, key);
  const later = holding.find((r) => r > release.release);
  if (later) return `; it first appears in release ${later}`;
  const earlier = holding.filter((r) => r < release.release).at(-1);
  return earlier ? `; it was last in release ${earlier}` : '';
}

function withChangeList(
  store: ReadStore,
  system: CodeSystemId,
  key: string,
  list: ReleaseRow,
  releases: ReleaseRow[],
  base: ValidationView,
): ValidationView {
  const complete = releases
    .filter((r) => r.complete && r.effectiveFrom < list.effectiveFrom)
    .sort((a, b) => a.release.localeCompare(b.release))
    .at(-1);
  if (!complete)
    return {
      ...base,
      answer: 'unknown',
      valid: false,
      billable: false,
      release: ref(list),
      reason: `${span(list)} is a change list and no complete release precedes it`,
    };
  const row = store.code(system, complete.release, key);
  const state = describeRow(system, row, key);
  const changes = codeHistory(store, system, row?.key ?? key).filter((h) => h.release === list.release);
  const deleted = changes.find((c) => c.change === 'deleted');
  const pre = `${span(list)} (a change list applied to ${complete.label})`;
  if (deleted) {
    return {
      ...base,
      answer: 'not-valid',
      valid: false,
      billable: false,
      release: ref(list),
      reason: `${pre}: ${row?.code ?? key} was deleted effective ${deleted.effectiveDate} (${deleted.source})`,
    };
  }
  const billableChange = changes.find((c) => c.change === 'billable-changed');
  if (billableChange && row) {
    const billable = billableChange.billableAfter === true;
    const now = billable ? 'became billable' : 'became a header, not valid for submission';
    return {
      ...base,
      answer: 'valid',
      valid: true,
      billable,
      release: ref(list),
      reason: `${pre}: ${row.code} ${now} effective ${billableChange.effectiveDate} (${billableChange.source})`,
    };
  }
  const revised = changes.find((c) => c.change === 'revised');
  const note = revised
    ? `; its title was revised effective ${revised.effectiveDate}`
    : row
      ? '; the change list does not change it'
      : '; change lists name no added codes';
  return { ...base, ...answerOf(state), release: ref(list), reason: `${pre}: ${state.what}${note}` };
}

function validateByRelease(store: ReadStore, system: CodeSystemId, key: string, date: string, base: ValidationView): ValidationView {
  const releases = store.releases().filter((r) => r.system === system);
  const inForce = releases
    .filter((r) => r.effectiveFrom <= date && (r.effectiveTo === null || date <= r.effectiveTo))
    .sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom))
    .at(-1);
  if (date < ICD10_IN_USE_FROM) {
    const icd9 = system === 'icd10cm' ? 'ICD-9-CM (volumes 1 and 2, diagnoses)' : 'ICD-9-CM volume 3 (inpatient procedures)';
    const pre = inForce ? `${span(inForce)} was published, but ` : '';
    return {
      ...base,
      answer: 'not-valid',
      release: inForce ? ref(inForce) : null,
      reason: `${pre}${SYSTEM_INFO[system].label} codes are valid only for dates of service from ${ICD10_IN_USE_FROM}; on ${date} use ${icd9}`,
    };
  }
  if (!inForce) {
    return { ...base, answer: 'unknown', reason: outside(system, releases, date) };
  }
  if (!inForce.complete) return withChangeList(store, system, key, inForce, releases, base);
  const row = store.code(system, inForce.release, key);
  const state = describeRow(system, row, key);
  const extra = row ? '' : laterOrEarlier(store, system, key, inForce);
  return { ...base, ...answerOf(state), release: ref(inForce), reason: `${span(inForce)}: ${state.what}${extra}` };
}

function answerOf(state: { valid: boolean; billable: boolean }): Pick<ValidationView, 'answer' | 'valid' | 'billable'> {
  return { answer: state.valid ? 'valid' : 'not-valid', valid: state.valid, billable: state.billable };
}

/** The oldest release of a system held, or null. */
function oldestRelease(store: ReadStore, system: CodeSystemId): ReleaseRow | null {
  return (
    store
      .releases()
      .filter((r) => r.system === system && r.complete)
      .sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom))[0] ?? null
  );
}

function validateHcpcs(store: ReadStore, key: string, date: string, base: ValidationView): ValidationView {
  const found = resolveCode(store, 'hcpcs', key);
  const oldest = oldestRelease(store, 'hcpcs');
  if (!found) {
    if (oldest && date < oldest.effectiveFrom)
      return {
        ...base,
        answer: 'unknown',
        reason: `${key} is in no HCPCS file in the database, and ${date} is before the oldest one (${oldest.label}, from ${oldest.effectiveFrom}): a code terminated before then is not in it`,
      };
    return { ...base, answer: 'not-valid', reason: `${key} is in no HCPCS release in the database` };
  }
  const { row, release } = found;
  const add = (row.attributes.addDate as string | null) ?? null;
  const term = (row.attributes.terminationDate as string | null) ?? null;
  const file = `HCPCS file ${release.label}`;
  const no = { ...base, answer: 'not-valid' as const, release: ref(release) };
  if (add && date < add) return { ...no, reason: `${file}: ${row.code} was added ${add}, after ${date}` };
  if (term && date > term) return { ...no, reason: `${file}: ${row.code} was terminated ${term}, before ${date}` };
  const state = describeRow('hcpcs', row, key);
  const dates = `added ${add ?? 'on an unknown date'}${term ? `, terminated ${term}` : ', no termination date'}`;
  if (!add && oldest && date < oldest.effectiveFrom)
    return {
      ...base,
      answer: 'unknown',
      release: ref(release),
      reason: `${file}: ${row.code} has no add date and ${date} is before the oldest HCPCS file in the database (${oldest.effectiveFrom})`,
    };
  return { ...base, ...answerOf(state), release: ref(release), reason: `${file}: ${state.what} (${dates})` };
}

function validateCpt(store: ReadStore, key: string, date: string, base: ValidationView): ValidationView {
  const found = resolveCode(store, 'cpt', key);
  if (!found)
    return {
      ...base,
      answer: 'unknown',
      reason: `${formatCode('cpt', key)} is in none of the CMS files in the database (CPT's own list is the AMA's; without it medcodes cannot say)`,
    };
  const { row, release } = found;
  const cur = cptCurrency(store, row);
  const oldest = oldestRelease(store, 'cpt');
  const r = { ...base, code: row.code, release: ref(release) };
  if (cur.kind === 'historical' && date > cur.endedOn)
    return {
      ...r,
      answer: 'not-valid',
      reason: `${row.code} is not a current CPT code: it is known only from rows of the NCCI add-on code file that all ended ${cur.endedOn} (deleted effective ${dayAfter(cur.endedOn)}), and no current CMS file (fee schedule, MUE, OPPS) lists it`,
    };
  if (oldest && date < oldest.effectiveFrom)
    return {
      ...r,
      answer: 'unknown',
      reason: `${date} is before the oldest CPT release in the database (${oldest.label}, from ${oldest.effectiveFrom})`,
    };
  const state = describeRow('cpt', row, key);
  if (cur.kind === 'listed')
    return { ...r, ...answerOf(state), reason: `${release.label}: ${state.what}; listed in ${cptSourceNames(cur.sources)}` };
  const flag = `${row.code} is not in the current CMS physician fee schedule file; it is only in ${cptSourceNames(cur.sources)}`;
  if (cur.sources.includes('ncci-mue'))
    // The MUE table lists current codes only: valid, with the flag.
    return { ...r, ...answerOf(state), reason: `${release.label}: ${state.what}; listed in the current NCCI MUE table`, flags: [flag] };
  return {
    ...r,
    answer: 'unknown',
    reason: `${release.label}: ${flag}, so medcodes cannot confirm it is a current code`,
    flags: [flag],
  };
}

/** `dateInput` empty or absent: today. */
export function validateCode(store: ReadStore, systemInput: string, codeInput: string, dateInput?: string): ValidationView {
  const system = parseSystem(systemInput);
  const date = dateInput === undefined || dateInput.trim() === '' ? today() : parseDate(dateInput);
  const keys = candidateKeys(codeInput);
  const key = keys.find((k) => store.releasesOfKey(system, k).length > 0) ?? keys[keys.length - 1] ?? '';
  const base: ValidationView = {
    system,
    code: formatCode(system, key),
    date,
    answer: 'unknown',
    valid: false,
    billable: false,
    release: null,
    reason: '',
    flags: [],
  };
  if (system === 'icd10cm' || system === 'icd10pcs') return validateByRelease(store, system, key, date, base);
  if (system === 'hcpcs') return validateHcpcs(store, key, date, base);
  if (system === 'cpt') return validateCpt(store, key, date, base);
  const found = resolveCode(store, system, key);
  if (!found)
    return {
      ...base,
      answer: 'not-valid',
      reason: `${formatCode(system, key)} is in no ${SYSTEM_INFO[system].label} release in the database`,
    };
  const state = describeRow(system, found.row, key);
  const reason = `${SYSTEM_INFO[system].label} ${found.release.label} (no effective dates in the database; the newest release is used): ${state.what}`;
  return { ...base, code: found.row.code, ...answerOf(state), release: ref(found.release), reason };
}
