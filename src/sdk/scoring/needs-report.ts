import type { RespondentRole, Instrument } from '../model/instrument.js';
import type { Assessment, InstrumentRef } from '../model/assessment.js';
import type { AreaGoal } from '../model/goal.js';
import type { Intervention, InterventionEpisode, Provider } from '../model/intervention.js';
import type { CohortData } from '../model/cohort-data.js';
import { scoreKeys } from './scoring-plan.js';
import { occasionOrder, resolveTimeline, timeInto, type Period } from './timeline.js';
import type { ChangeOptions } from './compare-assessments.js';
import { DEFAULT_MIN_CELL } from './disclosure-control.js';
import type { SuppressionReason } from './cohort-report-types.js';
import { episodeKey, keepUniqueById } from './cohort-unique.js';
import { needsResult, needsSetup, NeedsTally } from './needs-tally.js';
import {
  parseBooleanOption,
  parseMinCell,
  optionsObject,
  parseNeedsOptions,
  parsePeriod,
  parseReferenceSds,
  parseReliabilities,
} from './options.js';

/** What the needs analysis reads from the data: `needsReport`'s own options, and `cohortReport`'s `needs`. */
export interface NeedsOptions {
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

/** Options of `needsReport` and `needsAccumulator`. */
export interface NeedsReportOptions extends NeedsOptions, Pick<ChangeOptions, 'referenceSd' | 'reliability'> {
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

/**
 * The options of `needsReport` and `needsAccumulator`, parsed as `cohortReport`'s are: they fail
 * closed (a `minCell` below 2, NaN or a fraction, a share outside 0–1, a malformed period, an
 * unknown role or a bad threshold throws a `TypeError` or `RangeError` naming the option, never
 * a weaker report), and no message repeats the value given.
 */
function parseNeedsReportOptions(value: unknown): NeedsReportOptions {
  const options = optionsObject('options', value);
  const out: NeedsReportOptions = {
    ...parseNeedsOptions(options),
    minCell: parseMinCell(options.minCell, DEFAULT_MIN_CELL),
    complementarySuppression: parseBooleanOption('complementarySuppression', options.complementarySuppression, true),
    mixVersions: parseBooleanOption('mixVersions', options.mixVersions, false),
  };
  const referenceSd = parseReferenceSds(options.referenceSd);
  if (referenceSd !== undefined) out.referenceSd = referenceSd;
  const reliability = parseReliabilities(options.reliability);
  if (reliability !== undefined) out.reliability = reliability;
  const period = parsePeriod(options.period);
  if (period !== undefined) out.period = period;
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

function buildNeeds(acc: Needs): NeedsReport {
  const { instrument, options } = acc;
  const setup = needsSetup(instrument, options, acc.interventions.values());
  const { plan, role, period } = setup;
  const areaCount = plan.areas.length;

  const index = new Map<string, number>();
  const assessments = joined(acc.assessments);
  const goals = joined(acc.goals);
  const episodes = joined(acc.episodes);
  const assessmentSubjects = subjectsOf(assessments, index, true, role);
  const subjectCount = index.size;
  const ofAssessments = groupBy(assessmentSubjects, subjectCount);
  // Goals and episodes of people without any rating by the role cannot be placed against a start; they are left out.
  const ofGoals = groupBy(subjectsOf(goals, index, false), subjectCount);
  const ofEpisodes = groupBy(subjectsOf(episodes, index, false), subjectCount);

  const tally = new NeedsTally(setup, setup.complementary);
  const baseKeys = new Float64Array(areaCount + 1);
  const lastKeys = new Float64Array(areaCount + 1);
  const answered = new Int32Array(areaCount + 1);
  const timelineOptions = { mixVersions: options.mixVersions ?? false, period };
  // resolveTimeline handles every case; quickPair the common one, without allocating (see quickPair).
  const quick = period === undefined;
  const times = new Float64Array(32);
  const picked: (Assessment | null)[] = [null, null];
  const ownGoals: AreaGoal[] = [];
  const ownEpisodes: InterventionEpisode[] = [];
  const ignored = { conflicts: 0 };

  for (let s = 0; s < subjectCount; s++) {
    const from = ofAssessments.start[s]!;
    const to = ofAssessments.start[s + 1]!;
    if (!quick || !quickPair(instrument, assessments, ofAssessments.order, from, to, times, picked)) {
      const records: Assessment[] = [];
      for (let k = from; k < to; k++) records.push(assessments[ofAssessments.order[k]!]!);
      const timeline = resolveTimeline(instrument, records, timelineOptions);
      picked[0] = timeline.baseline;
      picked[1] = timeline.latest;
    }
    const baseline = picked[0];
    const latest = picked[1];
    if (!baseline) continue;
    scoreKeys(plan, baseline.answers, baseKeys, answered);
    if (latest) scoreKeys(plan, latest.answers, lastKeys, answered);
    // The same goal or episode given twice counts once; of two versions under one id, the one
    // cohortReport keeps, whatever the order of the batches.
    const goalCount = ownRecords(goals, ofGoals, s, ownGoals);
    const episodeCount = ownRecords(episodes, ofEpisodes, s, ownEpisodes);
    tally.count(
      s,
      baseKeys,
      lastKeys,
      latest !== null,
      ownGoals,
      keepUniqueById(ownGoals, goalCount, ignored),
      ownEpisodes,
      keepUniqueById(ownEpisodes, episodeCount, ignored, episodeKey),
    );
  }
  return needsResult(tally);
}

/** Copies participant `s`'s records into `into` (reused) and returns how many there are. */
function ownRecords<T>(
  records: readonly T[],
  grouped: { order: Int32Array; start: Int32Array },
  s: number,
  into: T[],
): number {
  let n = 0;
  for (let k = grouped.start[s]!; k < grouped.start[s + 1]!; k++) into[n++] = records[grouped.order[k]!]!;
  return n;
}
