import type { BuildReport } from '../app/build.js';
import type { CodeView } from '../features/codes/index.js';

const n = (x: number) => x.toLocaleString('en-US');

export function formatBuildReport(report: BuildReport): string {
  const lines = [`Built ${report.dbPath} in ${report.seconds.toFixed(1)} s`];
  if (report.removedStale.length > 0) lines.push(`Removed files of dead builds: ${report.removedStale.join(', ')}`);
  lines.push('', 'Default releases:');
  for (const c of report.counts) {
    const why = report.defaults.find((d) => d.system === c.system)?.reason;
    lines.push(
      `  ${c.system.padEnd(9)} ${c.release.padEnd(8)} ${n(c.codes).padStart(8)} codes ${n(c.billable).padStart(8)} billable${why ? ` — ${why}` : ''}`,
    );
  }
  if (report.skipped.length > 0) {
    lines.push('', 'Unreadable files skipped (--allow-missing):');
    for (const f of report.skipped) lines.push(`  ${f.path}: ${f.reason}`);
  }
  lines.push('', 'Per system:');
  for (const s of report.systems) {
    const releases = s.releases.map((r) => r.label).join(', ') || 'none';
    lines.push(`  ${s.system}: ${s.files} files, releases ${releases}, ${s.seconds.toFixed(1)} s`);
    for (const m of s.missing) lines.push(`    missing: ${m}`);
    for (const p of s.problems.slice(0, 10)) lines.push(`    problem: ${p}`);
    if (s.problems.length > 10) lines.push(`    … and ${s.problems.length - 10} more problems (see /data)`);
  }
  return lines.join('\n');
}

export function formatCodeView(v: CodeView): string {
  const lines = [
    `${v.code}  ${v.display || '(no descriptor)'}`,
    `${v.systemLabel} · ${v.billable ? 'billable' : v.kind} · release ${v.release.label}`,
  ];
  if (v.descriptorNotice) lines.push(v.descriptorNotice);
  if (v.ancestors.length > 0) lines.push(`Hierarchy: ${v.ancestors.map((a) => a.code).join(' › ')} › ${v.code}`);
  for (const a of v.axes ?? []) lines.push(`  ${a.position}. ${a.name}: ${a.value} ${a.label}`);
  for (const note of v.notes) lines.push(`  [${note.kind}${note.inherited ? ` from ${note.from}` : ''}] ${note.text}`);
  for (const s of v.sevenCharacters ?? []) lines.push(`  7th ${s.character}: ${s.label}`);
  if (v.childCount > 0)
    lines.push(
      `Children: ${v.children
        .slice(0, 20)
        .map((c) => c.code)
        .join(', ')}${v.childCount > 20 ? ', …' : ''}`,
    );
  return lines.join('\n');
}
