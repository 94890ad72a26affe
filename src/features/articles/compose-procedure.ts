/**
 * Procedure statements from the ICD-10-PCS definitions and the CMS fact files. Every statement says
 * what the source states and cites it; a value the source leaves blank gives no statement.
 */

import type { ArticleInput, AxisInput, FactInput } from './article-input.js';
import type { ArticleSource, DraftStatement } from './article-model.js';
import { codeListSource, factSource, pcsDefinitionsSource } from './article-sources.js';
import {
  ASSISTANT_AT_SURGERY,
  CO_SURGEONS,
  FACILITY_NA,
  GLOBAL_PERIOD,
  NON_FACILITY_NA,
  RVU_LAYOUT,
  TEAM_SURGERY,
} from './cms-meanings.js';

export type Statements = Map<string, DraftStatement[]>;

function add(out: Statements, section: string, text: string, ...sources: ArticleSource[]): void {
  const list = out.get(section) ?? [];
  list.push({ text, sources });
  out.set(section, list);
}

function axis(input: ArticleInput, name: string): AxisInput | undefined {
  return input.axes.find((a) => a.name.toLowerCase() === name.toLowerCase());
}

/** An axis value that says "nothing here" ("No Device", "No Qualifier", "None"). */
const NOTHING = /^(no |none$|not applicable)/i;

/**
 * ICD-10-PCS, every code (docs/articles.md):
 * - Summary: what the seven characters build, by their labels from the tables ("operation
 *   "Replacement", body part "Knee Joint, Right", approach "Open", device …");
 * - Purpose: the definition of character 3 (the root operation names the objective of the
 *   procedure) and, where the definitions file has one, its explanation;
 * - Procedure Description: the definitions of the body part, approach, device and qualifier values
 *   (or their labels where the definitions file has no entry).
 */
export function pcsStatements(input: ArticleInput, out: Statements, release: string): void {
  const src = pcsDefinitionsSource(release);
  const tables = codeListSource('icd10pcs', release);
  // Character 3 is the root operation in most sections and the root type (or type) in the others.
  const op = axis(input, 'Operation') ?? axis(input, 'Root Operation') ?? input.axes.find((a) => a.position === 3);
  const opName = op ? op.name.toLowerCase() : '';
  const parts = input.axes
    .filter((a) => a.label && !NOTHING.test(a.label))
    .map((a) => `${a.position === 3 && /operation/.test(a.name.toLowerCase()) ? 'root operation' : a.name.toLowerCase()} "${a.label}"`);
  if (parts.length > 0) add(out, 'summary', `ICD-10-PCS builds ${input.code} from its characters: ${parts.join(', ')}.`, tables);
  if (op?.definition) {
    const what = /operation/.test(opName)
      ? `the root operation "${op.label}", which names the objective of the procedure,`
      : `the ${opName} "${op.label}"`;
    add(out, 'purpose', `ICD-10-PCS defines ${what} as: ${op.definition}.`, src);
  } else if (op) add(out, 'purpose', `In ICD-10-PCS this code's ${opName} (character 3) is "${op.label}".`, tables);
  if (op?.explanation) add(out, 'purpose', `ICD-10-PCS explains "${op.label}": ${op.explanation}.`, src);
  // The root operation's examples ("includes") name other body parts; they stay in the coder's reference.
  let described = 0;
  for (const a of input.axes) {
    if (a.position <= 3) continue;
    const name = a.name.toLowerCase();
    if (a.definition) {
      const text = a.explanation ? `${a.definition}. ${a.explanation}` : a.definition;
      add(out, 'description', `ICD-10-PCS defines the ${name} "${a.label}" as: ${text}.`, src);
      described += 1;
    } else if (a.label && !NOTHING.test(a.label)) {
      add(out, 'description', `In ICD-10-PCS this code's ${name} (character ${a.position}) is "${a.label}".`, tables);
      described += 1;
    }
  }
  // Every value "none": the description says so rather than nothing.
  if (described === 0 && input.axes.length > 3) {
    const none = input.axes.filter((a) => a.position > 3 && a.label).map((a) => `${a.name.toLowerCase()} "${a.label}"`);
    if (none.length > 0) add(out, 'description', `In ICD-10-PCS this code's characters 4 to 7 are: ${none.join(', ')}.`, tables);
  }
}

function facts(input: ArticleInput, source: string): FactInput[] {
  return input.facts.filter((f) => f.source === source);
}

