import type { Instrument, RespondentRole } from '../model/instrument.js';
import type { Assessment, InstrumentRef } from '../model/assessment.js';
import type { AreaGoal } from '../model/goal.js';
import type { Intervention, InterventionEpisode, Provider } from '../model/intervention.js';
import type { CohortData } from '../model/cohort-data.js';
import { rolePlan, scoreKeys, type RolePlan } from './scoring-plan.js';
import { occasionOrder, resolveTimeline, timeInto, type Period } from './timeline.js';
import { rciParameters, type ChangeOptions } from './compare-assessments.js';
import { standardErrorOfDifference } from './reliable-change.js';
import { DEFAULT_MIN_CELL, disclosureRule, suppressPartition } from './disclosure-control.js';
import { auditCounts, CountMembers } from './needs-audit.js';
import type { SuppressionReason } from './cohort-report-types.js';
import {
  parseBooleanOption,
  parseMinCell,
  parseNumberOption,
  parsePeriod,
  parseReferenceSds,
  parseReliabilities,
  respondentRoles,
  shortKey,
} from './options.js';

/** Options of `needsReport` and `needsAccumulator`. */
export interface NeedsReportOptions extends Pick<ChangeOptions, 'referenceSd' | 'reliability'> {
  /** Counts of fewer participants than this are withheld: a whole number from 2, default 5. */
  minCell?: number;
  /**
   * Withhold further counts (reason `complementary`) so that no withheld or small group can be
   * recovered by subtraction: the second count of a split, and whatever count keeps a difference
   * of two published counts or an inclusion–exclusion of three from singling out 1 … minCell − 1
   * people (any counts of the report: of one area, of several, the participant-level ones). Default true.
   */
  complementarySuppression?: boolean;
  /** Only assessments authored in this period count; goals and episodes are read in it too (overlap). */
  period?: Period;
  /** Pair assessments of other versions of the instrument. Default false, as `cohortReport`. */
  mixVersions?: boolean;
  /** Whose ratings say where the need is and who improved. Default `participant`. */
  role?: RespondentRole;
  /**
   * A start score in the worst part of the scale counts as a need: within this share of the range
   * from its worse end. Default 1/3 (on a 1–10 ladder: 1–4; on a 0–4 lower-is-better scale: 3–4).
   */
  lowShare?: number;
  /**
   * The reliable-change thresholds per area (in score steps), for example a `cohortReport`'s
   * `roles[i].reliableChange`, so that "improved reliably" means the same here as there. Default:
   * 1.96 × the SE of the difference from the instrument's (or the options') reliability and SD.
   */
  reliableChange?: readonly { areaId: string; threshold: number | null }[];
}

/** A count and, when withheld, why. */
export interface NeedsCount {
  /** Participants; null when withheld. */
  count: number | null;
  reason: SuppressionReason | null;
}

/** One provider's part in an area: participants with a need there who got a targeting intervention from it. */
export interface NeedsProviderCount extends NeedsCount {
  provider: Provider;
}

/** The need in one life area and what answered it. */
export interface NeedsArea {
  areaId: string;
  /** Participants with a need here: a goal set in the area, or a start score in its worst part. */
  need: NeedsCount;
  /** Of `need`: participants who set a goal here. */
  goalSet: NeedsCount;
  /** Of `need`: participants whose start score lay in the worst part of the scale. */
  lowStart: NeedsCount;
  /** Of `need`: participants who took part in at least one intervention that targets the area. */
  withIntervention: NeedsCount;
  /** Of `need`: participants with no intervention that targets the area (need − withIntervention). */
  withoutIntervention: NeedsCount;
  /**
   * Of `need`: participants with an intervention from each provider that targets the area. A
   * participant can have several providers, so these do not add up to `withIntervention`.
   */
  byProvider: NeedsProviderCount[];
  /** Of `goalSet`: participants whose goal here can be judged (not dropped; a follow-up with a score, or marked achieved). */
  goalsEvaluated: NeedsCount;
  /** Of `goalsEvaluated`: participants who reached their goal here. */
  goalReached: NeedsCount;
  /**
   * The need is largely unanswered: at least `minCell` people have a need here and fewer than
   * one in four of them got an intervention that targets the area (or that figure is withheld
   * because it is small).
   */
  unmet: boolean;
}

