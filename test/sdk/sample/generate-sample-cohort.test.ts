import { expect } from '@open-wc/testing';
import {
  arbetsnara,
  cohortReport,
  generateSampleCohort,
  livsomraden,
  parseCohortData,
  parseInstrument,
  validateAssessment,
  validateEpisodes,
  validateGoal,
  validateIntervention,
  validateProgressionCard,
  type Assessment,
  type Instrument,
  type SampleCohort,
} from '../../../src/sdk/index.js';
import { problemInstrument } from '../../../src/sdk/sample/problem-instrument.js';
import { instrument as smallInstrument } from '../model/fixtures.js';

const DAY = 86_400_000;

/** Every problem the SDK finds in a generated cohort, as readable lines (empty when all is well). */
function problemsIn(cohort: SampleCohort, instrument: Instrument): string[] {
  const parsed = parseCohortData(cohort);
  const lines = parsed.ok ? [] : parsed.issues.map((i) => `schema ${i.path.join('.')}: ${i.message}`);
  cohort.assessments.forEach((a) =>
    validateAssessment(instrument, a).forEach((i) => lines.push(`${a.id} ${i.path.join('.')}: ${i.message}`)),
  );
  cohort.goals.forEach((g) => validateGoal(instrument, g).forEach((i) => lines.push(`${g.id} ${i.message}`)));
  cohort.cards.forEach((c) =>
    validateProgressionCard(instrument, c).forEach((i) => lines.push(`${c.id} ${i.message}`)),
  );
  cohort.interventions.forEach((iv) =>
    validateIntervention(instrument, iv).forEach((i) => lines.push(`${iv.id} ${i.message}`)),
  );
  validateEpisodes(cohort.interventions, cohort.episodes).forEach((i) =>
    lines.push(`episodes ${i.path.join('.')}: ${i.message}`),
  );
  return lines;
}

function countBy<T>(list: readonly T[], key: (t: T) => string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const t of list) out[key(t)] = (out[key(t)] ?? 0) + 1;
  return out;
}

function meanValue(a: Assessment): number {
  const values = a.answers.flatMap((x) => (x.value === null ? [] : [x.value]));
  return values.reduce((s, v) => s + v, 0) / values.length;
}

/** Baseline and exit means of each participant's own completed ratings. */
function participantChanges(cohort: SampleCohort): Map<string, number> {
  const baseline = new Map<string, number>();
  const changes = new Map<string, number>();
  for (const a of cohort.assessments) {
    if (a.role !== 'participant' || a.status !== 'completed') continue;
    if (a.occasion === 'baseline') baseline.set(a.subjectId, meanValue(a));
    if (a.occasion === 'exit') changes.set(a.subjectId, meanValue(a) - baseline.get(a.subjectId)!);
  }
  return changes;
}

function correlation(xs: number[], ys: number[]): number {
  const mx = xs.reduce((s, v) => s + v, 0) / xs.length;
  const my = ys.reduce((s, v) => s + v, 0) / ys.length;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  xs.forEach((x, i) => {
    sxy += (x - mx) * (ys[i]! - my);
    sxx += (x - mx) ** 2;
    syy += (ys[i]! - my) ** 2;
  });
  return sxy / Math.sqrt(sxx * syy);
}

