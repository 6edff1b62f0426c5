import { expect } from '@open-wc/testing';
import {
  cohortReport,
  compareAssessments,
  generateSampleCohort,
  goalAttainment,
  livsomraden,
  needsAccumulator,
  needsReport,
  parseInstrument,
  resolveTimeline,
  scoreAssessment,
  type Assessment,
  type Instrument,
  type NeedsReport,
  type SampleCohort,
} from '../../../src/sdk/index.js';
import { problemInstrument } from '../../../src/sdk/sample/problem-instrument.js';
import { uncheckedNeedsAccumulator } from '../../../src/sdk/scoring/needs-report.js';

const parsedProblem = parseInstrument(problemInstrument());
if (!parsedProblem.ok) throw new Error('problemInstrument invalid');
const problem = parsedProblem.value;

/**
 * The plain reference: per participant through the public one-person functions (timeline,
 * compareAssessments, goalAttainment), counted with Sets. No suppression (minCell 1).
 */
function referenceNeeds(instrument: Instrument, cohort: SampleCohort) {
  const byId = new Map<string, Assessment[]>();
  for (const a of cohort.assessments)
    if (a.role === 'participant') byId.set(a.subjectId, [...(byId.get(a.subjectId) ?? []), a]);
  const ivs = new Map(cohort.interventions.map((iv) => [iv.id, iv]));
  let started = 0;
  let paired = 0;
  let reliable = 0;
  let withGoals = 0;
  let reached = 0;
  const areas = new Map<string, { need: number; withIv: number; reached: number; provider: Record<string, number> }>();
  for (const area of instrument.areas) areas.set(area.id, { need: 0, withIv: 0, reached: 0, provider: {} });
  for (const [subject, own] of byId) {
    const t = resolveTimeline(instrument, own);
    if (!t.baseline) continue;
    started++;
    if (t.latest) {
      paired++;
      const cmp = compareAssessments(instrument, t.baseline, t.latest);
      if (cmp.areas.some((a) => a.reliableChange === 'improved')) reliable++;
    }
    const base = scoreAssessment(instrument, t.baseline);
    const latest = t.latest ? scoreAssessment(instrument, t.latest) : null;
    const goals = cohort.goals.filter((g) => g.subjectId === subject);
    const judged = latest
      ? goalAttainment(goals, latest, instrument).filter((g) => g.status !== 'dropped' && g.status !== 'noScore')
      : [];
    if (judged.length > 0) withGoals++;
    if (judged.some((g) => g.reached)) reached++;
    const episodes = cohort.episodes.filter((e) => e.subjectId === subject).map((e) => ivs.get(e.interventionId)!);
    for (const area of base.areas) {
      const score = area.score;
      const third = (area.max - area.min) / 3;
      const low =
        score !== null &&
        (area.direction === 'lowerIsBetter' ? score >= area.max - third - 1e-9 : score <= area.min + third + 1e-9);
      const goal = goals.some((g) => g.areaId === area.areaId);
      if (!low && !goal) continue;
      const entry = areas.get(area.areaId)!;
      entry.need++;
      const matching = episodes.filter((iv) => iv.targetAreaIds.includes(area.areaId));
      if (matching.length > 0) entry.withIv++;
      for (const p of new Set(matching.map((iv) => iv.provider))) entry.provider[p] = (entry.provider[p] ?? 0) + 1;
      if (judged.some((g) => g.areaId === area.areaId && g.reached)) entry.reached++;
    }
  }
  return { started, paired, reliable, withGoals, reached, areas };
}

function summary(report: NeedsReport) {
  const areas = new Map<string, { need: number; withIv: number; reached: number; provider: Record<string, number> }>();
  for (const a of report.areas) {
    const provider: Record<string, number> = {};
    for (const p of a.byProvider) if (p.count) provider[p.provider] = p.count;
    areas.set(a.areaId, {
      need: a.need.count!,
      withIv: a.withIntervention.count!,
      reached: a.goalReached.count!,
      provider,
    });
  }
  const p = report.participants;
  return {
    started: p.started.count,
    paired: p.paired.count,
    reliable: p.reliablyImprovedAny.count,
    withGoals: p.withGoals.count,
    reached: p.reachedAnyGoal.count,
    areas,
  };
}

