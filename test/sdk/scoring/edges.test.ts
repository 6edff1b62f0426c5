// Scoring edges read the same way whichever way a scale runs, and small samples publish no
// statistic that claims more than they can give.
import { expect } from '@open-wc/testing';
import type { Assessment, Instrument, RatingScale } from '../../../src/sdk/index.js';
import { stageFor } from '../../../src/sdk/model/instrument-index.js';
import { oneAreaInstrument, unsuppressedReport } from './fixtures.js';

const stages = [
  { id: 'low', from: 1, to: 2, label: { sv: 'Låg', en: 'Low' } },
  { id: 'high', from: 3, to: 5, label: { sv: 'Hög', en: 'High' } },
];
const scale = (direction: RatingScale['direction']) =>
  ({ ...oneAreaInstrument().scales.five!, direction, stages }) as RatingScale;

describe('stageFor', () => {
  it('rounds a mean between stages toward the worse stage on both kinds of scale', () => {
    // Higher is better: 2.5 lies between "low" (worse) and "high": it reads as low.
    expect(stageFor(scale('higherIsBetter'), 2.5)?.id).to.equal('low');
    // Lower is better: "high" is the worse stage, so 2.5 reads as high, not low.
    expect(stageFor(scale('lowerIsBetter'), 2.5)?.id).to.equal('high');
    // Whole values are where they are, either way.
    expect(stageFor(scale('lowerIsBetter'), 2)?.id).to.equal('low');
    expect(stageFor(scale('lowerIsBetter'), 2 + 1e-12)?.id).to.equal('low');
    expect(stageFor(scale('higherIsBetter'), 3 - 1e-12)?.id).to.equal('high');
    expect(stageFor(scale('higherIsBetter'), Number.NaN)).to.equal(undefined);
  });
});

describe('small-sample statistics', () => {
  const instrument: Instrument = oneAreaInstrument();
  const ref = { id: 'one-area', version: '1.0.0' };
  const rating = (
    subjectId: string,
    value: number,
    occasion: Assessment['occasion'],
    authored: string,
  ): Assessment => ({
    id: `${subjectId}-${occasion}`,
    instrument: ref,
    subjectId,
    role: 'participant',
    occasion,
    authored,
    status: 'completed',
    answers: [{ linkId: 'a.1', value }],
  });
  const cohort = (pairs: [number, number][]) => ({
    assessments: pairs.flatMap(([b, l], i) => [
      rating(`p${i}`, b, 'baseline', '2026-01-10T09:00:00Z'),
      rating(`p${i}`, l, 'exit', '2026-06-10T09:00:00Z'),
    ]),
  });

  it('publishes no Hedges g beside a large d for two paired participants (the correction is 0 at df = 1)', () => {
    const cell = unsuppressedReport(
      instrument,
      cohort([
        [1, 4],
        [1, 5],
      ]),
    ).roles[0]!.all.areas[0]!;
    expect(cell.cohenDz).to.be.closeTo(3.5 / Math.SQRT1_2, 1e-9);
    expect(cell.hedgesGz).to.equal(null);
    const three = unsuppressedReport(
      instrument,
      cohort([
        [1, 4],
        [1, 5],
        [1, 3],
      ]),
    ).roles[0]!.all.areas[0]!;
    // d = 3 / 1 = 3; J = 1 − 3 / (4·2 − 1) = 4/7.
    expect(three.cohenDz).to.be.closeTo(3, 1e-9);
    expect(three.hedgesGz).to.be.closeTo((3 * 4) / 7, 1e-9);
  });

  it('publishes no zero-width interval when everyone changed by the same amount', () => {
    const cell = unsuppressedReport(
      instrument,
      cohort([
        [1, 3],
        [2, 4],
        [1, 3],
      ]),
    ).roles[0]!.all.areas[0]!;
    expect(cell.meanChange).to.equal(2);
    expect(cell.sdChange).to.equal(0);
    expect(cell.ci95).to.equal(null);
    expect(cell.cohenDz).to.equal(null);
    expect(cell.hedgesGz).to.equal(null);
  });
});
