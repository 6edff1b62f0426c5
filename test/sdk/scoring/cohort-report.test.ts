import { expect } from '@open-wc/testing';
import {
  cohortAccumulator,
  cohortReport,
  resolveTimeline,
  type AreaGoal,
  type Assessment,
  type CohortData,
  type ProgressionCard,
} from '../../../src/sdk/index.js';
import { oneAreaInstrument, unsuppressedAccumulator, unsuppressedReport } from './fixtures.js';

const instrument = oneAreaInstrument();
const ref = { id: 'one-area', version: '1.0.0' };

function rating(
  subjectId: string,
  value: number,
  occasion: Assessment['occasion'],
  authored: string,
  extra: Partial<Assessment> = {},
): Assessment {
  return {
    id: `${subjectId}-${occasion}-${authored}`,
    instrument: ref,
    subjectId,
    role: 'participant',
    occasion,
    authored,
    status: 'completed',
    answers: [{ linkId: 'a.1', value }],
    ...extra,
  };
}

/** Five paired participants and one who only started; the hand computations below use these. */
function smallCohort(): CohortData {
  const pairs: [string, number, number | null][] = [
    ['p1', 1, 3],
    ['p2', 2, 2],
    ['p3', 3, 5],
    ['p4', 2, 1],
    ['p5', 1, 4],
    ['p6', 4, null],
  ];
  const assessments = pairs.flatMap(([id, b, l]) => [
    rating(id, b, 'baseline', '2026-01-10T09:00:00Z'),
    ...(l === null ? [] : [rating(id, l, 'exit', '2026-06-10T09:00:00Z')]),
  ]);
  const goal = (id: string, subjectId: string, targetValue: number, extra: Partial<AreaGoal> = {}): AreaGoal => ({
    id,
    subjectId,
    areaId: 'a',
    setBy: 'participant',
    setAt: '2026-01-10',
    targetValue,
    ...extra,
  });
  const card = (id: string, subjectId: string, status: ProgressionCard['status']): ProgressionCard => ({
    id,
    subjectId,
    areaId: 'a',
    text: 'Ett steg',
    createdBy: 'participant',
    createdAt: '2026-01-10',
    status,
    ...(status === 'achieved' ? { achievedAt: '2026-03-01' } : {}),
  });
  return {
    assessments,
    goals: [goal('g1', 'p1', 3), goal('g4', 'p4', 3), goal('g6', 'p6', 5), goal('g2', 'p2', 4, { status: 'dropped' })],
    cards: [
      card('c1', 'p1', 'achieved'),
      card('c2', 'p1', 'open'),
      card('c3', 'p3', 'open'),
      card('c6', 'p6', 'achieved'),
    ],
    participants: [
      { subjectId: 'p1', gender: 'woman' },
      { subjectId: 'p2', gender: 'woman' },
      { subjectId: 'p3', gender: 'woman' },
      { subjectId: 'p4', gender: 'man' },
      { subjectId: 'p5', gender: 'man' },
    ],
  };
}