describe('needsReport', () => {
  for (const [name, instrument] of [
    ['livsomraden', livsomraden],
    ['a lower-is-better instrument', problem],
  ] as const) {
    it(`agrees with the plain per-participant reference, on ${name}`, () => {
      const cohort = generateSampleCohort({ seed: 3, participants: 300, instrument });
      // minCell 1 (every count shown) is refused by needsReport: the unchecked accumulator takes it.
      const fast = summary(uncheckedNeedsAccumulator(instrument, { minCell: 1 }).add(cohort).result());
      expect(fast).to.deep.equal(referenceNeeds(instrument, cohort));
      expect(fast.reliable!).to.be.above(0);
      expect(fast.reached!).to.be.above(0);
    });

    it(`counts the same starts and pairs as cohortReport, on ${name}`, () => {
      const cohort = generateSampleCohort({ seed: 4, participants: 500, instrument });
      const report = cohortReport(instrument, cohort);
      const all = report.roles.find((r) => r.role === 'participant')!.all;
      const needs = needsReport(instrument, cohort);
      expect([needs.participants.started.count, needs.participants.paired.count]).to.deep.equal([
        all.nStarted,
        all.nPaired,
      ]);
    });
  }

  it('finds the need at the worse end of a lower-is-better scale: work is a need far more often than housing', () => {
    const cohort = generateSampleCohort({ seed: 5, participants: 800, instrument: problem });
    const needs = needsReport(problem, cohort);
    const need = (id: string) => needs.areas.find((a) => a.areaId === id)!.need.count!;
    expect(need('work')).to.be.above(need('housing') * 1.5);
  });

  it('gives the same result however the data is split into batches and merged', () => {
    const cohort = generateSampleCohort({ seed: 6, participants: 200 });
    const one = needsReport(livsomraden, cohort);
    const half = Math.floor(cohort.assessments.length / 2);
    const a = needsAccumulator(livsomraden).add({ assessments: cohort.assessments.slice(half), goals: cohort.goals });
    const b = needsAccumulator(livsomraden)
      .add({ assessments: cohort.assessments.slice(0, half), interventions: cohort.interventions })
      .add({ episodes: cohort.episodes });
    expect(JSON.stringify(b.merge(a).result())).to.equal(JSON.stringify(one));
  });

  it('counts a goal or an episode given twice (in two batches) once', () => {
    const cohort = generateSampleCohort({ seed: 6, participants: 200 });
    const once = needsReport(livsomraden, cohort);
    const twice = needsAccumulator(livsomraden)
      .add(cohort)
      .add({ goals: cohort.goals.slice(0, 100), episodes: cohort.episodes.slice(0, 100) })
      .result();
    expect(JSON.stringify(twice)).to.equal(JSON.stringify(once));
  });

  it('withholds small counts, and both halves of a split when one is small', () => {
    const cohort = generateSampleCohort({ seed: 7, participants: 12 });
    const needs = needsReport(livsomraden, cohort);
    for (const area of needs.areas) {
      for (const c of [
        area.need,
        area.goalSet,
        area.lowStart,
        area.withIntervention,
        area.withoutIntervention,
        area.goalReached,
        ...area.byProvider,
      ])
        if (c.count !== null) expect(c.count === 0 || c.count >= 5, area.areaId).to.equal(true);
      const hidden = [area.withIntervention, area.withoutIntervention].filter(
        (c) => c.count === null && c.reason !== null,
      );
      if (area.need.count !== null && area.need.count > 0) expect(hidden.length, area.areaId).to.not.equal(1);
    }
    expect(needs.disclosure.rule.sv).to.contain('färre än 5');
  });

  it('flags an area where many have a need and no intervention targets it', () => {
    const cohort = generateSampleCohort({ seed: 8, participants: 300 });
    // Take every intervention aimed at housing away from the data.
    const interventions = cohort.interventions.map((iv) => ({
      ...iv,
      targetAreaIds: iv.targetAreaIds.filter((id) => id !== 'housing'),
    }));
    const needs = needsReport(livsomraden, {
      ...cohort,
      interventions: interventions.filter((iv) => iv.targetAreaIds.length > 0),
    });
    const housing = needs.areas.find((a) => a.areaId === 'housing')!;
    expect(housing.need.count!).to.be.above(5);
    expect(housing.withIntervention.count).to.equal(0);
    expect(housing.unmet).to.equal(true);
    expect(needs.areas.find((a) => a.areaId === 'work')!.unmet).to.equal(false);
  });

  it('names the providers present, municipality first', () => {
    const needs = needsReport(livsomraden, generateSampleCohort({ seed: 1, participants: 100 }));
    expect(needs.providers[0]).to.equal('kommun');
    expect(needs.providers).to.include.members(['forsakringskassan', 'arbetsformedlingen', 'region']);
  });

  it('refuses a minCell it cannot honour', () => {
    expect(() => needsReport(livsomraden, { assessments: [] }, { minCell: 0 })).to.throw(RangeError, 'minCell');
  });
});

