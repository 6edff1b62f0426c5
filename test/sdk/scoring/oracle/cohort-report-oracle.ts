/**
 * A plain, slow reference implementation of `cohortReport`, written from the documented rules
 * and not from the fast engine: straight loops over plain arrays of records, one participant at
 * a time, one role at a time, every group's members listed and every statistic computed from
 * the list of their scores. No columns, hashes, histograms, counting sorts or merge passes.
 *
 * Shared with the library on purpose (each is small, pure and tested on its own):
 * - `resolveTimeline` — the documented reference for which assessments count and which pair is
 *   compared (the fast `pickPair` claims to agree with it);
 * - `scoreAssessment` — one assessment's area scores, and `rolePlan` only for the list of areas
 *   a role answers and their RCI parameters;
 * - `changeDirection`, `standardErrorOfDifference`, `RCI_CRITICAL`, `studentTQuantile`;
 * - `suppressPartition` — the rule for one partition (the parent/part inheritance around it is
 *   written out here again);
 * - `issue` and `disclosureRule` — the wording of warnings and of the rule.
 */
import type {
  Assessment,
  CohortBreakdown,
  CohortBreakdownKind,
  CohortCell,
  CohortGroup,
  CohortReport,
  CohortReportOptions,
  CohortRoleReport,
  Instrument,
  RespondentRole,
  StegIssue,
} from '../../../../src/sdk/index.js';
import type { CohortData } from '../../../../src/sdk/model/cohort-data.js';
import type { AreaGoal } from '../../../../src/sdk/model/goal.js';
import type { ProgressionCard } from '../../../../src/sdk/model/progression-card.js';
import type { Intervention, InterventionEpisode } from '../../../../src/sdk/model/intervention.js';
import { issue } from '../../../../src/sdk/model/issues.js';
import { resolveTimeline } from '../../../../src/sdk/scoring/timeline.js';
import { scoreAssessment } from '../../../../src/sdk/scoring/score-assessment.js';
import { rolePlan } from '../../../../src/sdk/scoring/scoring-plan.js';
import { rciParameters } from '../../../../src/sdk/scoring/compare-assessments.js';
import { changeDirection, DEFAULT_MINIMAL_CHANGE } from '../../../../src/sdk/scoring/change-direction.js';
import { RCI_CRITICAL, standardErrorOfDifference } from '../../../../src/sdk/scoring/reliable-change.js';
import { studentTQuantile } from '../../../../src/sdk/scoring/student-t.js';
import { disclosureRule, suppressPartition } from '../../../../src/sdk/scoring/disclosure-control.js';
import type { CellPart, SuppressionReason, Withheld } from '../../../../src/sdk/scoring/cohort-report-types.js';

const CATEGORY_ORDER = ['jobFocused', 'competence', 'health', 'social', 'coordination'] as const;
const GENDER_ORDER = ['woman', 'man', 'other', 'unknown'] as const;
const ALL_BREAKDOWNS: CohortBreakdownKind[] = [
  'interventionCategory',
  'intervention',
  'parallelSupport',
  'gender',
  'unit',
];

/** Milliseconds of an ISO date (test data only holds valid dates). */
const time = (iso: string): number => Date.parse(iso);
/** The last millisecond of a date: a bare date covers its whole day. */
const endTime = (iso: string): number => (/^\d{4}-\d{2}-\d{2}$/.test(iso) ? time(iso) + 86_399_999 : time(iso));

/**
 * Scores are rational numbers; round away the last bits of float noise so equal changes are equal.
 * To 12 decimals, not 9: a mean of up to eight items has 840ths (253/56 = 4.517857142857…), and
 * rounding those to 9 decimals moved a Cohen's d by 1e-9 of itself, more than the comparison
 * allows; float noise on these scores is near 1e-15.
 */
const clean = (x: number): number => Math.round(x * 1e12) / 1e12;

/**
 * One record per identity; of records with one identity and different contents, the one whose
 * JSON sorts first is kept, and each further different content under that identity counts as one
 * conflict (the same content twice is one version).
 */
