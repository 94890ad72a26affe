/** The site's one stylesheet (served from /assets/site.css; no external fonts or CDNs). */
export const SITE_CSS = `
:root { --fg: #1b1f24; --muted: #57606a; --accent: #0b5cad; --bg: #fff; --line: #d0d7de; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--fg); background: var(--bg); }
header.site { display: flex; flex-wrap: wrap; gap: 1rem; align-items: center; padding: .75rem 1rem; border-bottom: 1px solid var(--line); }
header.site .brand { font-weight: 700; color: var(--accent); text-decoration: none; font-size: 1.2rem; }
header.site form { display: flex; gap: .5rem; flex: 1; align-items: center; min-width: 16rem; }
header.site label { position: absolute; left: -9999px; }
header.site input { flex: 1; padding: .5rem; font-size: 1rem; border: 1px solid var(--line); border-radius: 4px; }
button { padding: .5rem 1rem; font-size: 1rem; border: 1px solid var(--accent); background: var(--accent); color: #fff; border-radius: 4px; }
main { max-width: 60rem; margin: 0 auto; padding: 1rem; }
footer { max-width: 60rem; margin: 2rem auto; padding: 1rem; color: var(--muted); font-size: .875rem; border-top: 1px solid var(--line); }
.code { font-family: ui-monospace, SFMono-Regular, Menlo, monospace; font-weight: 600; }
.breadcrumb { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: .25rem; font-size: .9rem; }
.breadcrumb li + li::before { content: "›"; margin-right: .25rem; color: var(--muted); }
.meta { color: var(--muted); }
.notice { background: #fff8c5; padding: .5rem .75rem; border-radius: 4px; }
table { border-collapse: collapse; margin: .5rem 0 1rem; }
th, td { text-align: left; padding: .25rem .75rem .25rem 0; vertical-align: top; border-bottom: 1px solid var(--line); }
a { color: var(--accent); }
@media print { header.site form, footer { display: none; } }
`;
