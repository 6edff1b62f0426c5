import type { Instrument, RespondentRole } from '../model/instrument.js';
import type { Assessment } from '../model/assessment.js';
import { occasionOrder, resolveTimeline, timeInto, timeOf, type ExclusionReason } from './timeline.js';
import { type CohortReportOptions } from './cohort-accumulator.js';

/**
 * What `result()` needs to know about every assessment before it picks a participant's pair,
 * read once when the assessment is added: its time, occasion, role, status and instrument as
 * small numbers. Picking baseline and latest then compares numbers in
 * flat arrays instead of reading strings scattered over the heap; only the two assessments
 * picked are read again (for their answers).
 */
export interface AssessmentColumns {
  /** `timeOf(authored)`. */
  time: Float64Array;
  /** Bits: occasion rank (0–1), occasion known (2), role (3–4), completed (5), instrument (6–7). */
  meta: Uint8Array;
  /** The answers, so that scoring the pair picked need not read the assessment again. */
  answers: Assessment['answers'][];
}

export const M_RANK = 0b11;
export const M_OCCASION_KNOWN = 1 << 2;
export const M_ROLE_SHIFT = 3;
export const M_COMPLETED = 1 << 5;
export const M_INSTRUMENT_SHIFT = 6;
/** Instrument bits: another instrument, this instrument in another version, this instrument and version. */
export const I_OTHER = 0;
export const I_OTHER_VERSION = 1;
export const I_SAME = 2;
export const roleCodes: readonly RespondentRole[] = ['participant', 'caseManager', 'joint'];

/** The meta byte of one assessment against an instrument. */
export function assessmentMeta(a: Assessment, instrumentId: string, version: string): number {
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

export const EXIT_RANK = occasionOrder('exit');

export function emptyColumns(n: number): AssessmentColumns {
  return {
    time: new Float64Array(n),
    meta: new Uint8Array(n),
    answers: new Array<Assessment['answers']>(n),
  };
}

export function assessmentColumns(instrument: Instrument, records: readonly Assessment[]): AssessmentColumns {
  const n = records.length;
  const columns = emptyColumns(n);
  for (let i = 0; i < n; i++) fillColumns(columns, i, records[i]!, instrument.id, instrument.version);
  return columns;
}

export function fillColumns(
  columns: AssessmentColumns,
  i: number,
  a: Assessment,
  instrumentId: string,
  version: string,
): void {
  timeInto(a.authored, columns.time, i);
  columns.meta[i] = assessmentMeta(a, instrumentId, version);
  columns.answers[i] = a.answers;
}

/** A participant's assessments for one role, as positions into the concatenated records and columns. */
export interface RoleList {
  positions: Int32Array;
  count: number;
}

export interface Pair {
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
export interface AssessmentTable {
  records: readonly Assessment[];
  time: Float64Array;
  meta: Uint8Array;
  answers: readonly Assessment['answers'][];
}

export const noAnswers: Assessment['answers'] = [];

/** Orders two assessments by time, then occasion, then id — the order of resolveTimeline. */
export function compareAt(table: AssessmentTable, x: number, y: number): number {
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

export const CLEAN = M_COMPLETED | M_OCCASION_KNOWN | (I_SAME << M_INSTRUMENT_SHIFT);
export const CLEAN_MASK = M_COMPLETED | M_OCCASION_KNOWN | (0b11 << M_INSTRUMENT_SHIFT);

/**
 * Baseline and latest of one participant and role. The common case — every record completed,
 * of this instrument version, no duplicate ids, no period — takes a fast path over the columns
 * with the same result as resolveTimeline, which handles everything else. Speed trick: turned
 * off, the 100k bench is 1.35× slower in participant order and 1.05× shuffled (bench/RESULTS.md).
 */
export function pickPair(
  instrument: Instrument,
  table: AssessmentTable,
  list: RoleList,
  options: CohortReportOptions,
  excluded: Map<ExclusionReason, number>,
  out: Pair,
): Pair {
  const { positions, count } = list;
  const { meta, records } = table;
  let clean = options.period === undefined;
  for (let i = 0; clean && i < count; i++) {
    const x = positions[i]!;
    if ((meta[x]! & CLEAN_MASK) !== CLEAN) clean = false;
    for (let j = 0; clean && j < i; j++) {
      const y = positions[j]!;
      // A hash column of ids used to guard this comparison; it paid nothing (bench/RESULTS.md) and is gone.
      if (records[y]!.id === records[x]!.id) clean = false;
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
