// An attacker against the cohort report's disclosure control. It knows how the report is built
// (which groups exist, who belongs where — here straight from the raw cohort, not from the
// engine) and sees only what is published: n and means. Every published n·mean is a sum over a
// known set of people, so it adds and subtracts published cells of one family (one role, one area
// or the overall score or the group-level counts, one part of a cell) looking for a combination
// whose people are 1 … minCell − 1 persons, all counted with the same sign: that combination
// gives their count and the sum of their scores.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  cohortReport,
  type Assessment,
  type CohortCell,
  type CohortData,
  type CohortGroup,
  type CohortReport,
  type Instrument,
  type InterventionCategory,
  type RespondentRole,
} from '../../../src/sdk/index.js';
import { forEachCombination, formula, isolated } from './attacker.js';

const steps = [1, 2, 3, 4, 5].map((value) => ({
  value,
  code: `v${value}`,
  label: { sv: `Steg ${value}`, en: `Step ${value}` },
}));

/** Two single-item areas on the same 1–5 scale, so there is an overall score too. */
const instrument = {
  id: 'attack',
  version: '1.0.0',
  title: { sv: 'Test', en: 'Test' },
  licence: { derivativesAllowed: true },
  scales: { five: { id: 'five', min: 1, max: 5, direction: 'higherIsBetter', steps } },
  areas: ['a', 'b'].map((id) => ({
    id,
    label: { sv: id, en: id },
    items: [{ linkId: `${id}.1`, text: { sv: id, en: id }, scaleId: 'five' }],
    scoring: { method: 'single' },
  })),
  respondentRoles: ['participant', 'caseManager'],
} as unknown as Instrument;

const catalogue: { id: string; category: InterventionCategory }[] = [
  { id: 'J1', category: 'jobFocused' },
  { id: 'J2', category: 'jobFocused' },
  { id: 'H1', category: 'health' },
  { id: 'S1', category: 'social' },
  { id: 'K1', category: 'competence' },
];
const categoryOf = new Map(catalogue.map((c) => [c.id, c.category]));
const roles: RespondentRole[] = ['participant', 'caseManager'];

/** Per area a, b: a score, or null when not answered. */
type Scores = [number | null, number | null];

interface Person {
  id: string;
  gender?: 'woman' | 'man' | 'other' | 'unknown';
  unit?: string;
  interventions: string[];
  /** Per role: baseline and latest scores, null when there is no such assessment. */
  ratings: { base: Scores | null; latest: Scores | null }[];
  goals: { area: 'a' | 'b'; achieved: boolean }[];
  cards: { area: 'a' | 'b' | null; achieved: boolean }[];
}

function toData(people: Person[]): CohortData {
  const data: CohortData = {
    assessments: [],
    goals: [],
    cards: [],
    episodes: [],
    participants: [],
    interventions: catalogue.map((c) => ({
      id: c.id,
      label: { sv: c.id, en: c.id },
      category: c.category,
      provider: 'kommun',
      targetAreaIds: ['a'],
    })),
  } as CohortData;
  const rating = (p: Person, role: RespondentRole, scores: Scores, latest: boolean): Assessment => ({
    id: `${p.id}-${role}-${latest ? 'exit' : 'baseline'}`,
    instrument: { id: 'attack', version: '1.0.0' },
    subjectId: p.id,
    role,
    occasion: latest ? 'exit' : 'baseline',
    authored: latest ? '2026-06-10T09:00:00Z' : '2026-01-10T09:00:00Z',
    status: 'completed',
    answers: (['a', 'b'] as const).flatMap((area, i) =>
      scores[i] === null ? [] : [{ linkId: `${area}.1`, value: scores[i]! }],
    ),
  });
  for (const p of people) {
    p.ratings.forEach((r, k) => {
      if (r.base) data.assessments!.push(rating(p, roles[k]!, r.base, false));
      if (r.latest) data.assessments!.push(rating(p, roles[k]!, r.latest, true));
    });
    for (const iv of p.interventions)
      data.episodes!.push({ id: `${p.id}-${iv}`, subjectId: p.id, interventionId: iv, start: '2025-01-01' });
    if (p.gender !== undefined || p.unit !== undefined)
      data.participants!.push({
        subjectId: p.id,
        ...(p.gender !== undefined ? { gender: p.gender } : {}),
        ...(p.unit !== undefined ? { unitId: p.unit } : {}),
      } as NonNullable<CohortData['participants']>[number]);
    p.goals.forEach((g, k) =>
      data.goals!.push({
        id: `${p.id}-goal${k}`,
        subjectId: p.id,
        areaId: g.area,
        setBy: 'participant',
        setAt: '2026-01-10',
        targetValue: 3,
        status: g.achieved ? 'achieved' : 'active',
      }),
    );
    p.cards.forEach((c, k) =>
      data.cards!.push({
        id: `${p.id}-card${k}`,
        subjectId: p.id,
        ...(c.area ? { areaId: c.area } : {}),
        text: 'Ett steg',
        createdBy: 'participant',
        createdAt: '2026-01-10',
        status: c.achieved ? 'achieved' : 'open',
        ...(c.achieved ? { achievedAt: '2026-03-01' } : {}),
      }),
    );
  }
  return data;
}

