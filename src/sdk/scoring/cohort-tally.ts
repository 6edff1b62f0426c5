import { scoreKeys } from './scoring-plan.js';
import { endOf, timeOf } from './timeline.js';
import {
  F_ACHIEVED,
  F_CARD_PEOPLE,
  F_CARDS,
  F_GOAL_PEOPLE,
  F_GOALS,
  F_MIXED,
  F_REACHED,
  F_STARTED,
  P_CARDS,
  P_GOALS,
  P_PAIRED,
  P_STARTED,
} from './cohort-cells.js';
import { I_OTHER, M_INSTRUMENT_SHIFT, M_ROLE_SHIFT, pickPair } from './cohort-columns.js';
import { episodeKey, keepUniqueById } from './cohort-unique.js';
import { genderOrder, indexedCell, type RoleCells } from './cohort-finish.js';
import { otherLists, type Reused, type TallyState } from './cohort-tally-state.js';

// One participant at a time, in small functions of their own: the engine optimizes a small
// function called a hundred thousand times far sooner and more reliably than one long loop in a
// long one. Index loops, not for…of, and lists reused, not reallocated: whatever is done per
// participant adds up.

/** Adds participant `subject` to every cell they belong to, for every reported role. */
export function tallyParticipant(s: TallyState, subject: number): void {
  readRecords(s, subject);
  sortAssessmentsByRole(s, subject);
  readAttributes(s);
  readEpisodes(s);
  s.goalCount = keepUniqueById(s.records.goals.items, s.records.goals.count, s.conflicts);
  s.cardCount = keepUniqueById(s.records.cards.items, s.records.cards.count, s.conflicts);
  for (let r = 0; r < s.cellsByRole.length; r++) if (s.byRole[r]!.count > 0) tallyRole(s, r, subject);
}

/** Copies the participant's goals, cards, episodes and attributes into the reused lists. */
function readRecords(s: TallyState, subject: number): void {
  for (let k = 0; k < otherLists.length; k++) {
    const { records: source, order, start } = s.otherGroups[k]!;
    const target = s.records[otherLists[k]!] as Reused<unknown>;
    target.count = 0;
    const end = start[subject + 1]!;
    if (order === null) for (let i = start[subject]!; i < end; i++) target.items[target.count++] = source[i];
    else for (let i = start[subject]!; i < end; i++) target.items[target.count++] = source[order[i]!];
  }
}

/**
 * Files the participant's assessments by role; other instruments are counted and left out.
 * Reads the bit-packed meta column (cohort-columns.ts), not the records.
 */