describe('cohortReport statistics', () => {
  const report = unsuppressedReport(instrument, smallCohort());
  const cell = report.roles[0]!.all.areas[0]!;

  it('reports only roles with data', () => {
    expect(report.roles.map((r) => r.role)).to.deep.equal(['participant']);
    expect(report.participants).to.equal(6);
    expect(report.assessments).to.equal(11);
  });

  it('counts started, paired and attrition', () => {
    // Six started, five have an exit rating: attrition 1/6.
    expect(cell.nStarted).to.equal(6);
    expect(cell.nPaired).to.equal(5);
    expect(cell.attritionRate).to.be.closeTo(1 / 6, 1e-12);
    expect(report.roles[0]!.all.nStarted).to.equal(6);
    expect(report.roles[0]!.all.nPaired).to.equal(5);
  });

  it('computes means, median and SD of change by hand', () => {
    // Baselines 1, 2, 3, 2, 1 → 9/5 = 1.8; latest 3, 2, 5, 1, 4 → 15/5 = 3; changes 2, 0, 2, −1, 3 → 6/5 = 1.2.
    expect(cell.meanBaseline).to.be.closeTo(1.8, 1e-12);
    expect(cell.meanLatest).to.be.closeTo(3, 1e-12);
    expect(cell.meanChange).to.be.closeTo(1.2, 1e-12);
    // Sorted −1, 0, 2, 2, 3: median 2.
    expect(cell.medianChange).to.equal(2);
    // Deviations 0.8, −1.2, 0.8, −2.2, 1.8; squares sum 0.64 + 1.44 + 0.64 + 4.84 + 3.24 = 10.8; /4 = 2.7; √2.7 = 1.643168.
    expect(cell.sdChange).to.be.closeTo(1.643168, 1e-6);
  });

  it('computes the 95 % CI with the t distribution', () => {
    // t(0.975, 4) = 2.776445; SE = 1.643168 / √5 = 0.734847; half-width 2.776445 × 0.734847 = 2.040262.
    expect(cell.ci95![0]).to.be.closeTo(1.2 - 2.040262, 1e-5);
    expect(cell.ci95![1]).to.be.closeTo(1.2 + 2.040262, 1e-5);
  });

  it("computes Cohen's d_z and Hedges' g_z", () => {
    // d_z = 1.2 / 1.643168 = 0.730297; J = 1 − 3 / (4·4 − 1) = 0.8; g_z = 0.584237.
    expect(cell.cohenDz).to.be.closeTo(0.730297, 1e-6);
    expect(cell.hedgesGz).to.be.closeTo(0.584237, 1e-6);
  });

  it('counts improved, unchanged, worsened and reliable improvement', () => {
    // Changes ≥ 1 step: 2, 2, 3 → 3/5; 0 → 1/5; −1 → 1/5.
    expect([cell.shareImproved, cell.shareUnchanged, cell.shareWorsened]).to.deep.equal([0.6, 0.2, 0.2]);
    // r = 0.5, SD₁ = 1: S_diff = √2 · √0.5 = 1, so reliable means |Δ| > 1.96: 2, 2, 3 improve; −1 is not a reliable decline.
    expect(cell.shareReliablyImproved).to.equal(0.6);
    expect(cell.shareReliablyDeteriorated).to.equal(0);
    expect(report.roles[0]!.reliableChange[0]).to.deep.include({
      areaId: 'a',
      reliability: 0.5,
      sd: 1,
      sdSource: 'instrument',
    });
    expect(report.roles[0]!.reliableChange[0]!.threshold).to.be.closeTo(1.96, 1e-12);
  });

  it('uses the cohort baseline SD when the area declares no reference SD', () => {
    const noSd = oneAreaInstrument();
    delete noSd.areas[0]!.scoring.referenceSd;
    const r = unsuppressedReport(noSd, smallCohort()).roles[0]!;
    // Paired baselines 1, 2, 3, 2, 1: mean 1.8, squares 0.64 + 0.04 + 1.44 + 0.04 + 0.64 = 2.8; /4 = 0.7; SD 0.836660.
    expect(r.reliableChange[0]!.sdSource).to.equal('cohort');
    expect(r.reliableChange[0]!.sd).to.be.closeTo(0.83666, 1e-5);
    // S_diff = √2 · 0.836660 · √0.5 = 0.836660; threshold 1.96 × that = 1.639854: changes 2, 2, 3 exceed it.
    expect(r.reliableChange[0]!.threshold).to.be.closeTo(1.639854, 1e-5);
    expect(r.all.areas[0]!.shareReliablyImproved).to.equal(0.6);
  });

  it('counts goals reached and progression cards achieved', () => {
    // Evaluated goals: p1 (target 3, latest 3: reached) and p4 (target 3, latest 1: not); p6 has no follow-up, p2's is dropped.
    expect(cell.goals).to.equal(2);
    expect(cell.nWithGoals).to.equal(2);
    expect(cell.shareGoalsReached).to.equal(0.5);
    // Cards of everyone who started: c1 achieved, c2 open, c3 open, c6 achieved → 2 of 4, held by 3 people.
    expect(cell.cards).to.equal(4);
    expect(cell.nWithCards).to.equal(3);
    expect(cell.shareCardsAchieved).to.equal(0.5);
  });

  it('breaks down by gender, with everyone without a gender as unknown', () => {
    const gender = report.roles[0]!.breakdowns.find((b) => b.kind === 'gender')!;
    expect(gender.interpretation).to.equal('association');
    expect(gender.groups.map((g) => [g.key, g.nStarted, g.nPaired])).to.deep.equal([
      ['woman', 3, 3],
      ['man', 2, 2],
      ['unknown', 1, 0],
    ]);
    // Women: changes 2, 0, 2 → mean 4/3.
    expect(gender.groups[0]!.areas[0]!.meanChange).to.be.closeTo(4 / 3, 1e-12);
  });

  it('says how it must be read', () => {
    expect(report.interpretation.kind).to.equal('association');
    expect(report.interpretation.message.en).to.match(/not effects/);
  });
});