function unique<T>(records: readonly T[], key: (r: T) => string, conflicts: { n: number }): T[] {
  const byKey = new Map<string, T[]>();
  for (const r of records) byKey.set(key(r), [...(byKey.get(key(r)) ?? []), r]);
  const kept: T[] = [];
  for (const list of byKey.values()) {
    const versions = [...new Set(list.map((r) => JSON.stringify(r)))].sort();
    conflicts.n += versions.length - 1;
    kept.push(list.find((r) => JSON.stringify(r) === versions[0])!);
  }
  return kept;
}
const idOrJson = (r: { id?: string }): string => r.id ?? JSON.stringify(r);
const episodeKey = (e: InterventionEpisode): string => e.id ?? `${e.interventionId}|${e.start}|${e.end ?? ''}`;

/** What one participant brings to one role's report. */
interface Member {
  /** Area scores at baseline and latest (null: no score), then the overall score last. */
  base: (number | null)[];
  latest: (number | null)[] | null;
  mixed: boolean;
  /** Per metric: goals evaluated and reached, cards and achieved ones. */
  goals: number[];
  reached: number[];
  cards: number[];
  achieved: number[];
  gender: string;
  unit: string;
  categories: Set<string>;
  interventions: Set<string>;
  parallel: 'parallel' | 'jobFocusedAlone' | 'noJobFocused';
}

interface Stats {
  nStarted: number;
  nPaired: number;
  nWithGoals: number;
  nWithCards: number;
  cell: Omit<CohortCell, 'areaId' | 'direction' | 'suppressed' | 'reason' | 'withheld'>;
}

function mean(xs: number[]): number {
  let s = 0;
  for (const x of xs) s += x;
  return s / xs.length;
}

function metricStats(
  members: Member[],
  m: number,
  direction: CohortCell['direction'],
  sDiff: number | null,
  minimalChange: number,
): Stats {
  const started = members.filter((p) => p.base[m] !== null);
  const paired = started.filter((p) => p.latest !== null && p.latest[m] !== null);
  const base = paired.map((p) => p.base[m]!);
  const late = paired.map((p) => p.latest![m]!);
  const change = paired.map((p) => clean(p.latest![m]! - p.base[m]!));
  const n = paired.length;
  const goalPeople = started.filter((p) => p.goals[m]! > 0);
  const cardPeople = started.filter((p) => p.cards[m]! > 0);
  let goals = 0;
  let reached = 0;
  for (const p of started) {
    goals += p.goals[m]!;
    reached += p.reached[m]!;
  }
  let cards = 0;
  let achieved = 0;
  for (const p of started) {
    cards += p.cards[m]!;
    achieved += p.achieved[m]!;
  }
  const cell: Stats['cell'] = {
    nStarted: started.length,
    nPaired: n,
    attritionRate: started.length > 0 ? 1 - n / started.length : null,
    meanBaseline: null,
    meanLatest: null,
    meanChange: null,
    ci95: null,
    medianChange: null,
    sdChange: null,
    cohenDz: null,
    hedgesGz: null,
    shareImproved: null,
    shareUnchanged: null,
    shareWorsened: null,
    shareReliablyImproved: null,
    shareReliablyDeteriorated: null,
    nMixedVersions: paired.filter((p) => p.mixed).length,
    nWithGoals: goalPeople.length,
    goals,
    shareGoalsReached: goals > 0 ? reached / goals : null,
    nWithCards: cardPeople.length,
    cards,
    shareCardsAchieved: cards > 0 ? achieved / cards : null,
  };
  if (n > 0) {
    const mc = mean(change);
    cell.meanBaseline = mean(base);
    cell.meanLatest = mean(late);
    cell.meanChange = mc;
    const sorted = change.slice().sort((a, b) => a - b);
    cell.medianChange = n % 2 === 1 ? sorted[(n - 1) / 2]! : (sorted[n / 2 - 1]! + sorted[n / 2]!) / 2;
    const dirs = change.map((c) => changeDirection(c, direction, minimalChange));
    const improved = dirs.filter((d) => d === 'improved').length;
    const worsened = dirs.filter((d) => d === 'worsened').length;
    cell.shareImproved = improved / n;
    cell.shareWorsened = worsened / n;
    cell.shareUnchanged = (n - improved - worsened) / n;
    if (sDiff !== null) {
      const better = change.map((c) => (direction === 'lowerIsBetter' ? -c : c) / sDiff);
      cell.shareReliablyImproved = better.filter((b) => b > RCI_CRITICAL).length / n;
      cell.shareReliablyDeteriorated = better.filter((b) => b < -RCI_CRITICAL).length / n;
    }
    if (n >= 2) {
      let squares = 0;
      for (const c of change) squares += (c - mc) ** 2;
      const sd = Math.sqrt(squares / (n - 1));
      cell.sdChange = sd;
      // Documented: no interval, d or g when everyone changed by the same amount (an SD of 0;
      // here within rounding, since this sums floats), and no g below 3 paired participants.
      if (sd > 1e-9 * Math.max(1, Math.abs(mc))) {
        const half = studentTQuantile(0.975, n - 1) * (sd / Math.sqrt(n));
        cell.ci95 = [mc - half, mc + half];
        cell.cohenDz = mc / sd;
        if (n >= 3) cell.hedgesGz = (mc / sd) * (1 - 3 / (4 * (n - 1) - 1));
      }
    }
  }
  return {
    nStarted: started.length,
    nPaired: n,
    nWithGoals: goalPeople.length,
    nWithCards: cardPeople.length,
    cell,
  };
}

