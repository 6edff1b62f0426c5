import type { Instrument, RespondentRole } from '../model/instrument.js';
import type { AreaGoal } from '../model/goal.js';
import type { Intervention, InterventionEpisode, Provider } from '../model/intervention.js';
import type { SuppressionReason } from './cohort-report-types.js';
import { rolePlan, type RolePlan } from './scoring-plan.js';
import { rciParameters, type ChangeOptions } from './compare-assessments.js';
import { standardErrorOfDifference } from './reliable-change.js';
import type { Period } from './timeline.js';
import { DEFAULT_MIN_CELL, disclosureRule, suppressPartition } from './disclosure-control.js';
import { auditCounts, CountMembers } from './needs-audit.js';
import type { NeedsArea, NeedsCount, NeedsReport, NeedsReportOptions } from './needs-report.js';

// The needs analysis, one participant at a time: what `needsReport` counts in its own pass and
// `cohortReport({ needs })` counts in the cohort tally's (cohort-tally.ts), with the same code, so
// that both give the same report. Then the counts are withheld and audited (needsResult).

export const providerOrder: readonly Provider[] = [
  'kommun',
  'forsakringskassan',
  'arbetsformedlingen',
  'region',
  'samordningsforbund',
  'other',
];

/** The counts of an area before its providers: need, goalSet, lowStart, with, without, goalsEvaluated, goalReached. */
const AREA_CELLS = 7;
/** The participant-level counts: started, paired, reliablyImprovedAny, withGoals, reachedAnyGoal. */
const PEOPLE = 5;

/** What is fixed for one needs analysis: the role's areas, the thresholds, the interventions' targets. */
export interface NeedsSetup {
  readonly instrument: Instrument;
  readonly role: RespondentRole;
  readonly plan: RolePlan;
  readonly minCell: number;
  readonly complementary: boolean;
  readonly lowShare: number;
  readonly period: Period | undefined;
  /** Per area: the score from which (lower is better) or up to which (higher is better) a start counts as low. */
  readonly lowLimit: readonly number[];
  /** Per area: the reliable-change threshold in score steps, or null when there is none. */
  readonly threshold: readonly (number | null)[];
  /** The providers of the interventions in the catalogue, in providerOrder. */
  readonly providers: readonly Provider[];
  /** Intervention id → the areas (by position) it targets and its provider (by position in `providers`). */
  readonly targets: ReadonlyMap<string, { areas: readonly number[]; provider: number }>;
}

export function needsSetup(
  instrument: Instrument,
  options: NeedsReportOptions & ChangeOptions,
  interventions: Iterable<Intervention>,
): NeedsSetup {
  const role = options.role ?? 'participant';
  const lowShare = options.lowShare ?? 1 / 3;
  const plan = rolePlan(instrument, role);
  const areaSlot = new Map(plan.areas.map((a, i) => [a.area.id, i]));
  const given = new Map((options.reliableChange ?? []).map((r) => [r.areaId, r.threshold]));
  const catalogue = [...interventions];
  const providers = providerOrder.filter((p) => catalogue.some((iv) => iv.provider === p));
  const providerSlot = new Map(providers.map((p, i) => [p, i]));
  const targets = new Map<string, { areas: number[]; provider: number }>();
  for (const iv of catalogue) {
    targets.set(iv.id, {
      areas: iv.targetAreaIds.flatMap((id) => (areaSlot.has(id) ? [areaSlot.get(id)!] : [])),
      provider: providerSlot.get(iv.provider)!,
    });
  }
  return {
    instrument,
    role,
    plan,
    minCell: options.minCell ?? DEFAULT_MIN_CELL,
    complementary: options.complementarySuppression ?? true,
    lowShare,
    period: options.period,
    lowLimit: plan.areas.map((a) =>
      a.direction === 'lowerIsBetter' ? a.max - lowShare * (a.max - a.min) : a.min + lowShare * (a.max - a.min),
    ),
    threshold: plan.areas.map((a) => {
      if (given.has(a.area.id)) return given.get(a.area.id) ?? null;
      const { sd, reliability } = rciParameters(a, options);
      const sDiff = sd === null || reliability === null ? null : standardErrorOfDifference(sd, reliability);
      return sDiff === null || !Number.isFinite(sDiff) ? null : 1.96 * sDiff;
    }),
    providers,
    targets,
  };
}

