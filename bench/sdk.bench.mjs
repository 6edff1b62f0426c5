#!/usr/bin/env node
// SDK benchmark (issue #3): a generated cohort of 100,000 participants × 4 occasions × 2 roles on
// `livsomraden`. Measures
//   1. parse + validate throughput (parseAssessmentFor: zod/mini schema + instrument cross-checks),
//   2. cohortReport time and memory,
//   3. the same report computed by a straightforward d3-array group/rollup reference written
//      below, in the same process, and checks that both agree.
// Run: node --expose-gc bench/sdk.bench.mjs [participants]   (npm run bench -- sdk)
// The SDK is bundled from src with esbuild first, so the bench needs no build.
import { build } from 'esbuild';
import { mkdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { cpus, totalmem } from 'node:os';
import { deviation, group, mean, median, rollup, sum } from 'd3-array';
import * as z from 'zod/mini';
import { shuffledCohort } from './common.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const tmp = `${root}bench/.tmp/`;
mkdirSync(tmp, { recursive: true });
await build({
  entryPoints: [`${root}src/sdk/index.ts`],
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  outfile: `${tmp}sdk.bench-bundle.mjs`,
  logLevel: 'warning',
  conditions: ['production'],
});
const sdk = await import(pathToFileURL(`${tmp}sdk.bench-bundle.mjs`).href);
const {
  generateSampleCohort,
  livsomraden,
  parseAssessmentFor,
  parseAssessment,
  validateAssessment,
  cohortReport,
  cohortAccumulator,
  scoreAssessment,
  studentTQuantile,
} = sdk;

const participants = Number(process.argv[2] ?? 100_000);
const gc = globalThis.gc ?? (() => {});
const mb = (bytes) => `${(bytes / 2 ** 20).toFixed(0)} MiB`;
const ms = (t) => `${t.toFixed(0)} ms`;
// Wall time, and CPU time of this process: the machine is shared, so CPU time is the steadier figure.
const time = (fn) => {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const value = fn();
  const used = process.cpuUsage(cpu);
  return { value, ms: performance.now() - start, cpuMs: (used.user + used.system) / 1000 };
};

console.log(`SDK bench: ${participants.toLocaleString('en')} participants × 4 occasions × 2 roles on livsomraden`);
console.log(`Node ${process.version}, ${cpus().length} cores (${cpus()[0]?.model ?? '?'}), ${mb(totalmem())} RAM`);

// ---- Data -------------------------------------------------------------------------------
const generated = time(() =>
  generateSampleCohort({ seed: 1, participants, occasions: 4, roles: ['participant', 'caseManager'] }),
);
const cohort = generated.value;
console.log(`generated ${cohort.assessments.length.toLocaleString('en')} assessments in ${ms(generated.ms)}`);
// Parse input as it would arrive: plain JSON, not the generator's objects.
const raw = JSON.parse(JSON.stringify(cohort.assessments));

// ---- 1. parse + validate ------------------------------------------------------------------
// Warm up on a slice, then time every assessment.
for (let i = 0; i < Math.min(20_000, raw.length); i++) parseAssessmentFor(livsomraden, raw[i]);
gc();
let invalid = 0;
const parsed = time(() => {
  for (const a of raw) if (!parseAssessmentFor(livsomraden, a).ok) invalid += 1;
});
const perSecond = raw.length / (parsed.ms / 1000);
console.log(
  `parse+validate: ${raw.length.toLocaleString('en')} assessments in ${ms(parsed.ms)} = ${Math.round(perSecond).toLocaleString('en')}/s wall, ` +
    `${Math.round(raw.length / (parsed.cpuMs / 1000)).toLocaleString('en')}/s CPU (${invalid} invalid; goal ≥ 200,000/s)`,
);

// Where the time goes: the schema alone, the instrument checks alone, and — as a floor — a zod/mini
// schema of the same shape with no refinements at all (no id pattern, date, finite-number or
// duplicate checks). zod/mini has no JIT: only classic zod's z.object compiles a fast path, and
// that uses new Function, which the SDK must not (strict CSP); so this floor is zod's interpreter.
const plainAssessment = z.strictObject({
  id: z.string(),
  instrument: z.strictObject({ id: z.string(), version: z.string() }),
  subjectId: z.string(),
  role: z.enum(['participant', 'caseManager', 'joint']),
  occasion: z.enum(['baseline', 'followUp', 'exit', 'postExit']),
  authored: z.string(),
  status: z.enum(['in-progress', 'completed', 'amended', 'entered-in-error', 'stopped']),
  answers: z.array(
    z.strictObject({
      linkId: z.string(),
      value: z.nullable(z.number()),
      missing: z.optional(z.enum(['declined', 'notApplicable', 'unknown'])),
      comment: z.optional(z.string()),
    }),
  ),
  replaces: z.optional(z.string()),
});
const sampleSlice = raw.slice(0, 200_000);
const rate = (label, fn) => {
  fn(sampleSlice[0]);
  gc();
  const t = time(() => {
    for (const a of sampleSlice) fn(a);
  });
  console.log(`  ${label}: ${Math.round(sampleSlice.length / (t.cpuMs / 1000)).toLocaleString('en')}/s CPU`);
};
rate('schema only (parseAssessment)', parseAssessment);
rate('instrument checks only (validateAssessment)', (a) => validateAssessment(livsomraden, a));
rate('floor: zod/mini, same shape, no refinements', (a) => plainAssessment.safeParse(a));

// ---- 2. cohortReport ------------------------------------------------------------------------
// One warm-up on a small cohort so both implementations start JIT-compiled. That is not enough
// for all of ours: the engine is still optimizing the per-participant function during the first
// full-size call, so that call is reported on its own, and the goal is judged on the median of
// the three calls after it. The heap is collected before each call (a call back to back with
// another would otherwise pay for the previous call's garbage in a full collection of the
// 2 GB heap the benchmark holds).
const small = generateSampleCohort({ seed: 2, participants: 2_000, occasions: 4 });
cohortReport(livsomraden, small);
gc();
const heapBefore = process.memoryUsage().heapUsed;
const rssPeakBefore = process.resourceUsage().maxRSS * 1024;
const first = time(() => cohortReport(livsomraden, cohort));
// Heap held by the report and its working set just after the first call, before collection.
const heapAfterFirst = process.memoryUsage().heapUsed;
const runs = [];
let report = first.value;
for (let run = 0; run < 3; run++) {
  // Collected before each call, so no call pays for the garbage of the one before it.
  gc();
  const t = time(() => cohortReport(livsomraden, cohort));
  runs.push(t.ms);
  (runs.cpu ??= []).push(t.cpuMs);
  report = t.value;
}
const rssPeakAfter = process.resourceUsage().maxRSS * 1024;
gc();
const heapRetained = process.memoryUsage().heapUsed - heapBefore;
const oursMedian = runs.slice().sort((a, b) => a - b)[1];
const oursCpu = runs.cpu.slice().sort((a, b) => a - b)[1];
console.log(
  `cohortReport: first call ${ms(first.ms)}; then runs ${runs.map(ms).join(', ')}; median ${ms(oursMedian)} wall, ${ms(oursCpu)} CPU`,
);
console.log(
  `cohortReport memory: heap grew ${mb(heapAfterFirst - heapBefore)} during the first call (before GC), ` +
    `${mb(heapRetained)} retained after GC (the report itself), process peak RSS ${mb(rssPeakBefore)} → ${mb(rssPeakAfter)}`,
);

// The generator's lists run in participant order, so cohortReport reads them in one pass side by
// side. The same data with every list shuffled takes the general path instead: each record filed
// under an index of participant ids when added (add), then grouped (result). Beside them, a floor:
// one pass reading one field of every record of every list, which any way of reading the same
// objects pays.
const shuffled = shuffledCohort(cohort);
const phases = [];
for (let run = 0; run < 3; run++) {
  gc();
  const accumulator = cohortAccumulator(livsomraden);
  const added = time(() => accumulator.add(shuffled));
  const reported = time(() => accumulator.result());
  if (run === 0 && JSON.stringify(reported.value) !== JSON.stringify(report))
    throw new Error('the report on shuffled input differs');
  const pass = time(() => {
    let n = 0;
    for (const name of ['participants', 'assessments', 'goals', 'cards', 'episodes'])
      for (const r of cohort[name]) n += r.subjectId.length;
    return n;
  });
  phases.push([added.ms + reported.ms, added.ms, reported.ms, pass.ms]);
}
const phaseMedian = (k) => ms(phases.map((p) => p[k]).sort((a, b) => a - b)[1]);
const records = ['participants', 'assessments', 'goals', 'cards', 'episodes'].reduce(
  (n, name) => n + cohort[name].length,
  0,
);
console.log(
  `cohortReport on the same data shuffled (general path, median of 3): ${phaseMedian(0)} = add ${phaseMedian(1)} + result ${phaseMedian(2)} (same report); ` +
    `floor: one field of each of the ${records.toLocaleString('en')} records ${phaseMedian(3)}`,
);

// The same report on the data as a case system would hand it over: read from JSON (every list)
// and the assessments validated with parseAssessmentFor. Objects parsed from JSON lie in memory
// list by list, the generator's participant by participant; both are reported.
const arrived = JSON.parse(JSON.stringify(cohort));
arrived.assessments = arrived.assessments.map((a) => {
  const result = parseAssessmentFor(livsomraden, a);
  if (!result.ok) throw new Error(`assessment ${a.id} did not validate`);
  return result.value;
});
gc();
const arrivedFirst = time(() => cohortReport(livsomraden, arrived));
if (JSON.stringify(arrivedFirst.value) !== JSON.stringify(report))
  throw new Error('the report on parsed input differs from the report on generated input');
const arrivedRuns = [];
for (let run = 0; run < 3; run++) {
  gc();
  arrivedRuns.push(time(() => cohortReport(livsomraden, arrived)).ms);
}
const arrivedMedian = arrivedRuns.slice().sort((a, b) => a - b)[1];
console.log(
  `cohortReport on parsed input (JSON → parseAssessmentFor): first call ${ms(arrivedFirst.ms)}; then runs ${arrivedRuns.map(ms).join(', ')}; ` +
    `median ${ms(arrivedMedian)} wall (same report)`,
);

// ---- 3. d3-array reference ---------------------------------------------------------------
// The report written the straightforward way: group by participant and role, pick the pair,
// score it, flatten to one row per participant × role × area, then one d3 rollup per breakdown.
// Same statistics (no disclosure control); used to check our numbers and as the speed baseline.
function referenceReport(instrument, data) {
  const byKey = group(
    data.assessments.filter((a) => a.instrument.id === instrument.id && a.instrument.version === instrument.version),
    (a) => a.subjectId,
    (a) => a.role,
  );
  const interventions = new Map((data.interventions ?? []).map((i) => [i.id, i]));
  const episodes = group(data.episodes ?? [], (e) => e.subjectId);
  const attributes = new Map((data.participants ?? []).map((p) => [p.subjectId, p]));
  const goals = group(data.goals ?? [], (g) => g.subjectId);
  const cards = group(data.cards ?? [], (c) => c.subjectId);
  const rank = { baseline: 0, followUp: 1, exit: 2, postExit: 3 };
  const rows = [];
  for (const [subjectId, roles] of byKey) {
    for (const [role, list] of roles) {
      const retracted = new Set(list.filter((a) => a.status === 'entered-in-error').map((a) => a.id));
      const replaced = new Map(list.filter((a) => a.status === 'amended' && a.replaces).map((a) => [a.replaces, a]));
      const kept = list
        .filter(
          (a) => !retracted.has(a.id) && !replaced.has(a.id) && (a.status === 'completed' || a.status === 'amended'),
        )
        .map((a) => {
          const original = a.status === 'amended' ? list.find((o) => o.id === a.replaces) : undefined;
          return { a, t: Date.parse((original ?? a).authored), r: rank[(original ?? a).occasion] };
        })
        .sort((x, y) => x.t - y.t || x.r - y.r || (x.a.id < y.a.id ? -1 : 1));
      if (kept.length === 0) continue;
      const baseline = kept[0];
      const rest = kept.slice(1);
      const latest = rest.filter((k) => k.a.occasion === 'exit').at(-1) ?? rest.at(-1);
      const b = scoreAssessment(instrument, baseline.a);
      const l = latest ? scoreAssessment(instrument, latest.a) : null;
      const from = baseline.t;
      const to = latest ? latest.t : Infinity;
      const had = (episodes.get(subjectId) ?? [])
        .map((e) => ({
          ...e,
          s: Date.parse(e.start),
          f: e.end ? Date.parse(e.end) + (e.end.length === 10 ? 86_399_999 : 0) : Infinity,
          category: interventions.get(e.interventionId)?.category,
        }))
        .filter((e) => e.category && e.s <= to && e.f >= from);
      const job = had.filter((e) => e.category === 'jobFocused');
      const parallel = job.some((j) =>
        had.some(
          (h) =>
            (h.category === 'health' || h.category === 'social') && Math.max(j.s, h.s, from) <= Math.min(j.f, h.f, to),
        ),
      );
      const person = attributes.get(subjectId) ?? {};
      const lat = (areaId) => l?.areas.find((x) => x.areaId === areaId)?.score ?? null;
      for (const area of b.areas) {
        const baselineScore = area.score;
        if (baselineScore === null) continue;
        const latestScore = lat(area.areaId);
        const areaGoals = l
          ? (goals.get(subjectId) ?? []).filter(
              (g) =>
                g.areaId === area.areaId && g.status !== 'dropped' && (g.status === 'achieved' || latestScore !== null),
            )
          : [];
        const areaCards = (cards.get(subjectId) ?? []).filter((c) => c.areaId === area.areaId);
        rows.push({
          role,
          area: area.areaId,
          baseline: baselineScore,
          latest: latestScore,
          delta: latestScore === null ? null : latestScore - baselineScore,
          gender: person.gender ?? 'unknown',
          unit: person.unitId ?? 'unknown',
          categories: new Set(had.map((e) => e.category)),
          interventions: new Set(had.map((e) => e.interventionId)),
          parallel: parallel ? 'parallel' : job.length > 0 ? 'jobFocusedAlone' : 'noJobFocused',
          goals: areaGoals.length,
          reached: areaGoals.filter((g) => g.status === 'achieved' || latestScore >= g.targetValue).length,
          cards: areaCards.length,
          achieved: areaCards.filter((c) => c.status === 'achieved').length,
          sDiff: Math.SQRT2 * 2 * Math.sqrt(1 - 0.7),
        });
      }
    }
  }
  const stats = (v) => {
    const paired = v.filter((r) => r.delta !== null);
    const d = paired.map((r) => r.delta);
    const n = d.length;
    const m = mean(d);
    const sd = deviation(d);
    const half = n > 1 ? studentTQuantile(0.975, n - 1) * (sd / Math.sqrt(n)) : null;
    const goalsN = sum(v, (r) => r.goals);
    const cardsN = sum(v, (r) => r.cards);
    return {
      nStarted: v.length,
      nPaired: n,
      attritionRate: 1 - n / v.length,
      meanBaseline: mean(paired, (r) => r.baseline),
      meanLatest: mean(paired, (r) => r.latest),
      meanChange: m,
      ci95: half === null ? null : [m - half, m + half],
      medianChange: median(d),
      sdChange: sd,
      cohenDz: sd ? m / sd : null,
      hedgesGz: sd ? (m / sd) * (1 - 3 / (4 * (n - 1) - 1)) : null,
      shareImproved: d.filter((x) => x >= 1).length / n,
      shareUnchanged: d.filter((x) => Math.abs(x) < 1).length / n,
      shareWorsened: d.filter((x) => x <= -1).length / n,
      shareReliablyImproved: paired.filter((r) => r.delta / r.sDiff > 1.96).length / n,
      shareGoalsReached: goalsN ? sum(v, (r) => r.reached) / goalsN : null,
      shareCardsAchieved: cardsN ? sum(v, (r) => r.achieved) / cardsN : null,
    };
  };
  const out = {
    all: rollup(
      rows,
      stats,
      (r) => r.role,
      (r) => r.area,
    ),
  };
  out.gender = rollup(
    rows,
    stats,
    (r) => r.role,
    (r) => r.gender,
    (r) => r.area,
  );
  out.unit = rollup(
    rows,
    stats,
    (r) => r.role,
    (r) => r.unit,
    (r) => r.area,
  );
  out.parallel = rollup(
    rows,
    stats,
    (r) => r.role,
    (r) => r.parallel,
    (r) => r.area,
  );
  for (const category of new Set([...interventions.values()].map((i) => i.category))) {
    out[`category:${category}`] = rollup(
      rows,
      stats,
      (r) => r.role,
      (r) => r.categories.has(category),
      (r) => r.area,
    );
  }
  for (const id of interventions.keys())
    out[`intervention:${id}`] = rollup(
      rows,
      stats,
      (r) => r.role,
      (r) => r.interventions.has(id),
      (r) => r.area,
    );
  return out;
}

referenceReport(livsomraden, small);
gc();
const refRuns = [];
let reference;
// The reference takes a minute or more at full size, so it runs once (ours runs three times; the median is reported).
for (let run = 0; run < 1; run++) {
  const t = time(() => referenceReport(livsomraden, cohort));
  refRuns.push(t.ms);
  (refRuns.cpu ??= []).push(t.cpuMs);
  reference = t.value;
}
const refMedian = refRuns[0];
const refCpu = refRuns.cpu[0];
console.log(`d3-array reference: ${ms(refMedian)} wall, ${ms(refCpu)} CPU`);
console.log(
  `speed-up: ${(refMedian / oursMedian).toFixed(1)}× wall, ${(refCpu / oursCpu).toFixed(1)}× CPU (goal ≥ 3×); ` +
    `cohortReport under 1 s: ${oursMedian < 1000 ? 'yes' : 'NO'} (wall), ${oursCpu < 1000 ? 'yes' : 'NO'} (CPU); on parsed input ${arrivedMedian < 1000 ? 'yes' : 'NO'} (wall)`,
);

// ---- Agreement ---------------------------------------------------------------------------
// Every statistic of every area of the whole cohort (both roles) and of the women, within 1e-9.
let compared = 0;
let mismatches = 0;
const check = (ours, ref, label) => {
  for (const key of Object.keys(ref)) {
    const a = ours[key];
    const b = ref[key];
    const close = (x, y) =>
      x === null || y === null || y === undefined
        ? x === (y ?? null)
        : Math.abs(x - y) <= 1e-9 * Math.max(1, Math.abs(y));
    const ok = Array.isArray(b) ? close(a[0], b[0]) && close(a[1], b[1]) : close(a, b);
    compared += 1;
    if (!ok) {
      mismatches += 1;
      if (mismatches <= 10)
        console.log(`  mismatch ${label} ${key}: ours ${JSON.stringify(a)}, reference ${JSON.stringify(b)}`);
    }
  }
};
for (const roleReport of report.roles) {
  for (const cell of roleReport.all.areas)
    check(cell, reference.all.get(roleReport.role).get(cell.areaId), `${roleReport.role}/all/${cell.areaId}`);
  const women = roleReport.breakdowns.find((b) => b.kind === 'gender').groups.find((g) => g.key === 'woman');
  for (const cell of women.areas)
    check(
      cell,
      reference.gender.get(roleReport.role).get('woman').get(cell.areaId),
      `${roleReport.role}/woman/${cell.areaId}`,
    );
  const health = roleReport.breakdowns
    .find((b) => b.id === 'interventionCategory:health')
    .groups.find((g) => g.key === 'with');
  for (const cell of health.areas)
    check(
      cell,
      reference['category:health'].get(roleReport.role).get(true).get(cell.areaId),
      `${roleReport.role}/health/${cell.areaId}`,
    );
}
console.log(`agreement with the reference: ${compared - mismatches} of ${compared} statistics equal within 1e-9`);
if (mismatches > 0) process.exitCode = 1;