/** Participant-level figures for a headline: each participant counted once, whatever the area. */
export interface NeedsParticipants {
  /** Participants with a start (baseline) rating by the role. */
  started: NeedsCount;
  /** Of `started`: with both a start and a later rating. */
  paired: NeedsCount;
  /** Of `paired`: improved reliably (beyond the reliable-change threshold) in at least one area. */
  reliablyImprovedAny: NeedsCount;
  /** Of `paired`: participants with at least one goal that can be judged (not dropped). */
  withGoals: NeedsCount;
  /** Of `withGoals`: reached at least one of their goals. */
  reachedAnyGoal: NeedsCount;
}

/**
 * Where interventions are wanted, whether the need was met by an intervention that targets it
 * (and from which provider), and whether participants reached the goals they set — per life
 * area, with small counts withheld as in `cohortReport`. Counts of participants, never of goals.
 */
export interface NeedsReport {
  instrument: InstrumentRef;
  period: { from: string | null; to: string | null };
  role: RespondentRole;
  /** What counts as a low start, as a score range per area direction: the share of the range used. */
  lowShare: number;
  disclosure: { minCell: number; complementary: boolean; rule: { sv: string; en: string } };
  participants: NeedsParticipants;
  /** The providers of the interventions in the data, in a fixed order. */
  providers: Provider[];
  /** One per area the role rates, in instrument order. */
  areas: NeedsArea[];
}

/** A needs report built in parts; merging and batching give exactly the result of one pass. */
export interface NeedsAccumulator {
  /** Adds a batch of data (a participant's data may be spread over batches). */
  add(data: Partial<CohortData>): NeedsAccumulator;
  /** Takes in everything another accumulator has seen (the other is left unchanged). */
  merge(other: NeedsAccumulator): NeedsAccumulator;
  /** The report over everything added and merged so far. */
  result(): NeedsReport;
}

const providerOrder: readonly Provider[] = [
  'kommun',
  'forsakringskassan',
  'arbetsformedlingen',
  'region',
  'samordningsforbund',
  'other',
];

/** The counts of an area before its providers: need, goalSet, lowStart, with, without, goalsEvaluated, goalReached. */
const AREA_CELLS = 7;

/** Raw counts of one area, before disclosure control. */
interface AreaCounts {
  need: number;
  goalSet: number;
  lowStart: number;
  withIntervention: number;
  byProvider: Int32Array;
  goalsEvaluated: number;
  goalReached: number;
}

/**
 * Where interventions are wanted and where co-operation must improve: for each life area, how
 * many participants have a need there (set a goal there, or rated it in the worst part of the
 * scale at the start), how many of them took part in an intervention that targets the area, by
 * provider (municipality, Försäkringskassan, Arbetsförmedlingen, region/health care, the
 * coordination association, others), and how many reached their goal there. Areas where many
 * have a need and few got a matching intervention are flagged `unmet`.
 *
 * Also the participant-level figures a headline needs and a `cohortReport` cell does not hold:
 * how many improved reliably in at least one area, and how many reached at least one goal
 * (people, not goals). Start, latest and pairs are chosen exactly as `cohortReport` chooses them
 * (`resolveTimeline`), so `participants.started` and `.paired` equal the report's `all.nStarted`
 * and `all.nPaired` for the role.
 *
 * Disclosure control: every count of 1 … minCell − 1 is withheld; "with" and "without a
 * matching intervention" split the need, so when one is withheld the other is too; and the
 * published counts are audited together as `cohortReport`'s cells are: within an area, across
 * areas and with the participant-level counts, no difference of two and no inclusion–exclusion of three
 * singles out 1 … minCell − 1 people, the smallest count of such a combination being withheld
 * as `complementary` until none does. DOM-free.
 */
