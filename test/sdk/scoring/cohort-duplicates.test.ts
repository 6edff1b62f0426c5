import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { cohortReport, generateSampleCohort, livsomraden, type CohortData } from '../../../src/sdk/index.js';

/** A small deterministic generator, so a fast-check seed decides every shuffle. */
function lcg(seed: number) {
  let s = seed >>> 0 || 1;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function shuffled<T>(list: readonly T[], random: () => number): T[] {
  const out = list.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

type Listed = 'assessments' | 'goals' | 'cards' | 'episodes' | 'interventions';
const listed: Listed[] = ['assessments', 'goals', 'cards', 'episodes', 'interventions'];

type Row = Record<string, unknown>;

/**
 * A version of `record` under the same identity: the same object again, an equal copy, or another
 * valid record of the list given this one's id and participant, so its contents differ.
 */
function copyOf(record: Row, variant: number, list: readonly Row[]): Row {
  if (variant === 0) return record;
  if (variant === 1) return { ...record };
  const other = list[(list.indexOf(record) + variant) % list.length]!;
  const copy: Row = { ...other, id: record['id'] };
  if ('subjectId' in record) copy['subjectId'] = record['subjectId'];
  if (record['id'] === undefined) delete copy['id'];
  return copy;
}

/** The sample cohort with three or more records under some ids, in every list that has ids. */
function withCopies(seed: number, participants: number, picks: number[][]): CohortData {
  const data = generateSampleCohort({ seed, participants, occasions: 3 }) as CohortData;
  const out: Record<string, unknown[]> = {};
  for (const [k, name] of listed.entries()) {
    const list = ((data[name] ?? []) as Row[]).slice();
    const pick = picks[k]!;
    if (list.length > 0) {
      const record = list[pick[0]! % list.length]!;
      // Two or more further versions of one record: three or more under one id.
      for (const variant of pick.slice(1)) list.push(copyOf(record, variant, data[name] as Row[]));
    }
    out[name] = list;
  }
  return { ...data, ...out } as CohortData;
}

describe('cohortReport with three or more records under one id', () => {
  it('gives the same report, warnings included, whatever order the copies come in (property)', function () {
    // Generous: the machine running the suite may be busy; speed is measured in bench/, not here.
    this.timeout(120_000);
    const pick = fc.tuple(fc.nat(), fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 4 }));
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000 }),
        fc.integer({ min: 3, max: 20 }),
        fc.array(pick, { minLength: 5, maxLength: 5 }),
        fc.integer(),
        (seed, n, picks, shuffleSeed) => {
          const data = withCopies(seed, n, picks);
          const random = lcg(shuffleSeed);
          const other = { ...data } as Record<string, unknown>;
          for (const name of listed) other[name] = shuffled((data[name] ?? []) as unknown[], random);
          expect(cohortReport(livsomraden, other as CohortData)).to.deep.equal(cohortReport(livsomraden, data));
        },
      ),
      { numRuns: 60 },
    );
  });

  it('counts each different version beyond the one used once, however ordered', () => {
    const data = generateSampleCohort({ seed: 4, participants: 6, occasions: 3 }) as CohortData;
    const goal = data.goals![0]!;
    const a = { ...goal, targetValue: 3 };
    const b = { ...goal, targetValue: 4 };
    const warningsOf = (goals: unknown[]) =>
      cohortReport(livsomraden, { ...data, goals: [...data.goals!.slice(1), ...goals] } as CohortData).warnings.find(
        (w) => w.code === 'duplicate_ids',
      )?.message;
    // Three records under one id, two of them equal: two versions, so one conflict, in every order.
    const orders = [
      [a, b, { ...a }],
      [a, { ...a }, b],
      [b, a, { ...a }],
      [b, a, { ...b }],
      [b, { ...b }, a],
    ];
    const seen = new Set(orders.map(warningsOf));
    expect(seen.size).to.equal(1);
    expect([...seen]).to.deep.equal(['1 record(s) share an id with a different record; one of each was used.']);
  });
});