describe('cohortReport pairing', () => {
  it('pairs the first completed with the exit, ignoring errors and following amendments', () => {
    const data: CohortData = {
      assessments: [
        rating('p1', 5, 'baseline', '2026-01-01', { id: 'err', status: 'entered-in-error' }),
        rating('p1', 1, 'baseline', '2026-01-02', { id: 'b' }),
        rating('p1', 2, 'baseline', '2026-02-01', { id: 'b-fix', status: 'amended', replaces: 'b' }),
        rating('p1', 4, 'exit', '2026-06-01', { id: 'x' }),
        rating('p1', 1, 'postExit', '2026-12-01', { id: 'post' }),
      ],
    };
    const cell = unsuppressedReport(instrument, data).roles[0]!.all.areas[0]!;
    // Baseline is the amended 2, latest the exit 4.
    expect(cell.meanBaseline).to.equal(2);
    expect(cell.meanChange).to.equal(2);
  });

  it('leaves other versions out with a warning, or pairs them flagged', () => {
    const data: CohortData = {
      assessments: [
        rating('p1', 1, 'baseline', '2026-01-01'),
        rating('p1', 3, 'exit', '2026-06-01', { instrument: { id: 'one-area', version: '0.9.0' } }),
      ],
    };
    const strict = unsuppressedReport(instrument, data);
    expect(strict.roles[0]!.all.areas[0]!.nPaired).to.equal(0);
    expect(strict.warnings.map((w) => w.code)).to.include('other_version_excluded');
    const mixed = unsuppressedReport(instrument, data, { mixVersions: true });
    expect(mixed.roles[0]!.all.areas[0]!.nMixedVersions).to.equal(1);
    expect(mixed.roles[0]!.all.areas[0]!.meanChange).to.equal(2);
  });

  it('restricts to a period', () => {
    const data: CohortData = {
      assessments: [
        rating('p1', 1, 'baseline', '2025-06-01'),
        rating('p1', 2, 'followUp', '2026-01-15'),
        rating('p1', 5, 'exit', '2026-09-01'),
      ],
    };
    const cell = unsuppressedReport(instrument, data, { period: { from: '2026-01-01', to: '2026-12-31' } }).roles[0]!
      .all.areas[0]!;
    expect(cell.meanBaseline).to.equal(2);
    expect(cell.meanChange).to.equal(3);
  });

  it('orders a participant’s ratings as resolveTimeline does: by time, then occasion, then id', () => {
    // Fractions of a second beyond the millisecond do not order (resolveTimeline reads
    // milliseconds); +01:00 is an hour before Z; on the same time the occasion decides.
    const data: CohortData = {
      assessments: [
        rating('p1', 3, 'followUp', '2026-01-01T10:00:00.0009Z', { id: 'a' }),
        rating('p1', 2, 'baseline', '2026-01-01T10:00:00.0001Z', { id: 'b' }),
        rating('p1', 1, 'followUp', '2026-01-01T10:30:00+01:00', { id: 'c' }),
        rating('p1', 5, 'followUp', '2026-03-01', { id: 'd2' }),
        rating('p1', 4, 'followUp', '2026-03-01', { id: 'd1' }),
      ],
    };
    const timeline = resolveTimeline(instrument, data.assessments);
    expect(timeline.entries.map((a) => a.id)).to.deep.equal(['c', 'b', 'a', 'd1', 'd2']);
    const cell = unsuppressedReport(instrument, data).roles[0]!.all.areas[0]!;
    expect(cell.meanBaseline).to.equal(1); // c
    expect(cell.meanLatest).to.equal(5); // d2: same day as d1, and "d2" > "d1"
  });

  it('does not order by digits past the millisecond, as resolveTimeline does not', () => {
    // As text, x2 comes first; in milliseconds the two are at the same time, and a baseline goes before a follow-up.
    const assessments = [
      rating('p1', 2, 'baseline', '2026-01-01T10:00:00.0009Z', { id: 'x1' }),
      rating('p1', 4, 'followUp', '2026-01-01T10:00:00.0001Z', { id: 'x2' }),
      rating('p1', 5, 'exit', '2026-06-01T10:00:00Z', { id: 'x3' }),
    ];
    expect(resolveTimeline(instrument, assessments).baseline?.id).to.equal('x1');
    expect(unsuppressedReport(instrument, { assessments }).roles[0]!.all.areas[0]!.meanBaseline).to.equal(2);
  });

  it('reports the same on a participant’s ratings in any order, whichever path picks the pair', () => {
    const clean = [
      rating('p1', 3, 'followUp', '2026-03-01'),
      rating('p1', 1, 'baseline', '2026-01-01'),
      rating('p1', 5, 'exit', '2026-06-01'),
    ];
    // One record with a duplicate id sends the participant down resolveTimeline's path.
    const withDuplicate = [...clean, { ...clean[0]! }];
    for (const assessments of [clean, [...clean].reverse(), withDuplicate, [...withDuplicate].reverse()]) {
      const cell = unsuppressedReport(instrument, { assessments }).roles[0]!.all.areas[0]!;
      expect([cell.meanBaseline, cell.meanLatest]).to.deep.equal([1, 5]);
    }
  });

  it('counts assessments of another instrument only as a warning', () => {
    const other = { ...rating('p1', 1, 'baseline', '2026-01-01'), instrument: { id: 'else', version: '1.0.0' } };
    const report = cohortReport(instrument, { assessments: [other] });
    expect(report.roles).to.deep.equal([]);
    expect(report.warnings.map((w) => w.code)).to.deep.equal(['other_instrument']);
  });
});

