/** Layer rules of ARCHITECTURE.md: folders are layers and imports point inward. */
module.exports = {
  forbidden: [
    {
      name: 'domain-imports-nothing',
      severity: 'error',
      comment: 'domain/ (types, normalisation, errors) is imported by all and imports nothing of ours.',
      from: { path: '^src/domain/' },
      to: { path: '^src/', pathNot: '^src/domain/' },
    },
    {
      name: 'sources-parse-only',
      severity: 'error',
      comment: 'sources/ parse files into records: they know domain/ and their shared file helpers only.',
      from: { path: '^src/sources/' },
      to: { path: '^src/', pathNot: ['^src/domain/', '^src/sources/'] },
    },
    {
      name: 'plugins-do-not-import-each-other',
      severity: 'error',
      comment: 'A plug-in folder imports only itself, sources/files and sources/contract.',
      from: { path: '^src/sources/([^/]+)/' },
      to: { path: '^src/sources/', pathNot: ['^src/sources/$1/', '^src/sources/files/', '^src/sources/contract\\.ts$'] },
    },
    {
      name: 'store-knows-tables-not-formats',
      severity: 'error',
      from: { path: '^src/store/' },
      to: { path: '^src/', pathNot: ['^src/domain/', '^src/store/'] },
    },
    {
      name: 'features-read-the-store',
      severity: 'error',
      comment: 'search/, explain/, policies/, similar/ build on domain/ and store/ only.',
      from: { path: '^src/(search|explain|policies|similar)/' },
      to: { path: '^src/(app|http|cli|config|sources)/' },
    },
    {
      name: 'app-is-not-an-adapter',
      severity: 'error',
      from: { path: '^src/app/' },
      to: { path: '^src/(http|cli)/' },
    },
    {
      name: 'adapters-call-app',
      severity: 'error',
      comment: 'http/ and cli/ are thin adapters over app/: no store, sources or feature imports.',
      from: { path: '^src/(http|cli)/' },
      to: { path: '^src/(store|sources|search|explain|policies|similar)/' },
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
