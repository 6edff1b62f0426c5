import type { Instrument, RespondentRole } from '../model/instrument.js';
import type { Assessment } from '../model/assessment.js';
import type { AreaGoal } from '../model/goal.js';
import type { ProgressionCard } from '../model/progression-card.js';
import type {
  Intervention,
  InterventionCategory,
  InterventionEpisode,
  ParticipantAttributes,
} from '../model/intervention.js';
import type { CohortData } from '../model/cohort-data.js';
import { issue, type StegIssue } from '../model/issues.js';
import { rolePlan, scoreKeys, type RolePlan } from './scoring-plan.js';
import {
  endOf,
  occasionOrder,
  resolveTimeline,
  timeInto,
  timeOf,
  type ExclusionReason,
  type Period,
} from './timeline.js';
import { rciParameters, type ChangeOptions } from './compare-assessments.js';
import { standardErrorOfDifference } from './reliable-change.js';
import { DEFAULT_MINIMAL_CHANGE } from './change-direction.js';
import {
  cellLayout,
  CellCounts,
  Contribution,
  F_ACHIEVED,
  F_CARD_PEOPLE,
  F_CARDS,
  F_GOAL_PEOPLE,
  F_GOALS,
  F_MIXED,
  F_REACHED,
  F_STARTED,
  type CellLayout,
} from './cohort-cells.js';
import { histogramSd, metricStatistics, type MetricStatistics } from './cohort-statistics.js';
import { DEFAULT_MIN_CELL, disclosureRule, suppressPartition } from './disclosure-control.js';
import { auditRole, RoleMembers, type AuditGroup, type AuditMembers } from './disclosure-audit.js';
import type {
  CellPart,
  CohortBreakdown,
  CohortBreakdownKind,
  CohortCell,
  CohortGroup,
  CohortReport,
  CohortRoleReport,
  SuppressionReason,
  Withheld,
} from './cohort-report-types.js';

/** Options of `cohortReport` and `cohortAccumulator`. */
export interface CohortReportOptions extends ChangeOptions {
  /** Figures from fewer participants than this are withheld. Default 5; 1 turns suppression off. */
  minCell?: number;
  /** Hide extra groups so a withheld one cannot be recovered by subtraction. Default true. */
  complementarySuppression?: boolean;
  /** Only assessments authored in this period count; interventions and cards are read in it too. */
  period?: Period;
  /** Pair assessments of other versions of the instrument (flagged); default false: they are left out. */
  mixVersions?: boolean;
  /** The roles to report on; default every role of the instrument. */
  roles?: RespondentRole[];
  /** The breakdowns to build; default all of them. */
  breakdowns?: CohortBreakdownKind[];
}

/**
 * A cohort report built in parts: `add` batches of data, `merge` accumulators built elsewhere,
 * and `result()` the report. However the data is split over `add` calls and accumulators, and
 * in whatever order they are merged, `result()` is exactly the same as one pass over all of it.
 */
export interface CohortAccumulator {
  /** Adds a batch of data (any subset of the lists; a participant's data may be spread over batches). */
  add(data: Partial<CohortData>): CohortAccumulator;
  /** Takes in everything another accumulator has seen (the other is left unchanged). Returns this one. */
  merge(other: CohortAccumulator): CohortAccumulator;
  /** The report over everything added and merged so far. */
  result(): CohortReport;
}

/**
 * What is kept until `result()`: every record, filed under its participant. A participant's
 * assessments may arrive in different batches — an amendment in one, the original in another —
 * and pairing needs all of them, so the accumulator keeps the participants' own records, not
 * statistics. Merging is then a union, which is associative and commutative, and `result()`
 * reads each participant's records in an order-independent way; the statistics themselves are
 * integer counts (cohort-cells.ts).
 *
 * Records are kept in flat lists with the participant's number alongside (not in a list per
 * participant): a hundred thousand small lists would cost more to allocate and collect than the
 * whole report takes to compute. `result()` groups them with one counting sort. (The first batch
 * waits unfiled until needed: if it is the only one and runs in participant order, `result()`
 * reads it in one pass instead — see groupSorted.)
 */
class RecordList<T, C = undefined> {
  /**
   * Batches as added, with each record's participant number. `add()` files copies, so later changes to the caller's
   * arrays do not leak in; only `reportOnce`, which is done before the caller can change them, files the caller's own.
   */
  readonly chunks: { records: readonly T[]; subjects: Int32Array; columns: C }[] = [];

  add(records: readonly T[], subjects: Int32Array, columns: C): void {
    if (records.length > 0) this.chunks.push({ records, subjects, columns });
  }

  /** All records, and their positions grouped by participant: participant s owns `order[start[s] .. start[s + 1])`. */
  grouped(subjectCount: number): { records: readonly T[]; order: Int32Array; start: Int32Array } {
    const records = this.chunks.length === 1 ? this.chunks[0]!.records : this.chunks.flatMap((c) => c.records as T[]);
    const n = records.length;
    const subjects = concatenated(
      this.chunks.map((c) => c.subjects),
      Int32Array,
      n,
    );
    const start = new Int32Array(subjectCount + 1);
    for (let i = 0; i < n; i++) start[subjects[i]! + 1]! += 1;
    for (let s = 0; s < subjectCount; s++) start[s + 1]! += start[s]!;
    const next = start.slice(0, subjectCount);
    const order = new Int32Array(n);
    for (let i = 0; i < n; i++) order[next[subjects[i]!]!++] = i;
    return { records, order, start };
  }
}

