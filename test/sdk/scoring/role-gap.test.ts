import { expect } from '@open-wc/testing';
import { roleGap } from '../../../src/sdk/index.js';
import { assessment, testInstrument } from './fixtures.js';

describe('roleGap', () => {
  const instrument = testInstrument();

  it('gives participant minus case manager for each area both rate', () => {
    const gap = roleGap(
      instrument,
      assessment({ 'housing.1': 4, 'health.1': 2, 'health.2': 4, 'health.3': 5, 'worry.1': 3 }),
      assessment({ 'housing.1': 2, 'health.1': 3, 'health.2': 3, 'worry.1': 1 }, { role: 'caseManager' }),
    );
    const by = Object.fromEntries(gap.areas.map((a) => [a.areaId, a]));
    expect(by.housing).to.include({ participant: 4, caseManager: 2, gap: 2, participantRatesBetter: true });
    // Participant health: mean(2, 4, 6 − 5 = 1) = 7/3; case manager: mean(3, 3) = 3 → gap −2/3.
    expect(by.health!.gap).to.be.closeTo(-2 / 3, 1e-12);
    expect(by.health!.participantRatesBetter).to.equal(false);
    // Worry is lower-is-better: 3 vs 1, gap +2, the participant rates it worse.
    expect(by.worry).to.include({ gap: 2, participantRatesBetter: false });
    expect(by.work).to.include({ gap: null, participantRatesBetter: null });
    expect(gap.warnings).to.deep.equal([]);
  });

  it('warns when the roles or participants do not match', () => {
    const gap = roleGap(instrument, assessment({}, { role: 'caseManager' }), assessment({}, { subjectId: 'p2' }));
    expect(gap.warnings.map((w) => w.code)).to.deep.equal(['role_mismatch', 'role_mismatch', 'subject_mismatch']);
    // The roles given are input: the messages name the field, not the value.
    for (const w of gap.warnings.filter((w) => w.code === 'role_mismatch')) {
      for (const text of [w.message, w.messages.sv, w.messages.en])
        expect(text).not.to.match(/"(caseManager|participant)"/);
    }
  });
});
