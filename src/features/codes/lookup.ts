import { formatCode, normalizeCodeKey } from '../../core/codes.js';
import { AppError } from '../../core/errors.js';
import { CODE_SYSTEMS, type CodeSystemId, isCodeSystemId, SYSTEM_INFO } from '../../core/systems.js';
import { resolveCode } from './code-resolve.js';
import { laterChangesOf, statusOf } from './code-status.js';
import { cptLabelOfView } from './cpt-labels.js';
import { PATH_SEPARATOR } from './hierarchy.js';
import { pcsAxes } from './pcs-axes.js';
import type { ReadStore } from './reader.js';
import type { CodeRow, ReleaseRow } from './rows.js';
import type { CodeRef, CodeView, NoteView, ReleaseRef, SevenCharView } from './views.js';

const MAX_CODE_INPUT = 64;

export function releaseRef(r: ReleaseRow): ReleaseRef {
  return { id: r.release, label: r.label, effectiveFrom: r.effectiveFrom, effectiveTo: r.effectiveTo };
}

export function codeRef(row: CodeRow): CodeRef {
  return { system: row.system as CodeSystemId, code: row.code, display: row.display, kind: row.kind, billable: row.billable };
}

export function parseSystem(value: string): CodeSystemId {
  const v = value.trim().toLowerCase();
  if (!isCodeSystemId(v)) throw new AppError('invalid', `unknown code system "${value}": use one of ${CODE_SYSTEMS.join(', ')}`, 'system');
  return v;
}

/** Candidate keys for user input: grouping ids keep their dash ("E08-E13"), codes lose dots and spaces. */
export function candidateKeys(input: string): string[] {
  if (input.length > MAX_CODE_INPUT) throw new AppError('invalid', `code is longer than ${MAX_CODE_INPUT} characters`, 'code');
  const raw = input.trim().toUpperCase();
  if (raw === '') throw new AppError('invalid', 'code is empty', 'code');
  const normal = normalizeCodeKey(input);
  return [...new Set([raw, normal])].filter((k) => k.length > 0);
}

function findRelease(store: ReadStore, system: CodeSystemId, release?: string): ReleaseRow {
  const releases = store.releases().filter((r) => r.system === system);
  const found = release ? releases.find((r) => r.release === release || r.label === release) : releases.find((r) => r.isDefault);
  if (!found) {
    if (release) throw new AppError('not-found', `${SYSTEM_INFO[system].label} has no release "${release}"`, 'release');
    throw new AppError('not-found', `the database holds no ${SYSTEM_INFO[system].label} release`, 'system');
  }
  return found;
}

function noteViews(store: ReadStore, system: CodeSystemId, row: CodeRow, lineage: CodeRow[]): NoteView[] {
  const owners = new Map(lineage.map((c) => [c.key, c]));
  const notes = store.notes(system, [...owners.keys()]);
  // Own notes first, then inherited ones from the nearest ancestor up to the chapter.
  const rank = new Map(lineage.map((c, i) => [c.key, c.key === row.key ? -1 : lineage.length - i]));
  return notes
    .map((n) => ({ n, r: rank.get(n.key) ?? 0 }))
    .sort((a, b) => a.r - b.r)
    .map(({ n }) => ({
      kind: n.kind,
      text: n.text,
      from: owners.get(n.key)?.code ?? n.key,
      inherited: n.key !== row.key,
      release: `FY${n.sourceRelease}`,
    }));
}

function sevenCharViews(store: ReadStore, system: CodeSystemId, lineage: CodeRow[]): SevenCharView[] | undefined {
  const defs = store.sevenChars(
    system,
    lineage.map((c) => c.key),
  );
  if (defs.length === 0) return undefined;
  // The nearest owner wins: a subcategory's table replaces its category's.
  const depthOf = new Map(lineage.map((c) => [c.key, c.depth]));
  const nearest = defs.reduce((best, d) => ((depthOf.get(d.key) ?? 0) > (depthOf.get(best) ?? 0) ? d.key : best), defs[0]?.key ?? '');
  const owner = lineage.find((c) => c.key === nearest);
  return defs
    .filter((d) => d.key === nearest)
    .map((d) => ({ character: d.character, label: d.label, from: owner?.code ?? d.key, release: `FY${d.sourceRelease}` }));
}

