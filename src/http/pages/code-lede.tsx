/**
 * The top of a code page, for a reader holding a bill: one plain line saying what kind of code this
 * is, its status in words, and "what's covered": the CMS coverage indicator in plain words (the one
 * vocabulary, core/cms-indicators.ts) and how many coverage policies name the code.
 */
import type { CodePageExtras } from '../../app/code-page.js';
import { HCPCS_COVERAGE, PFS_STATUS } from '../../core/cms-indicators.js';
import type { CodeView } from '../../features/codes/index.js';

const KIND_LINE: Record<string, string> = {
  icd10cm: 'A diagnosis code (ICD-10-CM): it names a condition or a reason for care on a claim.',
  icd10pcs: 'A hospital inpatient procedure code (ICD-10-PCS): it names a procedure done during a hospital stay.',
  hcpcs: 'A HCPCS Level II code: it names a supply, drug, device or service billed to Medicare and other payers.',
  cpt: 'A CPT® code: it names a procedure or service billed by doctors and other health professionals.',
  pos: 'A place-of-service code: it says where a service was given.',
};

function statusLine(view: CodeView): string {
  if (view.billable) return 'Valid on a claim (billable).';
  if (view.kind === 'header') return 'Not used on a claim itself: a more specific code under it is.';
  if (view.system === 'hcpcs' && view.attributes.terminationDate) return 'No longer valid on a claim (terminated).';
  return 'Not billable.';
}

/** The CMS indicators that say whether and how Medicare pays, in plain words, phrased as what CMS states. */
function coverageLines(view: CodeView): string[] {
  const out: string[] = [];
  const coverage = HCPCS_COVERAGE[String(view.attributes.coverageCode ?? '')];
  if (coverage) out.push(`The HCPCS file says: ${coverage}.`);
  const rvu = view.facts.find((f) => f.source === 'pfs-rvu' && !f.values.modifier);
  const status = PFS_STATUS[String(rvu?.values.statusCode ?? '')];
  if (status) out.push(`The Medicare Physician Fee Schedule says: ${status}.`);
  // OPPS status C (inpatient only) is stated once, in the article's Setting.
  return out;
}

function policyLine(extras?: CodePageExtras): string | null {
  const counts = extras?.policies?.counts;
  if (!counts) return null;
  if (counts.listed === 0) return 'No Medicare coverage document or health-plan policy we hold lists this code.';
  return `${counts.listed} Medicare coverage document${counts.listed === 1 ? '' : 's'} or health-plan polic${counts.listed === 1 ? 'y lists' : 'ies list'} this code (see Related policies).`;
}

export function CodeLede({ view, extras }: { view: CodeView; extras?: CodePageExtras }) {
  const cms = coverageLines(view);
  const covered = [...cms, policyLine(extras)].filter((l): l is string => Boolean(l));
  return (
    <>
      <p class="lede">
        {KIND_LINE[view.system] ?? ''} {statusLine(view)}
      </p>
      {covered.length > 0 ? (
        <section class="covered" aria-labelledby="covered-title">
          <h2 id="covered-title">What’s covered</h2>
          <ul>
            {covered.map((l) => (
              <li>{l}</li>
            ))}
          </ul>
          <p class="from">
            {cms.length > 0 ? 'As the CMS files under CMS facts state them. ' : ''}A plan decides coverage; this page only reports what its
            sources say.
          </p>
        </section>
      ) : null}
    </>
  );
}
