import { expect } from '@open-wc/testing';
import {
  arbetsnara,
  generateSampleCohort,
  sampleParticipant,
  type Assessment,
  type SampleCohort,
} from '../../../src/sdk/index.js';

function ownRatings(cohort: SampleCohort, subjectId: string): Assessment[] {
  return cohort.assessments.filter(
    (a) => a.subjectId === subjectId && a.role === 'participant' && a.status === 'completed',
  );
}

function mean(a: Assessment): number {
  const values = a.answers.flatMap((x) => (x.value === null ? [] : [x.value]));
  return values.reduce((s, v) => s + v, 0) / values.length;
}

describe('sampleParticipant', () => {
  const cohort = generateSampleCohort({ seed: 1, participants: 100 });

  it('finds a participant who clearly improved from baseline to exit', () => {
    const id = sampleParticipant(cohort, 'improved')!;
    const ratings = ownRatings(cohort, id);
    expect(ratings[0]!.occasion).to.equal('baseline');
    expect(ratings.at(-1)!.occasion).to.equal('exit');
    expect(mean(ratings.at(-1)!) - mean(ratings[0]!)).to.be.at.least(1);
  });

  it('finds a participant who clearly got worse', () => {
    const id = sampleParticipant(cohort, 'worsened')!;
    const ratings = ownRatings(cohort, id);
    expect(ratings.at(-1)!.occasion).to.equal('exit');
    expect(mean(ratings.at(-1)!) - mean(ratings[0]!)).to.be.at.most(-1);
  });

  it('finds a participant with fewer occasions than the others, but more than one', () => {
    const id = sampleParticipant(cohort, 'missingOccasions')!;
    const count = ownRatings(cohort, id).length;
    expect(count).to.be.within(2, 3);
  });

  it('picks the same participant every time, and one with progression cards when it can', () => {
    for (const kind of ['improved', 'worsened', 'missingOccasions'] as const) {
      const id = sampleParticipant(cohort, kind);
      expect(sampleParticipant(generateSampleCohort({ seed: 1, participants: 100 }), kind)).to.equal(id);
      expect(
        cohort.cards.some((c) => c.subjectId === id),
        kind,
      ).to.equal(true);
    }
  });

  it('works for a 1–5 instrument too', () => {
    const other = generateSampleCohort({ seed: 2, participants: 100, instrument: arbetsnara });
    const improved = ownRatings(other, sampleParticipant(other, 'improved')!);
    const worsened = ownRatings(other, sampleParticipant(other, 'worsened')!);
    expect(mean(improved.at(-1)!)).to.be.above(mean(improved[0]!));
    expect(mean(worsened.at(-1)!)).to.be.below(mean(worsened[0]!));
  });

  it('returns undefined when nobody has rated', () => {
    expect(sampleParticipant({ assessments: [] }, 'improved')).to.equal(undefined);
  });
});
