#!/usr/bin/env node
// cohortReport of this working tree against an earlier commit, interleaved in one process so both
// see the same machine load (the machine is shared; timings from separate runs do not compare).
// Same cohort as the SDK bench (100,000 participants × 4 occasions × 2 roles on livsomraden), in
// participant order and shuffled; prints medians, the ratio new / old, how many cells each
// withholds, and each report's SHA-1.
// COMPARE_INPUTS=sorted,shuffled,paged adds "paged": the sorted cohort given to cohortAccumulator in
// pages of 10,000 participants (every list of a page in one add), as a host paging through a query does.
// Run: node --expose-gc bench/compare-cohort-report.mjs [base-commit] [participants] [rounds]
import { createHash } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import { cpus } from 'node:os';
import { bundleSdk, shuffledCohort } from './common.mjs';

const base = process.argv[2] ?? '53a7bfc';
const participants = Number(process.argv[3] ?? 100_000);
const rounds = Number(process.argv[4] ?? 5);
const oldSdk = await import(pathToFileURL(await bundleSdk(base, `compare-old-${base}`)).href);
const newSdk = await import(pathToFileURL(await bundleSdk(null, 'compare-new')).href);
const gc = globalThis.gc ?? (() => {});

console.log(
  `cohortReport, ${base} (old) vs this tree (new), ${participants.toLocaleString('en')} participants, ${rounds} rounds interleaved`,
);
console.log(`Node ${process.version}, ${cpus().length} cores (${cpus()[0]?.model ?? '?'})`);
const cohort = newSdk.generateSampleCohort({
  seed: 1,
  participants,
  occasions: 4,
  roles: ['participant', 'caseManager'],
});
const shuffled = shuffledCohort(cohort);
const pageOf = new Map();
for (const a of cohort.assessments)
  if (!pageOf.has(a.subjectId)) pageOf.set(a.subjectId, Math.floor(pageOf.size / 10_000));
const pages = [];
for (const [name, list] of Object.entries(cohort)) {
  if (!Array.isArray(list)) continue;
  for (const record of list) {
    const page = name === 'interventions' ? 0 : (pageOf.get(record.subjectId) ?? 0);
    ((pages[page] ??= {})[name] ??= []).push(record);
  }
}
const inputs = { sorted: cohort, shuffled, paged: pages };
const inputNames = (process.env.COMPARE_INPUTS ?? 'sorted,shuffled').split(',');
const reportOn = (sdk, input) =>
  input === 'paged'
    ? pages.reduce((acc, page) => acc.add(page), sdk.cohortAccumulator(livsomraden)).result()
    : sdk.cohortReport(livsomraden, inputs[input]);
const sdks = { old: oldSdk, new: newSdk };
const { livsomraden } = newSdk;

// Warm up both on a small cohort, then once at full size (the first full call is still optimizing).
const small = newSdk.generateSampleCohort({ seed: 2, participants: 2_000, occasions: 4 });
const reports = {};
for (const [name, sdk] of Object.entries(sdks)) {
  sdk.cohortReport(livsomraden, small);
  reports[name] = sdk.cohortReport(livsomraden, cohort);
  sdk.cohortReport(livsomraden, shuffled);
  if (inputNames.includes('paged')) reportOn(sdk, 'paged');
}
const lists = () => Object.fromEntries(inputNames.map((input) => [input, []]));
const times = { old: lists(), new: lists() };
// CPU time of this process too: steadier than wall time on a shared machine.
const cpuTimes = { old: lists(), new: lists() };
for (let round = 0; round < rounds; round++) {
  // Alternate who goes first, so neither always runs right after the other's garbage.
  const order = round % 2 === 0 ? ['old', 'new'] : ['new', 'old'];
  for (const input of inputNames) {
    for (const name of order) {
      gc();
      const cpu = process.cpuUsage();
      const start = performance.now();
      const report = reportOn(sdks[name], input);
      times[name][input].push(performance.now() - start);
      const used = process.cpuUsage(cpu);
      cpuTimes[name][input].push((used.user + used.system) / 1000);
      if (input !== 'sorted' && JSON.stringify(report) !== JSON.stringify(reports[name]))
        throw new Error(`${name}: the report on ${input} input differs`);
    }
  }
}
const median = (xs) => {
  const s = xs.slice().sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
for (const [what, table] of [
  ['wall', times],
  ['CPU', cpuTimes],
]) {
  for (const input of inputNames) {
    const o = median(table.old[input]);
    const n = median(table.new[input]);
    const pairs = table.new[input].map((t, i) => t / table.old[input][i]);
    console.log(
      `${input}, ${what}: old ${table.old[input].map((t) => t.toFixed(0)).join(', ')} → median ${o.toFixed(0)} ms; ` +
        `new ${table.new[input].map((t) => t.toFixed(0)).join(', ')} → median ${n.toFixed(0)} ms; ` +
        `new/old ${(n / o).toFixed(3)} (per round ${pairs.map((r) => r.toFixed(2)).join(', ')}; median ${median(pairs).toFixed(3)})`,
    );
  }
}
const sha = (report) => createHash('sha1').update(JSON.stringify(report)).digest('hex');
// Cells with anything withheld, and group-level figures withheld, per report.
const withheld = (report) => {
  let cells = 0;
  let parts = 0;
  let groups = 0;
  let complementary = 0;
  for (const role of report.roles) {
    for (const group of [role.all, ...role.breakdowns.flatMap((b) => b.groups)]) {
      if (group.suppressed) groups += 1;
      for (const cell of [...group.areas, ...(group.overall ? [group.overall] : [])]) {
        if (cell.suppressed) cells += 1;
        parts += cell.withheld.length;
        complementary += cell.withheld.filter((w) => w.reason === 'complementary').length;
      }
    }
  }
  return { cells, parts, groups, complementary, reported: report.disclosure.suppressedCells };
};
// The bench cohort's groups are large; smaller cohorts of the same generator show what more is withheld.
const cohorts = [['bench cohort', reports]];
for (const size of [100, 300, 1000, 3000]) {
  const data = newSdk.generateSampleCohort({
    seed: 1,
    participants: size,
    occasions: 4,
    roles: ['participant', 'caseManager'],
  });
  cohorts.push([
    `${size} participants`,
    { old: oldSdk.cohortReport(livsomraden, data), new: newSdk.cohortReport(livsomraden, data) },
  ]);
}
for (const [label, pair] of cohorts)
  for (const [name, report] of Object.entries(pair)) {
    const w = withheld(report);
    const total = report.roles.reduce(
      (n, role) =>
        n +
        [role.all, ...role.breakdowns.flatMap((b) => b.groups)].reduce(
          (k, g) => k + g.areas.length + (g.overall ? 1 : 0),
          0,
        ),
      0,
    );
    console.log(
      `${label}, ${name}: ${w.cells} of ${total} cells withhold something (disclosure.suppressedCells ${w.reported}); ` +
        `${w.parts} parts withheld, ${w.complementary} of them complementary; ${w.groups} groups withheld at group level; SHA-1 ${sha(report)}`,
    );
  }