describe('needsReport options fail closed', () => {
  const cohort = generateSampleCohort({ seed: 5, participants: 60 });
  const CANARY = 191212121212;
  const refused: [string, Record<string, unknown>][] = [
    ['minCell 1', { minCell: 1 }],
    ['minCell 0', { minCell: 0 }],
    ['minCell NaN (a missing query parameter)', { minCell: Number.NaN }],
    ['minCell "5"', { minCell: '5' }],
    ['minCell 2.5', { minCell: 2.5 }],
    ['minCell Infinity', { minCell: Number.POSITIVE_INFINITY }],
    ['minCell a canary', { minCell: -CANARY }],
    ['lowShare NaN', { lowShare: Number.NaN }],
    ['lowShare 1', { lowShare: 1 }],
    ['lowShare a canary', { lowShare: CANARY }],
    ['complementarySuppression "no"', { complementarySuppression: 'no' }],
    ['mixVersions 1', { mixVersions: 1 }],
    ['a period ending before it starts', { period: { from: '2026-06-01', to: '2026-01-01' } }],
    ['a period 2026-02-30', { period: { from: '2026-02-30' } }],
    ['role "hacker"', { role: 'hacker' }],
    ['reliability 1 for an area', { reliability: { boende: 1 } }],
    ['referenceSd 0 for an area', { referenceSd: { boende: 0 } }],
    ['reliableChange not a list', { reliableChange: { boende: 2 } }],
    ['reliableChange threshold NaN', { reliableChange: [{ areaId: 'boende', threshold: Number.NaN }] }],
    ['reliableChange threshold a canary', { reliableChange: [{ areaId: 'boende', threshold: -CANARY }] }],
  ];
  for (const [name, options] of refused) {
    it(`refuses ${name} with an error naming the option, not its value`, () => {
      let thrown: unknown;
      try {
        needsReport(livsomraden, cohort, options as never);
      } catch (error) {
        thrown = error;
      }
      expect(thrown, name).to.be.instanceOf(Error);
      const message = (thrown as Error).message;
      expect(['TypeError', 'RangeError']).to.include((thrown as Error).name);
      expect(message).to.match(/option/);
      expect(message).not.to.include(String(CANARY));
      expect(() => needsAccumulator(livsomraden, options as never), `${name}: accumulator`).to.throw();
    });
  }

  it('takes valid options, and an own-key look-up of an area named constructor', () => {
    const report = needsReport(livsomraden, cohort, {
      minCell: 2,
      lowShare: 0.25,
      role: 'caseManager',
      period: { from: '2026-01-01' },
      reliability: { constructor: 0.8 } as never,
      reliableChange: [{ areaId: 'boende', threshold: null }],
    });
    expect(report.disclosure.minCell).to.equal(2);
  });
});
