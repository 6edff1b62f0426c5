#!/usr/bin/env node
// cohortReport of this working tree against an earlier commit, each SDK alone in its own Node
// process, as a host runs it. compare-cohort-report.mjs runs both SDKs in one process, which
// keeps the machine load equal but shares one heap and one garbage collector between them; on
// this machine that hid differences of 5–15 % that separate processes show. Processes alternate
// (old, new, new, old, …), each makes the bench cohort (100,000 participants × 4 occasions × 2
// roles on livsomraden, in participant order or shuffled), warms up, then times `rounds` reports.
// Prints every process's median, the median over processes and the ratio new / old, and checks
// that both give the same report (SHA-1).
// Run: node bench/compare-solo.mjs [base-commit] [processes] [rounds] [sorted|shuffled]
// (COMPARE_NEW=<commit> compares two commits.)
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { bundleSdk, shuffledCohort } from './common.mjs';
import { cpus } from 'node:os';

const median = (xs) => {
  const s = xs.slice().sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

if (process.argv[2] === '--child') {
  const [, , , bundle, input, rounds] = process.argv;
  const sdk = await import(pathToFileURL(bundle).href);
  const cohort = sdk.generateSampleCohort({
    seed: 1,
    participants: 100_000,
    occasions: 4,
    roles: ['participant', 'caseManager'],
  });
  const data = input === 'shuffled' ? shuffledCohort(cohort) : cohort;
  sdk.cohortReport(sdk.livsomraden, sdk.generateSampleCohort({ seed: 2, participants: 2_000, occasions: 4 }));
  const report = sdk.cohortReport(sdk.livsomraden, data);
  const times = [];
  for (let r = 0; r < Number(rounds); r++) {
    globalThis.gc();
    const start = performance.now();
    sdk.cohortReport(sdk.livsomraden, data);
    times.push(performance.now() - start);
  }
  const sha = createHash('sha1').update(JSON.stringify(report)).digest('hex');
  console.log(JSON.stringify({ times, sha }));
  process.exit(0);
}

const base = process.argv[2] ?? '53a7bfc';
const processes = Number(process.argv[3] ?? 4);
const rounds = Number(process.argv[4] ?? 7);
const input = process.argv[5] ?? 'sorted';
// COMPARE_NEW=<commit> times that commit as "new" instead of the working tree.
const newCommit = process.env.COMPARE_NEW;
const bundles = {
  old: await bundleSdk(base, `solo-old-${base}`),
  new: await bundleSdk(newCommit ?? null, `solo-new-${newCommit ?? 'tree'}`),
};
console.log(
  `cohortReport, ${base} (old) vs ${newCommit ?? 'this tree'} (new), each alone in a process: ${processes} processes each × ${rounds} rounds, ${input} input`,
);
console.log(`Node ${process.version}, ${cpus().length} cores (${cpus()[0]?.model ?? '?'})`);
const medians = { old: [], new: [] };
const shas = {};
for (let p = 0; p < processes; p++) {
  for (const name of p % 2 === 0 ? ['old', 'new'] : ['new', 'old']) {
    const out = execFileSync(
      process.execPath,
      [
        '--expose-gc',
        '--max-old-space-size=8192',
        fileURLToPath(import.meta.url),
        '--child',
        bundles[name],
        input,
        String(rounds),
      ],
      { encoding: 'utf8' },
    );
    const { times, sha } = JSON.parse(out.trim().split('\n').pop());
    medians[name].push(median(times));
    shas[name] = sha;
    console.log(
      `${name} process ${p + 1}: ${times.map((t) => t.toFixed(0)).join(' ')} → median ${median(times).toFixed(0)} ms`,
    );
  }
}
const o = median(medians.old);
const n = median(medians.new);
const perProcess = medians.new.map((t, i) => t / medians.old[i]);
console.log(
  `median of process medians: old ${o.toFixed(0)} ms, new ${n.toFixed(0)} ms, new/old ${(n / o).toFixed(3)} ` +
    `(per process pair ${perProcess.map((r) => r.toFixed(2)).join(', ')})`,
);
console.log(`reports: old ${shas.old}, new ${shas.new}${shas.old === shas.new ? ' (identical)' : ' (DIFFERENT)'}`);
