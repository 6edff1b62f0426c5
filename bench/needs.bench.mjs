#!/usr/bin/env node
// Needs analysis benchmark (issue #16): what `needsReport` adds to `cohortReport` on the same
// generated cohort (100,000 participants × 4 occasions × 2 roles on livsomraden). The two run
// interleaved in one process (cohortReport, needsReport, cohortReport, …) so that the load of a
// shared machine falls on both alike; the figure is the ratio of the medians (goal < 20 %).
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
const needs = { wall: [], cpu: [] };
let last;
for (let r = 0; r < rounds; r++) {
  const a = time(() => cohortReport(livsomraden, cohort));
  report.wall.push(a.ms);
  report.cpu.push(a.cpuMs);
  const b = time(() => needsReport(livsomraden, cohort));
  needs.wall.push(b.ms);
  needs.cpu.push(b.cpuMs);
  last = { report: a.value, needs: b.value };
  console.log(
    `round ${r + 1}: cohortReport ${a.ms.toFixed(0)} ms (CPU ${a.cpuMs.toFixed(0)}), needsReport ${b.ms.toFixed(0)} ms (CPU ${b.cpuMs.toFixed(0)})`,
  );
}
const all = last.report.roles.find((x) => x.role === 'participant').all;
if (all.nStarted !== last.needs.participants.started.count || all.nPaired !== last.needs.participants.paired.count)
  throw new Error('needsReport and cohortReport disagree on starts or pairs');
const ratioWall = median(needs.wall) / median(report.wall);
const ratioCpu = median(needs.cpu) / median(report.cpu);
console.log(
  `median cohortReport ${median(report.wall).toFixed(0)} ms wall / ${median(report.cpu).toFixed(0)} ms CPU; ` +
    `needsReport ${median(needs.wall).toFixed(0)} ms wall / ${median(needs.cpu).toFixed(0)} ms CPU`,
);
console.log(
  `needsReport adds ${(ratioWall * 100).toFixed(0)} % (wall), ${(ratioCpu * 100).toFixed(0)} % (CPU) — goal < 20 %`,
);