/** Who is in a group of a breakdown, from the raw cohort (the attacker's knowledge of the rules). */
function inGroup(p: Person, breakdownId: string | null, key: string): boolean {
  if (breakdownId === null) return true;
  const has = (iv: string) => p.interventions.includes(iv);
  const hasCategory = (c: string) => p.interventions.some((iv) => categoryOf.get(iv) === c);
  const [kind, what] = breakdownId.split(':');
  if (kind === 'interventionCategory') return hasCategory(what!) === (key === 'with');
  if (kind === 'intervention') return has(what!) === (key === 'with');
  if (kind === 'parallelSupport') {
    const job = hasCategory('jobFocused');
    const parallel = job && (hasCategory('health') || hasCategory('social'));
    return key === (parallel ? 'parallel' : job ? 'jobFocusedAlone' : 'noJobFocused');
  }
  if (kind === 'gender') return (p.gender ?? 'unknown') === key;
  if (kind === 'unit') return (p.unit ?? 'unknown') === key;
  throw new Error(`unknown breakdown ${breakdownId}`);
}

type Metric = 0 | 1 | 2; // a, b, overall
type Part = 'started' | 'paired' | 'goals' | 'cards';

/** Whether a person counts in one part of one metric for a role (the report's documented rules). */
function inPart(p: Person, r: number, metric: Metric | null, part: Part): boolean {
  const { base, latest } = p.ratings[r]!;
  if (!base) return false;
  if (metric === null) return part === 'started' || latest !== null;
  const started = (m: Metric) => (m === 2 ? base[0] !== null && base[1] !== null : base[m] !== null);
  const latestHas = (m: Metric) =>
    latest !== null && (m === 2 ? latest[0] !== null && latest[1] !== null : latest[m] !== null);
  if (!started(metric)) return false;
  if (part === 'started') return true;
  if (part === 'paired') return latestHas(metric);
  if (part === 'goals') {
    // A goal counts when there is a follow-up and it can be judged: achieved, or a latest score in its area.
    const counted = p.goals.filter((g) => {
      const slot: Metric = g.area === 'a' ? 0 : 1;
      return latest !== null && started(slot) && (g.achieved || latest[slot] !== null);
    });
    return metric === 2 ? counted.length > 0 : counted.some((g) => (g.area === 'a' ? 0 : 1) === metric);
  }
  return metric === 2 ? p.cards.length > 0 : p.cards.some((c) => c.area === (metric === 0 ? 'a' : 'b'));
}

/** A published figure: its n, the sum it publishes (n·mean of change, or goals/cards), and its true members. */
interface Published {
  label: string;
  n: number;
  sum: number | null;
  members: Set<number>;
}