function sortAssessmentsByRole(s: TallyState, subject: number): void {
  const { byRole, roleSlot } = s;
  for (let r = 0; r < byRole.length; r++) byRole[r]!.count = 0;
  const { order, start } = s.grouped.assessments;
  const meta = s.grouped.table.meta;
  for (let i = start[subject]!; i < start[subject + 1]!; i++) {
    const x = order === null ? i : order[i]!;
    const m = meta[x]!;
    if (m >>> M_INSTRUMENT_SHIFT === I_OTHER) {
      s.otherInstrument += 1;
      continue;
    }
    s.assessmentsCounted += 1;
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

/** Gender and unit: the same participant may be described in several batches (first in alphabetical order wins). */
function readAttributes(s: TallyState): void {
  const attributes = s.records.attributes;
  s.gender = 'unknown';
  s.unit = 'unknown';
  if (attributes.count === 1) {
    const only = attributes.items[0]!;
    if (only.gender !== undefined) {
      s.gender = only.gender;
      s.anyGender = true;
    }
    if (only.unitId !== undefined) {
      s.unit = only.unitId;
      s.anyUnit = true;
    }
  } else if (attributes.count > 1) {
    const described = attributes.items.slice(0, attributes.count);
    const genders = [
      ...new Set(described.map((p) => p.gender).filter((g): g is NonNullable<typeof g> => g !== undefined)),
    ].sort();
    const units = [...new Set(described.map((p) => p.unitId).filter((u): u is string => u !== undefined))].sort();
    if (genders.length > 1 || units.length > 1) s.attributeConflicts += 1;
    if (genders[0] !== undefined) {
      s.gender = genders[0];
      s.anyGender = true;
    }
    if (units[0] !== undefined) {
      s.unit = units[0];
      s.anyUnit = true;
    }
  }
}

/** Episodes with parsed times, once per participant for every role (kept in the reused flat arrays). */
function readEpisodes(s: TallyState): void {
  s.episodeCount = 0;
  s.uniqueEpisodes = 0;
  const episodes = s.records.episodes;
  if (episodes.count === 0) return;
  const unique = episodes.items;
  const uniqueCount = keepUniqueById(unique, episodes.count, s.conflicts, episodeKey);
  s.uniqueEpisodes = uniqueCount;
  for (let u = 0; u < uniqueCount; u++) {
    const e = unique[u]!;
    const index = s.interventionIndex.get(e.interventionId);
    if (index === undefined) {
      s.unknownInterventions += 1;
      continue;
    }
    const n = s.episodeCount++;
    s.episodeIntervention[n] = index;
    s.episodeCategory[n] = s.categoryOf[index]!;
    s.episodeStart[n] = timeOf(e.start);
    s.episodeEnd[n] = e.end === undefined ? Number.POSITIVE_INFINITY : endOf(e.end);
  }
}

/** The participant's contribution to role `r`'s cells: their pair, scores, goals, cards and groups. */
function tallyRole(s: TallyState, r: number, subject: number): void {
  const { baseline, latest } = pickPair(s.instrument, s.grouped.table, s.byRole[r]!, s.options, s.excluded, s.pair);
  if (!baseline) return;
  const cells = s.cellsByRole[r]!;
  scoreKeys(cells.plan, s.pair.baselineAnswers, s.baseKeys, s.answered);
  const paired = latest !== null;
  if (paired) scoreKeys(cells.plan, s.pair.latestAnswers, s.latestKeys, s.answered);
  s.contribution.reset();
  s.contribution.paired = paired;
  addScores(s, cells, paired);
  if (paired && s.goalCount > 0) addGoals(s, cells);
  if (s.cardCount > 0) addCards(s, cells);
  if (r === s.needsRole) addNeeds(s, subject, paired);
  collectMemberships(s, cells, paired);
  const { memberships, contribution } = s;
  for (let c = 0; c < memberships.count; c++) contribution.applyTo(memberships.items[c]!);
  s.members?.[r]!.participant(contribution, memberships.items, memberships.count);
}

/**
 * Started, and for a pair the baseline and the change, per metric. Dense metrics count into
 * histograms by score key (no per-participant list); the rest go to a sparse list.
 */
function addScores(s: TallyState, cells: RoleCells, paired: boolean): void {
  const { contribution, baseKeys, latestKeys } = s;
  const { parts } = contribution;
  const metrics = cells.layout.metrics;
  const mixed = s.pair.mixed;
  for (let m = 0; m < metrics.length; m++) {
    const layoutM = metrics[m]!;
    const bk = baseKeys[m]!;
    if (Number.isNaN(bk)) continue;
    contribution.bump(layoutM.offset + F_STARTED);
    parts[m] = P_STARTED;
    if (!paired) continue;
    const lk = latestKeys[m]!;
    if (Number.isNaN(lk)) continue;
    parts[m] = P_STARTED | P_PAIRED;
    if (layoutM.dense) {
      contribution.bump(layoutM.baseOffset + (bk - layoutM.keyMin));
      contribution.bump(layoutM.deltaOffset + (lk - bk - layoutM.deltaMin));
    } else {
      contribution.sparse.push(m, 0, bk, m, 1, lk - bk);
    }
    if (mixed) contribution.bump(layoutM.offset + F_MIXED);
  }
}

/** Goals, read against this role's latest scores; achieved goals count as reached. */
function addGoals(s: TallyState, cells: RoleCells): void {
  const { contribution, baseKeys, latestKeys, goalPeople } = s;
  const { plan } = cells;
  const metrics = cells.layout.metrics;
  const goals = s.records.goals.items;
  const overall = plan.overall ? plan.areas.length : -1;
  for (let g = 0; g < s.goalCount; g++) {
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
    // The goal's area, then the overall score when the participant has one.
    for (let k = 0; k < 2; k++) {
      const m = k === 0 ? slot : overall;
      if (m < 0 || Number.isNaN(baseKeys[m]!)) continue;
      contribution.bump(metrics[m]!.offset + F_GOALS);
      if (reached) contribution.bump(metrics[m]!.offset + F_REACHED);
      goalPeople[m] = 1;
    }
  }
  countPeople(s, goalPeople, metrics, F_GOAL_PEOPLE, P_GOALS);
}

/**
 * Counts the participant once in each metric flagged in `people` (figure `field`, audit part
 * `part`), clearing the flags as read for the next participant (cheaper than a fresh array each time).
 */
function countPeople(
  s: TallyState,
  people: Uint8Array,
  metrics: RoleCells['layout']['metrics'],
  field: number,
  part: number,
): void {
  const { contribution } = s;
  for (let m = 0; m < metrics.length; m++) {
    if (!people[m]) continue;
    people[m] = 0;
    contribution.bump(metrics[m]!.offset + field);
    contribution.parts[m]! |= part;
  }
}

/** The needs analysis's counts (needs-tally.ts), from the scores, goals and episodes read for the cells. */
function addNeeds(s: TallyState, subject: number, paired: boolean): void {
  const { records } = s;
  s.needs!.count(
    subject,
    s.baseKeys,
    s.latestKeys,
    paired,
    records.goals.items,
    s.goalCount,
    records.episodes.items,
    s.uniqueEpisodes,
  );
}

/** Progression cards made within the period, and those achieved within it. */
function addCards(s: TallyState, cells: RoleCells): void {
  const { contribution, baseKeys, cardPeople, periodStop } = s;
  const { plan } = cells;
  const metrics = cells.layout.metrics;
  const cards = s.records.cards.items;
  const overall = plan.overall ? plan.areas.length : -1;
  for (let c = 0; c < s.cardCount; c++) {
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
  countPeople(s, cardPeople, metrics, F_CARD_PEOPLE, P_CARDS);
}

/**
 * Which groups the participant belongs to for this role, over the time they were followed:
 * categories and interventions had, and one combination cell (unit × gender × parallel support)
 * that the gender, unit and parallel-support breakdowns are folded from afterwards.
 */
function collectMemberships(s: TallyState, cells: RoleCells, paired: boolean): void {
  const { memberships, episodeCount, categoriesHad, interventionsHad } = s;
  const layout = cells.layout;
  memberships.count = 0;
  let unitNumber = s.unitIndex.get(s.unit);
  if (unitNumber === undefined) s.unitIndex.set(s.unit, (unitNumber = s.unitIndex.size));
  let parallelGroup = 2;
  if (episodeCount > 0 || s.interventions.length > 0) {
    const { episodeStart, episodeEnd, episodeCategory, episodeIntervention, health, social } = s;
    const from = episodeCount > 0 ? Math.max(s.pair.baselineTime, s.periodStart) : 0;
    const to = episodeCount === 0 ? 0 : paired ? s.pair.latestTime : s.periodStop;
    let hadJob = false;
    let parallel = false;
    for (let e = 0; e < episodeCount; e++) {
      const start = episodeStart[e]!;
      const end = episodeEnd[e]!;
      if (start > to || end < from) continue;
      const category = episodeCategory[e]!;
      categoriesHad[category] = 1;
      interventionsHad[episodeIntervention[e]!] = 1;
      if (category === s.jobFocused) {
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
      if (s.byCategory) memberships.items[memberships.count++] = indexedCell(cells.categories, c, layout);
    }
    for (let i = 0; i < interventionsHad.length; i++) {
      if (!interventionsHad[i]) continue;
      interventionsHad[i] = 0;
      if (s.byIntervention) memberships.items[memberships.count++] = indexedCell(cells.interventions, i, layout);
    }
    parallelGroup = parallel ? 0 : hadJob ? 1 : 2;
  }
  const genderNumber = Math.max(0, genderOrder.indexOf(s.gender as (typeof genderOrder)[number]));
  memberships.items[memberships.count++] = indexedCell(
    cells.combinations,
    (unitNumber * genderOrder.length + genderNumber) * 3 + parallelGroup,
    layout,
  );
}
