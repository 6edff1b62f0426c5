import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { parseInstrument, scoreAssessment, type Instrument } from '../../../src/sdk/index.js';
import { assessment, testInstrument } from './fixtures.js';

const byArea = (
  instrument: Instrument,
  values: Parameters<typeof assessment>[0],
  role: 'participant' | 'caseManager' = 'participant',
) => Object.fromEntries(scoreAssessment(instrument, assessment(values, { role })).areas.map((a) => [a.areaId, a]));

describe('scoreAssessment', () => {
  const instrument = testInstrument();

  it('uses a valid instrument (the fixture passes the schema)', () => {
    expect(parseInstrument(instrument).ok).to.equal(true);
  });

  it('takes a single item as the area score and names its stage', () => {
    const s = byArea(instrument, { 'housing.1': 4 });
    expect(s.housing!.score).to.equal(4);
    expect(s.housing!.stage?.id).to.equal('late');
    expect(s.housing!.complete).to.equal(true);
  });

  it('flips a reverse-scored item before taking the mean', () => {
    // health.3 = 2 is reversed to 1 + 5 − 2 = 4; mean of 3, 5, 4 = 12 / 3 = 4.
    const s = byArea(instrument, { 'health.1': 3, 'health.2': 5, 'health.3': 2 });
    expect(s.health!.score).to.equal(4);
    expect(s.health!.answered).to.equal(3);
  });

  it('leaves missing codes out of a mean and respects minAnswered', () => {
    // One value and one declined: 1 value < minAnswered 2, so no score; health.3 has no answer, so incomplete.
    const one = byArea(instrument, { 'health.1': 3, 'health.2': 'declined' });
    expect(one.health!.score).to.equal(null);
    expect(one.health!.missing).to.equal(1);
    expect(one.health!.complete).to.equal(false);
    // Two values (2 and 5) and a declined third: mean = (2 + 5) / 2 = 3.5, stage floor(3.5) = 3 → late.
    const two = byArea(instrument, { 'health.1': 2, 'health.2': 5, 'health.3': 'declined' });
    expect(two.health!.score).to.equal(3.5);
    expect(two.health!.stage?.id).to.equal('late');
    expect(two.health!.complete).to.equal(true);
  });

  it('sums a sum area and needs every item unless minAnswered says otherwise', () => {
    expect(byArea(instrument, { 'work.1': 2, 'work.2': 5 }).work!.score).to.equal(7);
    expect(byArea(instrument, { 'work.1': 2 }).work!.score).to.equal(null);
    const s = byArea(instrument, { 'work.1': 2, 'work.2': 5 }).work!;
    expect([s.min, s.max]).to.deep.equal([2, 10]);
    expect(s.stage).to.equal(null);
  });

  it('prorates a sum with unanswered items when minAnswered allows it', () => {
    const prorated = testInstrument();
    prorated.areas[2]!.scoring.minAnswered = 1;
    // One item of two answered with 3: prorated sum = 3 × 2 / 1 = 6.
    expect(byArea(prorated, { 'work.1': 3 }).work!.score).to.equal(6);
  });

  it('scores only the items the role answers', () => {
    // The case manager has no health.3: mean of 2 and 3 = 2.5, and two items make it complete.
    const s = byArea(instrument, { 'health.1': 2, 'health.2': 3, 'health.3': 5 }, 'caseManager');
    expect(s.health!.score).to.equal(2.5);
    expect(s.health!.items).to.equal(2);
    expect(s.health!.complete).to.equal(true);
  });

  it('ignores off-scale values and unknown linkIds', () => {
    const s = byArea(instrument, { 'housing.1': 9, 'nope.1': 3 });
    expect(s.housing!.score).to.equal(null);
  });

  it('gives values by area and an overall score only when areas share a range', () => {
    const score = scoreAssessment(instrument, assessment({ 'housing.1': 4, 'worry.1': 1 }));
    expect(score.values).to.deep.equal({ housing: 4, health: null, work: null, worry: 1 });
    expect(score.overall).to.equal(null);
  });

  it('computes the overall score as the mean of areas on one scale', () => {
    const two = testInstrument();
    two.areas = two.areas.slice(0, 2);
    // housing 4, health mean(3, 4) = 3.5 → overall (4 + 3.5) / 2 = 3.75.
    const score = scoreAssessment(two, assessment({ 'housing.1': 4, 'health.1': 3, 'health.2': 4 }));
    expect(score.overall).to.equal(3.75);
  });

  it('keeps every score inside its scale (property)', () => {
    const value = fc.oneof(fc.integer({ min: -2, max: 7 }), fc.constant(null), fc.constant('declined' as const));
    fc.assert(
      fc.property(fc.record({ h: value, a: value, b: value, c: value, w1: value, w2: value, o: value }), (v) => {
        const score = scoreAssessment(
          instrument,
          assessment({
            'housing.1': v.h,
            'health.1': v.a,
            'health.2': v.b,
            'health.3': v.c,
            'work.1': v.w1,
            'work.2': v.w2,
            'worry.1': v.o,
          }),
        );
        return score.areas.every((a) => a.score === null || (a.score >= a.min && a.score <= a.max));
      }),
    );
  });

  it('reverse scoring twice is the identity (property)', () => {
    // Flipping an answer and flipping the item's reverse flag must give the same score; doing both twice gives the original.
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5 }),
        fc.integer({ min: 1, max: 5 }),
        fc.integer({ min: 1, max: 5 }),
        (a, b, c) => {
          const flipped = testInstrument();
          flipped.areas[1]!.items[2]!.reverseScored = false;
          const original = scoreAssessment(instrument, assessment({ 'health.1': a, 'health.2': b, 'health.3': c }))
            .values.health;
          const once = scoreAssessment(flipped, assessment({ 'health.1': a, 'health.2': b, 'health.3': 6 - c })).values
            .health;
          const twice = scoreAssessment(
            instrument,
            assessment({ 'health.1': a, 'health.2': b, 'health.3': 6 - (6 - c) }),
          ).values.health;
          return original === once && original === twice;
        },
      ),
    );
  });
});
