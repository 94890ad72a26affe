/**
 * Is a code valid (and billable) on a date of service? ICD-10-CM and ICD-10-PCS use the release in
 * force on the date (fiscal years October 1 – September 30; a change list such as FY2027 is applied
 * to the newest complete release before it); HCPCS uses the code's add and termination dates; other
 * systems the default release. The reason names the release or change that decides.
 */
import { formatCode } from '../domain/codes.js';
import { AppError } from '../domain/errors.js';
import { type CodeSystemId, SYSTEM_INFO } from '../domain/systems.js';
import type { ReadStore } from '../store/reader.js';
import { codeHistory } from '../store/relations-reader.js';
import type { CodeRow, ReleaseRow } from '../store/rows.js';
import { resolveCode } from './code-resolve.js';
import { candidateKeys, parseSystem } from './lookup.js';
import type { ValidationView } from './relation-views.js';

export function parseDate(input: string): string {
  const text = input.trim();
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const d = m ? new Date(`${text}T00:00:00Z`) : null;
  if (!m || !d || Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== text) {
    throw new AppError('invalid', `date "${input}" is not a date in the form YYYY-MM-DD`, 'date');
  }
  return text;
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
  return { ...base, valid: state.valid, billable: state.billable, release: ref(list), reason: `${pre}: ${state.what}${note}` };
}

function validateByRelease(store: ReadStore, system: CodeSystemId, key: string, date: string, base: ValidationView): ValidationView {
  const releases = store.releases().filter((r) => r.system === system);
  const inForce = releases
    .filter((r) => r.effectiveFrom <= date && (r.effectiveTo === null || date <= r.effectiveTo))
    .sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom))
    .at(-1);
  if (!inForce) {
    return { ...base, reason: outside(system, releases, date) };
  }
  if (!inForce.complete) return withChangeList(store, system, key, inForce, releases, base);
  const row = store.code(system, inForce.release, key);
  const state = describeRow(system, row, key);
  const extra = row ? '' : laterOrEarlier(store, system, key, inForce);
  return {
    ...base,
    valid: state.valid,
    billable: state.billable,
    release: ref(inForce),
    reason: `${span(inForce)}: ${state.what}${extra}`,
  };
}

function validateHcpcs(store: ReadStore, key: string, date: string, base: ValidationView): ValidationView {
  const found = resolveCode(store, 'hcpcs', key);
  if (!found) return { ...base, reason: `${key} is in no HCPCS release in the database` };
  const { row, release } = found;
  const add = (row.attributes.addDate as string | null) ?? null;
  const term = (row.attributes.terminationDate as string | null) ?? null;
  const file = `HCPCS file ${release.label}`;
  if (add && date < add) return { ...base, release: ref(release), reason: `${file}: ${row.code} was added ${add}, after ${date}` };
  if (term && date > term) return { ...base, release: ref(release), reason: `${file}: ${row.code} was terminated ${term}, before ${date}` };
  const state = describeRow('hcpcs', row, key);
  const dates = `added ${add ?? 'on an unknown date'}${term ? `, terminated ${term}` : ', no termination date'}`;
  return { ...base, valid: state.valid, billable: state.billable, release: ref(release), reason: `${file}: ${state.what} (${dates})` };
}

export function validateCode(store: ReadStore, systemInput: string, codeInput: string, dateInput: string): ValidationView {
  const system = parseSystem(systemInput);
  const date = parseDate(dateInput);
  const keys = candidateKeys(codeInput);
  const key = keys.find((k) => store.releasesOfKey(system, k).length > 0) ?? keys[keys.length - 1] ?? '';
  const base: ValidationView = { system, code: formatCode(system, key), date, valid: false, billable: false, release: null, reason: '' };
  if (system === 'icd10cm' || system === 'icd10pcs') return validateByRelease(store, system, key, date, base);
  if (system === 'hcpcs') return validateHcpcs(store, key, date, base);
  const found = resolveCode(store, system, key);
  if (!found) return { ...base, reason: `${formatCode(system, key)} is in no ${SYSTEM_INFO[system].label} release in the database` };
  const state = describeRow(system, found.row, key);
  const reason = `${SYSTEM_INFO[system].label} ${found.release.label} (no effective dates in the database; the newest release is used): ${state.what}`;
  return { ...base, code: found.row.code, valid: state.valid, billable: state.billable, release: ref(found.release), reason };
}