type PartHidden = Record<CellPart, SuppressionReason | null>;
interface GroupHidden {
  started: SuppressionReason | null;
  paired: SuppressionReason | null;
  metrics: PartHidden[];
}
interface RawGroup {
  key: string;
  label: CohortGroup['label'];
  started: number;
  paired: number;
  stats: Stats[];
}

const partCount = (s: Stats, part: CellPart): number =>
  part === 'started' ? s.nStarted : part === 'paired' ? s.nPaired : part === 'goals' ? s.nWithGoals : s.nWithCards;

/** The reference report. */
export function oracleCohortReport(
  instrument: Instrument,
  data: Partial<CohortData>,
  options: CohortReportOptions = {},
): CohortReport {
  const minCell = Math.max(1, Math.floor(options.minCell ?? 5));
  const complementary = options.complementarySuppression ?? true;
  const minimalChange = options.minimalChange ?? DEFAULT_MINIMAL_CHANGE;
  const wanted = new Set(options.breakdowns ?? ALL_BREAKDOWNS);
  const roles = (options.roles ?? instrument.respondentRoles).filter((r) => instrument.respondentRoles.includes(r));
  const periodStart = options.period?.from ? time(options.period.from) : -Infinity;
  const periodStop = options.period?.to ? endTime(options.period.to) : Infinity;
  const warnings: StegIssue[] = [];

  // The intervention catalogue, one per id, in id order.
  const catalogueConflicts = { n: 0 };
  const interventions: Intervention[] = unique(data.interventions ?? [], idOrJson, catalogueConflicts).sort((a, b) =>
    a.id < b.id ? -1 : a.id > b.id ? 1 : 0,
  );
  if (catalogueConflicts.n > 0)
    warnings.push(
      issue(
        ['interventions'],
        'conflicting_records',
        `${catalogueConflicts.n} intervention(s) appear with different contents under one id; one version was used.`,
        `${catalogueConflicts.n} insats(er) förekommer med olika innehåll under samma id; en version användes.`,
      ),
    );
  const byId = new Map(interventions.map((iv) => [iv.id, iv]));
  const categories = CATEGORY_ORDER.filter((c) => interventions.some((iv) => iv.category === c));

  // Every participant seen in any list (not the catalogue).
  const subjects: string[] = [];
  const seen = new Set<string>();
  for (const list of [data.assessments, data.goals, data.cards, data.episodes, data.participants])
    for (const r of list ?? [])
      if (!seen.has(r.subjectId)) {
        seen.add(r.subjectId);
        subjects.push(r.subjectId);
      }
  const of = <T extends { subjectId: string }>(list: readonly T[] | undefined, s: string): T[] =>
    (list ?? []).filter((r) => r.subjectId === s);

  const plans = roles.map((role) => rolePlan(instrument, role));
  const membersByRole: Member[][] = roles.map(() => []);
  const excluded = new Map<string, number>();
  let otherInstrument = 0;
  let counted = 0;
  let unknownInterventions = 0;
  let attributeConflicts = 0;
  const recordConflicts = { n: 0 };
  let anyGender = false;
  let anyUnit = false;

  for (const s of subjects) {
    const own = of(data.assessments, s);
    const ofInstrument = own.filter((a) => a.instrument.id === instrument.id);
    otherInstrument += own.length - ofInstrument.length;
    counted += ofInstrument.length;

    const described = of(data.participants, s);
    const genders = [...new Set(described.flatMap((p) => (p.gender === undefined ? [] : [p.gender])))].sort();
    const units = [...new Set(described.flatMap((p) => (p.unitId === undefined ? [] : [p.unitId])))].sort();
    if (genders.length > 1 || units.length > 1) attributeConflicts += 1;
    if (genders.length > 0) anyGender = true;
    if (units.length > 0) anyUnit = true;
    const gender = genders[0] ?? 'unknown';
    const unit = units[0] ?? 'unknown';

    const episodes: { e: InterventionEpisode; iv: Intervention }[] = [];
    for (const e of unique(of(data.episodes, s), episodeKey, recordConflicts)) {
      const iv = byId.get(e.interventionId);
      if (iv === undefined) unknownInterventions += 1;
      else episodes.push({ e, iv });
    }
    const goals: AreaGoal[] = unique(of(data.goals, s), idOrJson, recordConflicts);
    const cards: ProgressionCard[] = unique(of(data.cards, s), idOrJson, recordConflicts);

    roles.forEach((role: RespondentRole, r) => {
      const mine = ofInstrument.filter((a) => a.role === role);
      if (mine.length === 0) return;
      const timeline = resolveTimeline(instrument, mine, {
        mixVersions: options.mixVersions ?? false,
        ...(options.period ? { period: options.period } : {}),
      });
      for (const e of timeline.excluded) excluded.set(e.reason, (excluded.get(e.reason) ?? 0) + 1);
      const { baseline, latest } = timeline;
      if (!baseline) return;
      const plan = plans[r]!;
      const areaIds = plan.areas.map((a) => a.area.id);
      const scores = (a: Assessment): (number | null)[] => {
        const sc = scoreAssessment(instrument, a);
        const out = areaIds.map((id) => sc.values[id] ?? null);
        if (plan.overall) out.push(sc.overall);
        return out.map((x) => (x === null ? null : clean(x)));
      };
      const base = scores(baseline);
      const late = latest ? scores(latest) : null;
      const metrics = base.length;
      const zero = () => new Array<number>(metrics).fill(0);
      const member: Member = {
        base,
        latest: late,
        mixed: latest !== null && latest.instrument.version !== baseline.instrument.version,
        goals: zero(),
        reached: zero(),
        cards: zero(),
        achieved: zero(),
        gender,
        unit,
        categories: new Set(),
        interventions: new Set(),
        parallel: 'noJobFocused',
      };
      const overall = plan.overall ? areaIds.length : -1;
      // Goals: only with a follow-up, against the latest score; achieved ones count as reached.
      if (late) {
        for (const goal of goals) {
          if (goal.status === 'dropped') continue;
          const slot = areaIds.indexOf(goal.areaId);
          if (slot < 0 || base[slot] === null) continue;
          const area = plan.areas[slot]!;
          let hit: boolean;
          if (goal.status === 'achieved') hit = true;
          else if (late[slot] === null) continue;
          else
            hit =
              area.direction === 'lowerIsBetter'
                ? late[slot]! <= goal.targetValue + 1e-9
                : late[slot]! >= goal.targetValue - 1e-9;
          for (const m of overall >= 0 && base[overall] !== null ? [slot, overall] : [slot]) {
            member.goals[m]! += 1;
            if (hit) member.reached[m]! += 1;
          }
        }
      }
      // Cards: made by the end of the period; achieved by then.
      for (const card of cards) {
        if (time(card.createdAt) > periodStop) continue;
        const slot = card.areaId === undefined ? -1 : areaIds.indexOf(card.areaId);
        const done =
          card.status === 'achieved' &&
          (periodStop === Infinity || card.achievedAt === undefined || time(card.achievedAt) <= periodStop);
        for (const m of [slot, overall]) {
          if (m < 0 || base[m] === null) continue;
          member.cards[m]! += 1;
          if (done) member.achieved[m]! += 1;
        }
      }
      // Interventions over the time the participant was followed: baseline (or the period's start) to latest (or the period's end).
      if (episodes.length > 0) {
        const from = Math.max(time(baseline.authored), periodStart);
        const to = latest ? time(latest.authored) : periodStop;
        const span = (e: InterventionEpisode) =>
          [time(e.start), e.end === undefined ? Infinity : endTime(e.end)] as const;
        let job = false;
        let parallel = false;
        for (const { e, iv } of episodes) {
          const [start, end] = span(e);
          if (start > to || end < from) continue;
          member.categories.add(iv.category);
          member.interventions.add(iv.id);
          if (iv.category !== 'jobFocused') continue;
          job = true;
          for (const other of episodes) {
            if (other.iv.category !== 'health' && other.iv.category !== 'social') continue;
            const [os, oe] = span(other.e);
            if (Math.max(start, os, from) <= Math.min(end, oe, to)) parallel = true;
          }
        }
        member.parallel = parallel ? 'parallel' : job ? 'jobFocusedAlone' : 'noJobFocused';
      }
      membersByRole[r]!.push(member);
    });
  }

  if (otherInstrument > 0)
    warnings.push(
      issue(
        ['assessments'],
        'other_instrument',
        `${otherInstrument} assessment(s) of another instrument were left out.`,
        `${otherInstrument} skattning(ar) av ett annat instrument räknades inte med.`,
      ),
    );
  const otherVersion = excluded.get('otherVersion') ?? 0;
  if (otherVersion > 0)
    warnings.push(
      issue(
        ['assessments'],
        'other_version_excluded',
        `${otherVersion} assessment(s) made with another version of the instrument were left out (use mixVersions to pair them, flagged).`,
        `${otherVersion} skattning(ar) gjorda med en annan version av instrumentet räknades inte med.`,
      ),
    );
  const duplicates = excluded.get('duplicate') ?? 0;
  const conflicts = duplicates + recordConflicts.n;
  if (conflicts > 0)
    warnings.push(
      issue(
        [],
        'duplicate_ids',
        `${conflicts} record(s) share an id with a different record; one of each was used.`,
        `${conflicts} post(er) delar id med en annan post; en av varje användes.`,
      ),
    );
  if (unknownInterventions > 0)
    warnings.push(
      issue(
        ['episodes'],
        'unknown_intervention',
        `${unknownInterventions} episode(s) name an intervention that is not in the data; they are not in the breakdowns.`,
        `${unknownInterventions} insatsperiod(er) anger en insats som saknas i underlaget; de ingår inte i uppdelningarna.`,
      ),
    );
  if (attributeConflicts > 0)
    warnings.push(
      issue(
        ['participants'],
        'conflicting_attributes',
        `${attributeConflicts} participant(s) are described differently in different records; the first value in alphabetical order was used.`,
        `${attributeConflicts} deltagare beskrivs olika i olika poster; det första värdet i bokstavsordning användes.`,
      ),
    );

  // Genders and units that occur among the people reported on, over all roles.
  const everyone = membersByRole.flat();
  const genderKeys = GENDER_ORDER.filter((g) => everyone.some((p) => p.gender === g));
  const unitSet = new Set(everyone.map((p) => p.unit));
  const unitKeys = [...unitSet]
    .filter((u) => u !== 'unknown')
    .sort()
    .concat(unitSet.has('unknown') ? ['unknown'] : []);

  let suppressedCells = 0;
  const roleReports: CohortRoleReport[] = [];
  roles.forEach((role, r) => {
    const members = membersByRole[r]!;
    if (members.length === 0) return;
    const plan = plans[r]!;
    const metricInfo = plan.areas.map((a) => ({ areaId: a.area.id as string | null, direction: a.direction }));
    if (plan.overall) metricInfo.push({ areaId: null, direction: plan.overall.direction });
    // Reliable change per area: SD₁ from the options, the instrument, or the baseline SD of everyone paired (enough of them).
    const reliable = plan.areas.map((areaPlan, m) => {
      const { sd, reliability } = rciParameters(areaPlan, options);
      let used = sd;
      let source: 'option' | 'instrument' | 'cohort' | null =
        sd === null ? null : options.referenceSd?.[areaPlan.area.id] !== undefined ? 'option' : 'instrument';
      if (used === null && reliability !== null) {
        const bases = members.filter((p) => p.latest !== null && p.latest[m] !== null && p.base[m] !== null);
        if (bases.length >= 2 && bases.length >= minCell) {
          const xs = bases.map((p) => p.base[m]!);
          const mu = mean(xs);
          let sq = 0;
          for (const x of xs) sq += (x - mu) ** 2;
          used = Math.sqrt(sq / (xs.length - 1));
          source = 'cohort';
        }
      }
      const sDiff = standardErrorOfDifference(used, reliability);
      return {
        areaId: areaPlan.area.id,
        reliability,
        sd: sDiff === null ? null : used,
        sdSource: sDiff === null ? null : source,
        threshold: sDiff === null ? null : 1.96 * sDiff,
        sDiff,
      };
    });
    const raw = (key: string, label: CohortGroup['label'], group: Member[]): RawGroup => ({
      key,
      label,
      started: group.length,
      paired: group.filter((p) => p.latest !== null).length,
      stats: metricInfo.map((info, m) =>
        metricStats(group, m, info.direction, info.areaId === null ? null : reliable[m]!.sDiff, minimalChange),
      ),
    });
    const all = raw('all', null, members);
    const small = (n: number): SuppressionReason | null => (n > 0 && n < minCell ? 'belowMinCell' : null);
    const allStarted = small(all.started);
    const allPaired = allStarted ?? small(all.paired);
    const allHidden: GroupHidden = {
      started: allStarted,
      paired: allPaired,
      metrics: all.stats.map((s) => {
        const st = allStarted ?? small(s.nStarted);
        return {
          started: st,
          paired: st ?? allPaired ?? small(s.nPaired),
          goals: st ?? small(s.nWithGoals),
          cards: st ?? small(s.nWithCards),
        };
      }),
    };

    const partition = (parent: number, counts: number[], hidden: (SuppressionReason | null)[]) =>
      suppressPartition(parent, counts, hidden, minCell, complementary);
    const hideBreakdown = (groups: RawGroup[]): GroupHidden[] => {
      const started = groups.map((): SuppressionReason | null => null);
      partition(
        allHidden.started ? 0 : all.started,
        groups.map((g) => g.started),
        started,
      );
      const paired = started.slice();
      partition(
        allHidden.paired ? 0 : all.paired,
        groups.map((g) => g.paired),
        paired,
      );
      const perMetric = all.stats.map((allStats, m) => {
        const parent = allHidden.metrics[m]!;
        const st = started.slice();
        partition(
          parent.started ? 0 : allStats.nStarted,
          groups.map((g) => g.stats[m]!.nStarted),
          st,
        );
        const pa = st.map((h, i) => h ?? paired[i]!);
        partition(
          parent.paired ? 0 : allStats.nPaired,
          groups.map((g) => g.stats[m]!.nPaired),
          pa,
        );
        const other = (part: 'goals' | 'cards') => {
          const h = st.slice();
          partition(
            parent[part] ? 0 : partCount(allStats, part),
            groups.map((g) => partCount(g.stats[m]!, part)),
            h,
          );
          return h;
        };
        return { started: st, paired: pa, goals: other('goals'), cards: other('cards') };
      });
      return groups.map((_, i) => ({
        started: started[i]!,
        paired: paired[i]!,
        metrics: perMetric.map((p) => ({
          started: p.started[i]!,
          paired: p.paired[i]!,
          goals: p.goals[i]!,
          cards: p.cards[i]!,
        })),
      }));
    };

    const publish = (g: RawGroup, h: GroupHidden): CohortGroup => {
      const cells: CohortCell[] = g.stats.map((s, m) => {
        const hid = h.metrics[m]!;
        const withheld: Withheld[] = (['started', 'paired', 'goals', 'cards'] as const)
          .filter((part) => hid[part] !== null)
          .map((part) => ({ part, reason: hid[part]! }));
        if (withheld.length > 0) suppressedCells += 1;
        const st = hid.started === null;
        const pa = st && hid.paired === null;
        const go = st && hid.goals === null;
        const ca = st && hid.cards === null;
        const c = s.cell;
        const p = <T>(v: T): T | null => (pa ? v : null);
        return {
          areaId: metricInfo[m]!.areaId,
          direction: metricInfo[m]!.direction,
          suppressed: withheld.length > 0,
          reason: withheld[0]?.reason ?? null,
          withheld,
          nStarted: st ? c.nStarted : null,
          nPaired: p(c.nPaired),
          attritionRate: p(c.attritionRate),
          meanBaseline: p(c.meanBaseline),
          meanLatest: p(c.meanLatest),
          meanChange: p(c.meanChange),
          ci95: p(c.ci95),
          medianChange: p(c.medianChange),
          sdChange: p(c.sdChange),
          cohenDz: p(c.cohenDz),
          hedgesGz: p(c.hedgesGz),
          shareImproved: p(c.shareImproved),
          shareUnchanged: p(c.shareUnchanged),
          shareWorsened: p(c.shareWorsened),
          shareReliablyImproved: p(c.shareReliablyImproved),
          shareReliablyDeteriorated: p(c.shareReliablyDeteriorated),
          nMixedVersions: p(c.nMixedVersions),
          nWithGoals: go ? c.nWithGoals : null,
          goals: go ? c.goals : null,
          shareGoalsReached: go ? c.shareGoalsReached : null,
          nWithCards: ca ? c.nWithCards : null,
          cards: ca ? c.cards : null,
          shareCardsAchieved: ca ? c.shareCardsAchieved : null,
        };
      });
      const startedVisible = h.started === null;
      const pairedVisible = startedVisible && h.paired === null;
      return {
        key: g.key,
        label: g.label,
        nStarted: startedVisible ? g.started : null,
        nPaired: pairedVisible ? g.paired : null,
        attritionRate: pairedVisible && g.started > 0 ? 1 - g.paired / g.started : null,
        suppressed: h.started !== null || h.paired !== null,
        reason: h.started ?? h.paired,
        areas: plan.overall ? cells.slice(0, -1) : cells,
        overall: plan.overall ? cells[cells.length - 1]! : null,
      };
    };

    const defs: {
      kind: CohortBreakdownKind;
      id: string;
      extra: object;
      label: CohortBreakdown['label'];
      groups: RawGroup[];
    }[] = [];
    const withWithout = (has: (p: Member) => boolean) => [
      raw('with', null, members.filter(has)),
      raw(
        'without',
        null,
        members.filter((p) => !has(p)),
      ),
    ];
    if (wanted.has('interventionCategory'))
      for (const category of categories)
        defs.push({
          kind: 'interventionCategory',
          id: `interventionCategory:${category}`,
          extra: { category },
          label: null,
          groups: withWithout((p) => p.categories.has(category)),
        });
    if (wanted.has('intervention'))
      for (const iv of interventions)
        defs.push({
          kind: 'intervention',
          id: `intervention:${iv.id}`,
          extra: { interventionId: iv.id },
          label: iv.label,
          groups: withWithout((p) => p.interventions.has(iv.id)),
        });
    if (wanted.has('parallelSupport') && categories.includes('jobFocused'))
      defs.push({
        kind: 'parallelSupport',
        id: 'parallelSupport',
        extra: {},
        label: null,
        groups: (['parallel', 'jobFocusedAlone', 'noJobFocused'] as const).map((k) =>
          raw(
            k,
            null,
            members.filter((p) => p.parallel === k),
          ),
        ),
      });
    if (wanted.has('gender') && anyGender)
      defs.push({
        kind: 'gender',
        id: 'gender',
        extra: {},
        label: null,
        groups: genderKeys.map((g) =>
          raw(
            g,
            null,
            members.filter((p) => p.gender === g),
          ),
        ),
      });
    if (wanted.has('unit') && anyUnit)
      defs.push({
        kind: 'unit',
        id: 'unit',
        extra: {},
        label: null,
        groups: unitKeys.map((u) =>
          raw(
            u,
            null,
            members.filter((p) => p.unit === u),
          ),
        ),
      });

    const allGroup = publish(all, allHidden);
    const breakdowns: CohortBreakdown[] = defs.map((b) => {
      const hidden = hideBreakdown(b.groups);
      return {
        kind: b.kind,
        id: b.id,
        ...b.extra,
        label: b.label,
        interpretation: 'association',
        groups: b.groups.map((g, i) => publish(g, hidden[i]!)),
      };
    });
    roleReports.push({
      role,
      all: allGroup,
      breakdowns,
      reliableChange: reliable.map(({ areaId, reliability, sd, sdSource, threshold }) => ({
        areaId,
        reliability,
        sd,
        sdSource,
        threshold,
      })),
    });
  });

  return {
    instrument: { id: instrument.id, version: instrument.version },
    period: { from: options.period?.from ?? null, to: options.period?.to ?? null },
    participants: subjects.length,
    assessments: counted - duplicates,
    disclosure: { minCell, complementary, suppressedCells, rule: disclosureRule(minCell, complementary) },
    interpretation: {
      kind: 'association',
      message: {
        sv: 'Skillnader mellan grupper visar samband, inte vad insatserna orsakar: vem som får en insats är inte slumpat.',
        en: 'Differences between groups are associations, not effects of the interventions: who gets an intervention is not random.',
      },
    },
    roles: roleReports,
    warnings,
  };
}