describe('cohortReport breakdowns by intervention', () => {
  // Ten paired participants; p1–p4 have job-focused support, p1–p2 at the same time as health support,
  // p3 has health support only after the job-focused support ended, p5 has only social support.
  const assessments = Array.from({ length: 10 }, (_, i) => [
    rating(`p${i + 1}`, 1, 'baseline', '2026-01-01'),
    rating(`p${i + 1}`, 1 + (i % 3), 'exit', '2026-12-01'),
  ]).flat();
  const data: CohortData = {
    assessments,
    interventions: [
      { id: 'job', label: { sv: 'Jobb', en: 'Job' }, category: 'jobFocused', provider: 'kommun', targetAreaIds: ['a'] },
      {
        id: 'health',
        label: { sv: 'Hälsa', en: 'Health' },
        category: 'health',
        provider: 'region',
        targetAreaIds: ['a'],
      },
      {
        id: 'social',
        label: { sv: 'Socialt', en: 'Social' },
        category: 'social',
        provider: 'kommun',
        targetAreaIds: ['a'],
      },
    ],
    episodes: [
      { subjectId: 'p1', interventionId: 'job', start: '2026-02-01', end: '2026-06-01' },
      { subjectId: 'p1', interventionId: 'health', start: '2026-03-01', end: '2026-04-01' },
      { subjectId: 'p2', interventionId: 'job', start: '2026-02-01' },
      { subjectId: 'p2', interventionId: 'social', start: '2026-05-01', end: '2026-05-02' },
      { subjectId: 'p3', interventionId: 'job', start: '2026-02-01', end: '2026-03-01' },
      { subjectId: 'p3', interventionId: 'health', start: '2026-04-01', end: '2026-05-01' },
      { subjectId: 'p4', interventionId: 'job', start: '2026-02-01', end: '2026-03-01' },
      { subjectId: 'p5', interventionId: 'social', start: '2026-02-01', end: '2026-03-01' },
      // Outside the period p6 was followed: does not count.
      { subjectId: 'p6', interventionId: 'job', start: '2025-01-01', end: '2025-06-01' },
    ],
  };
  const report = unsuppressedReport(instrument, data);
  const breakdown = (id: string) => report.roles[0]!.breakdowns.find((b) => b.id === id)!;
  const sizes = (id: string) => breakdown(id).groups.map((g) => [g.key, g.nStarted]);

  it('compares with and without each intervention and category', () => {
    expect(sizes('intervention:job')).to.deep.equal([
      ['with', 4],
      ['without', 6],
    ]);
    expect(breakdown('intervention:job').label).to.deep.equal({ sv: 'Jobb', en: 'Job' });
    expect(sizes('interventionCategory:health')).to.deep.equal([
      ['with', 2],
      ['without', 8],
    ]);
    expect(report.roles[0]!.breakdowns.map((b) => b.id)).to.deep.equal([
      'interventionCategory:jobFocused',
      'interventionCategory:health',
      'interventionCategory:social',
      'intervention:health',
      'intervention:job',
      'intervention:social',
      'parallelSupport',
    ]);
  });

  it('finds job-focused support in parallel with health or social support', () => {
    expect(sizes('parallelSupport')).to.deep.equal([
      ['parallel', 2], // p1, p2
      ['jobFocusedAlone', 2], // p3 (sequential), p4
      ['noJobFocused', 6],
    ]);
  });

  it('derives "without" exactly as everyone minus "with"', () => {
    const [withJob, withoutJob] = breakdown('intervention:job').groups;
    const all = report.roles[0]!.all.areas[0]!;
    // Sums of change add up: n·mean over both groups equals n·mean over everyone.
    const total = withJob!.areas[0]!.meanChange! * 4 + withoutJob!.areas[0]!.meanChange! * 6;
    expect(total).to.be.closeTo(all.meanChange! * 10, 1e-12);
  });
});

