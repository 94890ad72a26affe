/**
 * The code page's "Crosswalks" section: ICD-9 ↔ ICD-10 GEM rows in both directions with their flags
 * spelled out (combination entries grouped by scenario and choice list), and CMS-HCC categories.
 */
import type { CrosswalkDirection, CrosswalkEntry, CrosswalksView } from '../../../features/relations/index.js';
import { codeHref } from '../paths.js';
import { DataTable } from '../table.js';

const SYSTEM_LABELS: Record<string, string> = {
  icd9cm: 'ICD-9-CM',
  icd9pcs: 'ICD-9-CM procedures',
  icd10cm: 'ICD-10-CM',
  icd10pcs: 'ICD-10-PCS',
};

function Target({ entry }: { entry: CrosswalkEntry }) {
  const t = entry.target;
  if (!t) return <span class="muted">no map</span>;
  if (t.system === 'icd9cm' || t.system === 'icd9pcs') return <span class="code">{t.code}</span>;
  return (
    <>
      <a href={codeHref(t.system, t.code, t.display ?? '')}>{t.code}</a> {t.display ?? ''}
      {t.current === false ? <span class="badge"> not current</span> : null}
    </>
  );
}

function Direction({ d, code }: { d: CrosswalkDirection; code: string }) {
  const heading =
    d.direction === 'forward'
      ? `${code} → ${SYSTEM_LABELS[d.to] ?? d.to}`
      : `${SYSTEM_LABELS[d.to] ?? d.to} codes that map to ${code} (${SYSTEM_LABELS[d.to] ?? d.to} → ${SYSTEM_LABELS[d.from] ?? d.from} GEM)`;
  return (
    <>
      <h3>{heading}</h3>
      <ul class="list">
        {d.entries.map((e) => (
          <li>
            <Target entry={e} /> <span class="muted">— {e.meaning}</span>
          </li>
        ))}
      </ul>
    </>
  );
}

export function CrosswalksSection({ crosswalks }: { crosswalks: CrosswalksView }) {
  if (crosswalks.gems.length === 0 && crosswalks.hcc.length === 0) return null;
  const vintages = [...new Set(crosswalks.gems.flatMap((d) => d.entries.map((e) => e.sourceRelease)))].join(', ');
  return (
    <section aria-labelledby="crosswalks-title">
      <h2 id="crosswalks-title">Crosswalks</h2>
      {crosswalks.gems.map((d) => (
        <Direction d={d} code={crosswalks.code} />
      ))}
      {crosswalks.gems.length > 0 ? (
        <p class="muted">
          CMS General Equivalence Mappings ({vintages}); GEMs were frozen after FY2018. A combination entry needs one code from each choice
          list of its scenario.
        </p>
      ) : null}
      {crosswalks.hcc.length > 0 ? (
        <>
          <h3>Risk adjustment (CMS-HCC)</h3>
          <DataTable columns={['Model', 'Category', 'Mapping']}>
            {crosswalks.hcc.map((h) => (
              <tr>
                <td>{h.model}</td>
                <td>HCC {h.category}</td>
                <td>
                  {h.release}
                  {h.inPreviousYear === false ? ' (new this payment year)' : ''}
                </td>
              </tr>
            ))}
          </DataTable>
        </>
      ) : null}
    </section>
  );
}
