/**
 * The code page's "Coding edits" section: NCCI add-on code edits on both sides (an add-on code lists
 * its primary codes; a primary code lists its add-ons) with the edit type and dates, and the
 * practitioner MUE (units per day and adjudication indicator).
 */
import type { AddonEditView, CrosswalksView } from '../../../features/relations/index.js';
import { codeHref } from '../paths.js';

const SHOWN = 100;

function Edits({ title, items }: { title: string; items: AddonEditView[] }) {
  if (items.length === 0) return null;
  const active = items.filter((e) => e.deletionDate === null);
  const ended = items.length - active.length;
  return (
    <>
      <h3>{title}</h3>
      <ul class="list">
        {active.slice(0, SHOWN).map((e) => (
          <li>
            {e.system === 'cpt' || e.system === 'hcpcs' ? <a href={codeHref(e.system, e.code, e.display ?? '')}>{e.code}</a> : e.code}{' '}
            {e.display ?? ''}{' '}
            <span class="muted">
              — edit {e.editTypeMeaning}; since {e.effectiveDate ?? 'an unknown date'}
            </span>
          </li>
        ))}
      </ul>
      {active.length > SHOWN ? <p class="muted">… and {active.length - SHOWN} more.</p> : null}
      {ended > 0 ? (
        <p class="muted">
          {ended} ended edit{ended === 1 ? '' : 's'} not shown.
        </p>
      ) : null}
    </>
  );
}

export function CodingEditsSection({ crosswalks }: { crosswalks: CrosswalksView }) {
  const { primaryCodes, addOnCodes, mue } = crosswalks;
  if (primaryCodes.length === 0 && addOnCodes.length === 0 && !mue) return null;
  const release = primaryCodes[0]?.release ?? addOnCodes[0]?.release ?? mue?.release;
  return (
    <section aria-labelledby="edits-title">
      <h2 id="edits-title">Coding edits</h2>
      {primaryCodes.length > 0 ? <p>{crosswalks.code} is an add-on code: report it only with a primary code.</p> : null}
      <Edits title="Primary codes it may be reported with" items={primaryCodes} />
      <Edits title="Add-on codes reported with it" items={addOnCodes} />
      {mue ? (
        <>
          <h3>Medically Unlikely Edit (practitioner services)</h3>
          <p>
            At most {mue.unitsPerDay ?? 'an unstated number of'} unit{mue.unitsPerDay === 1 ? '' : 's'}
            {mue.adjudicationIndicator ? ` — adjudication indicator ${mue.adjudicationIndicator}` : ''}
            {mue.adjudicationText ? ` (${mue.adjudicationText})` : ''}
            {mue.rationale ? `; rationale: ${mue.rationale}` : ''}.
          </p>
        </>
      ) : null}
      <p class="muted">CMS Medicare NCCI edits, release {release}.</p>
    </section>
  );
}