function rvuStatements(rvu: FactInput, out: Statements): void {
  const src = factSource('pfs-rvu', rvu.release);
  const v = rvu.values;
  // The global period is a payment fact, not a recovery time: it goes to the Summary. XXX says nothing.
  const global = v.globalDays === 'XXX' ? undefined : GLOBAL_PERIOD[String(v.globalDays ?? '')];
  if (global) add(out, 'summary', `CMS's fee schedule gives this code global period ${v.globalDays}, ${global}.`, src, RVU_LAYOUT);
  const personnel: Array<[unknown, Readonly<Record<string, string>>, string]> = [
    [v.assistantAtSurgery, ASSISTANT_AT_SURGERY, 'assistant at surgery'],
    [v.coSurgeons, CO_SURGEONS, 'co-surgeon'],
    [v.teamSurgery, TEAM_SURGERY, 'team surgery'],
  ];
  for (const [value, table, label] of personnel) {
    const meaning = table[String(value ?? '')];
    if (meaning) add(out, 'personnel', `CMS's ${label} indicator for this code is ${value}: ${meaning}.`, src, RVU_LAYOUT);
  }
  if (v.nonFacilityNaIndicator === 'NA')
    add(out, 'setting', `CMS's fee schedule marks the office (non-facility) price "NA": ${NON_FACILITY_NA}.`, src, RVU_LAYOUT);
  if (v.facilityNaIndicator === 'NA')
    add(out, 'setting', `CMS's fee schedule marks the facility price "NA": ${FACILITY_NA}.`, src, RVU_LAYOUT);
  if (
    v.nonFacilityNaIndicator !== 'NA' &&
    v.facilityNaIndicator !== 'NA' &&
    typeof v.nonFacilityTotal === 'number' &&
    v.nonFacilityTotal > 0
  ) {
    add(out, 'setting', "CMS's fee schedule prices this code both in an office (non-facility) and in a facility setting.", src, RVU_LAYOUT);
  }
}

function addonStatement(input: ArticleInput, out: Statements): void {
  const edits = facts(input, 'ncci-aoc').filter((f) => !f.values.editDeletionDate);
  if (edits.length === 0) return;
  const first = edits[0] as FactInput;
  const codes = new Set(edits.map((f) => String(f.values.primaryCode ?? '')).filter((c) => /^[0-9A-Z]{5}$/.test(c) && c !== 'CCCCC'));
  // The primary codes are listed once, under Coding edits in the coder's reference.
  const count = codes.size > 0 ? `; CMS lists ${codes.size} primary code${codes.size === 1 ? '' : 's'} for it (see Coding edits)` : '';
  add(
    out,
    'summary',
    `CMS's NCCI add-on code edits list this as an add-on code: it is reported only together with a primary procedure${count}.`,
    factSource('ncci-aoc', first.release),
  );
}

/**
 * HCPCS Summary: the file's short descriptor (the long one is the Name). The Medicare coverage code
 * is stated once, in plain words, in the page's "What's covered" (http/pages/code-lede.tsx).
 */
export function hcpcsStatements(input: ArticleInput, out: Statements, source: ArticleSource): void {
  const short = String(input.attributes.shortDescription ?? input.shortDisplay ?? '');
  if (short && short !== input.display)
    add(out, 'summary', `The HCPCS Level II file's short descriptor of ${input.code} is "${short}".`, source);
  else if (input.display) {
    const added = typeof input.attributes.addDate === 'string' ? `, added ${input.attributes.addDate}` : '';
    add(out, 'summary', `The HCPCS Level II file lists ${input.code} in its ${input.releaseLabel} release${added}.`, source);
  }
}

/** RBCS major-procedure flag: M major procedure, O other procedure, N not a procedure. */
const RBCS_MAJOR: Readonly<Record<string, string>> = {
  M: 'CMS flags it as a major procedure',
  O: 'CMS flags it as a procedure other than a major procedure',
};

function rbcsStatement(input: ArticleInput, out: Statements): void {
  // A CPT code without a licensed descriptor already carries its RBCS category as its title's category label.
  if (input.system === 'cpt' && !input.display) return;
  const r = facts(input, 'rbcs')[0];
  if (!r?.values.category) return;
  const v = r.values;
  const family = v.family && !/^no rbcs/i.test(String(v.family)) ? `family "${v.family}"` : '';
  const parts = [`category "${v.category}"`, v.subcategory ? `subcategory "${v.subcategory}"` : '', family];
  const major = RBCS_MAJOR[String(v.major ?? '')];
  const text = `CMS's Restructured BETOS Classification, a billing classification, places this code in ${parts.filter(Boolean).join(', ')}${major ? `; ${major}` : ''}.`;
  // A billing category says what kind of service this is, not what it is for: Summary, not Purpose.
  add(out, 'summary', text, factSource('rbcs', r.release));
}

/** Statements from the fee schedule, physician time, OPPS Addendum B, NCCI add-on edits and RBCS. */
export function cmsStatements(input: ArticleInput, out: Statements): void {
  const rvu = facts(input, 'pfs-rvu').find((f) => !f.values.modifier) ?? facts(input, 'pfs-rvu')[0];
  if (rvu) rvuStatements(rvu, out);
  const time = facts(input, 'pfs-time')[0];
  if (time && typeof time.values.intraService === 'number' && time.values.intraService > 0) {
    add(
      out,
      'duration',
      `CMS's median intra-service physician time is ${time.values.intraService} minutes.`,
      factSource('pfs-time', time.release),
    );
    const total = time.values.totalTime;
    if (typeof total === 'number' && total > time.values.intraService) {
      add(
        out,
        'duration',
        `CMS's total physician time for this code, including work before and after, is ${total} minutes.`,
        factSource('pfs-time', time.release),
      );
    }
  }
  const opps = facts(input, 'opps-addb')[0];
  if (opps?.values.statusIndicator === 'C') {
    add(
      out,
      'setting',
      "CMS's OPPS Addendum B gives this code status indicator C: it is on the inpatient-only list and is not paid as a hospital outpatient service.",
      factSource('opps-addb', opps.release),
    );
  }
  addonStatement(input, out);
  rbcsStatement(input, out);
}
