import { expect } from '@open-wc/testing';

/**
 * Fails the suite when this test page loaded any module of the sources (src/) or none of the
 * built package (dist/): the suite it re-runs would then not be testing what ships.
 */
// What test/tools/built-package-plugin.mjs leaves on the sources (pure helpers the suites compute
// expectations with), with the data they import.
const sourceOnly = [
  '/src/components/radar/geometry.ts',
  '/src/sdk/sample/problem-instrument.ts',
  '/src/sdk/instruments/livsomraden.ts',
  '/src/sdk/instruments/deep-freeze.ts',
];

export function expectOnlyDistLoaded(): void {
  describe('the modules this page loaded', () => {
    it('come from dist/, none from src/', () => {
      const urls = performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname);
      expect(urls.filter((u) => u.startsWith('/src/') && !sourceOnly.includes(u))).to.deep.equal([]);
      expect(urls.filter((u) => u.startsWith('/dist/components/'))).not.to.deep.equal([]);
    });
  });
}
