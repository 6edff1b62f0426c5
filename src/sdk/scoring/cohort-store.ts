import type { Assessment } from '../model/assessment.js';
import type { AreaGoal } from '../model/goal.js';
import type { ProgressionCard } from '../model/progression-card.js';
import type { Intervention, InterventionEpisode, ParticipantAttributes } from '../model/intervention.js';
import { type AssessmentColumns } from './cohort-columns.js';

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
export class RecordList<T, C = undefined> {
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
export function concatenated<A extends Int32Array | Float64Array | Uint8Array>(
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

/** Everything an accumulator holds. */
export interface Store {
  subjectIndex: Map<string, number>;
  assessments: RecordList<Assessment, AssessmentColumns>;
  goals: RecordList<AreaGoal>;
  cards: RecordList<ProgressionCard>;
  episodes: RecordList<InterventionEpisode>;
  attributes: RecordList<ParticipantAttributes>;
  interventions: Intervention[];
}

/** One batch as added, not yet filed under participant numbers. */
export interface Batch {
  assessments: readonly Assessment[];
  goals: readonly AreaGoal[];
  cards: readonly ProgressionCard[];
  episodes: readonly InterventionEpisode[];
  participants: readonly ParticipantAttributes[];
}
