/**
 * The code page's "History" section: the releases holding the code, how it changed (added, deleted,
 * title revised, billable status changed, HCPCS actions), pending changes of newer change lists,
 * and the codes it replaced or that replaced it.
 */

import type { HistoryEventView } from '../../../features/codes/index.js';
import type { HistoryView, ReplacementView } from '../../../features/relations/index.js';
import { codeHref } from '../paths.js';
import { DataTable } from '../table.js';

const CHANGE_LABELS: Record<string, string> = {
  added: 'Added',
  deleted: 'Deleted',
  revised: 'Title revised',
  'billable-changed': 'Billable status changed',
  changed: 'Changed',
};

function What({ e }: { e: HistoryEventView }) {
  if (e.change === 'revised')
    return (
      <>
        “{e.displayBefore}” → “{e.displayAfter}”
      </>
    );
  if (e.change === 'billable-changed') return <>{e.billableAfter ? 'became billable' : 'became a header (not valid for submission)'}</>;
  if (e.change === 'changed') return <>{e.source.replace(/^hcpcs action /, 'HCPCS action code ')}</>;
  return null;
}

function Replacements({ system, label, items }: { system: string; label: string; items: ReplacementView[] }) {
  if (items.length === 0) return null;
  return (
    <p>
      {label}{' '}
      {items.map((r, i) => (
        <>
          {i > 0 ? ', ' : ''}
          <a href={codeHref(system, r.code, '')}>{r.code}</a>
          {r.codeEnd ? (
            <>
              –<a href={codeHref(system, r.codeEnd, '')}>{r.codeEnd}</a>
            </>
          ) : null}
        </>
      ))}{' '}
      <span class="muted">({items[0]?.source})</span>
    </p>
  );
}

export function HistorySection({ history }: { history: HistoryView }) {
  const first = history.releases[0];
  const last = history.releases.at(-1);
  return (
    <section aria-labelledby="history-title">
      <h2 id="history-title">History</h2>
      {history.status !== 'current' ? (
        <p class="notice">
          {history.code} {history.status === 'deleted' ? 'has been deleted' : 'is deleted by a newer change list'}; see the changes below.
        </p>
      ) : null}
      {first && last ? (
        <p>
          In {history.releases.length} release{history.releases.length === 1 ? '' : 's'} in this database: {first.label}
          {first.id !== last.id ? ` to ${last.label}` : ''}.
          {history.firstRelease && first.id === history.firstRelease ? (
            <span class="muted"> {first.label} is the oldest release here: earlier history is not known.</span>
          ) : null}
        </p>
      ) : null}
      {history.events.length > 0 ? (
        <DataTable columns={['Effective', 'Release', 'Change', 'Details']}>
          {history.events.map((e) => (
            <tr>
              <td>{e.effectiveDate}</td>
              <td>
                {e.releaseLabel}
                {e.pending ? <span class="badge"> change list</span> : null}
              </td>
              <td>{CHANGE_LABELS[e.change] ?? e.change}</td>
              <td>
                <What e={e} />
              </td>
            </tr>
          ))}
        </DataTable>
      ) : (
        <p class="muted">No change to this code between the releases in this database.</p>
      )}
      <Replacements system={history.system} label="Took over from earlier codes:" items={history.replaced} />
      {/* A code that still exists was not replaced: newer codes took over part of its meaning. */}
      <Replacements
        system={history.system}
        label={history.status === 'current' ? 'Newer codes took over part of its meaning:' : 'Replaced by:'}
        items={history.replacedBy}
      />
    </section>
  );
}