/** Every published figure of the report, by family, with members worked out from the raw cohort. */
function families(report: CohortReport, people: Person[]): Map<string, Published[]> {
  const out = new Map<string, Published[]>();
  report.roles.forEach((roleReport) => {
    const r = roles.indexOf(roleReport.role);
    const groups: { id: string | null; group: CohortGroup }[] = [
      { id: null, group: roleReport.all },
      ...roleReport.breakdowns.flatMap((b) => b.groups.map((group) => ({ id: b.id, group }))),
    ];
    const add = (family: string, label: string, n: number | null, sum: number | null, members: Set<number>) => {
      if (n === null) return;
      // The attacker's model must match what was published, or its conclusions mean nothing.
      expect(n, `size of ${label} in ${family}`).to.equal(members.size);
      if (!out.has(family)) out.set(family, []);
      out.get(family)!.push({ label, n, sum, members });
    };
    for (const { id, group } of groups) {
      const label = `${id ?? 'all'}/${group.key}`;
      const who = (metric: Metric | null, part: Part) =>
        new Set(people.flatMap((p, i) => (inGroup(p, id, group.key) && inPart(p, r, metric, part) ? [i] : [])));
      add(`${roleReport.role} group started`, label, group.nStarted, null, who(null, 'started'));
      add(`${roleReport.role} group paired`, label, group.nPaired, null, who(null, 'paired'));
      const cells: CohortCell[] = [...group.areas, ...(group.overall ? [group.overall] : [])];
      cells.forEach((cell, m) => {
        const metric = m as Metric;
        const f = `${roleReport.role} ${cell.areaId ?? 'overall'}`;
        add(`${f} started`, label, cell.nStarted, null, who(metric, 'started'));
        add(
          `${f} paired`,
          label,
          cell.nPaired,
          cell.nPaired && cell.meanChange !== null ? cell.nPaired * cell.meanChange : null,
          who(metric, 'paired'),
        );
        add(`${f} goals`, label, cell.nWithGoals, cell.goals, who(metric, 'goals'));
        add(`${f} cards`, label, cell.nWithCards, cell.cards, who(metric, 'cards'));
      });
    }
  });
  return out;
}

/**
 * Every difference of two published cells and every inclusion–exclusion of three in each
 * family; returns the combinations that single out 1 … minCell − 1 people.
 */
function attack(report: CohortReport, people: Person[], minCell: number): string[] {
  const leaks: string[] = [];
  for (const [family, cells] of families(report, people)) {
    forEachCombination(
      cells.filter((c) => c.n > 0),
      (terms) => {
        if (isolated(terms, minCell) === 0) return;
        const n = terms.reduce((s, [cell, sign]) => s + sign * cell.n, 0);
        const sum = terms.every(([cell]) => cell.sum !== null)
          ? terms.reduce((s, [cell, sign]) => s + sign * cell.sum!, 0)
          : null;
        leaks.push(
          `${family}: ${formula(terms)} = ${Math.abs(n)} people${sum === null ? '' : `, sum ${Math.abs(sum)}`}`,
        );
      },
    );
  }
  return leaks;
}

/** A random small cohort from a seed: overlapping interventions, small units, genders, both roles, gaps. */
function cohort(seed: number, size: number): Person[] {
  let s = seed >>> 0 || 1;
  const random = () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
  const score = (): number | null => (random() < 0.15 ? null : 1 + Math.floor(random() * 5));
  // Some cohorts have everyone in few groups, others spread thin.
  const spread = random();
  return Array.from({ length: size }, (_, i): Person => {
    const interventions = catalogue.map((c) => c.id).filter(() => random() < spread * 0.8);
    const gender = random() < 0.9 ? pick(['woman', 'man', 'other', 'unknown'] as const) : undefined;
    const unit = random() < 0.9 ? pick(['u1', 'u2', 'u3', 'u4'].slice(0, 1 + Math.floor(spread * 4))) : undefined;
    return {
      id: `p${String(i).padStart(3, '0')}`,
      ...(gender ? { gender } : {}),
      ...(unit ? { unit } : {}),
      interventions,
      ratings: roles.map((_, r) => {
        const base: Scores | null = random() < (r === 0 ? 0.95 : 0.6) ? [score(), score()] : null;
        const latest: Scores | null = base && random() < 0.75 ? [score(), score()] : null;
        return { base, latest };
      }),
      goals: (['a', 'b'] as const).filter(() => random() < 0.4).map((area) => ({ area, achieved: random() < 0.5 })),
      cards: ([null, 'a', 'b'] as const)
        .filter(() => random() < 0.3)
        .map((area) => ({ area, achieved: random() < 0.5 })),
    };
  });
}