describe('generateSampleCohort', () => {
  const big = generateSampleCohort({ seed: 11, participants: 2000 });

  it('gives identical output for the same seed and different output for another', () => {
    const a = generateSampleCohort({ seed: 5, participants: 60 });
    const b = generateSampleCohort({ seed: 5, participants: 60 });
    const c = generateSampleCohort({ seed: 6, participants: 60 });
    expect(JSON.stringify(a)).to.equal(JSON.stringify(b));
    expect(JSON.stringify(a)).to.not.equal(JSON.stringify(c));
  });

  it('defaults to 100 participants rating livsomraden, ids p0001…p0100', () => {
    const cohort = generateSampleCohort();
    expect(cohort.participants.map((p) => p.subjectId)).to.deep.equal(
      Array.from({ length: 100 }, (_, i) => `p${String(i + 1).padStart(4, '0')}`),
    );
    expect(new Set(cohort.assessments.map((a) => `${a.instrument.id}@${a.instrument.version}`))).to.deep.equal(
      new Set(['stegvis:livsomraden@1.0.0']),
    );
    expect(JSON.stringify(cohort)).to.equal(JSON.stringify(generateSampleCohort({ seed: 1 })));
  });

  for (const [name, instrument] of [
    ['livsomraden', livsomraden],
    ['arbetsnara', arbetsnara],
  ] as const) {
    it(`produces only data the SDK accepts, for ${name}, over several seeds`, () => {
      for (const seed of [1, 2, 3]) {
        const cohort = generateSampleCohort({ seed, participants: 300, instrument });
        expect(problemsIn(cohort, instrument), `seed ${seed}`).to.deep.equal([]);
      }
    });
  }

  it('works for any parsed instrument, not just the built-in ones', () => {
    const parsed = parseInstrument(smallInstrument());
    if (!parsed.ok) throw new Error('fixture invalid');
    const cohort = generateSampleCohort({ instrument: parsed.value, participants: 200, seed: 4 });
    expect(problemsIn(cohort, parsed.value)).to.deep.equal([]);
    expect(cohort.interventions.every((iv) => iv.targetAreaIds.length > 0)).to.equal(true);
  });

  it('has about dropoutRate of participants leave before exit, with no occasions after they left', () => {
    const withExit = new Set(big.assessments.filter((a) => a.occasion === 'exit').map((a) => a.subjectId));
    const share = 1 - withExit.size / big.participants.length;
    expect(share).to.be.within(0.16, 0.24);
    const none = generateSampleCohort({ seed: 2, participants: 300, dropoutRate: 0 });
    expect(new Set(none.assessments.filter((a) => a.occasion === 'exit').map((a) => a.subjectId)).size).to.equal(300);
    const all = generateSampleCohort({ seed: 2, participants: 300, dropoutRate: 1 });
    expect(all.assessments.filter((a) => a.occasion === 'exit')).to.have.length(0);
    expect(
      all.assessments.filter((a) => a.occasion === 'baseline' && a.role === 'participant' && a.status === 'completed'),
    ).to.have.length(300);
  });

  it('rates every participant at baseline by both roles, participant first', () => {
    const baselines = big.assessments.filter((a) => a.occasion === 'baseline' && a.status === 'completed');
    expect(countBy(baselines, (a) => a.role)).to.deep.equal({ participant: 2000, caseManager: 2000 });
    const firstBySubject = new Map<string, string>();
    for (const a of big.assessments)
      if (!firstBySubject.has(a.subjectId) && a.status !== 'entered-in-error') firstBySubject.set(a.subjectId, a.role);
    expect(new Set(firstBySubject.values())).to.deep.equal(new Set(['participant']));
  });

  it('plans baseline, follow-ups about three months apart and exit, in order', () => {
    const own = big.assessments.filter((a) => a.role === 'participant' && a.status === 'completed');
    expect(countBy(own, (a) => a.occasion)).to.have.all.keys('baseline', 'followUp', 'exit');
    const bySubject = new Map<string, Assessment[]>();
    for (const a of own) bySubject.set(a.subjectId, [...(bySubject.get(a.subjectId) ?? []), a]);
    const gaps: number[] = [];
    for (const list of bySubject.values()) {
      expect(list[0]!.occasion).to.equal('baseline');
      for (let i = 1; i < list.length; i++) {
        const gap = (Date.parse(list[i]!.authored) - Date.parse(list[i - 1]!.authored)) / DAY;
        expect(gap).to.be.above(0);
        if (gap < 120) gaps.push(gap);
      }
      expect(list.filter((a) => a.occasion === 'exit').length).to.be.at.most(1);
    }
    const mean = gaps.reduce((s, g) => s + g, 0) / gaps.length;
    expect(mean).to.be.within(85, 97);
  });

  it('starts no baseline before `start`, and spreads baselines over about six months', () => {
    const cohort = generateSampleCohort({ seed: 3, participants: 400, start: '2025-09-01' });
    const baselines = cohort.assessments.filter((a) => a.occasion === 'baseline').map((a) => Date.parse(a.authored));
    const start = Date.parse('2025-09-01T00:00:00Z');
    expect(Math.min(...baselines)).to.be.at.least(start);
    expect((Math.max(...baselines) - start) / DAY).to.be.within(150, 190);
  });

  it('follows the number of occasions asked for', () => {
    const one = generateSampleCohort({ seed: 1, participants: 50, occasions: 1 });
    expect(new Set(one.assessments.map((a) => a.occasion))).to.deep.equal(new Set(['baseline']));
    const two = generateSampleCohort({ seed: 1, participants: 50, occasions: 2, dropoutRate: 0 });
    expect(
      countBy(
        two.assessments.filter((a) => a.role === 'participant' && a.status === 'completed'),
        (a) => a.occasion,
      ),
    ).to.deep.equal({ baseline: 50, exit: 50 });
  });

  it('gives missing codes to about missingRate of answers, and none when it is 0', () => {
    const answers = big.assessments.flatMap((a) => a.answers);
    const missing = answers.filter((a) => a.value === null);
    expect(missing.length / answers.length).to.be.within(0.02, 0.04);
    expect(countBy(missing, (a) => a.missing ?? 'none')).to.have.all.keys('unknown', 'declined');
    const none = generateSampleCohort({ seed: 3, participants: 200, missingRate: 0 });
    expect(none.assessments.flatMap((a) => a.answers).filter((a) => a.value === null)).to.have.length(0);
  });

  it('has a few assessments entered in error and a few amended, each naming the one it replaces', () => {
    const statuses = countBy(big.assessments, (a) => a.status);
    expect(statuses['entered-in-error']! / big.assessments.length).to.be.within(0.003, 0.02);
    expect(statuses.amended! / big.assessments.length).to.be.within(0.003, 0.02);
    const byId = new Map(big.assessments.map((a) => [a.id, a]));
    for (const amended of big.assessments.filter((a) => a.status === 'amended')) {
      const original = byId.get(amended.replaces!)!;
      expect(original, amended.id).to.be.an('object');
      expect([original.subjectId, original.role, original.occasion]).to.deep.equal([
        amended.subjectId,
        amended.role,
        amended.occasion,
      ]);
      expect(JSON.stringify(original.answers)).to.not.equal(JSON.stringify(amended.answers));
      expect(Date.parse(amended.authored)).to.be.above(Date.parse(original.authored));
    }
    expect(new Set(big.assessments.map((a) => a.id)).size).to.equal(big.assessments.length);
  });

  it('has most participants improve a little and some worsen', () => {
    const changes = [...participantChanges(big).values()];
    const improved = changes.filter((c) => c >= 0.5).length / changes.length;
    const worsened = changes.filter((c) => c <= -0.5).length / changes.length;
    const mean = changes.reduce((s, c) => s + c, 0) / changes.length;
    expect(mean).to.be.within(0.3, 2);
    expect(improved).to.be.above(0.5);
    expect(worsened).to.be.within(0.05, 0.3);
  });

  it('has case managers rate a little lower than participants, but in step with them', () => {
    const own = new Map<string, number>();
    const theirs = new Map<string, number>();
    for (const a of big.assessments) {
      if (a.occasion !== 'baseline' || a.status !== 'completed') continue;
      (a.role === 'participant' ? own : theirs).set(a.subjectId, meanValue(a));
    }
    const ids = [...own.keys()].filter((id) => theirs.has(id));
    const xs = ids.map((id) => own.get(id)!);
    const ys = ids.map((id) => theirs.get(id)!);
    expect(correlation(xs, ys)).to.be.above(0.5);
    const gap = xs.reduce((s, x, i) => s + x - ys[i]!, 0) / xs.length;
    expect(gap).to.be.within(0.2, 1.5);
  });

  it('shows the BIP finding: job-focused support in parallel with health or social support helps most', () => {
    const category = new Map(big.interventions.map((iv) => [iv.id, iv.category]));
    const episodes = new Map<string, typeof big.episodes>();
    for (const e of big.episodes) episodes.set(e.subjectId, [...(episodes.get(e.subjectId) ?? []), e]);
    const overlaps = (a: { start: string; end?: string }, b: { start: string; end?: string }) =>
      a.start <= (b.end ?? '9999') && b.start <= (a.end ?? '9999');
    const groups: Record<'parallel' | 'noJob', number[]> = { parallel: [], noJob: [] };
    for (const [subject, change] of participantChanges(big)) {
      const list = episodes.get(subject) ?? [];
      const job = list.filter((e) => category.get(e.interventionId) === 'jobFocused');
      const care = list.filter((e) => ['health', 'social'].includes(category.get(e.interventionId)!));
      if (job.some((j) => care.some((c) => overlaps(j, c)))) groups.parallel.push(change);
      else if (job.length === 0) groups.noJob.push(change);
    }
    const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
    expect(groups.parallel.length).to.be.above(100);
    expect(mean(groups.parallel) - mean(groups.noJob)).to.be.above(0.3);
  });

  it('sets goals above the baseline in areas of the instrument', () => {
    const perParticipant = Object.values(countBy(big.goals, (g) => g.subjectId));
    expect(perParticipant.length / big.participants.length).to.be.within(0.4, 0.8);
    expect(Math.max(...perParticipant)).to.equal(3);
    for (const goal of big.goals) expect(goal.targetValue, goal.id).to.be.above(goal.baselineValue!);
    expect(countBy(big.goals, (g) => g.status ?? 'none')).to.have.all.keys('active', 'achieved', 'dropped');
    expect(big.goals.some((g) => g.gas?.attained !== undefined)).to.equal(true);
  });

  it('starts each goal from what the participant answered at baseline, when they answered', () => {
    const baselineAnswers = new Map<string, number | null>();
    for (const a of big.assessments) {
      if (a.role !== 'participant' || a.occasion !== 'baseline' || a.status !== 'completed') continue;
      for (const answer of a.answers) baselineAnswers.set(`${a.subjectId}/${answer.linkId}`, answer.value);
    }
    let compared = 0;
    for (const goal of big.goals) {
      const answered = baselineAnswers.get(`${goal.subjectId}/${goal.areaId}`);
      if (typeof answered !== 'number') continue;
      expect(goal.baselineValue, goal.id).to.equal(answered);
      compared++;
    }
    expect(compared).to.be.above(big.goals.length * 0.9);
  });

  it('writes progression cards in varied words, open, achieved and dropped', () => {
    expect(new Set(big.cards.map((c) => c.text)).size).to.be.at.least(28);
    expect(countBy(big.cards, (c) => c.status)).to.have.all.keys('open', 'achieved', 'dropped');
    expect(big.cards.some((c) => c.areaId === undefined)).to.equal(true);
    expect(big.cards.some((c) => c.createdBy === 'joint')).to.equal(true);
  });

  it('has a catalogue of interventions across every category and provider, in Swedish and English', () => {
    expect(big.interventions.length).to.be.within(9, 14);
    expect(new Set(big.interventions.map((iv) => iv.category))).to.deep.equal(
      new Set(['jobFocused', 'competence', 'health', 'social', 'coordination']),
    );
    expect(new Set(big.interventions.map((iv) => iv.provider))).to.deep.equal(
      new Set(['arbetsformedlingen', 'forsakringskassan', 'kommun', 'region', 'samordningsforbund', 'other']),
    );
    for (const iv of big.interventions) expect(iv.label.en, iv.id).to.be.a('string');
    const used = new Set(big.episodes.map((e) => e.interventionId));
    expect(used.size).to.equal(big.interventions.length);
    expect(big.episodes.some((e) => e.end === undefined)).to.equal(true);
  });

  it('describes participants by gender and one of a few units', () => {
    expect(countBy(big.participants, (p) => p.gender!)).to.have.all.keys('woman', 'man', 'other', 'unknown');
    expect(new Set(big.participants.map((p) => p.unitId)).size).to.be.within(3, 4);
  });

  it('lets arbetsnara be rated by each role on its own items only', () => {
    const cohort = generateSampleCohort({ seed: 9, participants: 100, instrument: arbetsnara });
    for (const a of cohort.assessments) {
      const suffix = a.role === 'participant' ? '.participant' : '.caseManager';
      expect(
        a.answers.every((x) => x.linkId.endsWith(suffix)),
        a.id,
      ).to.equal(true);
    }
    expect(cohort.assessments.filter((a) => a.role === 'caseManager')[0]!.answers.map((x) => x.linkId)).to.include(
      'caseManagerBelief.caseManager',
    );
  });

  it('rates only the roles asked for', () => {
    const cohort = generateSampleCohort({ seed: 1, participants: 30, roles: ['caseManager'] });
    expect(new Set(cohort.assessments.map((a) => a.role))).to.deep.equal(new Set(['caseManager']));
  });

  it('refuses options it cannot honour, saying which', () => {
    expect(() => generateSampleCohort({ participants: -1 })).to.throw(
      RangeError,
      'participants must be a whole number ≥ 0, got -1.',
    );
    expect(() => generateSampleCohort({ start: '2026-02-30' })).to.throw(
      RangeError,
      'start must be a date as YYYY-MM-DD, got "2026-02-30".',
    );
    // livsomraden allows joint ratings (asked for, never by default); arbetsnara does not.
    expect(() => generateSampleCohort({ instrument: arbetsnara, roles: ['joint'] })).to.throw(
      RangeError,
      'The instrument "stegvis:arbetsnara" is not answered by the role "joint".',
    );
    expect(new Set(generateSampleCohort({ participants: 5 }).assessments.map((a) => a.role))).to.deep.equal(
      new Set(['participant', 'caseManager']),
    );
    expect(() => generateSampleCohort({ dropoutRate: 1.5 })).to.throw(
      RangeError,
      'dropoutRate must lie in 0–1, got 1.5.',
    );
    expect(() => generateSampleCohort({ occasions: 0 })).to.throw(RangeError);
  });

  it('returns an empty cohort for zero participants', () => {
    const cohort = generateSampleCohort({ participants: 0 });
    expect([
      cohort.assessments.length,
      cohort.goals.length,
      cohort.cards.length,
      cohort.participants.length,
    ]).to.deep.equal([0, 0, 0, 0]);
    expect(cohort.interventions.length).to.be.above(0);
  });
});