/** Whether a record dated `start` (to `end`) overlaps the period; dates compared as days. */
export function overlaps(start: string, end: string | undefined, period: Period | undefined): boolean {
  if (!period) return true;
  if (period.to && start.slice(0, 10) > period.to) return false;
  if (period.from && end !== undefined && end.slice(0, 10) < period.from) return false;
  return true;
}

/**
 * The needs counts as they grow, one participant at a time (`count`), and who is in each count:
 * a log of (participant, area, mask of counts) that becomes bitsets only when the audit runs, so
 * that the number of participants need not be known in advance.
 */
export class NeedsTally {
  /** Counts per area in the order of AREA_CELLS, then the providers (`own` each), then the PEOPLE counts. */
  readonly counts: Int32Array;
  /** Counts per area: AREA_CELLS + the providers. */
  readonly own: number;
  /** (participant, area × 2¹⁶ + mask of counts) pairs, area = the area count for the PEOPLE counts; `logged` ints live. */
  log: Int32Array;
  logged = 0;
  participants = 0;

  // The current participant's flags per area, reused.
  private readonly goalHere: Uint8Array;
  private readonly evaluatedHere: Uint8Array;
  private readonly reachedHere: Uint8Array;
  private readonly targetedHere: Uint8Array;
  private readonly providerHere: Uint8Array;

  constructor(
    readonly setup: NeedsSetup,
    /** Keep the member log (only when the audit will run). */
    readonly logMembers: boolean,
  ) {
    const areas = setup.plan.areas.length;
    this.own = AREA_CELLS + setup.providers.length;
    this.counts = new Int32Array(areas * this.own + PEOPLE);
    this.log = new Int32Array(logMembers ? 1024 : 0);
    this.goalHere = new Uint8Array(areas);
    this.evaluatedHere = new Uint8Array(areas);
    this.reachedHere = new Uint8Array(areas);
    this.targetedHere = new Uint8Array(areas);
    this.providerHere = new Uint8Array(areas * Math.max(1, setup.providers.length));
  }

  /** Adds the participant to the counts of family `area` whose bits are set in `mask`, and logs them. */
  private add(subject: number, area: number, mask: number): void {
    for (let c = area * this.own, m = mask; m !== 0; c++, m >>>= 1) if (m & 1) this.counts[c]! += 1;
    if (!this.logMembers) return;
    if (this.logged + 2 > this.log.length) {
      const grown = new Int32Array(this.log.length * 2);
      grown.set(this.log);
      this.log = grown;
    }
    this.log[this.logged++] = subject;
    this.log[this.logged++] = area * 65536 + mask;
  }

