// A @web/test-runner reporter that writes pass/fail totals to a JSON file, so that
// test/run-all.mjs can print one honest "N passed, N failed" line for every runner.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

function count(suite, totals) {
  for (const test of suite.tests ?? []) {
    if (test.skipped) totals.skipped += 1;
    else if (test.passed) totals.passed += 1;
    else totals.failed += 1;
  }
  for (const child of suite.suites ?? []) count(child, totals);
}

export function summaryFileReporter(file) {
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0, erroredFiles: [], byEngine: {} };
      for (const session of sessions) {
        // Every engine's results count; byEngine says how many came from each.
        const engine = (totals.byEngine[session.browser?.name ?? 'unknown'] ??= { passed: 0, failed: 0, skipped: 0 });
        const before = { ...totals };
        if (session.testResults) count(session.testResults, totals);
        if (!session.passed && (session.errors?.length ?? 0) > 0) {
          // A file that failed to load or threw outside a test counts as one failure.
          totals.failed += 1;
          totals.erroredFiles.push(`${session.browser?.name ?? ''} ${session.testFile}`);
        }
        for (const key of ['passed', 'failed', 'skipped']) engine[key] += totals[key] - before[key];
      }
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, JSON.stringify(totals, null, 2));
    },
  };
}
