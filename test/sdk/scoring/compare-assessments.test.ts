import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { compareAssessments, reliableChangeIndex } from '../../../src/sdk/index.js';
import { assessment, testInstrument } from './fixtures.js';

describe('compareAssessments', () => {
  const instrument = testInstrument();
  const area = (c: ReturnType<typeof compareAssessments>, id: string) => c.areas.find((a) => a.areaId === id)!;

  it('gives baseline, latest, delta and direction per area', () => {
    const c = compareAssessments(
      instrument,
      assessment({ 'housing.1': 2, 'worry.1': 3 }),
      assessment({ 'housing.1': 4, 'worry.1': 1 }),
    );
    expect(area(c, 'housing')).to.include({ baseline: 2, latest: 4, delta: 2, direction: 'improved' });
    // Worry is lower-is-better: 3 → 1 is a delta of −2 and an improvement.
    expect(area(c, 'worry')).to.include({ baseline: 3, latest: 1, delta: -2, direction: 'improved' });
    expect(area(c, 'work')).to.include({ delta: null, direction: 'missing' });
  });

  it('counts a move below one step as unchanged', () => {
    // health: mean(3, 3, 6 − 3 = 3) = 3 → mean(3, 4, 3) = 10 / 3: delta 1/3 < 1 step.
    const c = compareAssessments(
      instrument,
      assessment({ 'health.1': 3, 'health.2': 3, 'health.3': 3 }),
      assessment({ 'health.1': 3, 'health.2': 4, 'health.3': 3 }),
    );
    expect(area(c, 'health').delta).to.be.closeTo(1 / 3, 1e-12);
    expect(area(c, 'health').direction).to.equal('unchanged');
  });

  it('reports the stage change', () => {
    const c = compareAssessments(instrument, assessment({ 'housing.1': 2 }), assessment({ 'housing.1': 3 }));
    expect(area(c, 'housing')).to.include({ baselineStageId: 'early', latestStageId: 'late', stageChange: 1 });
  });

  it('computes the Reliable Change Index from the area reliability and SD', () => {
    // housing: r = 0.8, SD₁ = 1 → S_diff = √2 · 1 · √0.2 = 0.632456; Δ = 4 − 1 = 3 → RCI = 3 / 0.632456 = 4.743416.
    const c = compareAssessments(instrument, assessment({ 'housing.1': 1 }), assessment({ 'housing.1': 4 }));
    expect(area(c, 'housing').rci).to.be.closeTo(4.743416, 1e-6);
    expect(area(c, 'housing').reliableChange).to.equal('improved');
    // Δ = 1 → RCI 1.581139 < 1.96: not reliable.
    const small = compareAssessments(instrument, assessment({ 'housing.1': 1 }), assessment({ 'housing.1': 2 }));
    expect(area(small, 'housing').rci).to.be.closeTo(1.581139, 1e-6);
    expect(area(small, 'housing').reliableChange).to.equal('noReliableChange');
    // Areas without reliability have no RCI, unless one is supplied: worry r = 0.9, SD 1 → S_diff = √2·√0.1 = 0.447214; Δ = −2 → −4.472136, reliably improved (lower is better).
    const worry = compareAssessments(instrument, assessment({ 'worry.1': 3 }), assessment({ 'worry.1': 1 }), {
      reliability: { worry: 0.9 },
      referenceSd: { worry: 1 },
    });
    expect(area(worry, 'worry').rci).to.be.closeTo(-4.472136, 1e-6);
    expect(area(worry, 'worry').reliableChange).to.equal('improved');
    expect(area(c, 'worry').rci).to.equal(null);
  });

  it('reproduces the worked RCI example of the reference notes', () => {
    // 1–10 area, SD₁ = 2, r = .70: S_diff = √2 · 2 · √0.3 = 1.549193; a change of 3 gives RCI 1.936492 (not reliable).
    expect(reliableChangeIndex(3, 2, 0.7)).to.be.closeTo(1.936492, 1e-6);
  });

  it('flags assessments of different versions', () => {
    const c = compareAssessments(
      instrument,
      assessment({ 'housing.1': 1 }),
      assessment({ 'housing.1': 2 }, { instrument: { id: 'scoring-test', version: '2.0.0' } }),
    );
    expect(c.mixedVersions).to.equal(true);
    expect(c.warnings.map((w) => w.code)).to.include('mixed_versions');
  });

  it('names the fields, never the values, when versions or roles differ', () => {
    const marker = 'MARKER-7f3a9';
    const c = compareAssessments(
      instrument,
      assessment({ 'housing.1': 1 }),
      assessment({ 'housing.1': 2 }, { instrument: { id: 'scoring-test', version: marker }, role: 'caseManager' }),
    );
    expect(c.warnings.map((w) => w.code)).to.include.members(['mixed_versions', 'role_mismatch']);
    expect(JSON.stringify(c.warnings)).not.to.contain(marker);
    expect(JSON.stringify(c.warnings)).not.to.contain('caseManager');
  });

  it('is antisymmetric: swapping the assessments negates every change (property)', () => {
    const v = fc.oneof(fc.integer({ min: 1, max: 5 }), fc.constant(null));
    const w = fc.oneof(fc.integer({ min: 0, max: 4 }), fc.constant(null));
    fc.assert(
      fc.property(fc.tuple(v, v, v, v, w), fc.tuple(v, v, v, v, w), (x, y) => {
        const make = (t: typeof x) =>
          assessment({
            'housing.1': t[0],
            'health.1': t[1],
            'health.2': t[2],
            'work.1': t[3],
            'work.2': t[3],
            'worry.1': t[4],
          });
        const a = make(x);
        const b = make(y);
        const ab = compareAssessments(instrument, a, b);
        const ba = compareAssessments(instrument, b, a);
        const swap = {
          improved: 'worsened',
          worsened: 'improved',
          unchanged: 'unchanged',
          missing: 'missing',
        } as const;
        return ab.areas.every((c, i) => {
          const d = ba.areas[i]!;
          const deltaOk = c.delta === null ? d.delta === null : d.delta !== null && Math.abs(c.delta + d.delta) < 1e-12;
          return (
            deltaOk &&
            swap[c.direction] === d.direction &&
            (c.rci === null ? d.rci === null : Math.abs(c.rci + d.rci!) < 1e-12)
          );
        });
      }),
    );
  });
});
