import type { CodeRef, CodeView, NoteView } from '../../features/codes/index.js';
import { nodeHref } from './paths.js';
import { DataTable } from './table.js';

const NOTE_LABELS: Record<string, { label: string; about?: string }> = {
  inclusionTerm: { label: 'Inclusion terms', about: 'Conditions this code is used for.' },
  includes: { label: 'Includes' },
  excludes1: { label: 'Excludes1', about: 'Not coded here: never used together with this code.' },
  excludes2: { label: 'Excludes2', about: 'Not included here: may be coded as well when both apply.' },
  codeFirst: { label: 'Code first' },
  useAdditionalCode: { label: 'Use additional code' },
  codeAlso: { label: 'Code also' },
  notes: { label: 'Notes' },
  sevenChrNote: { label: '7th character note' },
};

function groupNotes(notes: NoteView[]): Array<[string, NoteView[]]> {
  const groups = new Map<string, NoteView[]>();
  for (const n of notes) groups.set(n.kind, [...(groups.get(n.kind) ?? []), n]);
  const order = Object.keys(NOTE_LABELS);
  const rank = (kind: string) => (order.includes(kind) ? order.indexOf(kind) : order.length);
  return [...groups.entries()].sort(([a], [b]) => rank(a) - rank(b));
}

function Owner({ note, ancestors }: { note: NoteView; ancestors: CodeRef[] }) {
  if (!note.inherited) return null;
  const owner = ancestors.find((a) => a.code === note.from);
  return <span class="from"> — inherited from {owner ? <a href={nodeHref(owner)}>{note.from}</a> : note.from}</span>;
}

export function CodeNotes({ view }: { view: CodeView }) {
  if (view.notes.length === 0) return null;
  const releases = [...new Set(view.notes.map((n) => n.release))].join(', ');
  return (
    <section aria-labelledby="notes-title">
      <h2 id="notes-title">Notes</h2>
      <dl class="notes">
        {groupNotes(view.notes).map(([kind, notes]) => (
          <>
            <dt>
              {NOTE_LABELS[kind]?.label ?? kind}
              {NOTE_LABELS[kind]?.about ? <span class="from"> · {NOTE_LABELS[kind]?.about}</span> : null}
            </dt>
            <dd>
              <ul>
                {notes.map((n) => (
                  <li>
                    {n.text}
                    <Owner note={n} ancestors={view.ancestors} />
                  </li>
                ))}
              </ul>
            </dd>
          </>
        ))}
      </dl>
      <p class="from">From the ICD-10-CM tabular list ({releases}).</p>
    </section>
  );
}

/** Is this 7th character the one of the code shown (S52.501A → A)? */
function isCurrent(view: CodeView, character: string): boolean {
  return view.code.replace('.', '').length === 7 && view.code.endsWith(character);
}

export function SevenCharacters({ view }: { view: CodeView }) {
  const rows = view.sevenCharacters;
  if (!rows || rows.length === 0) return null;
  const from = rows[0]?.from;
  return (
    <section aria-labelledby="seventh-title">
      <h2 id="seventh-title">7th characters</h2>
      <p class="muted">The 7th character{from && from !== view.code ? ` defined at ${from}` : ''} completes codes of this category.</p>
      <DataTable columns={['Character', 'Meaning']}>
        {rows.map((s) => (
          <tr class={isCurrent(view, s.character) ? 'current' : undefined}>
            <td class="code">{s.character}</td>
            <td>
              {s.label}
              {isCurrent(view, s.character) ? ' (this code)' : ''}
            </td>
          </tr>
        ))}
      </DataTable>
    </section>
  );
}

function AxisIncludes({ includes }: { includes: string[] }) {
  if (includes.length <= 5) return <div class="from">Includes: {includes.join('; ')}</div>;
  return (
    <details class="from">
      <summary>Includes {includes.length} terms</summary>
      {includes.join('; ')}
    </details>
  );
}

export function PcsAxes({ view }: { view: CodeView }) {
  if (!view.axes || view.axes.length === 0) return null;
  return (
    <section aria-labelledby="axes-title">
      <h2 id="axes-title">The seven characters of {view.code}</h2>
      <ol class="axes">
        {view.axes.map((a) => (
          <li>
            <div>
              <span class="axis">
                Character {a.position} · {a.name}:
              </span>{' '}
              <span class="code">{a.value}</span> <span class="value">{a.label}</span>
            </div>
            {a.definition ? <div>{a.definition}</div> : null}
            {a.explanation ? <div class="muted">{a.explanation}</div> : null}
            {a.includes?.length ? <AxisIncludes includes={a.includes} /> : null}
          </li>
        ))}
      </ol>
      <p class="from">Definitions from the ICD-10-PCS definitions file, {view.release.label}.</p>
    </section>
  );
}
