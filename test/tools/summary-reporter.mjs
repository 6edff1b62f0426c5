// A @web/test-runner reporter that writes pass/fail totals to a JSON file, so that
// test/run-all.mjs can print one honest "N passed, N failed" line for every runner, and, just
// above it, which tests failed and why (a long run's log may be kept only in part: its tail).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';

const firstLines = (text, max = 600) => {
  const s = String(text ?? '');
  return s.length > max ? `${s.slice(0, max)}…` : s;
};

function count(suite, totals, where, path = []) {
  const here = suite.name ? [...path, suite.name] : path;
  for (const test of suite.tests ?? []) {
    if (test.skipped) totals.skipped += 1;
    else if (test.passed) totals.passed += 1;
    else {
      totals.failed += 1;
      totals.failures.push({
        where,
        test: [...here, test.name].join(' › '),
        error: firstLines(test.error?.message ?? test.error?.stack ?? 'failed'),
        ms: test.duration,
      });
    }
  }
  for (const child of suite.suites ?? []) count(child, totals, where, here);
}

export function summaryFileReporter(file) {
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0, erroredFiles: [], failures: [], byEngine: {} };
      for (const session of sessions) {
        // Every engine's results count; byEngine says how many came from each.
        const name = session.browser?.name ?? 'unknown';
        const engine = (totals.byEngine[name] ??= { passed: 0, failed: 0, skipped: 0 });
        const before = { ...totals };
        const where = `${name} ${relative(process.cwd(), session.testFile)}`;
        if (session.testResults) count(session.testResults, totals, where);
        if (!session.passed && (session.errors?.length ?? 0) > 0) {
          // A file that failed to load or threw outside a test counts as one failure.
          totals.failed += 1;
          totals.erroredFiles.push(where);
          totals.failures.push({
            where,
            test: '(the file itself)',
            error: firstLines(session.errors.map((e) => e.message ?? e.stack ?? String(e)).join('\n')),
          });
        }
        for (const key of ['passed', 'failed', 'skipped']) engine[key] += totals[key] - before[key];
      }
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, JSON.stringify(totals, null, 2));
    },
  };
}
