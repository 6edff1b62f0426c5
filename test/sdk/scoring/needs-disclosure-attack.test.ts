// An attacker against the needs report's disclosure control. It knows how the report is built
// (who has a need in an area, who set a goal, who started low, who got an intervention from
// which provider, who reached a goal — here worked out from the raw cohort, not from the
// engine) and sees only the published counts. It adds and subtracts any published counts (of one
// area, of two or three areas, the participant-level ones) looking for a combination whose people are
// 1 … minCell − 1 persons, all counted with the same sign: that combination tells how many they
// are, and who they are to anyone who knows all but them.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  needsReport,
  type Assessment,
  type CohortData,
  type Instrument,
  type NeedsCount,
  type NeedsReport,
  type Provider,
} from '../../../src/sdk/index.js';
import { forEachCombination, formula, isolated } from './attacker.js';

const steps = [1, 2, 3, 4, 5].map((value) => ({
  value,
  code: `v${value}`,
  label: { sv: `Steg ${value}`, en: `Step ${value}` },
}));
const areaIds = ['a', 'b', 'c'] as const;
type AreaId = (typeof areaIds)[number];

/** Three single-item areas on a 1–5 scale, higher is better: a start of 1 or 2 is low (lowShare 1/3). */
const instrument = {
  id: 'needs-attack',
  version: '1.0.0',
  title: { sv: 'Test', en: 'Test' },
  licence: { derivativesAllowed: true },
  scales: { five: { id: 'five', min: 1, max: 5, direction: 'higherIsBetter', steps } },
  areas: areaIds.map((id) => ({
    id,
    label: { sv: id, en: id },
    items: [{ linkId: `${id}.1`, text: { sv: id, en: id }, scaleId: 'five' }],
    scoring: { method: 'single' },
  })),
  respondentRoles: ['participant', 'caseManager'],
} as unknown as Instrument;

/** Interventions from several providers with overlapping target areas. */
const catalogue: { id: string; provider: Provider; areas: AreaId[] }[] = [
  { id: 'K1', provider: 'kommun', areas: ['a'] },
  { id: 'K2', provider: 'kommun', areas: ['a', 'b'] },
  { id: 'F1', provider: 'forsakringskassan', areas: ['a'] },
  { id: 'A1', provider: 'arbetsformedlingen', areas: ['a', 'c'] },
  { id: 'R1', provider: 'region', areas: ['b'] },
  { id: 'X1', provider: 'other', areas: ['c', 'a'] },
];
/** Reliable improvement: more than 1.5 steps better in an area (given as the option). */
const THRESHOLD = 1.5;

type Scores = [number | null, number | null, number | null];
interface Person {
  id: string;
  /** Null: no rating at all by the participant (goals and episodes are then left out of the report). */
  base: Scores | null;
  latest: Scores | null;
  goals: { area: AreaId; status: 'active' | 'achieved' | 'dropped'; target: number }[];
  interventions: string[];
}

function toData(people: Person[]): CohortData {
  const data = {
    assessments: [] as Assessment[],
    goals: [] as NonNullable<CohortData['goals']>,
    episodes: [] as NonNullable<CohortData['episodes']>,
    interventions: catalogue.map((c) => ({
      id: c.id,
      label: { sv: c.id, en: c.id },
      category: 'social' as const,
      provider: c.provider,
      targetAreaIds: [...c.areas],
    })),
  };
  const rating = (p: Person, scores: Scores, latest: boolean): Assessment => ({
    id: `${p.id}-${latest ? 'exit' : 'baseline'}`,
    instrument: { id: 'needs-attack', version: '1.0.0' },
    subjectId: p.id,
    role: 'participant',
    occasion: latest ? 'exit' : 'baseline',
    authored: latest ? '2026-06-10T09:00:00Z' : '2026-01-10T09:00:00Z',
    status: 'completed',
    answers: areaIds.flatMap((area, i) => (scores[i] === null ? [] : [{ linkId: `${area}.1`, value: scores[i]! }])),
  });
  for (const p of people) {
    if (p.base) data.assessments.push(rating(p, p.base, false));
    if (p.latest) data.assessments.push(rating(p, p.latest, true));
    for (const iv of p.interventions)
      data.episodes.push({ id: `${p.id}-${iv}`, subjectId: p.id, interventionId: iv, start: '2026-01-01' });
    p.goals.forEach((g, k) =>
      data.goals.push({
        id: `${p.id}-goal${k}`,
        subjectId: p.id,
        areaId: g.area,
        setBy: 'participant',
        setAt: '2026-01-10',
        targetValue: g.target,
        status: g.status,
      }),
    );
  }
  return data as CohortData;
}

