import { expect } from '@open-wc/testing';
import { resolveTimeline } from '../../../src/sdk/index.js';
import { assessment, testInstrument } from './fixtures.js';

describe('resolveTimeline', () => {
  it('orders by time, then occasion, then id', () => {
    const t = resolveTimeline(testInstrument(), [
      assessment({}, { id: 'c', occasion: 'exit', authored: '2026-01-01' }),
      assessment({}, { id: 'b', occasion: 'baseline', authored: '2026-01-01T00:00:00Z' }),
      assessment({}, { id: 'a', occasion: 'exit', authored: '2026-01-01' }),
    ]);
    expect(t.entries.map((a) => a.id)).to.deep.equal(['b', 'a', 'c']);
    expect(t.latest?.id).to.equal('c');
  });

  it('keeps one of two records with the same id, whatever their order', () => {
    const first = assessment({ 'housing.1': 1 }, { id: 'x', authored: '2026-01-01' });
    const second = assessment({ 'housing.1': 2 }, { id: 'x', authored: '2026-02-01' });
    const forward = resolveTimeline(testInstrument(), [first, second]);
    const backward = resolveTimeline(testInstrument(), [second, first]);
    expect(forward.entries).to.deep.equal([second]);
    expect(backward).to.deep.equal(forward);
    expect(forward.excluded).to.deep.equal([{ assessmentId: 'x', reason: 'duplicate' }]);
  });
});
