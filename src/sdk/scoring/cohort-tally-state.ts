import type { Instrument } from '../model/instrument.js';
import type { AreaGoal } from '../model/goal.js';
import type { ProgressionCard } from '../model/progression-card.js';
import type { Intervention, InterventionEpisode, ParticipantAttributes } from '../model/intervention.js';
import type { ExclusionReason } from './timeline.js';
import { CellCounts, Contribution } from './cohort-cells.js';
import type { RoleMembers } from './cohort-members.js';
import { type Pair, type RoleList, noAnswers, roleCodes } from './cohort-columns.js';
import type { Group, Grouped } from './cohort-grouping.js';
import type { RoleCells } from './cohort-finish.js';
import type { CohortReportOptions } from './cohort-accumulator.js';
import type { NeedsTally } from './needs-tally.js';

/**
 * A list reused from one participant to the next: the first `count` items are live. (Setting
 * `length = 0` instead would drop the backing store, and every participant would allocate it again.)
 */
export class Reused<T> {
  items: T[] = [];
  count = 0;
}

/** The records of one participant, as read by the tally. */
export interface SubjectRecords {
  goals: Reused<AreaGoal>;
  cards: Reused<ProgressionCard>;
  episodes: Reused<InterventionEpisode>;
  attributes: Reused<ParticipantAttributes>;
}

export const otherLists = ['goals', 'cards', 'episodes', 'attributes'] as const;

/** What the whole cohort's tally reads (fixed before the first participant) and counts (as it goes). */
export interface TallyState {
  // Fixed for the whole tally.
  readonly instrument: Instrument;
  readonly options: CohortReportOptions;
  readonly grouped: Grouped;
  readonly otherGroups: Group<unknown>[];
  readonly interventions: Intervention[];
  readonly interventionIndex: Map<string, number>;
  /** Position in the catalogue → position of its category in the report's category order. */
  readonly categoryOf: number[];
  readonly jobFocused: number;
  readonly health: number;
  readonly social: number;
  readonly byCategory: boolean;
  readonly byIntervention: boolean;
  readonly cellsByRole: RoleCells[];
  readonly members: RoleMembers[] | null;
  /** Role code (see assessmentMeta) → position in the reported roles, or -1 when the role is not reported on. */
  readonly roleSlot: number[];
  readonly periodStart: number;
  readonly periodStop: number;
  /** The needs analysis counted in the same pass (needs-tally.ts), or null; for the reported role at `needsRole`. */
  readonly needs: NeedsTally | null;
  readonly needsRole: number;

  // Counted over the whole cohort.
  readonly excluded: Map<ExclusionReason, number>;
  /** Duplicate goals, cards and episodes with different contents. */
  readonly conflicts: { conflicts: number };
  otherInstrument: number;
  assessmentsCounted: number;
  unknownInterventions: number;
  attributeConflicts: number;
  readonly unitIndex: Map<string, number>;
  anyGender: boolean;
  anyUnit: boolean;

  // The current participant's, reused from one participant to the next (allocating them anew for
  // each of a hundred thousand participants costs more than the tally itself).
  readonly records: SubjectRecords;
  /** Positions in the assessment table of the participant's assessments, per reported role. */
  readonly byRole: RoleList[];
  gender: string;
  unit: string;
  /** Interventions the participant had, as flat arrays (catalogue position, category, start, end); `episodeCount` live. */
  episodeCount: number;
  /** The participant's episodes, each id once, at the start of `records.episodes.items`. */
  uniqueEpisodes: number;
  readonly episodeIntervention: number[];
  readonly episodeCategory: number[];
  readonly episodeStart: number[];
  readonly episodeEnd: number[];
  goalCount: number;
  cardCount: number;
  readonly pair: Pair;
  /** Sort keys of each metric's score at baseline and latest (NaN: no score); see scoreKeys. */
  readonly baseKeys: Float64Array;
  readonly latestKeys: Float64Array;
  readonly answered: Int32Array;
  /** What the participant adds to every cell they belong to, for one role. */
  readonly contribution: Contribution;
  // Flags set while reading and cleared as read (cheaper than clearing a fresh array per participant).
  readonly goalPeople: Uint8Array;
  readonly cardPeople: Uint8Array;
  readonly categoriesHad: Uint8Array;
  readonly interventionsHad: Uint8Array;
  /** The cells the participant belongs to for one role. */
  readonly memberships: Reused<CellCounts>;
}

export interface TallySetup {
  instrument: Instrument;
  options: CohortReportOptions;
  grouped: Grouped;
  interventions: Intervention[];
  categories: string[];
  byCategory: boolean;
  byIntervention: boolean;
  roles: string[];
  cellsByRole: RoleCells[];
  members: RoleMembers[] | null;
  periodStart: number;
  periodStop: number;
  needs: NeedsTally | null;
  needsRole: number;
}

export function tallyState(setup: TallySetup): TallyState {
  const { interventions, categories, cellsByRole } = setup;
  const categoryIndex = new Map(categories.map((c, i) => [c, i]));
  const roleIndex = new Map(setup.roles.map((r, i) => [r, i]));
  const maxMetrics = Math.max(1, ...cellsByRole.map((c) => c.layout.metrics.length)) + 1;
  return {
    instrument: setup.instrument,
    options: setup.options,
    grouped: setup.grouped,
    otherGroups: otherLists.map((name) => setup.grouped[name]),
    interventions,
    interventionIndex: new Map(interventions.map((iv, i) => [iv.id, i])),
    categoryOf: interventions.map((iv) => categoryIndex.get(iv.category)!),
    jobFocused: categoryIndex.get('jobFocused') ?? -1,
    health: categoryIndex.get('health') ?? -1,
    social: categoryIndex.get('social') ?? -1,
    byCategory: setup.byCategory,
    byIntervention: setup.byIntervention,
    cellsByRole,
    members: setup.members,
    roleSlot: [0, 1, 2, 3].map((code) => roleIndex.get(roleCodes[code]!) ?? -1),
    periodStart: setup.periodStart,
    periodStop: setup.periodStop,
    needs: setup.needs,
    needsRole: setup.needsRole,
    excluded: new Map(),
    conflicts: { conflicts: 0 },
    otherInstrument: 0,
    assessmentsCounted: 0,
    unknownInterventions: 0,
    attributeConflicts: 0,
    unitIndex: new Map(),
    anyGender: false,
    anyUnit: false,
    records: { goals: new Reused(), cards: new Reused(), episodes: new Reused(), attributes: new Reused() },
    byRole: setup.roles.map(() => ({ positions: new Int32Array(16), count: 0 })),
    gender: 'unknown',
    unit: 'unknown',
    episodeCount: 0,
    uniqueEpisodes: 0,
    episodeIntervention: [],
    episodeCategory: [],
    episodeStart: [],
    episodeEnd: [],
    goalCount: 0,
    cardCount: 0,
    pair: {
      baseline: null,
      latest: null,
      baselineAnswers: noAnswers,
      latestAnswers: noAnswers,
      mixed: false,
      baselineTime: Number.NaN,
      latestTime: Number.NaN,
    },
    baseKeys: new Float64Array(maxMetrics),
    latestKeys: new Float64Array(maxMetrics),
    answered: new Int32Array(maxMetrics),
    contribution: new Contribution(maxMetrics),
    goalPeople: new Uint8Array(maxMetrics),
    cardPeople: new Uint8Array(maxMetrics),
    categoriesHad: new Uint8Array(categories.length),
    interventionsHad: new Uint8Array(interventions.length),
    memberships: new Reused<CellCounts>(),
  };
}
