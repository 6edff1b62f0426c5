import { expect } from '@open-wc/testing';
import { gasTScore, goalAttainment, scoreAssessment, type AreaGoal } from '../../../src/sdk/index.js';
import { assessment, testInstrument } from './fixtures.js';

const goal = (id: string, areaId: string, targetValue: number, extra: Partial<AreaGoal> = {}): AreaGoal => ({
  id,
  subjectId: 'p1',
  areaId,
  setBy: 'participant',
  setAt: '2026-01-01',
  targetValue,
  ...extra,
});

describe('goalAttainment', () => {
  const instrument = testInstrument();

  it('says whether each goal is reached and how many steps are left', () => {
    const latest = scoreAssessment(instrument, assessment({ 'housing.1': 3, 'worry.1': 1 }));
    const result = goalAttainment(
      [goal('g1', 'housing', 5), goal('g2', 'housing', 3), goal('g3', 'worry', 2), goal('g4', 'worry', 0)],
      latest,
    );
    expect(result.map((r) => [r.goalId, r.reached, r.distance, r.status])).to.deep.equal([
      ['g1', false, 2, 'notReached'], // 5 − 3
      ['g2', true, 0, 'reached'],
      ['g3', true, 0, 'reached'], // worry: lower is better, 1 ≤ 2
      ['g4', false, 1, 'notReached'], // 1 − 0
    ]);
  });

  it('reads the direction from the instrument when given plain values', () => {
    const [r] = goalAttainment([goal('g', 'worry', 1)], { worry: 3 }, instrument);
    expect(r).to.include({ reached: false, distance: 2 });
  });

  it('infers the direction from the goal when nothing else says it', () => {
    const [r] = goalAttainment([goal('g', 'worry', 1, { baselineValue: 4 })], { worry: 2 });
    expect(r).to.include({ reached: false, distance: 1 });
  });

  it('keeps dropped goals and goals without a score apart', () => {
    const result = goalAttainment(
      [
        goal('d', 'housing', 3, { status: 'dropped' }),
        goal('n', 'work', 6),
        goal('a', 'work', 6, { status: 'achieved' }),
      ],
      { housing: 4 },
    );
    expect(result.map((r) => [r.status, r.reached])).to.deep.equal([
      ['dropped', null],
      ['noScore', null],
      ['reached', true],
    ]);
  });
});

describe('gasTScore', () => {
  const gas = (attained: -2 | -1 | 0 | 1 | 2, weight?: number) =>
    goal(`g${attained}${weight}`, 'housing', 3, { gas: { attained, ...(weight ? { weight } : {}) } });

  it('is 50 when goals are met as expected', () => {
    expect(gasTScore([gas(0), gas(0), gas(0)])).to.equal(50);
    expect(gasTScore([gas(1), gas(0), gas(-1)])).to.equal(50);
  });

  it('follows Kiresuk–Sherman with ρ = 0.3', () => {
    // Three goals at +1, w = 1: Σwx = 3, √(0.7·3 + 0.3·9) = √4.8 = 2.190890 → T = 50 + 30 / 2.190890 = 63.693064.
    expect(gasTScore([gas(1), gas(1), gas(1)])).to.be.closeTo(63.693064, 1e-6);
    // Weights 2 and 1, levels +2 and −1: Σwx = 4 − 1 = 3, Σw² = 5, (Σw)² = 9 → √(3.5 + 2.7) = √6.2 = 2.489980 → T = 50 + 30 / 2.489980 = 62.048290.
    expect(gasTScore([gas(2, 2), gas(-1, 1)])).to.be.closeTo(62.04829, 1e-6);
    // One goal at −2 with ρ = 0: T = 50 + 10·(−2)/1 = 30.
    expect(gasTScore([gas(-2)], { rho: 0 })).to.equal(30);
  });

  it('is null when no goal has an attained level', () => {
    expect(gasTScore([goal('x', 'housing', 3)])).to.equal(null);
    expect(gasTScore([])).to.equal(null);
  });

  it('takes bare GAS goals too', () => {
    expect(gasTScore([{ attained: 2 }])).to.equal(70);
  });
});