export function needsReport(
  instrument: Instrument,
  data: Partial<CohortData>,
  options: NeedsReportOptions = {},
): NeedsReport {
  return needsAccumulator(instrument, options).add(data).result();
}

/** A needs report built in parts: `add` batches, `merge` accumulators, then `result()`. */
export function needsAccumulator(instrument: Instrument, options: NeedsReportOptions = {}): NeedsAccumulator {
  return new Needs(instrument, parseNeedsReportOptions(options));
}

/**
 * `needsAccumulator` without parsing its options: for the tests that compare the counts with a
 * plain reference at `minCell: 1`, which the public functions refuse. Not exported from the SDK.
 */
export function uncheckedNeedsAccumulator(instrument: Instrument, options: NeedsReportOptions): NeedsAccumulator {
  return new Needs(instrument, options);
}

const kindOf = (value: unknown): string => (value === null ? 'null' : Array.isArray(value) ? 'a list' : typeof value);

/**
 * The options of `needsReport` and `needsAccumulator`, parsed as `cohortReport`'s are: they fail
 * closed (a `minCell` below 2, NaN or a fraction, a share outside 0–1, a malformed period, an
 * unknown role or a bad threshold throws a `TypeError` or `RangeError` naming the option, never
 * a weaker report), and no message repeats the value given.
 */
function parseNeedsReportOptions(value: unknown): NeedsReportOptions {
  if (value === undefined) return {};
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new TypeError(`The options must be an object; got ${kindOf(value)}.`);
  const options = value as Record<string, unknown>;
  const out: NeedsReportOptions = {
    minCell: parseMinCell(options.minCell, DEFAULT_MIN_CELL),
    complementarySuppression: parseBooleanOption('complementarySuppression', options.complementarySuppression, true),
    mixVersions: parseBooleanOption('mixVersions', options.mixVersions, false),
    lowShare: parseNumberOption('lowShare', options.lowShare, 1 / 3, {
      min: 0,
      max: 1,
      minExclusive: true,
      maxExclusive: true,
    }),
  };
  const referenceSd = parseReferenceSds(options.referenceSd);
  if (referenceSd !== undefined) out.referenceSd = referenceSd;
  const reliability = parseReliabilities(options.reliability);
  if (reliability !== undefined) out.reliability = reliability;
  const period = parsePeriod(options.period);
  if (period !== undefined) out.period = period;
  if (options.role !== undefined) {
    if (!respondentRoles.includes(options.role as RespondentRole))
      throw new RangeError(`The option role must be one of ${respondentRoles.join(', ')}.`);
    out.role = options.role as RespondentRole;
  }
  const thresholds = options.reliableChange;
  if (thresholds !== undefined) {
    if (!Array.isArray(thresholds))
      throw new TypeError(`The option reliableChange must be a list; got ${kindOf(thresholds)}.`);
    if (thresholds.length > 10_000) throw new RangeError('The option reliableChange may have at most 10000 entries.');
    out.reliableChange = thresholds.map((entry: unknown, i) => {
      const name = `reliableChange[${i}]`;
      if (typeof entry !== 'object' || entry === null || typeof (entry as { areaId?: unknown }).areaId !== 'string')
        throw new TypeError(`The option ${name} must be { areaId, threshold }.`);
      const { areaId, threshold } = entry as { areaId: string; threshold: unknown };
      return {
        areaId,
        threshold:
          threshold === null
            ? null
            : parseNumberOption(`${name}.threshold (area ${JSON.stringify(shortKey(areaId))})`, threshold, 0, {
                min: 0,
                max: 1e9,
                minExclusive: true,
              }),
      };
    });
  }
  return out;
}