/** The full view of one code, in the default release unless a release is named. */
export function lookupCode(store: ReadStore, systemInput: string, codeInput: string, releaseInput?: string): CodeView {
  const system = parseSystem(systemInput);
  let release = findRelease(store, system, releaseInput);
  const keys = candidateKeys(codeInput);
  let row = keys.map((k) => store.code(system, release.release, k)).find((r) => r !== null);
  if (!row && !releaseInput) {
    // A deleted code keeps its page: shown from the newest release that holds it, marked not current.
    const older = keys.map((k) => resolveCode(store, system, k)).find((r) => r !== null);
    if (older) ({ row, release } = older);
  }
  if (!row) {
    const shown = formatCode(system, keys[keys.length - 1] ?? codeInput);
    throw new AppError('not-found', `${SYSTEM_INFO[system].label} ${release.label} has no code ${shown}`, 'code');
  }
  const ancestorKeys = row.path.split(PATH_SEPARATOR).slice(0, -1);
  const ancestors = store.codesByKeys(system, release.release, ancestorKeys);
  const lineage = [...ancestors, row];
  const children = store.children(system, release.release, row.key);
  const view: CodeView = {
    system,
    systemLabel: SYSTEM_INFO[system].label,
    code: row.code,
    display: row.display,
    shortDisplay: row.shortDisplay,
    kind: row.kind,
    billable: row.billable,
    release: releaseRef(release),
    current: release.isDefault,
    parent: ancestors.length > 0 ? codeRef(ancestors[ancestors.length - 1] as CodeRow) : null,
    ancestors: ancestors.map(codeRef),
    children: children.map(codeRef),
    childCount: children.length < 500 ? children.length : store.childCount(system, release.release, row.key),
    notes: noteViews(store, system, row, lineage),
    attributes: row.attributes,
    facts: store.facts(system, row.key).map((f) => ({ source: f.source, release: f.sourceRelease, values: f.values })),
    releases: store.releasesOfKey(system, row.key),
  };
  const sevenCharacters = sevenCharViews(store, system, lineage);
  if (sevenCharacters) view.sevenCharacters = sevenCharacters;
  if (system === 'icd10pcs' && row.key.length === 7) view.axes = pcsAxes(store, row.key);
  addHistoryStatus(store, view, row, release);
  if (system === 'cpt' && row.display === '') {
    view.descriptorNotice =
      'CPT descriptors are copyrighted by the American Medical Association and are shown only when the operator imports a licensed CPT data file.';
    const label = cptLabelOfView(view);
    if (label) view.publicLabel = label;
  }
  return view;
}

/** Every system's default-release code with this key (for "show CODE" without a system). */
export function findCodeInAnySystem(store: ReadStore, codeInput: string): CodeRef[] {
  const keys = candidateKeys(codeInput);
  const seen = new Set<string>();
  return keys
    .flatMap((k) => store.codeInAnySystem(k))
    .filter((r) => {
      const id = `${r.system}|${r.key}`;
      if (seen.has(id)) return false;
      seen.add(id);
      return true;
    })
    .map(codeRef);
}

/** Deleted or about to be: say since when and what replaced it; list changes newer than the release shown. */
function addHistoryStatus(store: ReadStore, view: CodeView, row: CodeRow, release: ReleaseRow): void {
  const status = statusOf(store, row.system, row.key, release.isDefault);
  if (status) view.status = status;
  const later = laterChangesOf(store, row.system, row.key, release.effectiveFrom);
  if (later.length > 0) view.laterChanges = later;
}
