import type { SystemView } from '../../app/views.js';
import { Layout } from './layout.js';

export function HomePage({ systems }: { systems: SystemView[] }) {
  return (
    <Layout title="Search all medical codes" description="Search every US medical code system: ICD-10-CM, ICD-10-PCS, HCPCS, CPT and more.">
      <h1>Search all medical codes</h1>
      <table>
        <thead>
          <tr>
            <th scope="col">System</th>
            <th scope="col">Release</th>
            <th scope="col">Codes</th>
            <th scope="col">Billable</th>
          </tr>
        </thead>
        <tbody>
          {systems.map((s) => (
            <tr>
              <td>{s.label}</td>
              <td>{s.release?.label ?? 'not loaded'}</td>
              <td>{s.codes.toLocaleString('en-US')}</td>
              <td>{s.billable.toLocaleString('en-US')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Layout>
  );
}