// The rules of the report, as its documentation states them, from the raw cohort.
const started = (p: Person) => p.base !== null;
const paired = (p: Person) => p.base !== null && p.latest !== null;
const low = (p: Person, a: number) => p.base !== null && p.base[a] !== null && p.base[a]! <= 2;
const goalIn = (p: Person, a: number) => started(p) && p.goals.some((g) => g.area === areaIds[a]);
const need = (p: Person, a: number) => started(p) && (low(p, a) || goalIn(p, a));
/** A goal can be judged at a follow-up: not dropped, and achieved or with a latest score in its area. */
const evaluated = (p: Person, a: number) =>
  paired(p) &&
  p.goals.some(
    (g) => g.area === areaIds[a] && g.status !== 'dropped' && (g.status === 'achieved' || p.latest![a] !== null),
  );
const reached = (p: Person, a: number) =>
  paired(p) &&
  p.goals.some(
    (g) =>
      g.area === areaIds[a] &&
      g.status !== 'dropped' &&
      (g.status === 'achieved' || (p.latest![a] !== null && p.latest![a]! >= g.target)),
  );
const targeted = (p: Person, a: number, provider?: Provider) =>
  p.interventions.some((id) => {
    const c = catalogue.find((x) => x.id === id)!;
    return c.areas.includes(areaIds[a]!) && (provider === undefined || c.provider === provider);
  });
const improved = (p: Person) =>
  paired(p) &&
  areaIds.some((_, a) => p.base![a] !== null && p.latest![a] !== null && p.latest![a]! - p.base![a]! > THRESHOLD);

interface Published {
  label: string;
  n: number;
  members: Set<number>;
}

/** Every published count of the report, as one family, with members worked out from the raw cohort. */
export function families(report: NeedsReport, people: Person[]): Map<string, Published[]> {
  const out = new Map<string, Published[]>();
  const add = (family: string, label: string, count: NeedsCount, rule: (p: Person) => boolean) => {
    const members = new Set(people.flatMap((p, i) => (rule(p) ? [i] : [])));
    if (count.count === null) return;
    // The attacker's model must match what was published, or its conclusions mean nothing.
    expect(count.count, `size of ${label} in ${family}`).to.equal(members.size);
    if (!out.has(family)) out.set(family, []);
    out.get(family)!.push({ label, n: count.count, members });
  };
  const ps = report.participants;
  add('participants', 'started', ps.started, started);
  add('participants', 'paired', ps.paired, paired);
  add('participants', 'reliablyImprovedAny', ps.reliablyImprovedAny, improved);
  add('participants', 'withGoals', ps.withGoals, (p) => areaIds.some((_, a) => evaluated(p, a)));
  add('participants', 'reachedAnyGoal', ps.reachedAnyGoal, (p) => areaIds.some((_, a) => reached(p, a)));
  report.areas.forEach((area) => {
    const a = areaIds.indexOf(area.areaId as AreaId);
    const f = `area ${area.areaId}`;
    add(f, 'need', area.need, (p) => need(p, a));
    add(f, 'goalSet', area.goalSet, (p) => need(p, a) && goalIn(p, a));
    add(f, 'lowStart', area.lowStart, (p) => need(p, a) && low(p, a));
    add(f, 'withIntervention', area.withIntervention, (p) => need(p, a) && targeted(p, a));
    add(f, 'withoutIntervention', area.withoutIntervention, (p) => need(p, a) && !targeted(p, a));
    for (const pc of area.byProvider)
      add(f, `provider ${pc.provider}`, pc, (p) => need(p, a) && targeted(p, a, pc.provider));
    add(f, 'goalsEvaluated', area.goalsEvaluated, (p) => need(p, a) && evaluated(p, a));
    add(f, 'goalReached', area.goalReached, (p) => need(p, a) && reached(p, a));
  });
  // Any counts can be combined: those of one area, of two areas, an area's with the participant-level ones.
  return new Map([
    [
      'report',
      [...out.entries()].flatMap(([family, cells]) => cells.map((c) => ({ ...c, label: `${family} ${c.label}` }))),
    ],
  ]);
}