describe('generateSampleCohort on a lower-is-better instrument', () => {
  const parsed = parseInstrument(problemInstrument());
  if (!parsed.ok) throw new Error(`problemInstrument invalid: ${JSON.stringify(parsed.issues)}`);
  const instrument = parsed.value;
  const cohort = generateSampleCohort({ seed: 11, participants: 2000, instrument });

  it('produces only data the SDK accepts', () => {
    expect(problemsIn(generateSampleCohort({ seed: 2, participants: 300, instrument }), instrument)).to.deep.equal([]);
  });

  it('has most participants move down the scale (better), as on a higher-is-better one they move up', () => {
    const changes = [...participantChanges(cohort).values()];
    const mean = changes.reduce((s, c) => s + c, 0) / changes.length;
    expect(mean).to.be.below(-0.1);
    const report = cohortReport(instrument, cohort);
    const all = report.roles.find((r) => r.role === 'participant')!.all;
    for (const cell of all.areas) {
      expect(cell.direction, cell.areaId!).to.equal('lowerIsBetter');
      expect(cell.shareImproved!, cell.areaId!).to.be.above(cell.shareWorsened!);
      expect(cell.meanChange!, cell.areaId!).to.be.below(0);
    }
  });

  it('sets goals below the baseline, and marks achieved only goals whose target was reached from above', () => {
    expect(cohort.goals.length).to.be.above(500);
    for (const goal of cohort.goals) expect(goal.targetValue, goal.id).to.be.below(goal.baselineValue!);
    const achieved = cohort.goals.filter((g) => g.status === 'achieved');
    expect(achieved.length / cohort.goals.length).to.be.within(0.1, 0.9);
    const attained = cohort.goals.flatMap((g) => (g.gas?.attained === undefined ? [] : [g.gas.attained]));
    expect(attained.filter((a) => a >= 0).length).to.be.above(attained.length / 3);
  });

  it('starts people in the problem areas of the 1–10 ladder: work is rated a bigger problem than housing', () => {
    const baselines = cohort.assessments.filter(
      (a) => a.role === 'participant' && a.occasion === 'baseline' && a.status === 'completed',
    );
    const mean = (linkId: string) => {
      const values = baselines.flatMap((a) => a.answers.filter((x) => x.linkId === linkId && x.value !== null));
      return values.reduce((s, x) => s + x.value!, 0) / values.length;
    };
    expect(mean('work')).to.be.above(mean('housing') + 0.5);
  });
});
