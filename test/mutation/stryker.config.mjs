// Mutation testing of the SDK's fast paths with StrykerJS: each mutant (a changed operator, a
// dropped condition, a removed limit) must make some SDK test fail. The SDK tests run in Node under
// Vitest for this (test/mutation/vitest.config.mjs). Run: `npm run mutation` (slow: tens of minutes on
// two cores; not part of `npm test`). MUTATE=<glob,glob> narrows it to some files.
const mutate = process.env.MUTATE?.split(',') ?? [
  'src/sdk/scoring/cohort-*.ts',
  'src/sdk/scoring/disclosure-audit.ts',
  'src/sdk/scoring/timeline.ts',
  'src/sdk/model/fast-assessment.ts',
  '!src/sdk/scoring/cohort-report-types.ts',
];

export default {
  testRunner: 'vitest',
  vitest: { configFile: 'test/mutation/vitest.config.mjs' },
  plugins: ['@stryker-mutator/vitest-runner'],
  // perTest runs only the tests that ran a mutant's code in the first run; STRYKER_COVERAGE=off
  // runs every test against each mutant (much slower), to double-check a survivor.
  coverageAnalysis: process.env.STRYKER_COVERAGE ?? 'perTest',
  mutate,
  // Static mutants (module-level constants) would each rerun every test; they are reported, not run.
  ignoreStatic: true,
  concurrency: Number(process.env.STRYKER_CONCURRENCY ?? 2),
  // A mutant that loops forever is stopped this long after the tests' normal time (× 1.5).
  timeoutMS: Number(process.env.STRYKER_TIMEOUT_MS ?? 20_000),
  // progress: a line every 10 s in a log (not a terminal), so a long run shows how far it is.
  reporters: ['clear-text', 'json', 'progress'],
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  tempDirName: 'reports/mutation/.stryker-tmp',
  cleanTempDir: 'always',
  ignorePatterns: ['dist', 'storybook-static', 'reports', 'bench/.tmp', 'test/.out', 'examples'],
};
