import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  cohortAccumulator,
  cohortReport,
  generateSampleCohort,
  livsomraden,
  type CohortCell,
  type CohortData,
  type CohortGroup,
  type CohortReport,
} from '../../../src/sdk/index.js';
import { unsuppressedReport } from './fixtures.js';

/** A small deterministic generator, so a fast-check seed decides every split. */
function lcg(seed: number) {
  let s = seed >>> 0 || 1;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const lists = ['assessments', 'goals', 'cards', 'episodes', 'participants', 'interventions'] as const;

/** Splits every list of the data into `k` batches at random (a participant's records end up in different batches) and shuffles each. */
function split(data: CohortData, k: number, seed: number): Partial<CohortData>[] {
  const random = lcg(seed);
  const batches: Record<string, unknown[]>[] = Array.from({ length: k }, () => ({}));
  for (const name of lists) {
    for (const record of (data[name] ?? []) as unknown[]) {
      const batch = batches[Math.floor(random() * k)]!;
      (batch[name] ??= []).push(record);
    }
  }
  for (const batch of batches) {
    for (const list of Object.values(batch)) {
      for (let i = list.length - 1; i > 0; i--) {
        const j = Math.floor(random() * (i + 1));
        [list[i], list[j]] = [list[j], list[i]];
      }
    }
  }
  return batches as Partial<CohortData>[];
}

const sample = (seed: number, participants: number) => generateSampleCohort({ seed, participants, occasions: 4 });

describe('cohortAccumulator merging', () => {
  it('refuses to merge anything but an accumulator, and says what it takes', () => {
    const acc = cohortAccumulator(livsomraden);
    for (const other of [{}, null, { merge() {}, add() {} }, cohortReport(livsomraden, {})]) {
      expect(() => acc.merge(other as never)).to.throw(
        TypeError,
        'merge() takes an accumulator made by cohortAccumulator()',
      );
    }
  });

  it('gives the same report however the data is split and merged (property)', function () {
    // Generous: the machine running the suite may be busy; speed is measured in bench/, not here.
    this.timeout(120_000);
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000 }),
        fc.integer({ min: 3, max: 40 }),
        fc.integer({ min: 1, max: 5 }),
        fc.integer(),
        (seed, n, k, splitSeed) => {
          const data = sample(seed, n);
          const onePass = cohortReport(livsomraden, data);
          const parts = split(data, k, splitSeed).map((batch) => cohortAccumulator(livsomraden).add(batch));
          const merged = parts.reduce((acc, part) => acc.merge(part), cohortAccumulator(livsomraden));
          expect(merged.result()).to.deep.equal(onePass);
        },
      ),
      { numRuns: 25 },
    );
  });

  it('gives the same report on data in participant order as on the same data shuffled (property)', function () {
    // In participant order, a lone batch is read in one pass without an index of ids; shuffled,
    // it is filed under participant numbers first. Records are left out at random (so lists
    // skip participants) and repeated next to themselves (a participant described twice).
    this.timeout(120_000);
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000 }),
        fc.integer({ min: 3, max: 40 }),
        fc.integer(),
        (seed, n, subsetSeed) => {
          const random = lcg(subsetSeed);
          const data = sample(seed, n);
          const ordered: Record<string, unknown[]> = {};
          for (const name of lists) {
            const list: unknown[] = [];
            for (const record of (data[name] ?? []) as unknown[]) {
              const roll = random();
              if (roll < 0.15) continue;
              list.push(record);
              if (roll > 0.95) list.push(record);
            }
            ordered[name] = list;
          }
          const [shuffled] = split(ordered as unknown as CohortData, 1, subsetSeed);
          expect(cohortReport(livsomraden, ordered as unknown as CohortData)).to.deep.equal(
            cohortReport(livsomraden, shuffled as CohortData),
          );
        },
      ),
      { numRuns: 25 },
    );
  });

  it('gives the same report when the order breaks only near the end, after most of the one pass', () => {
    const data = sample(11, 30);
    const goals = data.goals!.slice();
    // The last goal moved to the front: every list is in order until that participant's turn.
    goals.unshift(goals.pop()!);
    const late = { ...data, goals };
    const [shuffled] = split(late, 1, 3);
    expect(cohortReport(livsomraden, late)).to.deep.equal(cohortReport(livsomraden, shuffled as CohortData));
    expect(cohortReport(livsomraden, late)).to.deep.equal(cohortReport(livsomraden, data));
  });

  it('merges associatively and commutatively (property)', function () {
    // Generous: the machine running the suite may be busy; speed is measured in bench/, not here.
    this.timeout(120_000);
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000 }),
        fc.integer({ min: 3, max: 30 }),
        fc.integer(),
        (seed, n, splitSeed) => {
          const [a, b, c] = split(sample(seed, n), 3, splitSeed);
          const acc = (batch: Partial<CohortData> | undefined) =>
            cohortAccumulator(livsomraden, { minCell: 2 }).add(batch ?? {});
          const left = acc(a).merge(acc(b)).merge(acc(c)).result();
          const right = acc(a)
            .merge(acc(b).merge(acc(c)))
            .result();
          const swapped = acc(b).merge(acc(a)).merge(acc(c)).result();
          expect(right).to.deep.equal(left);
          expect(swapped).to.deep.equal(left);
        },
      ),
      { numRuns: 20 },
    );
  });

  it('adding batches one by one equals adding everything at once', () => {
    const data = sample(7, 25);
    const acc = cohortAccumulator(livsomraden);
    for (const batch of split(data, 4, 99)) acc.add(batch);
    expect(acc.result()).to.deep.equal(cohortReport(livsomraden, data));
  });

  it('leaves the merged-in accumulator unchanged', () => {
    const [a, b] = split(sample(3, 20), 2, 5);
    const other = cohortAccumulator(livsomraden).add(b!);
    const before = other.result();
    cohortAccumulator(livsomraden).add(a!).merge(other);
    expect(other.result()).to.deep.equal(before);
  });
});