describe('cohortReport against an attacker who adds and subtracts published cells', () => {
  it('lets no difference of two cells or inclusion–exclusion of three single out fewer than minCell people (property)', function () {
    this.timeout(300_000);
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2 ** 31 - 1 }),
        fc.integer({ min: 2, max: 45 }),
        fc.integer({ min: 2, max: 5 }),
        (seed, size, minCell) => {
          const people = cohort(seed, size);
          const report = cohortReport(instrument, toData(people), { minCell });
          const leaks = attack(report, people, minCell);
          expect(leaks, leaks.slice(0, 5).join('\n')).to.deep.equal([]);
        },
      ),
      { numRuns: 150 },
    );
  });

  describe('the J1/J2 example: 20 people with J1, one with J2, both job-focused', () => {
    // 40 people: p0–p19 have J1, p20 has J2, the rest neither; everyone is paired in both areas.
    const people: Person[] = Array.from({ length: 40 }, (_, i) => ({
      id: `p${String(i).padStart(2, '0')}`,
      interventions: i < 20 ? ['J1'] : i === 20 ? ['J2'] : [],
      ratings: [
        { base: [2, 3], latest: [2 + (i % 3), i === 20 ? 5 : 3] },
        { base: null, latest: null },
      ],
      goals: [],
      cards: [],
    }));
    const report = cohortReport(instrument, toData(people), { minCell: 5 });
    const role = report.roles[0]!;
    const group = (id: string, key: string) =>
      role.breakdowns.find((b) => b.id === id)!.groups.find((g) => g.key === key)!;

    it('withholds J2 itself (one person)', () => {
      expect(group('intervention:J2', 'with').reason).to.equal('belowMinCell');
    });

    it('does not publish both job-focused (21) and J1 (20), so their difference cannot give the J2 person', () => {
      const category = group('interventionCategory:jobFocused', 'with').areas[1]!;
      const j1 = group('intervention:J1', 'with').areas[1]!;
      expect(category.meanChange === null || j1.meanChange === null).to.equal(true);
      // And not the same through the complements: without J1 (20) − without job-focused (19).
      const notCategory = group('interventionCategory:jobFocused', 'without').areas[1]!;
      const notJ1 = group('intervention:J1', 'without').areas[1]!;
      expect(notCategory.meanChange === null || notJ1.meanChange === null).to.equal(true);
    });

    it('hides the parallel-support twins of what it hides (no job-focused = without job-focused)', () => {
      const notCategory = group('interventionCategory:jobFocused', 'without');
      const noJob = group('parallelSupport', 'noJobFocused');
      expect(noJob.nStarted === null).to.equal(notCategory.nStarted === null);
      expect(noJob.areas[1]!.meanChange === null).to.equal(notCategory.areas[1]!.meanChange === null);
    });

    it('without the audit, the attacker finds the J2 person (the attacker itself works)', () => {
      const open = cohortReport(instrument, toData(people), { minCell: 5, complementarySuppression: false });
      const leaks = attack(open, people, 5);
      expect(leaks.length).to.be.greaterThan(0);
      expect(leaks.some((l) => l.includes('= 1 people'))).to.equal(true);
    });

    it('leaves the attacker nothing, and says why the extra cells are withheld', () => {
      expect(attack(report, people, 5)).to.deep.equal([]);
      const reasons = role.breakdowns.flatMap((b) =>
        b.groups.flatMap((g) => g.areas[1]!.withheld.map((w) => w.reason)),
      );
      expect(reasons).to.include('complementary');
      expect(role.all.areas[1]!.meanChange).to.not.equal(null);
    });
  });
});