class Needs implements NeedsAccumulator {
  // The records themselves are kept, as in cohortReport: a participant's start may come in one
  // batch and the amendment that replaces it in another, so only the whole can be paired.
  // Batches as given (not copied: a report is computed before the caller can change them).
  readonly assessments: (readonly Assessment[])[] = [];
  readonly goals: (readonly AreaGoal[])[] = [];
  readonly episodes: (readonly InterventionEpisode[])[] = [];
  readonly interventions = new Map<string, Intervention>();

  constructor(
    readonly instrument: Instrument,
    readonly options: NeedsReportOptions,
  ) {}

  add(data: Partial<CohortData>): this {
    if (data.assessments?.length) this.assessments.push(data.assessments);
    if (data.goals?.length) this.goals.push(data.goals);
    if (data.episodes?.length) this.episodes.push(data.episodes);
    // The first definition of an id wins whatever the order of batches: keep the smallest by JSON.
    for (const iv of data.interventions ?? []) {
      const seen = this.interventions.get(iv.id);
      if (!seen || JSON.stringify(iv) < JSON.stringify(seen)) this.interventions.set(iv.id, iv);
    }
    return this;
  }

  merge(other: NeedsAccumulator): this {
    if (!(other instanceof Needs)) throw new TypeError('Only needs accumulators can be merged.');
    this.assessments.push(...other.assessments);
    this.goals.push(...other.goals);
    this.episodes.push(...other.episodes);
    return this.add({ interventions: [...other.interventions.values()] });
  }

  result(): NeedsReport {
    return buildNeeds(this);
  }
}

/**
 * Each record's participant number (-1 when `index` has no such participant and `grow` is false).
 * Records mostly come in runs of one participant, so a run costs one Map look-up.
 */
function subjectsOf(
  records: readonly { subjectId: string; role?: string }[],
  index: Map<string, number>,
  grow: boolean,
  role?: string,
): Int32Array {
  const out = new Int32Array(records.length);
  let previous: string | null = null;
  let slot = -1;
  for (let i = 0; i < records.length; i++) {
    if (role !== undefined && records[i]!.role !== role) {
      out[i] = -1;
      continue;
    }
    const id = records[i]!.subjectId;
    if (id !== previous) {
      previous = id;
      let s = index.get(id);
      if (s === undefined && grow) {
        s = index.size;
        index.set(id, s);
      }
      slot = s ?? -1;
    }
    out[i] = slot;
  }
  return out;
}

/** Positions grouped by participant with one counting sort: participant s owns `order[start[s] .. start[s + 1])`, in input order. */
function groupBy(subjects: Int32Array, subjectCount: number): { order: Int32Array; start: Int32Array } {
  const start = new Int32Array(subjectCount + 1);
  for (let i = 0; i < subjects.length; i++) if (subjects[i]! >= 0) start[subjects[i]! + 1]! += 1;
  for (let s = 0; s < subjectCount; s++) start[s + 1]! += start[s]!;
  const next = start.slice(0, subjectCount);
  const order = new Int32Array(start[subjectCount]!);
  for (let i = 0; i < subjects.length; i++) if (subjects[i]! >= 0) order[next[subjects[i]!]!++] = i;
  return { order, start };
}

/**
 * The start and latest assessment of one participant, as `resolveTimeline` picks them, for the
 * common case it can be read without that machinery: every record completed, of this
 * instrument and version, with distinct ids, and no period. Returns false for anything else
 * (the caller then asks resolveTimeline). The order is resolveTimeline's: time, occasion, id.
 */
