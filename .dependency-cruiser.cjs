/**
 * Import boundaries (docs/ARCHITECTURE.md "Conventions and the tools that hold them", ADR 0030).
 * `npm run lint` runs these with the known-violations baseline (.dependency-cruiser-known-violations.json):
 * today's violations are listed there and tolerated; any new one fails. Regenerate the baseline only to shrink it:
 *   npx depcruise --output-type baseline --output-to .dependency-cruiser-known-violations.json domain contracts server web scripts bench e2e
 */
/** npm packages the domain may use: the GB/T 2260 data outside tests, the test libraries in tests. */
const DOMAIN_PACKAGES = '^node_modules/@vant/area-data/';
const DOMAIN_TEST_PACKAGES = '^node_modules/(vitest|@vitest/[^/]+|fast-check)/';

module.exports = {
  forbidden: [
    {
      name: 'domain-is-pure',
      comment:
        'domain/ holds the rules of the seeds, shared by server and web: it imports only domain/ (and its data package).',
      severity: 'error',
      from: { path: '^domain/', pathNot: '\\.test\\.ts$' },
      to: { pathNot: ['^domain/', DOMAIN_PACKAGES] },
    },
    {
      name: 'domain-tests-are-pure',
      comment: "domain/'s tests import domain/, its data package and the test libraries only.",
      severity: 'error',
      from: { path: '^domain/.+\\.test\\.ts$' },
      to: { pathNot: ['^domain/', DOMAIN_PACKAGES, DOMAIN_TEST_PACKAGES] },
    },
    {
      name: 'contracts-only-domain',
      comment: 'contracts/ (web-server endpoint definitions, zod) import only domain/ and zod.',
      severity: 'error',
      from: { path: '^contracts/' },
      to: { pathNot: ['^contracts/', '^domain/', '^node_modules/zod/'] },
    },
    {
      name: 'web-not-server',
      comment:
        'The web app reaches the server over HTTP only; shared rules live in domain/ (shared types in contracts/).',
      severity: 'error',
      from: { path: '^web/' },
      to: { path: '^server/' },
    },
    {
      name: 'platform-not-modules',
      comment:
        'server/src/platform/ is the shared kernel: it knows no capability and no demo data. Composition lives in server/src/app.ts and bootstrap.ts.',
      severity: 'error',
      from: { path: '^server/src/platform/' },
      to: { path: ['^server/src/modules/', '^server/seeds/'] },
    },
    {
      name: 'routes-not-tables',
      comment: 'Route files call services; the tables are read and written in repositories (*.repository.ts) only.',
      severity: 'error',
      from: { path: '\\.routes\\.ts$' },
      to: { path: '\\.table\\.ts$' },
    },
    {
      // With scripts/check-table-writers.mjs (one writer per table, ADR 0032): what another capability owns is reached
      // through its service, or read in a repository's joins.
      name: 'foreign-tables-in-repositories',
      comment:
        "In a module only the repository (and the table files, for foreign keys) imports another capability's or the platform's tables; the rest call services.",
      severity: 'error',
      from: {
        path: '^server/src/modules/([^/]+)/',
        pathNot: [
          '\\.(repository|table)\\.ts$',
          // its new enterprise's organizations row, until the accounts capability writes organizations
          '^server/src/modules/intake/register-application\\.ts$',
        ],
      },
      to: { path: '\\.table\\.ts$', pathNot: '^server/src/modules/$1/', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'no-cycles-between-features',
      comment: 'No import cycle crosses web features: shared concepts move to their own feature or to components/.',
      severity: 'error',
      from: { path: '^web/src/features/([^/]+)/' },
      to: { path: '^web/src/features/', pathNot: '^web/src/features/$1/', circular: true },
    },
    {
      // With the next rule this also keeps folder-level cycles from growing: a new cycle between features needs a new
      // import from one feature into another, or from shared code into a feature. (dependency-cruiser's folder-scope
      // cycle rule cannot take a known-violations baseline, ADR 0030.)
      name: 'features-not-importing-each-other',
      comment:
        'A web feature does not import another feature; pages compose features in app/routes (shared ones in components/).',
      severity: 'error',
      from: { path: '^web/src/features/([^/]+)/' },
      to: { path: '^web/src/features/', pathNot: '^web/src/features/$1/' },
    },
    {
      name: 'shared-web-not-features',
      comment: 'web/src/lib and web/src/components are shared by every feature, so they import none.',
      severity: 'error',
      from: { path: '^web/src/(lib|components)/' },
      to: { path: '^web/src/features/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: ['^web/dist/', '^artifacts/', '^data/', '^coverage/'] },
    // type-only imports count: a web file importing a server type is still a dependency on the server
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    // node_modules is a symlink in worktrees; keep its paths as node_modules/…
    preserveSymlinks: true,
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
