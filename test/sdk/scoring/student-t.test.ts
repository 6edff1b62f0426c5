import { expect } from '@open-wc/testing';
import { studentTCdf, studentTQuantile } from '../../../src/sdk/index.js';

describe('studentTQuantile', () => {
  it('matches published two-sided 95 % critical values', () => {
    // Standard t-table values (e.g. NIST/SEMATECH e-Handbook, table 1.3.6.7.2).
    const table: [number, number][] = [
      [1, 12.706205],
      [2, 4.302653],
      [3, 3.182446],
      [4, 2.776445],
      [5, 2.570582],
      [9, 2.262157],
      [10, 2.228139],
      [20, 2.085963],
      [30, 2.042272],
      [100, 1.983972],
    ];
    for (const [df, value] of table) expect(studentTQuantile(0.975, df)).to.be.closeTo(value, 1e-6);
    // With very many degrees of freedom it approaches the normal 1.959964.
    expect(studentTQuantile(0.975, 1e7)).to.be.closeTo(1.959964, 1e-6);
  });

  it('matches other tail values and is symmetric', () => {
    expect(studentTQuantile(0.995, 10)).to.be.closeTo(3.169273, 1e-6);
    expect(studentTQuantile(0.95, 5)).to.be.closeTo(2.015048, 1e-6);
    expect(studentTQuantile(0.025, 10)).to.be.closeTo(-2.228139, 1e-6);
    expect(studentTQuantile(0.5, 3)).to.equal(0);
  });

  it('inverts the CDF', () => {
    for (const df of [1, 2, 3, 7, 15, 60]) {
      for (const p of [0.6, 0.9, 0.975, 0.999])
        expect(studentTCdf(studentTQuantile(p, df), df)).to.be.closeTo(p, 1e-10);
    }
  });

  it('is NaN outside its domain', () => {
    expect(Number.isNaN(studentTQuantile(0, 5))).to.equal(true);
    expect(Number.isNaN(studentTQuantile(0.975, 0))).to.equal(true);
  });
});