/** Typed arrays of the batches end to end (the one array itself when there is one batch). */
function concatenated<A extends Int32Array | Float64Array | Uint8Array>(
  parts: A[],
  type: { new (n: number): A },
  n: number,
): A {
  if (parts.length === 1) return parts[0]!;
  const out = new type(n);
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

/**
 * What `result()` needs to know about every assessment before it picks a participant's pair,
 * read once when the assessment is added: its time, occasion, role, status and instrument as
 * small numbers, and a hash of its id. Picking baseline and latest then compares numbers in
 * flat arrays instead of reading strings scattered over the heap; only the two assessments
 * picked are read again (for their answers).
 */
interface AssessmentColumns {
  /** `timeOf(authored)`. */
  time: Float64Array;
  /** Bits: occasion rank (0–1), occasion known (2), role (3–4), completed (5), instrument (6–7). */
  meta: Uint8Array;
  /** A hash of the id: ids are compared as strings only when their hashes agree. */
  hash: Int32Array;
  /** The answers, so that scoring the pair picked need not read the assessment again. */
  answers: Assessment['answers'][];
}

const M_RANK = 0b11;
const M_OCCASION_KNOWN = 1 << 2;
const M_ROLE_SHIFT = 3;
const M_COMPLETED = 1 << 5;
const M_INSTRUMENT_SHIFT = 6;
/** Instrument bits: another instrument, this instrument in another version, this instrument and version. */
const I_OTHER = 0;
const I_OTHER_VERSION = 1;
const I_SAME = 2;
const roleCodes: readonly RespondentRole[] = ['participant', 'caseManager', 'joint'];

/** The meta byte of one assessment against an instrument. */
function assessmentMeta(a: Assessment, instrumentId: string, version: string): number {
  const rank = occasionOrder(a.occasion);
  const role = roleCodes.indexOf(a.role);
  const which =
    a.instrument.id !== instrumentId ? I_OTHER : a.instrument.version !== version ? I_OTHER_VERSION : I_SAME;
  return (
    (rank < 0 ? 0 : rank | M_OCCASION_KNOWN) |
    ((role < 0 ? 3 : role) << M_ROLE_SHIFT) |
    (a.status === 'completed' ? M_COMPLETED : 0) |
    (which << M_INSTRUMENT_SHIFT)
  );
}

const EXIT_RANK = occasionOrder('exit');

/** FNV-1a over the id's UTF-16 code units. */
function idHash(id: unknown): number {
  if (typeof id !== 'string') return 0;
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
  return h;
}

function emptyColumns(n: number): AssessmentColumns {
  return {
    time: new Float64Array(n),
    meta: new Uint8Array(n),
    hash: new Int32Array(n),
    answers: new Array<Assessment['answers']>(n),
  };
}

function assessmentColumns(instrument: Instrument, records: readonly Assessment[]): AssessmentColumns {
  const n = records.length;
  const columns = emptyColumns(n);
  for (let i = 0; i < n; i++) fillColumns(columns, i, records[i]!, instrument.id, instrument.version);
  return columns;
}

function fillColumns(
  columns: AssessmentColumns,
  i: number,
  a: Assessment,
  instrumentId: string,
  version: string,
): void {
  timeInto(a.authored, columns.time, i);
  columns.meta[i] = assessmentMeta(a, instrumentId, version);
  columns.hash[i] = idHash(a.id);
  columns.answers[i] = a.answers;
}

/**
 * A list reused from one participant to the next: the first `count` items are live. (Setting
 * `length = 0` instead would drop the backing store, and every participant would allocate it again.)
 */
class Reused<T> {
  items: T[] = [];
  count = 0;
}

/** The records of one participant, as read by `buildReport`. */
interface SubjectRecords {
  goals: Reused<AreaGoal>;
  cards: Reused<ProgressionCard>;
  episodes: Reused<InterventionEpisode>;
  attributes: Reused<ParticipantAttributes>;
}

/** Everything an accumulator holds. */
interface Store {
  subjectIndex: Map<string, number>;
  /** Participant number → id. */
  subjectIds: string[];
  assessments: RecordList<Assessment, AssessmentColumns>;
  goals: RecordList<AreaGoal>;
  cards: RecordList<ProgressionCard>;
  episodes: RecordList<InterventionEpisode>;
  attributes: RecordList<ParticipantAttributes>;
  interventions: Intervention[];
}

type ListName = 'assessments' | 'goals' | 'cards' | 'episodes' | 'attributes';
const listNames: ListName[] = ['assessments', 'goals', 'cards', 'episodes', 'attributes'];

const categoryOrder: InterventionCategory[] = ['jobFocused', 'competence', 'health', 'social', 'coordination'];
const genderOrder = ['woman', 'man', 'other', 'unknown'] as const;
const allBreakdowns: CohortBreakdownKind[] = [
  'interventionCategory',
  'intervention',
  'parallelSupport',
  'gender',
  'unit',
];

/** Creates an empty cohort accumulator for an instrument. */
export function cohortAccumulator(instrument: Instrument, options: CohortReportOptions = {}): CohortAccumulator {
  return new Accumulator(instrument, options);
}

/**
 * `cohortAccumulator(instrument, options).add(data).result()` without the copy `add` makes of
 * the lists (1.26 million pointers, 10 MB, on the bench cohort): the report is done before the
 * caller can change them.
 */
export function reportOnce(
  instrument: Instrument,
  data: Partial<CohortData>,
  options: CohortReportOptions = {},
): CohortReport {
  return Accumulator.once(instrument, data, options);
}

class Accumulator implements CohortAccumulator {
  readonly #instrument: Instrument;
  readonly #options: CohortReportOptions;
  readonly #store: Store = {
    subjectIndex: new Map(),
    subjectIds: [],
    assessments: new RecordList(),
    goals: new RecordList(),
    cards: new RecordList(),
    episodes: new RecordList(),
    attributes: new RecordList(),
    interventions: [],
  };

  /**
   * The first batch, kept as added until something needs it filed (another batch, a merge, or
   * data out of participant order): a lone batch sorted by participant is read by result() in
   * one pass (groupSorted), without building the index of ids.
   */
  #pending: Batch | null = null;

  constructor(instrument: Instrument, options: CohortReportOptions) {
    this.#instrument = instrument;
    this.#options = options;
  }

  /** Files the pending batch, if any, as add() would have (without copying: its lists are copies already, or reportOnce's). */
  #filePending(): void {
    const batch = this.#pending;
    if (batch === null) return;
    this.#pending = null;
    this.#fileBatch(batch, false);
  }

  /** Files a batch; `copy` unless its lists are the accumulator's own already. */
  #fileBatch(data: Partial<Batch>, copy: boolean): void {
    const store = this.#store;
    this.#fileAssessments(data.assessments, copy);
    this.#file(data.goals, store.goals, copy);
    this.#file(data.cards, store.cards, copy);
    this.#file(data.episodes, store.episodes, copy);
    this.#file(data.participants, store.attributes, copy);
  }

  #subject(id: string): number {
    const index = this.#store.subjectIndex;
    let s = index.get(id);
    if (s === undefined) {
      s = index.size;
      index.set(id, s);
      this.#store.subjectIds.push(id);
    }
    return s;
  }

  /** Files records under their participant. Data usually lists a participant's records together, so the last one is remembered. */
  #file<T extends { subjectId: string }>(records: readonly T[] | undefined, list: RecordList<T>, copy: boolean): void {
    if (!records || records.length === 0) return;
    list.add(copy ? records.slice() : records, this.#subjects(records, null), undefined);
  }

  /** Files assessments, reading what picking a pair needs in the same pass. */
  #fileAssessments(records: readonly Assessment[] | undefined, copy: boolean): void {
    if (!records || records.length === 0) return;
    const columns = emptyColumns(records.length);
    this.#store.assessments.add(copy ? records.slice() : records, this.#subjects(records, columns), columns);
  }

  #subjects<T extends { subjectId: string }>(records: readonly T[], columns: AssessmentColumns | null): Int32Array {
    const subjects = new Int32Array(records.length);
    const { id: instrumentId, version } = this.#instrument;
    const ids = this.#store.subjectIds;
    let lastId: string | undefined;
    let last = -1;
    let guessed = 0;
    let missed = 0;
    for (let i = 0; i < records.length; i++) {
      const record = records[i]!;
      const id = record.subjectId;
      if (id !== lastId || last < 0) {
        lastId = id;
        // Lists usually follow one order of participants (the participant list's, say), perhaps
        // skipping some: the next few participants are tried before the index is asked — as
        // long as that pays (in a shuffled list it never does, and each try is a read).
        let next = -1;
        if (guessed >= missed) {
          for (let k = last + 1; k <= last + 4 && k < ids.length; k++) {
            if (ids[k] === id) {
              next = k;
              break;
            }
          }
          if (next >= 0) guessed += 1;
          else missed += 1;
        }
        last = next >= 0 ? next : this.#subject(id);
      }
      subjects[i] = last;
      if (columns) fillColumns(columns, i, record as unknown as Assessment, instrumentId, version);
    }
    return subjects;
  }

  add(data: Partial<CohortData>): this {
    return this.#add(data, true);
  }

  /**
   * `add`, with the first batch kept as given instead of copied when `copy` is false — only for
   * `reportOnce`, which has the report made before the caller can change the lists.
   */
  #add(data: Partial<CohortData>, copy: boolean): this {
    const store = this.#store;
    if (this.#pending === null && store.subjectIndex.size === 0) {
      const list = <T>(records: readonly T[] | undefined): readonly T[] =>
        records === undefined ? [] : copy ? records.slice() : records;
      this.#pending = {
        assessments: list(data.assessments),
        goals: list(data.goals),
        cards: list(data.cards),
        episodes: list(data.episodes),
        participants: list(data.participants),
      };
      for (const i of data.interventions ?? []) store.interventions.push(i);
      return this;
    }
    this.#filePending();
    this.#fileBatch(data, true);
    for (const i of data.interventions ?? []) store.interventions.push(i);
    return this;
  }

  merge(other: CohortAccumulator): this {
    if (!(other instanceof Accumulator))
      throw new TypeError('merge() takes an accumulator made by cohortAccumulator().');
    if (other === this) return this;
    this.#filePending();
    other.#filePending();
    const from = other.#store;
    // Participant numbers are local to an accumulator: translate the other's into ours.
    const translate = new Int32Array(from.subjectIndex.size);
    for (const [id, s] of from.subjectIndex) translate[s] = this.#subject(id);
    for (const name of listNames) {
      if (name === 'assessments') continue;
      const target = this.#store[name] as RecordList<unknown>;
      for (const chunk of (from[name] as RecordList<unknown>).chunks)
        target.add(
          chunk.records,
          chunk.subjects.map((s) => translate[s]!),
          undefined,
        );
    }
    // The columns depend on the instrument only through its id and version.
    const ours = this.#instrument;
    const same = other.#instrument.id === ours.id && other.#instrument.version === ours.version;
    for (const chunk of from.assessments.chunks) {
      this.#store.assessments.add(
        chunk.records,
        chunk.subjects.map((s) => translate[s]!),
        same ? chunk.columns : assessmentColumns(ours, chunk.records),
      );
    }
    this.#store.interventions.push(...from.interventions);
    return this;
  }

  /** The report on one batch, read where it lies (see reportOnce). */
  static once(instrument: Instrument, data: Partial<CohortData>, options: CohortReportOptions): CohortReport {
    return new Accumulator(instrument, options).#add(data, false).result();
  }

  result(): CohortReport {
    if (this.#pending !== null) {
      const report = reportWithAudit(
        this.#instrument,
        this.#options,
        groupSorted(this.#instrument, this.#pending, this.#store.interventions),
      );
      if (report) return report;
      this.#filePending();
    }
    return reportWithAudit(this.#instrument, this.#options, groupStore(this.#store))!;
  }
}

const idKey = (r: { id?: string | undefined }): string => r.id ?? JSON.stringify(r);

/**
 * Keeps one record per id among the first `count` records, in place, and returns how many are
 * left; which one is kept never depends on input order. The statistics built from the records
 * are counts, so the order they are left in does not matter. `keyOf` gives a record's identity,
 * which is its id whenever it has one.
 */
function keepUniqueById<T extends { id?: string | undefined }>(
  records: T[],
  count: number,
  tally: { conflicts: number },
  keyOf: (r: T) => string = idKey,
): number {
  if (count < 2) return count;
  if (count <= 16) {
    // Small lists (the usual case): a quadratic check allocates nothing when there are no duplicates.
    let withIds = true;
    for (let i = 0; i < count && withIds; i++) withIds = typeof records[i]!.id === 'string';
    let duplicate = false;
    for (let i = 1; i < count && !duplicate; i++) {
      const key = withIds ? records[i]!.id : keyOf(records[i]!);
      for (let j = 0; j < i; j++) if ((withIds ? records[j]!.id : keyOf(records[j]!)) === key) duplicate = true;
    }
    if (!duplicate) return count;
  }
  const byKey = new Map<string, T>();
  for (let i = 0; i < count; i++) {
    const r = records[i]!;
    const key = keyOf(r);
    const seen = byKey.get(key);
    if (seen === undefined) byKey.set(key, r);
    else if (seen !== r) {
      const a = JSON.stringify(seen);
      const b = JSON.stringify(r);
      if (a !== b) tally.conflicts += 1;
      if (b < a) byKey.set(key, r);
    }
  }
  let kept = 0;
  for (const r of byKey.values()) records[kept++] = r;
  return kept;
}

/** A participant's assessments for one role, as positions into the concatenated records and columns. */
interface RoleList {
  positions: Int32Array;
  count: number;
}

interface Pair {
  baseline: Assessment | null;
  latest: Assessment | null;
  baselineAnswers: Assessment['answers'];
  latestAnswers: Assessment['answers'];
  /** Baseline and latest were made with different versions of the instrument. */
  mixed: boolean;
  /** `timeOf` their `authored`. */
  baselineTime: number;
  latestTime: number;
}

/** Everything `pickPair` reads: all assessments end to end, with their columns. */
interface AssessmentTable {
  records: readonly Assessment[];
  time: Float64Array;
  meta: Uint8Array;
  hash: Int32Array;
  answers: readonly Assessment['answers'][];
}

const noAnswers: Assessment['answers'] = [];

/** Orders two assessments by time, then occasion, then id — the order of resolveTimeline. */
function compareAt(table: AssessmentTable, x: number, y: number): number {
  const d = table.time[x]! - table.time[y]!;
  if (d < 0) return -1;
  if (d > 0) return 1;
  // Equal times, or both unparseable (Infinity − Infinity): occasion, then id.
  const r = (table.meta[x]! & M_RANK) - (table.meta[y]! & M_RANK);
  if (r !== 0) return r;
  const a = table.records[x]!.id;
  const b = table.records[y]!.id;
  return a < b ? -1 : a > b ? 1 : 0;
}

const CLEAN = M_COMPLETED | M_OCCASION_KNOWN | (I_SAME << M_INSTRUMENT_SHIFT);
const CLEAN_MASK = M_COMPLETED | M_OCCASION_KNOWN | (0b11 << M_INSTRUMENT_SHIFT);

/**
 * Baseline and latest of one participant and role. The common case — every record completed,
 * of this instrument version, no duplicate ids, no period — takes a fast path over the columns
 * with the same result as resolveTimeline, which handles everything else.
 */
function pickPair(
  instrument: Instrument,
  table: AssessmentTable,
  list: RoleList,
  options: CohortReportOptions,
  excluded: Map<ExclusionReason, number>,
  out: Pair,
): Pair {
  const { positions, count } = list;
  const { meta, hash, records } = table;
  let clean = options.period === undefined;
  for (let i = 0; clean && i < count; i++) {
    const x = positions[i]!;
    if ((meta[x]! & CLEAN_MASK) !== CLEAN) clean = false;
    for (let j = 0; clean && j < i; j++) {
      const y = positions[j]!;
      if (hash[y] === hash[x] && records[y]!.id === records[x]!.id) clean = false;
    }
  }
  if (!clean) {
    const assessments: Assessment[] = [];
    for (let i = 0; i < count; i++) assessments.push(records[positions[i]!]!);
    const timeline = resolveTimeline(instrument, assessments, {
      mixVersions: options.mixVersions ?? false,
      ...(options.period ? { period: options.period } : {}),
    });
    for (const e of timeline.excluded) excluded.set(e.reason, (excluded.get(e.reason) ?? 0) + 1);
    const { baseline, latest } = timeline;
    out.baseline = baseline;
    out.latest = latest;
    out.baselineAnswers = baseline ? baseline.answers : noAnswers;
    out.latestAnswers = latest ? latest.answers : noAnswers;
    out.baselineTime = baseline ? timeOf(baseline.authored) : Number.NaN;
    out.latestTime = latest ? timeOf(latest.authored) : Number.NaN;
    out.mixed = baseline !== null && latest !== null && latest.instrument.version !== baseline.instrument.version;
    return out;
  }
  out.baseline = null;
  out.latest = null;
  if (count === 0) return out;
  let first = positions[0]!;
  for (let i = 1; i < count; i++) if (compareAt(table, positions[i]!, first) < 0) first = positions[i]!;
  let last = -1;
  let lastExit = -1;
  for (let i = 0; i < count; i++) {
    const x = positions[i]!;
    if (x === first) continue;
    if (last < 0 || compareAt(table, x, last) > 0) last = x;
    if ((meta[x]! & M_RANK) === EXIT_RANK && (lastExit < 0 || compareAt(table, x, lastExit) > 0)) lastExit = x;
  }
  const latest = lastExit >= 0 ? lastExit : last;
  out.baseline = records[first]!;
  out.baselineAnswers = table.answers[first]!;
  out.baselineTime = table.time[first]!;
  out.latest = latest >= 0 ? records[latest]! : null;
  out.latestAnswers = latest >= 0 ? table.answers[latest]! : noAnswers;
  out.latestTime = latest >= 0 ? table.time[latest]! : Number.NaN;
  // Every record here is of the instrument's own version.
  out.mixed = false;
  return out;
}

/** One role's cells: everyone, and the groups of each breakdown ("without" groups are derived at the end). */
interface RoleCells {
  plan: RolePlan;
  layout: CellLayout;
  areaSlot: Map<string, number>;
  all: CellCounts;
  /**
   * Participants by gender × unit × parallel-support group: each participant adds to one of
   * these, and everyone, each gender, each unit and each parallel-support group are sums of
   * them (see foldCombinations). One addition instead of four per participant.
   */
  combinations: (CellCounts | null)[];
  genders: Map<string, CellCounts>;
  units: Map<string, CellCounts>;
  /** "With" groups by category and intervention index. */
  categories: (CellCounts | null)[];
  interventions: (CellCounts | null)[];
  /** parallel, jobFocusedAlone, noJobFocused. */
  parallel: (CellCounts | null)[];
}

function periodEnd(period: Period | undefined): number {
  if (!period?.to) return Number.POSITIVE_INFINITY;
  return endOf(period.to);
}

/**
 * Records of one kind grouped by participant: participant s owns `records[order[i]]` for i in
 * `start[s] .. start[s + 1]` — or `records[i]` when `order` is null (the records run in
 * participant order already).
 */
interface Group<T> {
  records: readonly T[];
  order: Int32Array | null;
  start: ArrayLike<number>;
}

/** Everything `buildReport` reads. */
interface Grouped {
  /**
   * Calls `participant` for every participant number in turn, each once their records can be
   * read, and returns how many there were — or null when it had to stop (see groupSorted).
   */
  visit(participant: (subject: number) => void): number | null;
  assessments: Group<Assessment>;
  table: AssessmentTable;
  goals: Group<AreaGoal>;
  cards: Group<ProgressionCard>;
  episodes: Group<InterventionEpisode>;
  attributes: Group<ParticipantAttributes>;
  interventions: Intervention[];
}

/** Groups what an accumulator has filed. */
function groupStore(store: Store): Grouped {
  const subjectCount = store.subjectIndex.size;
  const assessments = store.assessments.grouped(subjectCount);
  const chunks = store.assessments.chunks;
  const n = assessments.records.length;
  return {
    visit(participant) {
      for (let subject = 0; subject < subjectCount; subject++) participant(subject);
      return subjectCount;
    },
    assessments,
    table: {
      records: assessments.records,
      time: concatenated(
        chunks.map((c) => c.columns.time),
        Float64Array,
        n,
      ),
      meta: concatenated(
        chunks.map((c) => c.columns.meta),
        Uint8Array,
        n,
      ),
      hash: concatenated(
        chunks.map((c) => c.columns.hash),
        Int32Array,
        n,
      ),
      answers: chunks.length === 1 ? chunks[0]!.columns.answers : chunks.flatMap((c) => c.columns.answers),
    },
    goals: store.goals.grouped(subjectCount),
    cards: store.cards.grouped(subjectCount),
    episodes: store.episodes.grouped(subjectCount),
    attributes: store.attributes.grouped(subjectCount),
    interventions: store.interventions,
  };
}

/** One batch as added, not yet filed under participant numbers. */
interface Batch {
  assessments: readonly Assessment[];
  goals: readonly AreaGoal[];
  cards: readonly ProgressionCard[];
  episodes: readonly InterventionEpisode[];
  participants: readonly ParticipantAttributes[];
}

// The runs of one participant are read in functions of their own, for the reason given at
// buildReport's participant(): small functions called often are optimized early and stay so.

/** Where the run of records of participant `id` starting at `from` ends. */
function runEnd(list: readonly { subjectId: string }[], from: number, id: string): number {
  let i = from;
  while (i < list.length && list[i]!.subjectId === id) i++;
  return i;
}

/** The same for assessments, filling in their columns on the way. */
function assessmentRun(
  list: readonly Assessment[],
  from: number,
  id: string,
  columns: AssessmentColumns,
  instrumentId: string,
  version: string,
): number {
  let i = from;
  for (; i < list.length && list[i]!.subjectId === id; i++) fillColumns(columns, i, list[i]!, instrumentId, version);
  return i;
}

/**
 * Groups one batch whose lists all run in ascending order of participant id — as exports
 * sorted by participant do, and the sample generator's — in one pass over all lists side by
 * side, like a merge join: no index of ids, and each participant is reported on as soon as
 * their records have been read, while those are still close at hand. The pass stops, and
 * visit() returns null, as soon as a list is out of order (or an id is not a string); the
 * report is then begun again on the batch filed the general way.
 */
function groupSorted(instrument: Instrument, batch: Batch, interventions: Intervention[]): Grouped {
  const lists: readonly (readonly { subjectId: string }[])[] = [
    batch.assessments,
    batch.goals,
    batch.cards,
    batch.episodes,
    batch.participants,
  ];
  const k = lists.length;
  // start[s + 1] is known as soon as participant s has been read: where their run ended.
  const starts: number[][] = lists.map(() => [0]);
  const columns = emptyColumns(batch.assessments.length);
  const group = <T>(records: readonly T[], l: number): Group<T> => ({ records, order: null, start: starts[l]! });
  let visited: number | null = null;
  return {
    visit(participant) {
      // Read once already (a second pass, see reportWithAudit): every run's end is known.
      if (visited !== null) {
        for (let subject = 0; subject < visited; subject++) participant(subject);
        return visited;
      }
      const cursors = new Int32Array(k);
      const { id: instrumentId, version } = instrument;
      let previous: string | null = null;
      let subjectCount = 0;
      for (;;) {
        // The next participant: the smallest id at any list's cursor.
        let id: string | null = null;
        for (let l = 0; l < k; l++) {
          const list = lists[l]!;
          if (cursors[l]! >= list.length) continue;
          const next: unknown = list[cursors[l]!]!.subjectId;
          if (typeof next !== 'string') return null;
          if (id === null || next < id) id = next;
        }
        if (id === null) return (visited = subjectCount);
        // Each list's run of this participant has been read whole, so an id not above the last one is out of order.
        if (previous !== null && !(previous < id)) return null;
        previous = id;
        for (let l = 0; l < k; l++) {
          const i = cursors[l]!;
          const end =
            l === 0
              ? assessmentRun(batch.assessments, i, id, columns, instrumentId, version)
              : runEnd(lists[l]!, i, id);
          cursors[l] = end;
          starts[l]!.push(end);
        }
        participant(subjectCount);
        subjectCount += 1;
      }
    },
    assessments: group(batch.assessments, 0),
    table: { records: batch.assessments, ...columns },
    goals: group(batch.goals, 1),
    cards: group(batch.cards, 2),
    episodes: group(batch.episodes, 3),
    attributes: group(batch.participants, 4),
    interventions,
  };
}

/**
 * The report; null when `grouped` stopped part way (the caller then groups the data another way).
 *
 * Speed trick, members on demand (about −15 % on the bench cohort): the disclosure audit needs
 * to know who is in which cell only when the published counts allow an attack (see
 * disclosure-audit.ts: candidates are found from the counts alone). So the report is first
 * built without recording members; only when the audit asks for them is it built again from
 * the same grouped data, recording them. Both passes read the same data in the same order, so
 * the report is the one a single recording pass gives.
 */
function reportWithAudit(instrument: Instrument, options: CohortReportOptions, grouped: Grouped): CohortReport | null {
  try {
    return buildReport(instrument, options, grouped, false);
  } catch (e) {
    if (e !== MEMBERS_NEEDED) throw e;
    return buildReport(instrument, options, grouped, true);
  }
}

/** Thrown by `unrecorded` when the audit asks for members that the pass did not record. */
const MEMBERS_NEEDED = new Error('members needed');

/** What the audit reads in a pass that records no members: it gets none, and the pass starts again. */
const unrecorded: AuditMembers = {
  bits() {
    throw MEMBERS_NEEDED;
  },
  family() {
    throw MEMBERS_NEEDED;
  },
};

/** The report, recording members for the audit when `record` (see reportWithAudit). */
function buildReport(
  instrument: Instrument,
  options: CohortReportOptions,
  grouped: Grouped,
  record: boolean,
): CohortReport | null {
  const interventionRecords = grouped.interventions;
  const minCell = Math.max(1, Math.floor(options.minCell ?? DEFAULT_MIN_CELL));
  const complementary = options.complementarySuppression ?? true;
  const minimalChange = options.minimalChange ?? DEFAULT_MINIMAL_CHANGE;
  const wanted = new Set(options.breakdowns ?? allBreakdowns);
  const byCategory = wanted.has('interventionCategory');
  const byIntervention = wanted.has('intervention');
  const roles = (options.roles ?? instrument.respondentRoles).filter((r) => instrument.respondentRoles.includes(r));
  const warnings: StegIssue[] = [];

  const catalogueTally = { conflicts: 0 };
  // The catalogue's order decides the order of breakdowns: by id, whatever order the batches came in.
  const interventions = interventionRecords.slice();
  interventions.length = keepUniqueById(interventions, interventions.length, catalogueTally);
  interventions.sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  if (catalogueTally.conflicts > 0) {
    warnings.push(
      issue(
        ['interventions'],
        'conflicting_records',
        `${catalogueTally.conflicts} intervention(s) appear with different contents under one id; one version was used.`,
        `${catalogueTally.conflicts} insats(er) förekommer med olika innehåll under samma id; en version användes.`,
      ),
    );
  }
  const interventionIndex = new Map(interventions.map((iv, i) => [iv.id, i]));
  const categories = categoryOrder.filter((c) => interventions.some((iv) => iv.category === c));
  const categoryIndex = new Map(categories.map((c, i) => [c, i]));
  const jobFocused = categoryIndex.get('jobFocused') ?? -1;
  const health = categoryIndex.get('health') ?? -1;
  const social = categoryIndex.get('social') ?? -1;

  const cellsByRole = roles.map((role): RoleCells => {
    const plan = rolePlan(instrument, role);
    const layout = cellLayout(plan);
    return {
      plan,
      layout,
      areaSlot: new Map(plan.areas.map((a, slot) => [a.area.id, slot])),
      all: new CellCounts(layout),
      combinations: [],
      genders: new Map(),
      units: new Map(),
      categories: categories.map(() => null),
      interventions: interventions.map(() => null),
      parallel: [null, null, null],
    };
  });
  const roleIndex = new Map(roles.map((r, i) => [r, i]));
  // Who is in which cell, for the audit over the whole report (disclosure-audit.ts).
  const audit = minCell > 1 && complementary;
  const members = audit && record ? cellsByRole.map((c) => new RoleMembers(c.layout)) : null;
  const periodStart = options.period?.from ? timeOf(options.period.from) : Number.NEGATIVE_INFINITY;
  const periodStop = periodEnd(options.period);

  const excluded = new Map<ExclusionReason, number>();
  let otherInstrument = 0;
  let assessmentsCounted = 0;
  let unknownInterventions = 0;
  let attributeConflicts = 0;
  const unitIndex = new Map<string, number>();
  let anyGender = false;
  let anyUnit = false;

  const maxMetrics = Math.max(1, ...cellsByRole.map((c) => c.layout.metrics.length)) + 1;
  const baseKeys = new Float64Array(maxMetrics);
  const latestKeys = new Float64Array(maxMetrics);
  const answered = new Int32Array(maxMetrics);
  const contribution = new Contribution();
  const goalPeople = new Uint8Array(maxMetrics);
  const cardPeople = new Uint8Array(maxMetrics);
  const categoriesHad = new Uint8Array(categories.length);
  const interventionsHad = new Uint8Array(interventions.length);
  const memberships = new Reused<CellCounts>();
  const pair: Pair = {
    baseline: null,
    latest: null,
    baselineAnswers: noAnswers,
    latestAnswers: noAnswers,
    mixed: false,
    baselineTime: Number.NaN,
    latestTime: Number.NaN,
  };
  const tally = { conflicts: 0 };
  const categoryOf = interventions.map((iv) => categoryIndex.get(iv.category)!);
  const episodeIntervention: number[] = [];
  const episodeCategory: number[] = [];
  const episodeStart: number[] = [];
  const episodeEnd: number[] = [];

  const otherLists = ['goals', 'cards', 'episodes', 'attributes'] as const;
  const groups: Group<unknown>[] = otherLists.map((name) => grouped[name]);
  const { assessments: assessmentGroups, table } = grouped;
  // Role code (see assessmentMeta) → position in `roles`, or -1 when the role is not reported on.
  const roleSlot = [0, 1, 2, 3].map((code) => roleIndex.get(roleCodes[code]!) ?? -1);
  const byRole: RoleList[] = roles.map(() => ({ positions: new Int32Array(16), count: 0 }));
  const records: SubjectRecords = {
    goals: new Reused(),
    cards: new Reused(),
    episodes: new Reused(),
    attributes: new Reused(),
  };
  // One participant at a time, in a function of its own: the engine optimizes a small function
  // called a hundred thousand times far sooner and more reliably than one long loop in a long one.
  // Index loops, not for…of, and lists reused, not reallocated: whatever it does per participant adds up.
  const participant = (subject: number): void => {
    for (let k = 0; k < otherLists.length; k++) {
      const { records: source, order, start } = groups[k]!;
      const target = records[otherLists[k]!] as Reused<unknown>;
      target.count = 0;
      const end = start[subject + 1]!;
      if (order === null) for (let i = start[subject]!; i < end; i++) target.items[target.count++] = source[i];
      else for (let i = start[subject]!; i < end; i++) target.items[target.count++] = source[order[i]!];
    }
    // Assessments by role; other instruments are counted and left out.
    for (let r = 0; r < byRole.length; r++) byRole[r]!.count = 0;
    {
      const { order, start } = assessmentGroups;
      const meta = table.meta;
      for (let i = start[subject]!; i < start[subject + 1]!; i++) {
        const x = order === null ? i : order[i]!;
        const m = meta[x]!;
        if (m >>> M_INSTRUMENT_SHIFT === I_OTHER) {
          otherInstrument += 1;
          continue;
        }
        assessmentsCounted += 1;
        const r = roleSlot[(m >>> M_ROLE_SHIFT) & 0b11]!;
        if (r >= 0) {
          const list = byRole[r]!;
          if (list.count === list.positions.length) {
            const grown = new Int32Array(list.count * 2);
            grown.set(list.positions);
            list.positions = grown;
          }
          list.positions[list.count++] = x;
        }
      }
    }

    // Attributes: the same participant may be described in several batches.
    let gender: string = 'unknown';
    let unit: string = 'unknown';
    if (records.attributes.count === 1) {
      const only = records.attributes.items[0]!;
      if (only.gender !== undefined) {
        gender = only.gender;
        anyGender = true;
      }
      if (only.unitId !== undefined) {
        unit = only.unitId;
        anyUnit = true;
      }
    } else if (records.attributes.count > 1) {
      const described = records.attributes.items.slice(0, records.attributes.count);
      const genders = [
        ...new Set(described.map((p) => p.gender).filter((g): g is NonNullable<typeof g> => g !== undefined)),
      ].sort();
      const units = [...new Set(described.map((p) => p.unitId).filter((u): u is string => u !== undefined))].sort();
      if (genders.length > 1 || units.length > 1) attributeConflicts += 1;
      if (genders[0] !== undefined) {
        gender = genders[0];
        anyGender = true;
      }
      if (units[0] !== undefined) {
        unit = units[0];
        anyUnit = true;
      }
    }

    // Episodes with parsed times, once per participant for every role (kept in reused flat arrays).
    let episodeCount = 0;
    if (records.episodes.count > 0) {
      const unique = records.episodes.items;
      const uniqueCount = keepUniqueById(unique, records.episodes.count, tally, episodeKey);
      for (let u = 0; u < uniqueCount; u++) {
        const e = unique[u]!;
        const index = interventionIndex.get(e.interventionId);
        if (index === undefined) {
          unknownInterventions += 1;
          continue;
        }
        episodeIntervention[episodeCount] = index;
        episodeCategory[episodeCount] = categoryOf[index]!;
        episodeStart[episodeCount] = timeOf(e.start);
        episodeEnd[episodeCount] = e.end === undefined ? Number.POSITIVE_INFINITY : endOf(e.end);
        episodeCount += 1;
      }
    }
    const goals = records.goals.items;
    const goalCount = keepUniqueById(goals, records.goals.count, tally);
    const cards = records.cards.items;
    const cardCount = keepUniqueById(cards, records.cards.count, tally);

    for (let r = 0; r < roles.length; r++) {
      const list = byRole[r]!;
      if (list.count === 0) continue;
      const { baseline, latest, baselineAnswers, latestAnswers, baselineTime, latestTime, mixed } = pickPair(
        instrument,
        table,
        list,
        options,
        excluded,
        pair,
      );
      if (!baseline) continue;
      const cells = cellsByRole[r]!;
      const { plan, layout } = cells;
      const metrics = layout.metrics;
      scoreKeys(plan, baselineAnswers, baseKeys, answered);
      const paired = latest !== null;
      if (paired) scoreKeys(plan, latestAnswers, latestKeys, answered);

      contribution.reset();
      contribution.paired = paired;
      for (let m = 0; m < metrics.length; m++) {
        const layoutM = metrics[m]!;
        const bk = baseKeys[m]!;
        if (Number.isNaN(bk)) continue;
        contribution.bump(layoutM.offset + F_STARTED);
        if (!paired) continue;
        const lk = latestKeys[m]!;
        if (Number.isNaN(lk)) continue;
        if (layoutM.dense) {
          contribution.bump(layoutM.baseOffset + (bk - layoutM.keyMin));
          contribution.bump(layoutM.deltaOffset + (lk - bk - layoutM.deltaMin));
        } else {
          contribution.sparse.push(m, 0, bk, m, 1, lk - bk);
        }
        if (mixed) contribution.bump(layoutM.offset + F_MIXED);
      }

      // Goals are read against this role's latest scores; achieved goals count as reached.
      if (paired && goalCount > 0) {
        const overall = plan.overall ? plan.areas.length : -1;
        for (let g = 0; g < goalCount; g++) {
          const goal = goals[g]!;
          if (goal.status === 'dropped') continue;
          const slot = cells.areaSlot.get(goal.areaId);
          // Every figure of a cell is about the people it counts as started there.
          if (slot === undefined || Number.isNaN(baseKeys[slot]!)) continue;
          const area = plan.areas[slot]!;
          const lk = latestKeys[slot]!;
          let reached: boolean;
          if (goal.status === 'achieved') reached = true;
          else if (Number.isNaN(lk)) continue;
          else {
            const latestScore = lk / area.denominator;
            reached =
              area.direction === 'lowerIsBetter'
                ? latestScore <= goal.targetValue + 1e-9
                : latestScore >= goal.targetValue - 1e-9;
          }
          for (
            let m = slot;
            m >= 0;
            m = m === slot && overall >= 0 && !Number.isNaN(baseKeys[overall]!) ? overall : -1
          ) {
            contribution.bump(metrics[m]!.offset + F_GOALS);
            if (reached) contribution.bump(metrics[m]!.offset + F_REACHED);
            goalPeople[m] = 1;
          }
        }
        // Cleared as read, for the next participant.
        for (let m = 0; m < metrics.length; m++) {
          if (goalPeople[m]) {
            goalPeople[m] = 0;
            contribution.bump(metrics[m]!.offset + F_GOAL_PEOPLE);
          }
        }
      }
      if (cardCount > 0) {
        const overall = plan.overall ? plan.areas.length : -1;
        for (let c = 0; c < cardCount; c++) {
          const card = cards[c]!;
          if (periodStop !== Number.POSITIVE_INFINITY && timeOf(card.createdAt) > periodStop) continue;
          const slot = card.areaId === undefined ? -1 : (cells.areaSlot.get(card.areaId) ?? -1);
          const achieved =
            card.status === 'achieved' &&
            (periodStop === Number.POSITIVE_INFINITY ||
              card.achievedAt === undefined ||
              timeOf(card.achievedAt) <= periodStop);
          for (let k = 0; k < 2; k++) {
            const m = k === 0 ? slot : overall;
            if (m < 0 || Number.isNaN(baseKeys[m]!)) continue;
            contribution.bump(metrics[m]!.offset + F_CARDS);
            if (achieved) contribution.bump(metrics[m]!.offset + F_ACHIEVED);
            cardPeople[m] = 1;
          }
        }
        for (let m = 0; m < metrics.length; m++) {
          if (cardPeople[m]) {
            cardPeople[m] = 0;
            contribution.bump(metrics[m]!.offset + F_CARD_PEOPLE);
          }
        }
      }

      // Which groups the participant belongs to for this role, over the time they were followed.
      memberships.count = 0;
      let unitNumber = unitIndex.get(unit);
      if (unitNumber === undefined) unitIndex.set(unit, (unitNumber = unitIndex.size));
      let parallelGroup = 2;
      if (episodeCount > 0 || interventions.length > 0) {
        const from = episodeCount > 0 ? Math.max(baselineTime, periodStart) : 0;
        const to = episodeCount === 0 ? 0 : paired ? latestTime : periodStop;
        let hadJob = false;
        let parallel = false;
        for (let e = 0; e < episodeCount; e++) {
          const start = episodeStart[e]!;
          const end = episodeEnd[e]!;
          if (start > to || end < from) continue;
          const category = episodeCategory[e]!;
          categoriesHad[category] = 1;
          interventionsHad[episodeIntervention[e]!] = 1;
          if (category === jobFocused) {
            hadJob = true;
            for (let h = 0; h < episodeCount && !parallel; h++) {
              const other = episodeCategory[h]!;
              if (other !== health && other !== social) continue;
              if (Math.max(start, episodeStart[h]!, from) <= Math.min(end, episodeEnd[h]!, to)) parallel = true;
            }
          }
        }
        // Cleared as read, for the next participant.
        for (let c = 0; c < categoriesHad.length; c++) {
          if (!categoriesHad[c]) continue;
          categoriesHad[c] = 0;
          if (byCategory) memberships.items[memberships.count++] = indexedCell(cells.categories, c, layout);
        }
        for (let i = 0; i < interventionsHad.length; i++) {
          if (!interventionsHad[i]) continue;
          interventionsHad[i] = 0;
          if (byIntervention) memberships.items[memberships.count++] = indexedCell(cells.interventions, i, layout);
        }
        parallelGroup = parallel ? 0 : hadJob ? 1 : 2;
      }
      const genderNumber = Math.max(0, genderOrder.indexOf(gender as (typeof genderOrder)[number]));
      memberships.items[memberships.count++] = indexedCell(
        cells.combinations,
        (unitNumber * genderOrder.length + genderNumber) * 3 + parallelGroup,
        layout,
      );
      for (let c = 0; c < memberships.count; c++) contribution.applyTo(memberships.items[c]!);
      members?.[r]!.participant(contribution, memberships.items, memberships.count);
    }
  };
  const subjectCount = grouped.visit(participant);
  if (subjectCount === null) return null;

  if (otherInstrument > 0) {
    warnings.push(
      issue(
        ['assessments'],
        'other_instrument',
        `${otherInstrument} assessment(s) of another instrument were left out.`,
        `${otherInstrument} skattning(ar) av ett annat instrument räknades inte med.`,
      ),
    );
  }
  const otherVersion = excluded.get('otherVersion') ?? 0;
  if (otherVersion > 0) {
    warnings.push(
      issue(
        ['assessments'],
        'other_version_excluded',
        `${otherVersion} assessment(s) made with another version of the instrument were left out (use mixVersions to pair them, flagged).`,
        `${otherVersion} skattning(ar) gjorda med en annan version av instrumentet räknades inte med.`,
      ),
    );
  }
  const duplicates = excluded.get('duplicate') ?? 0;
  assessmentsCounted -= duplicates;
  const conflicts = duplicates + tally.conflicts;
  if (conflicts > 0) {
    warnings.push(
      issue(
        [],
        'duplicate_ids',
        `${conflicts} record(s) share an id with a different record; one of each was used.`,
        `${conflicts} post(er) delar id med en annan post; en av varje användes.`,
      ),
    );
  }
  if (unknownInterventions > 0) {
    warnings.push(
      issue(
        ['episodes'],
        'unknown_intervention',
        `${unknownInterventions} episode(s) name an intervention that is not in the data; they are not in the breakdowns.`,
        `${unknownInterventions} insatsperiod(er) anger en insats som saknas i underlaget; de ingår inte i uppdelningarna.`,
      ),
    );
  }
  if (attributeConflicts > 0) {
    warnings.push(
      issue(
        ['participants'],
        'conflicting_attributes',
        `${attributeConflicts} participant(s) are described differently in different records; the first value in alphabetical order was used.`,
        `${attributeConflicts} deltagare beskrivs olika i olika poster; det första värdet i bokstavsordning användes.`,
      ),
    );
  }

  const context: FinishContext = {
    minCell,
    complementary,
    minimalChange,
    options,
    interventions,
    categories,
    hasCatalogue: interventions.length > 0,
    jobFocused: jobFocused >= 0,
    genders: [],
    units: [],
    anyGender,
    anyUnit,
    wanted,
    suppressedCells: 0,
  };
  const units = [...unitIndex.keys()];
  const gendersSeen = new Set<string>();
  const unitsSeen = new Set<string>();
  cellsByRole.forEach((cells, r) => foldCombinations(cells, units, gendersSeen, unitsSeen, members?.[r] ?? null));
  context.genders = genderOrder.filter((g) => gendersSeen.has(g));
  context.units = [...unitsSeen]
    .filter((u) => u !== 'unknown')
    .sort()
    .concat(unitsSeen.has('unknown') ? ['unknown'] : []);
  const roleReports: CohortRoleReport[] = [];
  cellsByRole.forEach((cells, r) => {
    if (cells.all.started === 0) return;
    roleReports.push(finishRole(roles[r]!, cells, context, audit ? (members?.[r] ?? unrecorded) : null));
  });

  return {
    instrument: { id: instrument.id, version: instrument.version },
    period: { from: options.period?.from ?? null, to: options.period?.to ?? null },
    participants: subjectCount,
    assessments: assessmentsCounted,
    disclosure: {
      minCell,
      complementary,
      suppressedCells: context.suppressedCells,
      rule: disclosureRule(minCell, complementary),
    },
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

/** Episodes may come without an id: then what they say is their identity. */
const episodeKey = (e: InterventionEpisode): string => e.id ?? `${e.interventionId}|${e.start}|${e.end ?? ''}`;

function keyedCell(cells: Map<string, CellCounts>, key: string, layout: CellLayout): CellCounts {
  let cell = cells.get(key);
  if (!cell) {
    cell = new CellCounts(layout);
    cells.set(key, cell);
  }
  return cell;
}

/** Sums the gender × unit × parallel-support cells into everyone, each gender, each unit and each parallel-support group. */
function foldCombinations(
  cells: RoleCells,
  units: string[],
  gendersSeen: Set<string>,
  unitsSeen: Set<string>,
  members: RoleMembers | null,
): void {
  const { layout } = cells;
  cells.combinations.forEach((cell, combination) => {
    if (!cell || cell.started === 0) return;
    const parallelGroup = combination % 3;
    const gender = genderOrder[Math.floor(combination / 3) % genderOrder.length]!;
    const unit = units[Math.floor(combination / (3 * genderOrder.length))]!;
    for (const target of [
      cells.all,
      keyedCell(cells.genders, gender, layout),
      keyedCell(cells.units, unit, layout),
      indexedCell(cells.parallel, parallelGroup, layout),
    ]) {
      target.plus(cell);
      members?.union(target, cell);
    }
    gendersSeen.add(gender);
    unitsSeen.add(unit);
  });
}

function indexedCell(cells: (CellCounts | null)[], index: number, layout: CellLayout): CellCounts {
  return (cells[index] ??= new CellCounts(layout));
}

interface FinishContext {
  minCell: number;
  complementary: boolean;
  minimalChange: number;
  options: CohortReportOptions;
  interventions: Intervention[];
  categories: InterventionCategory[];
  hasCatalogue: boolean;
  jobFocused: boolean;
  genders: string[];
  units: string[];
  anyGender: boolean;
  anyUnit: boolean;
  wanted: Set<CohortBreakdownKind>;
  suppressedCells: number;
}

/** A group before disclosure control: its counts and computed statistics. */
interface RawGroup {
  key: string;
  label: CohortGroup['label'];
  cell: CellCounts;
  stats: MetricStatistics[];
}

/** Hidden parts of a group: at group level, and per metric and part. */
interface Hidden {
  started: SuppressionReason | null;
  paired: SuppressionReason | null;
  metrics: Record<CellPart, SuppressionReason | null>[];
}

const PARTS: CellPart[] = ['started', 'paired', 'goals', 'cards'];

function partCount(stats: MetricStatistics, part: CellPart): number {
  return part === 'started'
    ? stats.nStarted
    : part === 'paired'
      ? stats.nPaired
      : part === 'goals'
        ? stats.nWithGoals
        : stats.nWithCards;
}

function finishRole(
  role: RespondentRole,
  cells: RoleCells,
  ctx: FinishContext,
  members: AuditMembers | null,
): CohortRoleReport {
  const { layout, plan } = cells;
  // Reliable change: SD₁ from the options, the instrument, or else the baseline SD of everyone paired.
  const reliable = layout.metrics.map((metric, m) => {
    if (metric.areaId === null)
      return { areaId: metric.areaId, reliability: null, sd: null, sdSource: null, threshold: null, sDiff: null };
    const areaPlan = plan.areas[m]!;
    const { sd, reliability } = rciParameters(areaPlan, ctx.options);
    let usedSd = sd;
    let source: 'option' | 'instrument' | 'cohort' | null =
      sd === null ? null : ctx.options.referenceSd?.[metric.areaId] !== undefined ? 'option' : 'instrument';
    if (usedSd === null && reliability !== null) {
      const base = histogramSd(cells.all.histogram(layout, m, 0));
      // The cohort SD is itself a statistic: only used when enough people are behind it.
      if (base.sd !== null && base.n >= ctx.minCell) {
        usedSd = base.sd / metric.denominator;
        source = 'cohort';
      }
    }
    const sDiff = standardErrorOfDifference(usedSd, reliability);
    return {
      areaId: metric.areaId,
      reliability,
      sd: sDiff === null ? null : usedSd,
      sdSource: sDiff === null ? null : source,
      threshold: sDiff === null ? null : 1.96 * sDiff,
      sDiff,
    };
  });
  const raw = (key: string, label: CohortGroup['label'], cell: CellCounts): RawGroup => ({
    key,
    label,
    cell,
    stats: layout.metrics.map((_, m) => metricStatistics(cell, layout, m, reliable[m]!.sDiff, ctx.minimalChange)),
  });
  const empty = new CellCounts(layout);
  const all = raw('all', null, cells.all);
  const allHidden = hideAlone(all, ctx.minCell);

  const breakdowns: {
    kind: CohortBreakdownKind;
    id: string;
    extra: Partial<CohortBreakdown>;
    label: CohortBreakdown['label'];
    groups: RawGroup[];
  }[] = [];
  const withWithout = (withCell: CellCounts) => {
    const without = cells.all.minus(withCell, layout);
    if (members instanceof RoleMembers) members.complement(without, cells.all, withCell);
    return [raw('with', null, withCell), raw('without', null, without)];
  };
  if (ctx.wanted.has('interventionCategory')) {
    ctx.categories.forEach((category, c) => {
      breakdowns.push({
        kind: 'interventionCategory',
        id: `interventionCategory:${category}`,
        extra: { category },
        label: null,
        groups: withWithout(cells.categories[c] ?? empty),
      });
    });
  }
  if (ctx.wanted.has('intervention')) {
    ctx.interventions.forEach((intervention, i) => {
      breakdowns.push({
        kind: 'intervention',
        id: `intervention:${intervention.id}`,
        extra: { interventionId: intervention.id },
        label: intervention.label,
        groups: withWithout(cells.interventions[i] ?? empty),
      });
    });
  }
  if (ctx.wanted.has('parallelSupport') && ctx.jobFocused) {
    const groups = (['parallel', 'jobFocusedAlone', 'noJobFocused'] as const).map((k, i) =>
      raw(k, null, cells.parallel[i] ?? empty),
    );
    breakdowns.push({ kind: 'parallelSupport', id: 'parallelSupport', extra: {}, label: null, groups });
  }
  if (ctx.wanted.has('gender') && ctx.anyGender) {
    breakdowns.push({
      kind: 'gender',
      id: 'gender',
      extra: {},
      label: null,
      groups: ctx.genders.map((g) => raw(g, null, cells.genders.get(g) ?? empty)),
    });
  }
  if (ctx.wanted.has('unit') && ctx.anyUnit) {
    breakdowns.push({
      kind: 'unit',
      id: 'unit',
      extra: {},
      label: null,
      groups: ctx.units.map((u) => raw(u, null, cells.units.get(u) ?? empty)),
    });
  }

  const hiddenByBreakdown = breakdowns.map((b) => suppressBreakdown(all, allHidden, b.groups, ctx));
  if (members) {
    // Breakdowns overlap: suppress further until no sum or difference of published cells isolates a small group.
    const audited = (g: RawGroup, hidden: Hidden): AuditGroup => ({
      members: () => members.bits(g.cell),
      started: g.cell.started,
      paired: g.cell.paired,
      stats: g.stats,
      hidden,
    });
    const breakdownGroups = breakdowns.map((b, i) => b.groups.map((g, k) => audited(g, hiddenByBreakdown[i]![k]!)));
    auditRole(members, audited(all, allHidden), breakdownGroups, layout.metrics.length, ctx.minCell);
  }
  const out: CohortBreakdown[] = breakdowns.map((b, i) => {
    const hidden = hiddenByBreakdown[i]!;
    return {
      kind: b.kind,
      id: b.id,
      ...b.extra,
      label: b.label,
      interpretation: 'association',
      groups: b.groups.map((g, i) => publishGroup(g, hidden[i]!, layout, ctx)),
    };
  });
  return {
    role,
    all: publishGroup(all, allHidden, layout, ctx),
    breakdowns: out,
    reliableChange: reliable
      .filter((r): r is typeof r & { areaId: string } => r.areaId !== null)
      .map(({ areaId, reliability, sd, sdSource, threshold }) => ({ areaId, reliability, sd, sdSource, threshold })),
  };
}

/** Primary suppression of the whole cohort: there is no parent to subtract from. */
function hideAlone(group: RawGroup, minCell: number): Hidden {
  const small = (n: number): SuppressionReason | null => (n > 0 && n < minCell ? 'belowMinCell' : null);
  const started = small(group.cell.started);
  const paired = started ?? small(group.cell.paired);
  return {
    started,
    paired,
    metrics: group.stats.map((s) => {
      const metricStarted = started ?? small(s.nStarted);
      return {
        started: metricStarted,
        paired: metricStarted ?? paired ?? small(s.nPaired),
        goals: metricStarted ?? small(s.nWithGoals),
        cards: metricStarted ?? small(s.nWithCards),
      };
    }),
  };
}

/**
 * Suppression for the groups of one breakdown (which together make up everyone): at group
 * level first, then per metric and part, each inheriting what is already hidden.
 */
function suppressBreakdown(all: RawGroup, allHidden: Hidden, groups: RawGroup[], ctx: FinishContext): Hidden[] {
  const { minCell, complementary } = ctx;
  const started: (SuppressionReason | null)[] = groups.map(() => null);
  suppressPartition(
    allHidden.started ? 0 : all.cell.started,
    groups.map((g) => g.cell.started),
    started,
    minCell,
    complementary,
  );
  const paired = started.slice();
  suppressPartition(
    allHidden.paired ? 0 : all.cell.paired,
    groups.map((g) => g.cell.paired),
    paired,
    minCell,
    complementary,
  );
  const metrics = all.stats.map((allStats, m) => {
    const parentHidden = allHidden.metrics[m]!;
    const byPart = {} as Record<CellPart, (SuppressionReason | null)[]>;
    byPart.started = started.slice();
    suppressPartition(
      parentHidden.started ? 0 : allStats.nStarted,
      groups.map((g) => g.stats[m]!.nStarted),
      byPart.started,
      minCell,
      complementary,
    );
    byPart.paired = byPart.started.map((h, i) => h ?? paired[i]!);
    suppressPartition(
      parentHidden.paired ? 0 : allStats.nPaired,
      groups.map((g) => g.stats[m]!.nPaired),
      byPart.paired,
      minCell,
      complementary,
    );
    for (const part of ['goals', 'cards'] as const) {
      byPart[part] = byPart.started.slice();
      suppressPartition(
        parentHidden[part] ? 0 : partCount(allStats, part),
        groups.map((g) => partCount(g.stats[m]!, part)),
        byPart[part],
        minCell,
        complementary,
      );
    }
    return byPart;
  });
  return groups.map((_, i) => ({
    started: started[i]!,
    paired: paired[i]!,
    metrics: metrics.map((byPart) => ({
      started: byPart.started[i]!,
      paired: byPart.paired[i]!,
      goals: byPart.goals[i]!,
      cards: byPart.cards[i]!,
    })),
  }));
}

function publishGroup(group: RawGroup, hidden: Hidden, layout: CellLayout, ctx: FinishContext): CohortGroup {
  const cells = layout.metrics.map((metric, m) =>
    publishCell(metric.areaId, metric.direction, group.stats[m]!, hidden.metrics[m]!, ctx),
  );
  const overallIndex = layout.metrics.findIndex((metric) => metric.areaId === null);
  const startedVisible = hidden.started === null;
  const pairedVisible = startedVisible && hidden.paired === null;
  return {
    key: group.key,
    label: group.label,
    nStarted: startedVisible ? group.cell.started : null,
    nPaired: pairedVisible ? group.cell.paired : null,
    attritionRate: pairedVisible && group.cell.started > 0 ? 1 - group.cell.paired / group.cell.started : null,
    suppressed: hidden.started !== null || hidden.paired !== null,
    reason: hidden.started ?? hidden.paired,
    areas: overallIndex >= 0 ? cells.slice(0, overallIndex) : cells,
    overall: overallIndex >= 0 ? cells[overallIndex]! : null,
  };
}

function publishCell(
  areaId: string | null,
  direction: CohortCell['direction'],
  s: MetricStatistics,
  hidden: Record<CellPart, SuppressionReason | null>,
  ctx: FinishContext,
): CohortCell {
  const withheld: Withheld[] = PARTS.filter((part) => hidden[part] !== null).map((part) => ({
    part,
    reason: hidden[part]!,
  }));
  if (withheld.length > 0) ctx.suppressedCells += 1;
  const started = hidden.started === null;
  const paired = started && hidden.paired === null;
  const goals = started && hidden.goals === null;
  const cards = started && hidden.cards === null;
  const p = <T>(value: T): T | null => (paired ? value : null);
  return {
    areaId,
    direction,
    suppressed: withheld.length > 0,
    reason: withheld[0]?.reason ?? null,
    withheld,
    nStarted: started ? s.nStarted : null,
    nPaired: p(s.nPaired),
    attritionRate: p(s.attritionRate),
    meanBaseline: p(s.meanBaseline),
    meanLatest: p(s.meanLatest),
    meanChange: p(s.meanChange),
    ci95: p(s.ci95),
    medianChange: p(s.medianChange),
    sdChange: p(s.sdChange),
    cohenDz: p(s.cohenDz),
    hedgesGz: p(s.hedgesGz),
    shareImproved: p(s.shareImproved),
    shareUnchanged: p(s.shareUnchanged),
    shareWorsened: p(s.shareWorsened),
    shareReliablyImproved: p(s.shareReliablyImproved),
    shareReliablyDeteriorated: p(s.shareReliablyDeteriorated),
    nMixedVersions: p(s.nMixedVersions),
    nWithGoals: goals ? s.nWithGoals : null,
    goals: goals ? s.goals : null,
    shareGoalsReached: goals ? s.shareGoalsReached : null,
    nWithCards: cards ? s.nWithCards : null,
    cards: cards ? s.cards : null,
    shareCardsAchieved: cards ? s.shareCardsAchieved : null,
  };
}
