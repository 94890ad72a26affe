import { isCodeSystemId, SYSTEM_INFO } from '../../core/systems.js';
import type { DataView as DataInfo } from '../../features/codes/index.js';
import { formatCount } from './format.js';
import { Layout } from './layout.js';
import { DataTable } from './table.js';

const number = (n: number) => formatCount(n);

function labelOfSystem(system: string): string {
  return isCodeSystemId(system) ? SYSTEM_INFO[system].label : system;
}

function size(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${bytes} B`;
}

function Releases({ data }: { data: DataInfo }) {
  return (
    <section aria-labelledby="releases-title">
      <h2 id="releases-title">Releases</h2>
      <DataTable label="Releases table" columns={['System', 'Release', 'Effective', { num: 'Codes' }, { num: 'Billable' }, 'Status']}>
        {data.releases.map((r) => (
          <tr>
            <td>{labelOfSystem(r.system)}</td>
            <td>{r.label}</td>
            <td>
              {r.effectiveFrom}
              {r.effectiveTo ? ` to ${r.effectiveTo}` : ''}
            </td>
            <td class="num">{number(r.codes)}</td>
            <td class="num">{number(r.billable)}</td>
            <td>{r.default ? 'Current (default)' : r.complete ? 'Earlier release' : 'Partial'}</td>
          </tr>
        ))}
      </DataTable>
    </section>
  );
}

function Files({ data }: { data: DataInfo }) {
  return (
    <section aria-labelledby="files-title">
      <h2 id="files-title">Source files</h2>
      <p class="muted">Every official file read, with its size, SHA-256 checksum and what was parsed from it.</p>
      <DataTable label="Source files table" columns={['File', 'Role', { num: 'Size' }, 'Parsed', 'SHA-256']}>
        {data.files.map((f) => (
          <tr>
            <td>
              {f.path}
              <div class="from">
                {labelOfSystem(f.system)} {f.release}
              </div>
              {f.problems.length > 0 ? (
                <ul class="from">
                  {f.problems.map((p) => (
                    <li>{p}</li>
                  ))}
                </ul>
              ) : null}
            </td>
            <td>{f.role}</td>
            <td class="num">{size(f.size)}</td>
            <td>
              {Object.entries(f.counts)
                .map(([k, v]) => `${number(v)} ${k}`)
                .join(', ')}
            </td>
            <td>
              <code class="sha">{f.sha256}</code>
            </td>
          </tr>
        ))}
      </DataTable>
    </section>
  );
}

function Report({ data }: { data: DataInfo }) {
  const report = data.report;
  if (!report) return null;
  const gaps = report.systems.filter((s) => s.missing.length > 0 || s.problems.length > 0);
  return (
    <section aria-labelledby="missing-title">
      <h2 id="missing-title">What was missing</h2>
      <p class="muted">The build took {report.seconds.toFixed(1)} s.</p>
      {gaps.length === 0 ? <p>Every file each code system looks for was found.</p> : null}
      {gaps.map((s) => (
        <>
          <h3>{labelOfSystem(s.system)}</h3>
          <ul>
            {[...s.missing, ...s.problems].map((m) => (
              <li>{m}</li>
            ))}
          </ul>
        </>
      ))}
    </section>
  );
}

function Licences() {
  return (
    <section aria-labelledby="licences-title">
      <h2 id="licences-title">Licences and notices</h2>
      <ul>
        <li>
          ICD-10-CM is published by CDC's National Center for Health Statistics; ICD-10-PCS, HCPCS Level II and Place of Service codes by
          CMS. They are in the public domain.
        </li>
        <li>
          CPT® is a registered trademark of the American Medical Association (AMA). CPT codes, descriptors and other data are © AMA, all
          rights reserved. This site shows CPT code numbers and the public facts CMS publishes about them; CPT descriptors appear only when
          the operator imports a licensed AMA data file.
        </li>
        <li>CMS fee-schedule, OPPS and NCCI facts are shown as CMS states them in the files listed above; they are not payment advice.</li>
        <li>medcodes itself is open-source software under the MIT licence.</li>
      </ul>
    </section>
  );
}

export function DataPage({ data }: { data: DataInfo }) {
  return (
    <Layout
      title="About the data"
      canonical="/data"
      description="What this medcodes database was built from: files, releases, sizes, checksums, counts and licences."
    >
      <h1>About the data</h1>
      <p>
        {data.builtAt ? `This database was built on ${data.builtAt.slice(0, 10)} (${data.builtAt}) ` : 'This database was built '}
        from the official release files listed below.
      </p>
      <Releases data={data} />
      <Report data={data} />
      <Files data={data} />
      <Licences />
    </Layout>
  );
}