/** The numbers of a cell with the count of people each is computed from. */
function cellFigures(cell: CohortCell, truth: CohortCell): [unknown, number][] {
  const started = truth.nStarted!;
  const paired = truth.nPaired!;
  return [
    [cell.nStarted, started],
    [cell.nPaired, paired],
    [cell.attritionRate, paired],
    [cell.meanBaseline, paired],
    [cell.meanLatest, paired],
    [cell.meanChange, paired],
    [cell.ci95, paired],
    [cell.medianChange, paired],
    [cell.sdChange, paired],
    [cell.cohenDz, paired],
    [cell.hedgesGz, paired],
    [cell.shareImproved, paired],
    [cell.shareUnchanged, paired],
    [cell.shareWorsened, paired],
    [cell.shareReliablyImproved, paired],
    [cell.shareReliablyDeteriorated, paired],
    [cell.nMixedVersions, paired],
    [cell.nWithGoals, truth.nWithGoals!],
    [cell.goals, truth.nWithGoals!],
    [cell.shareGoalsReached, truth.nWithGoals!],
    [cell.nWithCards, truth.nWithCards!],
    [cell.cards, truth.nWithCards!],
    [cell.shareCardsAchieved, truth.nWithCards!],
  ];
}

const cellsOf = (g: CohortGroup) => (g.overall ? [...g.areas, g.overall] : g.areas);

