// Options fail closed: every numeric option is checked at the public entry points, and a bad
// one is an error naming the option (never repeating the value), not a weaker result.
import { expect } from '@open-wc/testing';
import {
  classifyReliableChange,
  cohortAccumulator,
  cohortReport,
  compareAssessments,
  changeDirection,
  gasTScore,
  progression,
  type AreaGoal,
  type Assessment,
  type CohortReportOptions,
  type Instrument,
} from '../../../src/sdk/index.js';
import { oneAreaInstrument, unsuppressedReport } from './fixtures.js';

const instrument = oneAreaInstrument();
const ref = { id: 'one-area', version: '1.0.0' };
// A value no message may repeat.
const CANARY = 73519.25;

function rating(subjectId: string, value: number, occasion: Assessment['occasion'], authored: string): Assessment {
  return {
    id: `${subjectId}-${occasion}`,
    instrument: ref,
    subjectId,
    role: 'participant',
    occasion,
    authored,
    status: 'completed',
    answers: [{ linkId: 'a.1', value }],
  };
}

const cohort = () => ({
  assessments: ['p1', 'p2', 'p3', 'p4', 'p5', 'p6'].flatMap((id, i) => [
    rating(id, 1 + (i % 3), 'baseline', '2026-01-10T09:00:00Z'),
    rating(id, 3 + (i % 2), 'exit', '2026-06-10T09:00:00Z'),
  ]),
});

function throwsNaming(run: () => unknown, name: string): Error {
  let caught: unknown;
  try {
    run();
  } catch (error) {
    caught = error;
  }
  expect(caught, `${name} should throw`).to.be.instanceOf(Error);
  const error = caught as Error;
  expect(error instanceof RangeError || error instanceof TypeError, error.name).to.equal(true);
  expect(error.message).to.include(name);
  expect(error.message).not.to.include(String(CANARY));
  expect(error.message).not.to.include('73519');
  return error;
}

describe('cohortReport and cohortAccumulator options', () => {
  const bad: [string, CohortReportOptions][] = [
    ['minCell', { minCell: Number.NaN }],
    ['minCell', { minCell: Number(undefined) }],
    ['minCell', { minCell: 1 }],
    ['minCell', { minCell: 0 }],
    ['minCell', { minCell: -CANARY }],
    ['minCell', { minCell: CANARY }],
    ['minCell', { minCell: Number.POSITIVE_INFINITY }],
    ['minCell', { minCell: '5' as unknown as number }],
    ['minimalChange', { minimalChange: Number.NaN }],
    ['minimalChange', { minimalChange: -CANARY }],
    ['minimalChange', { minimalChange: Number.NEGATIVE_INFINITY }],
    ['reliability', { reliability: { a: CANARY } }],
    ['reliability', { reliability: { a: Number.NaN } }],
    ['reliability', { reliability: { a: 1 } }],
    ['reliability', { reliability: [0.5] as unknown as Record<string, number> }],
    ['referenceSd', { referenceSd: { a: 0 } }],
    ['referenceSd', { referenceSd: { a: -CANARY } }],
    ['referenceSd', { referenceSd: { a: Number.POSITIVE_INFINITY } }],
    ['period', { period: 'last year' as unknown as CohortReportOptions['period'] }],
    ['period.from', { period: { from: `${CANARY}` } }],
    ['period.to', { period: { to: '2026-02-30' } }],
    ['period', { period: { from: '2026-06-01', to: '2026-01-01' } }],
    ['period', { period: { form: '2026-01-01' } as unknown as CohortReportOptions['period'] }],
    ['roles', { roles: ['participnat'] as unknown as CohortReportOptions['roles'] }],
    ['breakdowns', { breakdowns: ['sex'] as unknown as CohortReportOptions['breakdowns'] }],
    ['complementarySuppression', { complementarySuppression: 0 as unknown as boolean }],
  ];
  for (const [name, options] of bad) {
    it(`refuses a bad ${name} (${JSON.stringify(options)}) in cohortReport and cohortAccumulator`, () => {
      throwsNaming(() => cohortReport(instrument, cohort(), options), name);
      throwsNaming(() => cohortAccumulator(instrument, options), name);
    });
  }

  it('takes the defaults for options left out, and accepts the edges of each range', () => {
    const report = cohortReport(instrument, cohort(), {});
    expect(report.disclosure.minCell).to.equal(5);
    expect(cohortReport(instrument, cohort(), { minCell: undefined }).disclosure.minCell).to.equal(5);
    expect(cohortReport(instrument, cohort(), { minCell: 2 }).disclosure.minCell).to.equal(2);
    expect(() =>
      cohortReport(instrument, cohort(), {
        minimalChange: 0,
        reliability: { a: 0 },
        referenceSd: { a: 0.01 },
        period: { from: '2026-01-01', to: '2026-01-01' },
      }),
    ).not.to.throw();
  });

  it('a valid period still reads the data in it (not an empty report)', () => {
    const cell = unsuppressedReport(instrument, cohort(), { period: { from: '2026-01-01', to: '2026-12-31' } })
      .roles[0]!.all.areas[0]!;
    expect(cell.nPaired).to.equal(6);
  });

  it('looks per-area options up by own key: an area id "constructor" does not read Object', () => {
    const odd = {
      ...instrument,
      areas: [{ ...instrument.areas[0]!, id: 'constructor', scoring: { method: 'single' as const } }],
    } as Instrument;
    const before = rating('p1', 1, 'baseline', '2026-01-10T09:00:00Z');
    const after = rating('p1', 4, 'exit', '2026-06-10T09:00:00Z');
    const change = compareAssessments(odd, before, after, { reliability: {}, referenceSd: {} }).areas[0]!;
    expect(change.rci).to.equal(null);
    expect(change.reliableChange).to.equal(null);
    const proto = compareAssessments(odd, before, after, { reliability: { toString: 0.5 } }).areas[0]!;
    expect(proto.rci).to.equal(null);
  });
});