describe('cohortReport disclosure control', () => {
  function cohortWithGenders(counts: Record<string, number>): CohortData {
    const assessments: Assessment[] = [];
    const participants: CohortData['participants'] = [];
    let n = 0;
    for (const [gender, count] of Object.entries(counts)) {
      for (let i = 0; i < count; i++) {
        n += 1;
        assessments.push(
          rating(`s${n}`, 2, 'baseline', '2026-01-01'),
          rating(`s${n}`, 2 + (n % 3), 'exit', '2026-06-01'),
        );
        participants!.push({ subjectId: `s${n}`, gender: gender as 'woman' });
      }
    }
    return { assessments, participants };
  }
  const genderGroups = (data: CohortData, minCell?: number) =>
    cohortReport(instrument, data, minCell === undefined ? {} : { minCell }).roles[0]!.breakdowns.find(
      (b) => b.kind === 'gender',
    )!.groups;

  it('withholds every figure of a group under five people, with the reason', () => {
    const [woman, man, other] = genderGroups(cohortWithGenders({ woman: 7, man: 4, other: 1 }));
    expect(woman!.suppressed).to.equal(false);
    expect(woman!.nStarted).to.equal(7);
    for (const g of [man!, other!]) {
      expect(g.suppressed).to.equal(true);
      expect(g.reason).to.equal('belowMinCell');
      expect(g.nStarted).to.equal(null);
      const cell = g.areas[0]!;
      expect(cell.suppressed).to.equal(true);
      expect(cell.withheld).to.deep.include({ part: 'started', reason: 'belowMinCell' });
      expect([
        cell.nStarted,
        cell.nPaired,
        cell.meanChange,
        cell.shareImproved,
        cell.ci95,
        cell.attritionRate,
      ]).to.deep.equal([null, null, null, null, null, null]);
    }
  });

  it('withholds a second group when one alone could be recovered from the total', () => {
    // Men (3) are below five; publishing women (8) would reveal men as 11 − 8.
    const [woman, man] = genderGroups(cohortWithGenders({ woman: 8, man: 3 }));
    expect(man!.reason).to.equal('belowMinCell');
    expect(woman!.reason).to.equal('complementary');
    expect(woman!.nStarted).to.equal(null);
    expect(woman!.areas[0]!.meanChange).to.equal(null);
  });

  it('keeps hiding groups until the hidden ones add up to five', () => {
    // man 2 + other 1 = 3 < 5: the next smallest, unknown (6), is hidden too; women (9) stay.
    const groups = genderGroups(cohortWithGenders({ woman: 9, man: 2, other: 1, unknown: 6 }));
    expect(groups.map((g) => [g.key, g.reason])).to.deep.equal([
      ['woman', null],
      ['man', 'belowMinCell'],
      ['other', 'belowMinCell'],
      ['unknown', 'complementary'],
    ]);
  });

  it('withholds the whole report when fewer than five took part', () => {
    const report = cohortReport(instrument, cohortWithGenders({ woman: 4 }));
    expect(report.roles[0]!.all.nStarted).to.equal(null);
    expect(report.roles[0]!.all.areas[0]!.meanChange).to.equal(null);
    expect(report.disclosure.minCell).to.equal(5);
    expect(report.disclosure.suppressedCells).to.be.greaterThan(0);
  });

  it('withholds change statistics when too few have a follow-up, but shows who started', () => {
    const data = cohortWithGenders({ woman: 6 });
    data.assessments = data.assessments.filter((a) => a.occasion === 'baseline' || ['s1', 's2'].includes(a.subjectId));
    const cell = cohortReport(instrument, data).roles[0]!.all.areas[0]!;
    expect(cell.nStarted).to.equal(6);
    expect([cell.nPaired, cell.attritionRate, cell.meanChange]).to.deep.equal([null, null, null]);
    expect(cell.withheld).to.deep.equal([{ part: 'paired', reason: 'belowMinCell' }]);
  });

  it('cannot be turned off: minCell 1, 0, NaN or a fraction is an error, never a weaker report', () => {
    for (const minCell of [1, 0, -5, Number.NaN, Number.POSITIVE_INFINITY, 2.5]) {
      expect(() => genderGroups(cohortWithGenders({ woman: 8, man: 3 }), minCell), String(minCell)).to.throw(
        RangeError,
        /minCell/,
      );
    }
    expect(genderGroups(cohortWithGenders({ woman: 8, man: 3 }), 2).map((g) => g.nStarted)).to.deep.equal([8, 3]);
  });
});

describe('cohortAccumulator across instruments', () => {
  it('merges an accumulator of another instrument as if its data had been added here', () => {
    const data = smallCohort();
    const other = { ...instrument, id: 'other' };
    const direct = unsuppressedAccumulator(instrument).add(data).result();
    const merged = unsuppressedAccumulator(instrument).merge(unsuppressedAccumulator(other).add(data)).result();
    expect(merged).to.deep.equal(direct);
    // And the other way round: this instrument's assessments are another instrument's there.
    const there = unsuppressedAccumulator(other).merge(cohortAccumulator(instrument).add(data)).result();
    expect(there.roles).to.deep.equal([]);
    expect(there.warnings.map((w) => w.code)).to.include('other_instrument');
  });
});
