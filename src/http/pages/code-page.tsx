import type { CodeRef, CodeView } from '../../app/views.js';
import { Layout } from './layout.js';
import { codeHref } from './paths.js';

function RefLink({ item }: { item: CodeRef }) {
  return (
    <a href={codeHref(item.system, item.code, item.display)}>
      <span class="code">{item.code}</span> {item.display}
    </a>
  );
}

function FactsTable({ view }: { view: CodeView }) {
  const attrs = Object.entries(view.attributes).filter(([, v]) => v !== null && v !== '' && typeof v !== 'object');
  if (attrs.length === 0 && view.facts.length === 0) return null;
  return (
    <section>
      <h2>Facts</h2>
      {attrs.length > 0 ? (
        <table>
          <tbody>
            {attrs.map(([k, v]) => (
              <tr>
                <th scope="row">{k}</th>
                <td>{String(v)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {view.facts.map((f) => (
        <table>
          <caption>
            {f.source} ({f.release})
          </caption>
          <tbody>
            {Object.entries(f.values).map(([k, v]) => (
              <tr>
                <th scope="row">{k}</th>
                <td>{v === null ? '' : String(v)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ))}
    </section>
  );
}

/** The minimal code page of the foundation: the code view as HTML. */
export function CodePage({ view, canonical }: { view: CodeView; canonical: string }) {
  const title = view.display ? `${view.code} — ${view.display}` : `${view.systemLabel} code ${view.code}`;
  return (
    <Layout title={title} canonical={canonical} description={`${view.systemLabel} ${view.code}: ${view.display}`}>
      <nav aria-label="Breadcrumb">
        <ol class="breadcrumb">
          {view.ancestors.map((a) => (
            <li>
              <RefLink item={a} />
            </li>
          ))}
        </ol>
      </nav>
      <h1>
        <span class="code">{view.code}</span> {view.display}
      </h1>
      <p class="meta">
        {view.systemLabel} · {view.billable ? 'Billable' : view.kind === 'header' ? 'Header (not billable)' : view.kind} · release{' '}
        {view.release.label}
      </p>
      {view.descriptorNotice ? <p class="notice">{view.descriptorNotice}</p> : null}
      {view.shortDisplay && view.shortDisplay !== view.display ? <p>Short descriptor: {view.shortDisplay}</p> : null}
      {view.notes.length > 0 ? (
        <section>
          <h2>Notes</h2>
          <ul>
            {view.notes.map((n) => (
              <li>
                <strong>{n.kind}</strong>: {n.text} <small>{n.inherited ? `(from ${n.from}, ${n.release})` : `(${n.release})`}</small>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {view.sevenCharacters ? (
        <section>
          <h2>7th characters</h2>
          <ul>
            {view.sevenCharacters.map((s) => (
              <li>
                <span class="code">{s.character}</span> {s.label}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {view.axes ? (
        <section>
          <h2>Axes</h2>
          <table>
            <tbody>
              {view.axes.map((a) => (
                <tr>
                  <th scope="row">
                    {a.position}. {a.name}
                  </th>
                  <td>
                    <span class="code">{a.value}</span> {a.label}
                    {a.definition ? <div class="definition">{a.definition}</div> : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : null}
      {view.children.length > 0 ? (
        <section>
          <h2>Codes under {view.code}</h2>
          <ul>
            {view.children.map((c) => (
              <li>
                <RefLink item={c} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <FactsTable view={view} />
    </Layout>
  );
}