  /**
   * Counts participant `subject` (a number below 2³¹, each participant once), who has a start by
   * the role. `baseKeys` and `latestKeys` are the role's score keys (scoreKeys) at the start and,
   * when `paired`, at the latest rating. Goals and episodes are the participant's, each id once
   * (keepUniqueById); those outside the period are left out here.
   */
  count(
    subject: number,
    baseKeys: Float64Array,
    latestKeys: Float64Array,
    paired: boolean,
    goals: readonly AreaGoal[],
    goalCount: number,
    episodes: readonly InterventionEpisode[],
    episodeCount: number,
  ): void {
    const { plan, threshold, lowLimit, period, targets } = this.setup;
    const areas = plan.areas;
    const areaCount = areas.length;
    const providers = this.setup.providers.length;
    if (subject >= this.participants) this.participants = subject + 1;
    // started, paired, reliablyImprovedAny, withGoals, reachedAnyGoal
    let peopleMask = 1;
    if (paired) {
      peopleMask |= 2;
      for (let a = 0; a < areaCount; a++) {
        const t = threshold[a];
        const before = baseKeys[a]!;
        const after = latestKeys[a]!;
        if (t === null || t === undefined || Number.isNaN(before) || Number.isNaN(after)) continue;
        const delta = (after - before) / areas[a]!.denominator;
        if ((areas[a]!.direction === 'lowerIsBetter' ? -delta : delta) > t) {
          peopleMask |= 4;
          break;
        }
      }
    }

    const { goalHere, evaluatedHere, reachedHere, targetedHere, providerHere } = this;
    goalHere.fill(0);
    evaluatedHere.fill(0);
    reachedHere.fill(0);
    for (let g = 0; g < goalCount; g++) {
      const goal = goals[g]!;
      if (period !== undefined && !overlaps(goal.setAt, undefined, period)) continue;
      const a = areaIndex(plan, goal.areaId);
      if (a < 0) continue;
      goalHere[a] = 1;
      if (goal.status === 'dropped' || !paired) continue;
      // A goal is judged at a follow-up, with a latest score or marked achieved, as in cohortReport.
      if (goal.status === 'achieved') {
        evaluatedHere[a] = 1;
        reachedHere[a] = 1;
      } else if (!Number.isNaN(latestKeys[a]!)) {
        evaluatedHere[a] = 1;
        const latestScore = latestKeys[a]! / areas[a]!.denominator;
        const left =
          areas[a]!.direction === 'lowerIsBetter' ? latestScore - goal.targetValue : goal.targetValue - latestScore;
        if (left <= 1e-9) reachedHere[a] = 1;
      }
    }

    targetedHere.fill(0);
    providerHere.fill(0);
    for (let e = 0; e < episodeCount; e++) {
      const episode = episodes[e]!;
      if (period !== undefined && !overlaps(episode.start, episode.end, period)) continue;
      const target = targets.get(episode.interventionId);
      if (target === undefined) continue;
      for (const a of target.areas) {
        targetedHere[a] = 1;
        providerHere[a * providers + target.provider] = 1;
      }
    }

    for (let a = 0; a < areaCount; a++) {
      const before = baseKeys[a]!;
      const score = Number.isNaN(before) ? null : before / areas[a]!.denominator;
      const low =
        score !== null &&
        (areas[a]!.direction === 'lowerIsBetter' ? score >= lowLimit[a]! - 1e-9 : score <= lowLimit[a]! + 1e-9);
      if (evaluatedHere[a]) peopleMask |= 8;
      if (reachedHere[a]) peopleMask |= 16;
      if (!low && !goalHere[a]) continue;
      // The bits of the counts in the order of AREA_CELLS, then the providers.
      let mask =
        1 |
        (goalHere[a]! << 1) |
        (low ? 4 : 0) |
        (targetedHere[a] ? 8 : 16) |
        (evaluatedHere[a]! << 5) |
        (reachedHere[a]! << 6);
      for (let p = 0; p < providers; p++) mask |= providerHere[a * providers + p]! << (AREA_CELLS + p);
      this.add(subject, a, mask);
    }
    this.add(subject, areaCount, peopleMask);
  }
}

/** Position of an area in the plan, or -1. Plans have a handful of areas: a scan beats a Map. */
function areaIndex(plan: RolePlan, areaId: string): number {
  const areas = plan.areas;
  for (let a = 0; a < areas.length; a++) if (areas[a]!.area.id === areaId) return a;
  return -1;
}

/**
 * The report from the counts: every count of 1 … minCell − 1 withheld; with and without a
 * matching intervention suppressed as a partition of the need; then, when complementary
 * suppression is on, every published count audited together (auditCounts).
 */
