import type { Child } from 'hono/jsx';
import type { CodeView, FactView } from '../../features/codes/index.js';
import { HIDDEN_ATTRIBUTES, isNoise, labelOf, SOURCE_LABELS, valueText } from './fact-labels.js';
import { withMeaning } from './fact-meanings.js';
import { codeHref } from './paths.js';

/** Most rows of one fact source shown as a table (NCCI add-on edits list one row per primary code). */
const MAX_ROWS = 100;

function KeyValueTable({ caption, rows }: { caption?: string; rows: Array<[string, Child]> }) {
  return (
    <div class="table-wrap">
      <table>
        {caption ? <caption>{caption}</caption> : null}
        <tbody>
          {rows.map(([k, v]) => (
            <tr>
              <th scope="row">{k}</th>
              <td>{v}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** A fact value as shown: indicators with their meaning, CPT primary codes as links. */
function Value({ name, value }: { name: string; value: unknown }) {
  const text = valueText(value);
  if (text === null) return null;
  if (name === 'primaryCode' && /^[0-9]{4}[0-9FTU]$/.test(text)) return <a href={codeHref('cpt', text, '')}>{text}</a>;
  return <>{withMeaning(name, text)}</>;
}

function filledRows(values: Record<string, unknown>): Array<[string, Child]> {
  return Object.entries(values).flatMap(([k, v]): Array<[string, Child]> => {
    if (valueText(v) === null || HIDDEN_ATTRIBUTES.has(k) || isNoise(k, v)) return [];
    return [[labelOf(k), <Value name={k} value={v} />]];
  });
}

/** Several rows of one source: one column per key that any row fills. */
function WideTable({ facts, caption }: { facts: FactView[]; caption: string }) {
  const keys = [...new Set(facts.flatMap((f) => Object.keys(f.values)))].filter((k) => facts.some((f) => valueText(f.values[k]) !== null));
  return (
    <section class="table-wrap" tabindex={0} aria-label={caption}>
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            {keys.map((k) => (
              <th scope="col">{labelOf(k)}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {facts.slice(0, MAX_ROWS).map((f) => (
            <tr>
              {keys.map((k) => (
                <td>
                  <Value name={k} value={f.values[k]} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {facts.length > MAX_ROWS ? (
        <p class="muted">
          First {MAX_ROWS} of {facts.length} rows.
        </p>
      ) : null}
    </section>
  );
}

function groupFacts(facts: FactView[]): Array<{ source: string; release: string; rows: FactView[] }> {
  const groups = new Map<string, { source: string; release: string; rows: FactView[] }>();
  for (const f of facts) {
    const id = `${f.source}|${f.release}`;
    const group = groups.get(id) ?? { source: f.source, release: f.release, rows: [] };
    group.rows.push(f);
    groups.set(id, group);
  }
  return [...groups.values()];
}

function FactGroup({ source, release, rows }: { source: string; release: string; rows: FactView[] }) {
  const label = SOURCE_LABELS[source];
  const caption = `${label?.title ?? source}, ${release}`;
  const single = rows.length === 1 ? filledRows((rows[0] as FactView).values) : null;
  return (
    <section aria-label={caption}>
      <h3>{caption}</h3>
      {label ? <p class="muted">{label.about}</p> : null}
      {single ? <KeyValueTable rows={single} /> : <WideTable facts={rows} caption={caption} />}
    </section>
  );
}

/** The code's own attributes (HCPCS coverage, BETOS, dates, action; POS telehealth) and the CMS facts about it. */
export function CodeFacts({ view }: { view: CodeView }) {
  const attributes = filledRows(view.attributes);
  const groups = groupFacts(view.facts);
  if (attributes.length === 0 && groups.length === 0) return null;
  return (
    <section aria-labelledby="facts-title">
      <h2 id="facts-title">Coding facts</h2>
      {attributes.length > 0 ? <KeyValueTable caption={`Listed in ${view.systemLabel} ${view.release.label}`} rows={attributes} /> : null}
      {groups.map((g) => (
        <FactGroup source={g.source} release={g.release} rows={g.rows} />
      ))}
    </section>
  );
}
