import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { resolveTimeline } from '../../../src/sdk/index.js';
import { timeOf } from '../../../src/sdk/scoring/timeline.js';
import { assessment, testInstrument } from './fixtures.js';

describe('timeOf', () => {
  it('reads ISO dates exactly as Date.parse does (property)', function () {
    // Generous: the machine running the suite may be busy; speed is measured in bench/, not here.
    this.timeout(120_000);
    const pad = (n: number, w: number) => String(n).padStart(w, '0');
    const iso = fc
      .record({
        y: fc.integer({ min: 0, max: 9999 }),
        mo: fc.integer({ min: 0, max: 13 }),
        d: fc.integer({ min: 0, max: 32 }),
        h: fc.integer({ min: 0, max: 24 }),
        mi: fc.integer({ min: 0, max: 60 }),
        s: fc.integer({ min: 0, max: 60 }),
        form: fc.constantFrom('date', 'utc', 'offset', 'millis'),
      })
      .map(({ y, mo, d, h, mi, s, form }) => {
        const date = `${pad(y, 4)}-${pad(mo, 2)}-${pad(d, 2)}`;
        if (form === 'date') return date;
        const time = `${date}T${pad(h, 2)}:${pad(mi, 2)}:${pad(s, 2)}`;
        return form === 'utc' ? `${time}Z` : form === 'offset' ? `${time}+02:00` : `${time}.250Z`;
      });
    // Near misses too: a wrong separator or a non-digit where a digit belongs.
    const mangled = fc
      .tuple(iso, fc.nat(19), fc.constantFrom('/', ':', 'x', ' ', '-', '0'))
      .map(([s, i, c]) => s.slice(0, i) + c + s.slice(i + 1));
    fc.assert(
      fc.property(fc.oneof(iso, mangled, fc.string({ maxLength: 22 })), (s) => {
        const parsed = Date.parse(s);
        return timeOf(s) === (Number.isNaN(parsed) ? Number.POSITIVE_INFINITY : parsed);
      }),
      { numRuns: 3000 },
    );
  });
});

describe("timeOf on a day past the month's end", () => {
  // Chromium and Firefox roll 31 February over into March; WebKit refuses it (NaN), as the standard
  // says. timeOf must agree with the engine it runs in, not carry one engine's reading into another.
  // Every 30-day month's 31st too: in WebKit each is NaN, so a wrong month length fails here.
  for (const s of [
    '0100-02-29',
    '2026-02-29',
    '2026-02-31',
    '2026-04-31T10:00:00Z',
    '2026-06-31',
    '2026-09-31',
    '2026-11-31',
    '2024-02-29',
    '2000-02-29',
  ]) {
    it(`reads ${s} as Date.parse does here`, () => {
      const parsed = Date.parse(s);
      expect(timeOf(s)).to.equal(Number.isNaN(parsed) ? Number.POSITIVE_INFINITY : parsed);
    });
  }
});

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