/**
 * Every difference of two published counts and every inclusion–exclusion of three; returns the combinations that single out 1 … minCell − 1 people.
 */
export function attack(report: NeedsReport, people: Person[], minCell: number): string[] {
  const leaks: string[] = [];
  for (const [family, cells] of families(report, people)) {
    forEachCombination(
      cells.filter((c) => c.n > 0),
      (terms) => {
        const size = isolated(terms, minCell);
        if (size > 0) leaks.push(`${family}: ${formula(terms)} = ${size} people`);
      },
    );
  }
  return leaks;
}

/** A random small cohort from a seed: overlapping needs, goals, low starts and providers. */
export function cohort(seed: number, size: number): Person[] {
  let s = seed >>> 0 || 1;
  const random = () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
  const score = (): number | null => (random() < 0.1 ? null : 1 + Math.floor(random() * 5));
  // Some cohorts have many interventions and goals, others few.
  const spread = random();
  const goalRate = random() * 0.7;
  return Array.from({ length: size }, (_, i): Person => {
    const base: Scores | null = random() < 0.92 ? [score(), score(), score()] : null;
    const latest: Scores | null = base && random() < 0.75 ? [score(), score(), score()] : null;
    return {
      id: `p${String(i).padStart(3, '0')}`,
      base,
      latest,
      goals: areaIds
        .filter(() => random() < goalRate)
        .map((area) => {
          const r = random();
          return {
            area,
            status: r < 0.2 ? 'dropped' : r < 0.45 ? 'achieved' : 'active',
            target: 3 + Math.floor(random() * 3),
          };
        }),
      interventions: catalogue.map((c) => c.id).filter(() => random() < spread * 0.6),
    };
  });
}

describe('needsReport against an attacker who adds and subtracts published counts', () => {
  const options = (minCell: number) => ({
    minCell,
    reliableChange: areaIds.map((areaId) => ({ areaId, threshold: THRESHOLD })),
  });

  it('lets no difference of two counts or inclusion–exclusion of three single out fewer than minCell people (property)', function () {
    this.timeout(300_000);
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2 ** 31 - 1 }),
        fc.integer({ min: 2, max: 45 }),
        fc.integer({ min: 2, max: 5 }),
        (seed, size, minCell) => {
          const people = cohort(seed, size);
          const report = needsReport(instrument, toData(people), options(minCell));
          const leaks = attack(report, people, minCell);
          expect(leaks, leaks.slice(0, 5).join('\n')).to.deep.equal([]);
        },
      ),
      { numRuns: 100 },
    );
  });

  describe('two providers overlapping in one person: kommun 7 + Försäkringskassan 6 − with an intervention 12', () => {
    // 12 people start low in area a: 6 get K1 (kommun), 5 get F1 (Försäkringskassan), one gets both.
    const people: Person[] = Array.from({ length: 12 }, (_, i) => ({
      id: `p${String(i).padStart(2, '0')}`,
      base: [1, 4, 4],
      latest: null,
      goals: [],
      interventions: i < 6 ? ['K1'] : i < 11 ? ['F1'] : ['K1', 'F1'],
    }));
    const area = (report: NeedsReport) => report.areas.find((x) => x.areaId === 'a')!;
    const provider = (report: NeedsReport, p: Provider) => area(report).byProvider.find((x) => x.provider === p)!;

    it('without the audit, publishes all three, and the sum singles out the one with both', () => {
      const report = needsReport(instrument, toData(people), { ...options(3), complementarySuppression: false });
      expect(provider(report, 'kommun').count).to.equal(7);
      expect(provider(report, 'forsakringskassan').count).to.equal(6);
      expect(area(report).withIntervention.count).to.equal(12);
      expect(attack(report, people, 3)).to.include(
        'report: − area a withIntervention (12) + area a provider kommun (7) + area a provider forsakringskassan (6) = 1 people',
      );
    });

    it('withholds the smaller provider count as complementary and leaves the attacker nothing', () => {
      const report = needsReport(instrument, toData(people), options(3));
      expect(provider(report, 'forsakringskassan')).to.deep.include({ count: null, reason: 'complementary' });
      expect(provider(report, 'kommun').count).to.equal(7);
      expect(area(report).withIntervention.count).to.equal(12);
      expect(area(report).need.count).to.equal(12);
      expect(attack(report, people, 3)).to.deep.equal([]);
    });
  });
});
