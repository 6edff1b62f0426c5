import type { Instrument, RespondentRole } from '../model/instrument.js';
import type { Assessment } from '../model/assessment.js';
import type { CohortData } from '../model/cohort-data.js';
import { type Period } from './timeline.js';
import { type ChangeOptions } from './compare-assessments.js';
import type { NeedsOptions } from './needs-report.js';
import type { CohortBreakdownKind, CohortReport } from './cohort-report-types.js';
import { type Batch, RecordList, type Store } from './cohort-store.js';
import { type AssessmentColumns, assessmentColumns, emptyColumns, fillColumns } from './cohort-columns.js';
import { groupSorted, groupStore } from './cohort-grouping.js';
import { buildReport } from './cohort-build.js';

/** Options of `cohortReport` and `cohortAccumulator`. */
export interface CohortReportOptions extends ChangeOptions {
  /** Figures from fewer participants than this are withheld. A whole number from 2, default 5 (fewer is refused). */
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
  /**
   * Also the needs analysis (`needsReport`), counted in the same pass over the data and returned
   * as the report's `needs`: `true`, or its own options (role, lowShare, reliableChange). The
   * rest (minCell, period, mixVersions, reliability, reference SD) are this report's. Its role must
   * be one the report covers. The result equals `needsReport` with the same options.
   */
  needs?: boolean | NeedsOptions;
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

type ListName = 'assessments' | 'goals' | 'cards' | 'episodes' | 'attributes';
const listNames: ListName[] = ['assessments', 'goals', 'cards', 'episodes', 'attributes'];

/** Creates an empty cohort accumulator for an instrument. */
export function cohortAccumulator(instrument: Instrument, options: CohortReportOptions = {}): CohortAccumulator {
  return new Accumulator(instrument, options);
}

/**
 * `cohortAccumulator(instrument, options).add(data).result()` without the copy `add` makes of
 * the lists (1.26 million pointers, 10 MB, on the bench cohort): the report is done before the
 * caller can change them. Speed trick: turned off, the 100k bench is 1.05× slower on shuffled
 * input (no difference in participant order, where the first batch is read in place anyway).
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
   * one pass (groupSorted), without building the index of ids. Speed trick: turned off, the 100k
   * bench is 1.29× slower in participant order (bench/RESULTS.md).
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
    let lastId: string | undefined;
    let last = -1;
    for (let i = 0; i < records.length; i++) {
      const record = records[i]!;
      const id = record.subjectId;
      // Records mostly come in runs of one participant: a run costs one look-up. (Guessing the next
      // participant from the order of the index paid nothing on the bench, in pages or shuffled, and is gone.)
      if (id !== lastId || last < 0) {
        lastId = id;
        last = this.#subject(id);
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
      const report = buildReport(
        this.#instrument,
        this.#options,
        groupSorted(this.#instrument, this.#pending, this.#store.interventions),
      );
      if (report) return report;
      this.#filePending();
    }
    return buildReport(this.#instrument, this.#options, groupStore(this.#store))!;
  }
}