function quickPair(
  instrument: Instrument,
  records: readonly Assessment[],
  order: Int32Array,
  from: number,
  to: number,
  times: Float64Array,
  picked: (Assessment | null)[],
): boolean {
  const n = to - from;
  if (n > times.length) return false;
  for (let k = 0; k < n; k++) {
    const a = records[order[from + k]!]!;
    if (a.status !== 'completed' || a.instrument.id !== instrument.id || a.instrument.version !== instrument.version)
      return false;
    for (let j = 0; j < k; j++) if (records[order[from + j]!]!.id === a.id) return false;
    timeInto(a.authored, times, k);
  }
  const before = (x: number, y: number) => {
    const ax = records[order[from + x]!]!;
    const ay = records[order[from + y]!]!;
    const dt = times[x]! - times[y]!;
    if (dt !== 0) return dt < 0;
    const dr = occasionOrder(ax.occasion) - occasionOrder(ay.occasion);
    if (dr !== 0) return dr < 0;
    return ax.id < ay.id;
  };
  let first = 0;
  for (let k = 1; k < n; k++) if (before(k, first)) first = k;
  // Latest: the last exit that is not the start, else the last record (when there are two or more).
  let lastExit = -1;
  let last = -1;
  for (let k = 0; k < n; k++) {
    if (k === first) continue;
    if (last < 0 || before(last, k)) last = k;
    if (records[order[from + k]!]!.occasion === 'exit' && (lastExit < 0 || before(lastExit, k))) lastExit = k;
  }
  picked[0] = n > 0 ? records[order[from + first]!]! : null;
  const latest = lastExit >= 0 ? lastExit : last;
  picked[1] = latest >= 0 ? records[order[from + latest]!]! : null;
  return true;
}

/** The batches end to end (the batch itself when there is one). */
function joined<T>(chunks: readonly (readonly T[])[]): readonly T[] {
  if (chunks.length === 1) return chunks[0]!;
  const out: T[] = [];
  for (const chunk of chunks) for (const record of chunk) out.push(record);
  return out;
}

/**
 * Whether the record at `order[k]` has an id an earlier record of the same participant had (the
 * same goal or episode added twice). A participant has a handful, so a scan beats a Set of all ids.
 */
function repeated(
  records: readonly { id?: string | undefined }[],
  order: Int32Array,
  from: number,
  k: number,
): boolean {
  const id = records[order[k]!]!.id;
  if (id === undefined) return false;
  for (let j = from; j < k; j++) if (records[order[j]!]!.id === id) return true;
  return false;
}

function overlaps(start: string, end: string | undefined, period: Period | undefined): boolean {
  if (!period) return true;
  if (period.to && start.slice(0, 10) > period.to) return false;
  if (period.from && end !== undefined && end.slice(0, 10) < period.from) return false;
  return true;
}