describe('other functions with options', () => {
  const before = rating('p1', 1, 'baseline', '2026-01-10T09:00:00Z');
  const after = rating('p1', 4, 'exit', '2026-06-10T09:00:00Z');

  it('compareAssessments and progression refuse a NaN minimalChange instead of calling every change unchanged', () => {
    throwsNaming(() => compareAssessments(instrument, before, after, { minimalChange: Number.NaN }), 'minimalChange');
    throwsNaming(() => progression(instrument, [before, after], { minimalChange: Number.NaN }), 'minimalChange');
    throwsNaming(() => progression(instrument, [before, after], { period: { from: 'x' } }), 'period.from');
    throwsNaming(() => changeDirection(2, 'higherIsBetter', Number.NaN), 'minimalChange');
    expect(compareAssessments(instrument, before, after, { minimalChange: 2 }).areas[0]!.direction).to.equal(
      'improved',
    );
  });

  it('gasTScore refuses a ρ outside 0–1 or NaN instead of returning NaN', () => {
    const goals = [{ attained: 1 as const }, { attained: -1 as const }];
    for (const rho of [Number.NaN, -0.1, 1.5, Number.POSITIVE_INFINITY, CANARY]) {
      throwsNaming(() => gasTScore(goals, { rho }), 'rho');
    }
    expect(gasTScore(goals, { rho: 1 })).to.equal(50);
  });

  it('classifyReliableChange gives no verdict on NaN or Infinity', () => {
    throwsNaming(() => classifyReliableChange(Number.NaN, 'higherIsBetter'), 'rci');
    throwsNaming(() => classifyReliableChange(Number.POSITIVE_INFINITY, 'higherIsBetter'), 'rci');
    expect(classifyReliableChange(2, 'higherIsBetter')).to.equal('improved');
  });
});

describe('gasTScore and goalAttainment agree on dropped goals', () => {
  const goal = (id: string, attained: -2 | -1 | 0 | 1 | 2, status?: AreaGoal['status']): AreaGoal => ({
    id,
    subjectId: 'p1',
    areaId: 'a',
    setBy: 'participant',
    setAt: '2026-01-01',
    targetValue: 4,
    gas: { attained },
    ...(status ? { status } : {}),
  });

  it('leaves a dropped goal out of the T-score, as goalAttainment leaves it out of reached and missed', () => {
    expect(gasTScore([goal('g1', 0), goal('g2', -2, 'dropped')])).to.equal(50);
    expect(gasTScore([goal('g2', -2, 'dropped')])).to.equal(null);
  });
});
