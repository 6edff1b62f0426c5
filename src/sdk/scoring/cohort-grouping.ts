import type { Instrument } from '../model/instrument.js';
import type { Assessment } from '../model/assessment.js';
import type { AreaGoal } from '../model/goal.js';
import type { ProgressionCard } from '../model/progression-card.js';
import type { Intervention, InterventionEpisode, ParticipantAttributes } from '../model/intervention.js';
import { type Batch, type Store, concatenated } from './cohort-store.js';
import { type AssessmentColumns, type AssessmentTable, emptyColumns, fillColumns } from './cohort-columns.js';

/**
 * Records of one kind grouped by participant: participant s owns `records[order[i]]` for i in
 * `start[s] .. start[s + 1]` — or `records[i]` when `order` is null (the records run in
 * participant order already).
 */
export interface Group<T> {
  records: readonly T[];
  order: Int32Array | null;
  start: ArrayLike<number>;
}

/** Everything `buildReport` reads. */
export interface Grouped {
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
export function groupStore(store: Store): Grouped {
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
      answers: chunks.length === 1 ? chunks[0]!.columns.answers : chunks.flatMap((c) => c.columns.answers),
    },
    goals: store.goals.grouped(subjectCount),
    cards: store.cards.grouped(subjectCount),
    episodes: store.episodes.grouped(subjectCount),
    attributes: store.attributes.grouped(subjectCount),
    interventions: store.interventions,
  };
}

// The runs of one participant are read in functions of their own, for the reason given at
// buildReport's participant(): small functions called often are optimized early and stay so.

/** Where the run of records of participant `id` starting at `from` ends. */
export function runEnd(list: readonly { subjectId: string }[], from: number, id: string): number {
  let i = from;
  while (i < list.length && list[i]!.subjectId === id) i++;
  return i;
}

/** The same for assessments, filling in their columns on the way. */
export function assessmentRun(
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
export function groupSorted(instrument: Instrument, batch: Batch, interventions: Intervention[]): Grouped {
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
  return {
    visit(participant) {
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
        if (id === null) return subjectCount;
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