/** Every published figure comes from 0 or at least minCell people, and equals the unsuppressed figure. */
function assertNoSmallFigures(report: CohortReport, truth: CohortReport, minCell: number): void {
  report.roles.forEach((role, r) => {
    const truthRole = truth.roles[r]!;
    const groups: [CohortGroup, CohortGroup][] = [[role.all, truthRole.all]];
    role.breakdowns.forEach((b, i) =>
      b.groups.forEach((g, j) => groups.push([g, truthRole.breakdowns[i]!.groups[j]!])),
    );
    for (const [g, t] of groups) {
      for (const [value, people] of [
        [g.nStarted, t.nStarted!],
        [g.nPaired, t.nPaired!],
        [g.attritionRate, t.nPaired!],
      ] as [unknown, number][]) {
        if (value !== null) {
          expect(people === 0 || people >= minCell, `group ${g.key}: a figure from ${people} people`).to.equal(true);
        }
      }
      if (g.nStarted !== null) expect(g.nStarted).to.equal(t.nStarted);
      cellsOf(g).forEach((cell, c) => {
        const truthCell = cellsOf(t)[c]!;
        for (const [value, people] of cellFigures(cell, truthCell)) {
          if (value === null) continue;
          expect(
            people === 0 || people >= minCell,
            `group ${g.key}, area ${cell.areaId}: a figure from ${people} people`,
          ).to.equal(true);
        }
        if (cell.meanChange !== null) expect(cell.meanChange).to.equal(truthCell.meanChange);
      });
    }
  });
}

/** No small hidden group of a breakdown can be recovered by subtracting the published groups from the total. */
function assertNotRecoverable(report: CohortReport, truth: CohortReport, minCell: number): void {
  report.roles.forEach((role, r) => {
    role.breakdowns.forEach((b, i) => {
      const truthGroups = truth.roles[r]!.breakdowns[i]!.groups;
      const check = (parentPublished: boolean, counts: [number | null, number][]) => {
        if (!parentPublished) return;
        const hidden = counts.filter(([shown, actual]) => shown === null && actual > 0);
        // Recovering a hidden group of minCell or more people reveals nothing small (such a group may be
        // hidden only because it was hidden in another part of the cell); a small one must never be recoverable.
        if (!hidden.some(([, actual]) => actual < minCell)) return;
        const people = hidden.reduce((sum, [, actual]) => sum + actual, 0);
        expect(
          hidden.length >= 2 && people >= minCell,
          `${b.id}: hidden groups of ${hidden.map(([, a]) => a).join(' + ')} people`,
        ).to.equal(true);
      };
      check(
        role.all.nStarted !== null,
        b.groups.map((g, j) => [g.nStarted, truthGroups[j]!.nStarted!]),
      );
      check(
        role.all.nPaired !== null,
        b.groups.map((g, j) => [g.nPaired, truthGroups[j]!.nPaired!]),
      );
      cellsOf(role.all).forEach((parent, c) => {
        const at = (g: CohortGroup) => cellsOf(g)[c]!;
        check(
          parent.nStarted !== null,
          b.groups.map((g, j) => [at(g).nStarted, at(truthGroups[j]!).nStarted!]),
        );
        check(
          parent.nPaired !== null,
          b.groups.map((g, j) => [at(g).nPaired, at(truthGroups[j]!).nPaired!]),
        );
        check(
          parent.nWithGoals !== null,
          b.groups.map((g, j) => [at(g).nWithGoals, at(truthGroups[j]!).nWithGoals!]),
        );
        check(
          parent.nWithCards !== null,
          b.groups.map((g, j) => [at(g).nWithCards, at(truthGroups[j]!).nWithCards!]),
        );
      });
    });
  });
}

describe('cohortReport disclosure control (properties)', () => {
  it('never publishes a figure derived from fewer than minCell people, nor one that lets a hidden one be recovered', function () {
    // Generous: the machine running the suite may be busy; speed is measured in bench/, not here.
    this.timeout(120_000);
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000 }),
        fc.integer({ min: 2, max: 60 }),
        fc.integer({ min: 2, max: 8 }),
        (seed, n, minCell) => {
          const data = sample(seed, n);
          const truth = unsuppressedReport(livsomraden, data);
          const report = cohortReport(livsomraden, data, { minCell });
          assertNoSmallFigures(report, truth, minCell);
          assertNotRecoverable(report, truth, minCell);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('suppresses nothing with minCell 1 and reports the rule', () => {
    const report = unsuppressedReport(livsomraden, sample(2, 12));
    expect(report.disclosure.suppressedCells).to.equal(0);
    expect(report.disclosure.rule.sv).to.match(/färre än 1 personer/);
  });
});