export function needsResult(tally: NeedsTally): NeedsReport {
  const { setup } = tally;
  const { instrument, minCell, complementary, plan, providers } = setup;
  const areaCount = plan.areas.length;
  const small = (n: number) => n > 0 && n < minCell;
  const shown = (n: number, reason: SuppressionReason | null): NeedsCount => ({
    count: reason === null ? n : null,
    reason,
  });
  const { counts, own } = tally;
  const people = [...counts.subarray(areaCount * own)];
  const [, paired, , withGoals] = people as [number, number, number, number, number];
  const peopleHidden: (SuppressionReason | null)[] = people.map((n) => (small(n) ? 'belowMinCell' : null));
  // A share of too few is withheld with its base.
  if (paired < minCell) peopleHidden[2] = 'belowMinCell';
  if (withGoals < minCell) peopleHidden[4] = 'belowMinCell';

  // In the order of AREA_CELLS (need, goalSet, lowStart, with, without, goalsEvaluated, goalReached), then the providers.
  const areaValues = plan.areas.map((_, a) => [...counts.subarray(a * own, (a + 1) * own)]);
  const areaHidden = areaValues.map((values) => {
    const needHidden = small(values[0]!);
    // Every count of the area is part of the need: withheld with it.
    const hidden: (SuppressionReason | null)[] = values.map((n) => (needHidden || small(n) ? 'belowMinCell' : null));
    // With and without a matching intervention split the need: suppress them as a partition.
    const splitHidden: (SuppressionReason | null)[] = [hidden[3] ?? null, hidden[4] ?? null];
    if (!needHidden) {
      suppressPartition(values[0]!, [values[3]!, values[4]!], splitHidden, minCell, complementary);
      hidden[3] = splitHidden[0] ?? null;
      hidden[4] = splitHidden[1] ?? null;
    }
    return hidden;
  });

  // Then no difference of two published counts or inclusion–exclusion of three may single out a
  // few, whichever counts they are: of one area, of two areas (the same provider in two areas a
  // kind of intervention targets together), or an area's beside the participant-level ones (a
  // need of 11 beside 14 started tells of 3 without it). All counts are audited as one family.
  if (complementary && tally.logMembers && tally.participants > 0) {
    const all = new CountMembers(areaCount * own + PEOPLE, tally.participants);
    const { log, logged } = tally;
    for (let i = 0; i < logged; i += 2) {
      const subject = log[i]!;
      const area = log[i + 1]! >>> 16;
      let mask = log[i + 1]! & 0xffff;
      for (let c = area * own; mask !== 0; c++, mask >>>= 1) if (mask & 1) all.set(c, subject);
    }
    const hidden = [...areaHidden.flat(), ...peopleHidden];
    auditCounts([...areaValues.flat(), ...people], hidden, all, minCell);
    areaHidden.forEach((h, a) => {
      for (let c = 0; c < own; c++) h[c] = hidden[a * own + c] ?? null;
    });
    for (let k = 0; k < PEOPLE; k++) peopleHidden[k] = hidden[areaCount * own + k] ?? null;
  }

  const areas: NeedsArea[] = plan.areas.map((areaPlan, a) => {
    const values = areaValues[a]!;
    const hidden = areaHidden[a]!;
    return {
      areaId: areaPlan.area.id,
      need: shown(values[0]!, hidden[0] ?? null),
      goalSet: shown(values[1]!, hidden[1] ?? null),
      lowStart: shown(values[2]!, hidden[2] ?? null),
      withIntervention: shown(values[3]!, hidden[3] ?? null),
      withoutIntervention: shown(values[4]!, hidden[4] ?? null),
      byProvider: providers.map((provider, p) => ({
        provider,
        ...shown(values[AREA_CELLS + p]!, hidden[AREA_CELLS + p] ?? null),
      })),
      goalsEvaluated: shown(values[5]!, hidden[5] ?? null),
      goalReached: shown(values[6]!, hidden[6] ?? null),
      // Read from the raw counts: a coarse flag (under a quarter) that reveals no single person.
      unmet: values[0]! >= minCell && values[3]! < values[0]! / 4,
    };
  });

  const period = setup.period;
  return {
    instrument: { id: instrument.id, version: instrument.version },
    period: { from: period?.from ?? null, to: period?.to ?? null },
    role: setup.role,
    lowShare: setup.lowShare,
    disclosure: { minCell, complementary, rule: disclosureRule(minCell, complementary) },
    participants: {
      started: shown(people[0]!, peopleHidden[0] ?? null),
      paired: shown(people[1]!, peopleHidden[1] ?? null),
      reliablyImprovedAny: shown(people[2]!, peopleHidden[2] ?? null),
      withGoals: shown(people[3]!, peopleHidden[3] ?? null),
      reachedAnyGoal: shown(people[4]!, peopleHidden[4] ?? null),
    },
    providers: [...providers],
    areas,
  };
}