function buildNeeds(acc: Needs): NeedsReport {
  const { instrument, options } = acc;
  const role = options.role ?? 'participant';
  const minCell = options.minCell ?? DEFAULT_MIN_CELL;
  const complementary = options.complementarySuppression ?? true;
  const lowShare = options.lowShare ?? 1 / 3;
  const plan: RolePlan = rolePlan(instrument, role);
  const areaCount = plan.areas.length;
  const areaSlot = new Map(plan.areas.map((a, i) => [a.area.id, i]));

  // Per area: where a start score counts as low, and the reliable-change threshold.
  const lowLimit = plan.areas.map((a) =>
    a.direction === 'lowerIsBetter' ? a.max - lowShare * (a.max - a.min) : a.min + lowShare * (a.max - a.min),
  );
  const given = new Map((options.reliableChange ?? []).map((r) => [r.areaId, r.threshold]));
  const threshold = plan.areas.map((a) => {
    if (given.has(a.area.id)) return given.get(a.area.id) ?? null;
    const { sd, reliability } = rciParameters(a, options);
    const sDiff = sd === null || reliability === null ? null : standardErrorOfDifference(sd, reliability);
    return sDiff === null || !Number.isFinite(sDiff) ? null : 1.96 * sDiff;
  });

  // Interventions: the areas each targets and its provider.
  const providers = providerOrder.filter((p) => [...acc.interventions.values()].some((iv) => iv.provider === p));
  const providerSlot = new Map(providers.map((p, i) => [p, i]));
  const targets = new Map<string, { areas: number[]; provider: number }>();
  for (const iv of acc.interventions.values()) {
    targets.set(iv.id, {
      areas: iv.targetAreaIds.flatMap((id) => (areaSlot.has(id) ? [areaSlot.get(id)!] : [])),
      provider: providerSlot.get(iv.provider)!,
    });
  }

  const index = new Map<string, number>();
  const assessments = joined(acc.assessments);
  const goals = joined(acc.goals);
  const episodes = joined(acc.episodes);
  const assessmentSubjects = subjectsOf(assessments, index, true, role);
  const subjectCount = index.size;
  const ofAssessments = groupBy(assessmentSubjects, subjectCount);
  // Goals and episodes of people without any rating by the role cannot be placed against a start; they are left out.
  // Records outside the period are dropped here; repeated ids within a participant in the loop below.
  const goalSubjects = subjectsOf(goals, index, false);
  if (options.period)
    goals.forEach((g, i) => {
      if (!overlaps(g.setAt, undefined, options.period)) goalSubjects[i] = -1;
    });
  const ofGoals = groupBy(goalSubjects, subjectCount);
  const episodeSubjects = subjectsOf(episodes, index, false);
  if (options.period)
    episodes.forEach((e, i) => {
      if (!overlaps(e.start, e.end, options.period)) episodeSubjects[i] = -1;
    });
  const ofEpisodes = groupBy(episodeSubjects, subjectCount);

  const counts: AreaCounts[] = plan.areas.map(() => ({
    need: 0,
    goalSet: 0,
    lowStart: 0,
    withIntervention: 0,
    byProvider: new Int32Array(providers.length),
    goalsEvaluated: 0,
    goalReached: 0,
  }));
  let started = 0;
  let paired = 0;
  let reliablyImprovedAny = 0;
  let withGoals = 0;
  let reachedAnyGoal = 0;
  // Who is in each count, for the audit of differences (only when it runs): per area the counts
  // in the order of AREA_CELLS, then the providers; the participant-level ones apart.
  const audit = complementary && subjectCount > 0;
  const areaMembers = audit ? plan.areas.map(() => new CountMembers(AREA_CELLS + providers.length, subjectCount)) : [];
  const participantMembers = audit ? new CountMembers(5, subjectCount) : null;

  const baseKeys = new Float64Array(areaCount + 1);
  const lastKeys = new Float64Array(areaCount + 1);
  const answered = new Int32Array(areaCount);
  const goalHere = new Uint8Array(areaCount);
  const evaluatedHere = new Uint8Array(areaCount);
  const reachedHere = new Uint8Array(areaCount);
  const providerHere = new Uint8Array(areaCount * Math.max(1, providers.length));
  const targetedHere = new Uint8Array(areaCount);
  const timelineOptions = { mixVersions: options.mixVersions ?? false, period: options.period };
  // resolveTimeline handles every case; quickPair the common one, without allocating (see quickPair).
  const quick = options.period === undefined;
  const times = new Float64Array(32);
  const picked: (Assessment | null)[] = [null, null];

  for (let s = 0; s < subjectCount; s++) {
    const from = ofAssessments.start[s]!;
    const to = ofAssessments.start[s + 1]!;
    if (!quick || !quickPair(instrument, assessments, ofAssessments.order, from, to, times, picked)) {
      const own: Assessment[] = [];
      for (let k = from; k < to; k++) own.push(assessments[ofAssessments.order[k]!]!);
      const timeline = resolveTimeline(instrument, own, timelineOptions);
      picked[0] = timeline.baseline;
      picked[1] = timeline.latest;
    }
    const baseline = picked[0];
    const latest = picked[1];
    if (!baseline) continue;
    started += 1;
    participantMembers?.set(0, s);
    scoreKeys(plan, baseline.answers, baseKeys, answered);
    if (latest) {
      paired += 1;
      participantMembers?.set(1, s);
      scoreKeys(plan, latest.answers, lastKeys, answered);
      let reliable = false;
      for (let a = 0; a < areaCount && !reliable; a++) {
        const t = threshold[a];
        const before = baseKeys[a]!;
        const after = lastKeys[a]!;
        if (t === null || t === undefined || Number.isNaN(before) || Number.isNaN(after)) continue;
        const denominator = plan.areas[a]!.denominator;
        const delta = (after - before) / denominator;
        const better = plan.areas[a]!.direction === 'lowerIsBetter' ? -delta : delta;
        if (better > t) reliable = true;
      }
      if (reliable) {
        reliablyImprovedAny += 1;
        participantMembers?.set(2, s);
      }
    }

    goalHere.fill(0);
    evaluatedHere.fill(0);
    reachedHere.fill(0);
    const goalsFrom = ofGoals.start[s]!;
    for (let k = goalsFrom; k < ofGoals.start[s + 1]!; k++) {
      const goal = goals[ofGoals.order[k]!]!;
      if (repeated(goals, ofGoals.order, goalsFrom, k)) continue;
      const a = areaSlot.get(goal.areaId);
      if (a === undefined) continue;
      goalHere[a] = 1;
      if (goal.status === 'dropped' || !latest) continue;
      // A goal is judged at a follow-up, with a latest score or marked achieved, as in cohortReport.
      const areaPlan = plan.areas[a]!;
      const latestScore = latest && !Number.isNaN(lastKeys[a]!) ? lastKeys[a]! / areaPlan.denominator : null;
      if (goal.status === 'achieved') {
        evaluatedHere[a] = 1;
        reachedHere[a] = 1;
      } else if (latestScore !== null) {
        evaluatedHere[a] = 1;
        const left =
          areaPlan.direction === 'lowerIsBetter' ? latestScore - goal.targetValue : goal.targetValue - latestScore;
        if (left <= 1e-9) reachedHere[a] = 1;
      }
    }

    targetedHere.fill(0);
    providerHere.fill(0);
    const episodesFrom = ofEpisodes.start[s]!;
    for (let k = episodesFrom; k < ofEpisodes.start[s + 1]!; k++) {
      if (repeated(episodes, ofEpisodes.order, episodesFrom, k)) continue;
      const target = targets.get(episodes[ofEpisodes.order[k]!]!.interventionId);
      if (!target) continue;
      for (const a of target.areas) {
        targetedHere[a] = 1;
        providerHere[a * providers.length + target.provider] = 1;
      }
    }

    let anyEvaluated = false;
    let anyReached = false;
    for (let a = 0; a < areaCount; a++) {
      const before = baseKeys[a]!;
      const score = Number.isNaN(before) ? null : before / plan.areas[a]!.denominator;
      const low =
        score !== null &&
        (plan.areas[a]!.direction === 'lowerIsBetter' ? score >= lowLimit[a]! - 1e-9 : score <= lowLimit[a]! + 1e-9);
      const goal = goalHere[a] === 1;
      if (evaluatedHere[a]) anyEvaluated = true;
      if (reachedHere[a]) anyReached = true;
      if (!low && !goal) continue;
      const c = counts[a]!;
      c.need += 1;
      if (goal) c.goalSet += 1;
      if (low) c.lowStart += 1;
      if (targetedHere[a]) c.withIntervention += 1;
      for (let p = 0; p < providers.length; p++) if (providerHere[a * providers.length + p]) c.byProvider[p]! += 1;
      if (evaluatedHere[a]) c.goalsEvaluated += 1;
      if (reachedHere[a]) c.goalReached += 1;
      if (audit) {
        const m = areaMembers[a]!;
        m.set(0, s);
        if (goal) m.set(1, s);
        if (low) m.set(2, s);
        m.set(targetedHere[a] ? 3 : 4, s);
        if (evaluatedHere[a]) m.set(5, s);
        if (reachedHere[a]) m.set(6, s);
        for (let p = 0; p < providers.length; p++) if (providerHere[a * providers.length + p]) m.set(AREA_CELLS + p, s);
      }
    }
    if (anyEvaluated) {
      withGoals += 1;
      participantMembers?.set(3, s);
    }
    if (anyReached) {
      reachedAnyGoal += 1;
      participantMembers?.set(4, s);
    }
  }

  const small = (n: number) => n > 0 && n < minCell;
  const shown = (n: number, reason: SuppressionReason | null): NeedsCount => ({
    count: reason === null ? n : null,
    reason,
  });
  const people = [started, paired, reliablyImprovedAny, withGoals, reachedAnyGoal];
  const peopleHidden: (SuppressionReason | null)[] = people.map((n) => (small(n) ? 'belowMinCell' : null));
  // A share of too few is withheld with its base.
  if (paired < minCell) peopleHidden[2] = 'belowMinCell';
  if (withGoals < minCell) peopleHidden[4] = 'belowMinCell';

  const areaValues = counts.map((c) => [
    // In the order of AREA_CELLS, then the providers.
    c.need,
    c.goalSet,
    c.lowStart,
    c.withIntervention,
    c.need - c.withIntervention,
    c.goalsEvaluated,
    c.goalReached,
    ...c.byProvider,
  ]);
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
  if (participantMembers) {
    const own = AREA_CELLS + providers.length;
    const all = new CountMembers(areaCount * own + people.length, subjectCount);
    areaMembers.forEach((m, a) => all.bits.set(m.bits.subarray(0, own * m.words), a * own * all.words));
    all.bits.set(participantMembers.bits, areaCount * own * all.words);
    const hidden = [...areaHidden.flat(), ...peopleHidden];
    auditCounts([...areaValues.flat(), ...people], hidden, all, minCell);
    areaHidden.forEach((h, a) => {
      for (let c = 0; c < own; c++) h[c] = hidden[a * own + c] ?? null;
    });
    for (let k = 0; k < people.length; k++) peopleHidden[k] = hidden[areaCount * own + k] ?? null;
  }

  const areas: NeedsArea[] = plan.areas.map((areaPlan, a) => {
    const c = counts[a]!;
    const hidden = areaHidden[a]!;
    return {
      areaId: areaPlan.area.id,
      need: shown(c.need, hidden[0] ?? null),
      goalSet: shown(c.goalSet, hidden[1] ?? null),
      lowStart: shown(c.lowStart, hidden[2] ?? null),
      withIntervention: shown(c.withIntervention, hidden[3] ?? null),
      withoutIntervention: shown(c.need - c.withIntervention, hidden[4] ?? null),
      byProvider: providers.map((provider, p) => ({
        provider,
        ...shown(c.byProvider[p]!, hidden[AREA_CELLS + p] ?? null),
      })),
      goalsEvaluated: shown(c.goalsEvaluated, hidden[5] ?? null),
      goalReached: shown(c.goalReached, hidden[6] ?? null),
      // Read from the raw counts: a coarse flag (under a quarter) that reveals no single person.
      unmet: c.need >= minCell && c.withIntervention < c.need / 4,
    };
  });

  const period = options.period;
  return {
    instrument: { id: instrument.id, version: instrument.version },
    period: { from: period?.from ?? null, to: period?.to ?? null },
    role,
    lowShare,
    disclosure: { minCell, complementary, rule: disclosureRule(minCell, complementary) },
    participants: {
      started: shown(started, peopleHidden[0] ?? null),
      paired: shown(paired, peopleHidden[1] ?? null),
      reliablyImprovedAny: shown(reliablyImprovedAny, peopleHidden[2] ?? null),
      withGoals: shown(withGoals, peopleHidden[3] ?? null),
      reachedAnyGoal: shown(reachedAnyGoal, peopleHidden[4] ?? null),
    },
    providers,
    areas,
  };
}
