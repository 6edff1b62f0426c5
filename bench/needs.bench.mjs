#!/usr/bin/env node
// Needs analysis benchmark (issue #16): what the needs analysis adds to `cohortReport` on the same
// generated cohort (100,000 participants × 4 occasions × 2 roles on livsomraden), counted in the
// report's own pass (`cohortReport(…, { needs: true })`); `needsReport` alone is timed beside it.
// All three run interleaved in one process so that the load of a shared machine falls on them
// alike; the figure is the ratio of the medians, and the median of the per-round ratios (goal < 20 %).
// Run: node --expose-gc bench/needs.bench.mjs [participants] [rounds]   (npm run bench -- needs)
import { build } from 'esbuild';
import { mkdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const tmp = `${root}bench/.tmp/`;
mkdirSync(tmp, { recursive: true });
await build({
  entryPoints: [`${root}src/sdk/index.ts`],
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  outfile: `${tmp}needs.bench-bundle.mjs`,
  logLevel: 'warning',
  conditions: ['production'],
});
const { generateSampleCohort, livsomraden, cohortReport, needsReport } = await import(
  pathToFileURL(`${tmp}needs.bench-bundle.mjs`).href
);

const participants = Number(process.argv[2] ?? 100_000);
const rounds = Number(process.argv[3] ?? 5);
const gc = globalThis.gc ?? (() => {});
const time = (fn) => {
  gc();
  const cpu = process.cpuUsage();
  const start = performance.now();
  const value = fn();
  const used = process.cpuUsage(cpu);
  return { value, ms: performance.now() - start, cpuMs: (used.user + used.system) / 1000 };
};
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const cohort = generateSampleCohort({ seed: 1, participants });
console.log(
  `needs bench: ${participants.toLocaleString('en')} participants, ${cohort.assessments.length.toLocaleString('en')} assessments, ${rounds} interleaved rounds`,
);
const report = { wall: [], cpu: [] };
const fused = { wall: [], cpu: [] };
const needs = { wall: [], cpu: [] };
let last;
for (let r = 0; r < rounds; r++) {
  const a = time(() => cohortReport(livsomraden, cohort));
  const b = time(() => cohortReport(livsomraden, cohort, { needs: true }));
  const c = time(() => needsReport(livsomraden, cohort));
  for (const [into, t] of [
    [report, a],
    [fused, b],
    [needs, c],
  ]) {
    into.wall.push(t.ms);
    into.cpu.push(t.cpuMs);
  }
  last = { report: a.value, fused: b.value, needs: c.value };
  console.log(
    `round ${r + 1}: cohortReport ${a.ms.toFixed(0)} ms (CPU ${a.cpuMs.toFixed(0)}), ` +
      `with needs ${b.ms.toFixed(0)} ms (CPU ${b.cpuMs.toFixed(0)}), ` +
      `needsReport alone ${c.ms.toFixed(0)} ms (CPU ${c.cpuMs.toFixed(0)})`,
  );
}
const { needs: fusedNeeds, ...fusedReport } = last.fused;
if (JSON.stringify(fusedNeeds) !== JSON.stringify(last.needs))
  throw new Error('cohortReport({ needs: true }).needs differs from needsReport');
if (JSON.stringify(fusedReport) !== JSON.stringify(last.report))
  throw new Error('cohortReport({ needs: true }) changed the report itself');
const all = last.report.roles.find((x) => x.role === 'participant').all;
if (all.nStarted !== last.needs.participants.started.count || all.nPaired !== last.needs.participants.paired.count)
  throw new Error('needsReport and cohortReport disagree on starts or pairs');
const line = (name, x) => `${name} ${median(x.wall).toFixed(0)} ms wall / ${median(x.cpu).toFixed(0)} ms CPU`;
console.log(
  `medians: ${line('cohortReport', report)}; ${line('cohortReport({ needs: true })', fused)}; ${line('needsReport alone', needs)}`,
);
const pct = (x, key) => ((median(x[key]) / median(report[key]) - 1) * 100).toFixed(0);
const perRound = (key) => {
  const ratios = fused[key].map((v, i) => v / report[key][i]);
  return ((median(ratios) - 1) * 100).toFixed(0);
};
console.log(
  `the needs analysis in cohortReport's pass adds ${pct(fused, 'wall')} % wall (per round ${perRound('wall')} %), ` +
    `${pct(fused, 'cpu')} % CPU (per round ${perRound('cpu')} %) — goal < 20 %; ` +
    `needsReport alone costs ${((median(needs.wall) / median(report.wall)) * 100).toFixed(0)} % of cohortReport (wall)`,
);
