/** The site's one stylesheet (served from /assets/site.css; no external fonts or CDNs). */
export const SITE_CSS = `
:root{--fg:#1b1f24;--muted:#545d68;--accent:#0a58a8;--accent-bg:#eaf2fb;--bg:#fff;--soft:#f6f8fa;--line:#d0d7de;--ok:#116329;--ok-bg:#dafbe1;--warn-bg:#fff8c5;--radius:6px}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:var(--fg);background:var(--bg);overflow-wrap:break-word}
a{color:var(--accent)}
a:hover{text-decoration-thickness:2px}
:focus-visible{outline:3px solid #f59e0b;outline-offset:2px}
.skip{position:absolute;left:-9999px;top:0;background:var(--bg);padding:.5rem 1rem;z-index:10}
.skip:focus{left:.5rem}
.visually-hidden{position:absolute!important;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
header.site{border-bottom:1px solid var(--line);background:var(--soft)}
header.site .bar{max-width:64rem;margin:0 auto;padding:.6rem 1rem;display:flex;flex-wrap:wrap;gap:.5rem 1.25rem;align-items:center}
.brand{font-weight:700;color:var(--accent);text-decoration:none;font-size:1.2rem;letter-spacing:-.01em}
header.site nav{display:flex;gap:1rem;font-size:.95rem}
header.site .search{flex:1 1 20rem}
main{max-width:64rem;margin:0 auto;padding:1rem 1rem 2rem}
footer.site{max-width:64rem;margin:1rem auto 2rem;padding:1rem;color:var(--muted);font-size:.875rem;border-top:1px solid var(--line)}
h1{font-size:1.75rem;line-height:1.25;margin:.5rem 0}
h2{font-size:1.3rem;margin:2rem 0 .5rem;padding-bottom:.25rem;border-bottom:1px solid var(--line)}
h3{font-size:1.05rem;margin:1.25rem 0 .4rem}
.search form{display:flex;gap:.5rem;position:relative}
.combo{position:relative;flex:1;min-width:0}
.search input{width:100%;padding:.55rem .7rem;font-size:1rem;border:1px solid #8c959f;border-radius:var(--radius);background:#fff;color:var(--fg)}
.search.big input{padding:.8rem 1rem;font-size:1.15rem}
button,.button{padding:.55rem 1rem;font-size:1rem;border:1px solid var(--accent);background:var(--accent);color:#fff;border-radius:var(--radius);cursor:pointer;text-decoration:none;display:inline-block}
.search.big button{padding:.8rem 1.25rem;font-size:1.1rem}
[role=listbox]{position:absolute;left:0;right:0;top:100%;z-index:20;margin:.25rem 0 0;padding:.25rem 0;list-style:none;background:#fff;border:1px solid var(--line);border-radius:var(--radius);box-shadow:0 8px 24px rgba(0,0,0,.12);max-height:24rem;overflow-y:auto}
[role=listbox][hidden]{display:none}
[role=option]{padding:.4rem .75rem;cursor:pointer;display:flex;gap:.5rem;align-items:baseline}
[role=option][aria-selected=true],[role=option]:hover{background:var(--accent-bg)}
[role=option] .sys{margin-left:auto;color:var(--muted);font-size:.8rem;white-space:nowrap}
.code{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-weight:600;white-space:nowrap}
.muted,.meta{color:var(--muted)}
.badges{display:flex;flex-wrap:wrap;gap:.4rem;margin:.25rem 0 1rem;padding:0;list-style:none}
.badge{display:inline-block;padding:.1rem .55rem;border-radius:999px;font-size:.85rem;background:var(--soft);border:1px solid var(--line);color:var(--fg)}
.badge.ok{background:var(--ok-bg);border-color:#4ac26b;color:var(--ok)}
.badge.sys{background:var(--accent-bg);border-color:#9ec5ee;color:#0a3f7a}
.notice{background:var(--warn-bg);border:1px solid #d4a72c;padding:.6rem .8rem;border-radius:var(--radius)}
.empty{color:var(--muted);background:var(--soft);border:1px dashed var(--line);padding:.75rem 1rem;border-radius:var(--radius)}
.breadcrumb ol{list-style:none;padding:0;margin:.25rem 0;display:flex;flex-wrap:wrap;gap:.25rem;font-size:.9rem}
.breadcrumb li+li::before{content:"\\203A";margin-right:.25rem;color:var(--muted)}
.table-wrap{overflow-x:auto;margin:.5rem 0 1rem}
table{border-collapse:collapse;width:100%}
caption{text-align:left;font-weight:600;padding:.25rem 0}
th,td{text-align:left;padding:.35rem .75rem .35rem 0;vertical-align:top;border-bottom:1px solid var(--line)}
thead th{font-size:.85rem;color:var(--muted);font-weight:600}
th[scope=row]{font-weight:600;width:40%}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
.list{list-style:none;padding:0;margin:.25rem 0}
.list li{padding:.3rem 0;border-bottom:1px solid #eaeef2}
.list .code{display:inline-block;min-width:5.5rem}
.notes dt{font-weight:600;margin-top:.75rem}
.notes dd{margin:.15rem 0 0 0}
.notes ul{margin:.1rem 0;padding-left:1.2rem}
.from{font-size:.85rem;color:var(--muted)}
.article .citations{font-size:.75rem;margin-left:.15rem}
.article .about,.article .machine-written{font-size:.85rem;color:var(--muted);font-style:italic}
.article .sources{font-size:.9rem}
.systems{display:grid;grid-template-columns:repeat(auto-fill,minmax(17rem,1fr));gap:.75rem;padding:0;list-style:none}
.systems li{border:1px solid var(--line);border-radius:var(--radius);padding:.75rem 1rem}
.systems h3{margin:0 0 .25rem}
.examples{display:flex;flex-wrap:wrap;gap:.5rem;list-style:none;padding:0}
.examples a{display:inline-block;padding:.25rem .7rem;border:1px solid var(--line);border-radius:999px;text-decoration:none;background:var(--soft)}
.hero{padding:1.5rem 0 .5rem}
.hero h1{font-size:2.1rem}
.layout{display:grid;grid-template-columns:13rem 1fr;gap:1.5rem}
.filters h2{font-size:1rem;margin-top:.5rem}
.filters ul{list-style:none;padding:0;margin:0}
.filters li{padding:.15rem 0}
.filters [aria-current]{font-weight:700;color:var(--fg);text-decoration:none}
.hits{list-style:none;padding:0;margin:0}
.hits>li{padding:.6rem 0;border-bottom:1px solid #eaeef2}
.hits .badges{margin:.2rem 0 0}
.hits .title{font-size:1.05rem}
.why{font-size:.85rem;color:var(--muted);margin:.15rem 0 0}
.pager{display:flex;gap:1rem;margin:1rem 0;align-items:center}
.axes{list-style:none;padding:0;margin:.5rem 0}
.axes li{padding:.6rem 0;border-bottom:1px solid #eaeef2}
.axes .axis{color:var(--muted);font-size:.9rem}
.axes .value{font-weight:600}
details summary{cursor:pointer;color:var(--accent)}
.lede{font-size:1.05rem;margin:.25rem 0 .5rem}
.category-label{font-weight:500}
.covered{background:var(--soft);border:1px solid var(--line);border-radius:var(--radius);padding:.25rem 1rem .5rem;margin:.5rem 0 1rem}
.covered h2{font-size:1.05rem;border:0;margin:.5rem 0 .25rem;padding:0}
.covered ul{margin:.25rem 0;padding-left:1.2rem}
.toc ol{display:flex;flex-wrap:wrap;gap:.25rem 1rem;list-style:none;padding:0;margin:.25rem 0 .75rem;font-size:.95rem}
.uncovered{font-size:.9rem;color:var(--muted)}
.reference details.ref{border-top:1px solid var(--line);padding:.4rem 0}
.reference details.ref>summary{font-size:1.1rem;font-weight:600;padding:.3rem 0}
.reference .ref-body>section>h2:first-child{display:none}
tr.current td{background:var(--accent-bg);font-weight:600}
.systems h2{font-size:1.05rem;margin:0 0 .25rem;border:0;padding:0}
code.sha{font-size:.75rem;word-break:break-all}
@media (max-width:700px){
 h1{font-size:1.4rem}.hero h1{font-size:1.6rem}
 .layout{grid-template-columns:1fr;gap:0}
 header.site nav{order:3}
 th[scope=row]{width:auto}
 .search form{flex-wrap:nowrap}
 button{padding:.55rem .8rem}
}
@media print{
 details.ref>.ref-body{display:block}
 header.site,footer.site nav,.skip,.pager,.filters,.search,[role=listbox],.empty-section{display:none!important}
 body{font-size:11pt;color:#000}
 a{color:#000;text-decoration:none}
 main{max-width:none;padding:0}
 h2{break-after:avoid}
 table,li{break-inside:avoid}
 .badge{border:1px solid #000;background:none;color:#000}
 .table-wrap{overflow:visible}
}
`;
