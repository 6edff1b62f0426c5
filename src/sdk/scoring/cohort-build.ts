import type { Instrument } from '../model/instrument.js';
import type { AreaGoal } from '../model/goal.js';
import type { ProgressionCard } from '../model/progression-card.js';
import type { InterventionCategory, InterventionEpisode, ParticipantAttributes } from '../model/intervention.js';
import { issue, type StegIssue } from '../model/issues.js';
import { rolePlan, scoreKeys } from './scoring-plan.js';
import { endOf, timeOf, type ExclusionReason, type Period } from './timeline.js';
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
} from './cohort-cells.js';
import { DEFAULT_MIN_CELL, disclosureRule } from './disclosure-control.js';
import { RoleMembers } from './cohort-members.js';
import type { CohortBreakdownKind, CohortReport, CohortRoleReport } from './cohort-report-types.js';
import {
  I_OTHER,
  M_INSTRUMENT_SHIFT,
  M_ROLE_SHIFT,
  type Pair,
  type RoleList,
  noAnswers,
  pickPair,
  roleCodes,
} from './cohort-columns.js';
import { type Group, type Grouped } from './cohort-grouping.js';
import { episodeKey, keepUniqueById } from './cohort-unique.js';
import { tallyWarnings } from './cohort-warnings.js';
import {
  type FinishContext,
  finishRole,
  foldCombinations,
  genderOrder,
  indexedCell,
  type RoleCells,
} from './cohort-finish.js';
import { type CohortReportOptions } from './cohort-accumulator.js';

/** The report; null when `grouped` stopped part way (the caller then groups the data another way). */
export function buildReport(
  instrument: Instrument,
  options: CohortReportOptions,
  grouped: Grouped,
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
  // Who is in which cell, for the audit over the whole report (cohort-members.ts, disclosure-audit.ts).
  const members = minCell > 1 && complementary ? cellsByRole.map((c) => new RoleMembers(c.layout)) : null;
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

  const duplicates = excluded.get('duplicate') ?? 0;
  assessmentsCounted -= duplicates;
  warnings.push(
    ...tallyWarnings({
      otherInstrument,
      otherVersion: excluded.get('otherVersion') ?? 0,
      conflicts: duplicates + tally.conflicts,
      unknownInterventions,
      attributeConflicts,
    }),
  );

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
    roleReports.push(finishRole(roles[r]!, cells, context, members?.[r] ?? null));
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

/**
 * A list reused from one participant to the next: the first `count` items are live. (Setting
 * `length = 0` instead would drop the backing store, and every participant would allocate it again.)
 */
export class Reused<T> {
  items: T[] = [];
  count = 0;
}

/** The records of one participant, as read by `buildReport`. */
export interface SubjectRecords {
  goals: Reused<AreaGoal>;
  cards: Reused<ProgressionCard>;
  episodes: Reused<InterventionEpisode>;
  attributes: Reused<ParticipantAttributes>;
}

export const categoryOrder: InterventionCategory[] = ['jobFocused', 'competence', 'health', 'social', 'coordination'];
export const allBreakdowns: CohortBreakdownKind[] = [
  'interventionCategory',
  'intervention',
  'parallelSupport',
  'gender',
  'unit',
];

export function periodEnd(period: Period | undefined): number {
  if (!period?.to) return Number.POSITIVE_INFINITY;
  return endOf(period.to);
}
