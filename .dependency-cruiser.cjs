/**
 * Layout rules (docs/design.md, docs/adr/0010-one-home-per-feature.md): a feature folder owns its
 * tables, build steps, queries, pure logic and use-cases, and is reached only through its index.ts.
 */
module.exports = {
  forbidden: [
    {
      name: 'core-imports-nothing',
      severity: 'error',
      comment: 'core/ (ids, systems, errors, records, the one text module, the one CMS-indicator vocabulary) is imported by all and imports nothing of ours.',
      from: { path: '^src/core/' },
      to: { path: '^src/', pathNot: '^src/core/' },
    },
    {
      name: 'db-knows-no-feature',
      severity: 'error',
      comment: 'db/ (open, migrations, the batching writer, the build-step graph, worker threads) knows no table, record type or feature.',
      from: { path: '^src/db/' },
      to: { path: '^src/', pathNot: ['^src/core/', '^src/db/'] },
    },
    {
      name: 'features-own-themselves',
      severity: 'error',
      comment: 'A feature builds on core/ and db/, and reaches another feature only through its index.ts.',
      from: { path: '^src/features/([^/]+)/' },
      to: {
        path: '^src/',
        pathNot: ['^src/core/', '^src/db/', '^src/features/$1/', '^src/features/[^/]+/index\\.ts$'],
      },
    },
    {
      name: 'features-reached-through-index',
      severity: 'error',
      comment: 'Everything outside a feature reaches it only through its index.ts.',
      from: { path: '^src/', pathNot: '^src/features/' },
      to: { path: '^src/features/[^/]+/', pathNot: '^src/features/[^/]+/index\\.ts$' },
    },
    {
      name: 'sources-parse-only',
      severity: 'error',
      comment: 'sources/ parse files into records: they know core/ and their shared file helpers only.',
      from: { path: '^src/sources/' },
      to: { path: '^src/', pathNot: ['^src/core/', '^src/sources/'] },
    },
    {
      name: 'plugins-do-not-import-each-other',
      severity: 'error',
      comment: 'A plug-in folder imports only itself, sources/files and sources/contract.',
      from: { path: '^src/sources/([^/]+)/' },
      to: { path: '^src/sources/', pathNot: ['^src/sources/$1/', '^src/sources/files/', '^src/sources/contract\\.ts$'] },
    },
    {
      name: 'app-is-not-an-adapter',
      severity: 'error',
      comment: 'app/ (the Medcodes facade, the build and fetch use-cases) is called by http/ and cli/, never the reverse.',
      from: { path: '^src/app/' },
      to: { path: '^src/(http|cli)/' },
    },
    {
      name: 'adapters-call-app',
      severity: 'error',
      comment: 'http/ and cli/ are thin adapters over app/ (the Medcodes facade): they may name a feature\'s views and schemas through its index.ts, never db/ or sources/.',
      from: { path: '^src/(http|cli)/' },
      to: { path: '^src/(db|sources)/' },
    },
    {
      name: 'adapters-are-separate',
      severity: 'error',
      from: { path: '^src/http/' },
      to: { path: '^src/cli/' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
  },
};
