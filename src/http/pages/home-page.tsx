import type { SystemView } from '../../features/codes/index.js';
import { formatCount } from './format.js';
import { Layout } from './layout.js';
import { browseHref, searchHref } from './paths.js';
import { SearchBox } from './search-box.js';

const EXAMPLES = ['knee replacement', 'heart attack', 'type 2 diabetes', 'E11.9', '0SRC0JZ', 'J1745', '63295', 'A15-A19', 'office'];

const number = (n: number) => formatCount(n);

function SystemCard({ s }: { s: SystemView }) {
  return (
    <li>
      <h3>{s.release ? <a href={browseHref(s.system)}>{s.label}</a> : s.label}</h3>
      <p class="muted">{s.description}</p>
      {s.release ? (
        <p>
          {s.release.label} · {number(s.codes)} {s.codes === 1 ? 'code' : 'codes'}
          {s.billable !== s.codes ? ` · ${number(s.billable)} billable` : ''}
        </p>
      ) : (
        <p class="muted">Not in this database.</p>
      )}
    </li>
  );
}

export function HomePage({ systems }: { systems: SystemView[] }) {
  const loaded = systems.filter((s) => s.release).map((s) => s.label);
  return (
    <Layout
      title="Search all medical codes"
      canonical="/"
      headerSearch={false}
      description={`Search every US medical code system in one box: ${loaded.join(', ') || 'ICD-10-CM, ICD-10-PCS, HCPCS, CPT, POS'}. Official descriptors, notes, hierarchy and CMS facts.`}
    >
      <section class="hero" aria-labelledby="home-title">
        <h1 id="home-title">Search all medical codes</h1>
        <p class="muted">Type a code in any shape, a range or words: diagnoses, procedures, supplies, drugs and places of service.</p>
        <SearchBox id="home-q" big label="Search all medical codes" />
        <h2 class="visually-hidden">Example searches</h2>
        <ul class="examples" aria-label="Example searches">
          {EXAMPLES.map((q) => (
            <li>
              <a href={searchHref({ q })}>{q}</a>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="systems-title">
        <h2 id="systems-title">Code systems</h2>
        <ul class="systems">
          {systems.map((s) => (
            <SystemCard s={s} />
          ))}
        </ul>
      </section>
    </Layout>
  );
}
