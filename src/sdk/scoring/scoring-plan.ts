import type { Instrument, Item, LifeArea, RatingScale, RespondentRole } from '../model/instrument.js';
import { areasForRole } from '../model/instrument-index.js';

/**
 * How one area is scored for one role, precomputed once per instrument and role so that
 * scoring a hundred thousand assessments does no repeated look-ups.
 *
 * Area scores are kept internally as integer *keys*: `score = key / denominator`. A mean of
 * `m` answered items is `sum / m`, so with `denominator = lcm(1..items)` every possible score is
 * an exact integer key. Integer keys let cohort statistics merge exactly (see histogram.ts).
 */
export interface AreaPlan {
  area: LifeArea;
  /** The scale of the area's items (all items of a combined area share one scale). */
  scale: RatingScale;
  /** The items this role answers, in instrument order. */
  items: Item[];
  method: LifeArea['scoring']['method'];
  /** How many items need a value before the area gets a score. */
  minAnswered: number;
  /** Scores are `key / denominator`; 1 for integral scores. */
  denominator: number;
  /** Lowest and highest possible area score (a sum spans items × the scale). */
  min: number;
  max: number;
  direction: RatingScale['direction'];
  /**
   * The key of `m` answered items is `sum × keyFactor[m]` (0 when `m` is below `minAnswered`):
   * the method and denominator folded into one multiplier per count, worked out once.
   */
  keyFactor: Float64Array;
  /** What the area's key is multiplied by in the overall key (0 when there is no overall). */
  overallFactor: number;
}

/** Where an answer goes: the area slot it counts for and how to flip it when reverse-scored. */
interface ItemSlot {
  slot: number;
  reverse: boolean;
  min: number;
  max: number;
}

/** The overall score: the mean of all area scores, defined only when the areas share one range and direction. */
export interface OverallPlan {
  denominator: number;
  min: number;
  max: number;
  direction: RatingScale['direction'];
}

/** Everything needed to score one role's answers to one instrument. */
export interface RolePlan {
  instrument: Instrument;
  role: RespondentRole;
  areas: AreaPlan[];
  slotOf: Map<string, ItemSlot>;
  /** The role's items in instrument order: answers usually come in this order, which saves a look-up each. */
  orderedLinkIds: string[];
  orderedSlots: ItemSlot[];
  /** Null when the areas lie on different ranges or directions: a mean over them would mix units. */
  overall: OverallPlan | null;
}

function gcd(a: number, b: number): number {
  // A loop, not recursion: it ends for any input (an lcm past 2^53 can make the numbers inexact).
  while (b !== 0 && Number.isFinite(b)) [a, b] = [b, a % b];
  return a;
}
const lcm = (a: number, b: number): number => (a / gcd(a, b)) * b;

function lcmUpTo(n: number): number {
  let value = 1;
  for (let k = 2; k <= n; k++) value = lcm(value, k);
  return value;
}

function planArea(instrument: Instrument, area: LifeArea, items: Item[]): AreaPlan | null {
  const first = items[0];
  const scale = first ? instrument.scales[first.scaleId] : undefined;
  if (!first || !scale) return null;
  const n = items.length;
  const method = area.scoring.method;
  // "single" takes its one item; mean and sum default to needing one and all items respectively,
  // so an unprorated sum is never compared with a full one. Capped at what this role answers.
  const fallback = method === 'sum' ? n : 1;
  const minAnswered = Math.max(1, Math.min(n, area.scoring.minAnswered ?? fallback));
  let denominator = 1;
  if (method === 'mean' || (method === 'sum' && minAnswered < n)) denominator = lcmUpTo(n);
  const factor = method === 'sum' ? n : 1;
  // Keys are integers well inside 2^53 (denominator / m is whole), so folding the factors is exact.
  const keyFactor = new Float64Array(n + 1);
  for (let m = minAnswered; m <= n; m++) {
    keyFactor[m] =
      method === 'single' ? 1 : method === 'mean' ? denominator / m : denominator === 1 ? 1 : n * (denominator / m);
  }
  return {
    area,
    scale,
    items,
    method,
    minAnswered,
    denominator,
    min: scale.min * factor,
    max: scale.max * factor,
    direction: scale.direction,
    keyFactor,
    overallFactor: 0,
  };
}

const cache = new WeakMap<Instrument, Map<RespondentRole, RolePlan>>();

/** The scoring plan of an instrument for a role; cached per instrument object. */
export function rolePlan(instrument: Instrument, role: RespondentRole): RolePlan {
  let byRole = cache.get(instrument);
  if (!byRole) {
    byRole = new Map();
    cache.set(instrument, byRole);
  }
  const cached = byRole.get(role);
  if (cached) return cached;
  const areas: AreaPlan[] = [];
  const slotOf = new Map<string, ItemSlot>();
  const orderedLinkIds: string[] = [];
  const orderedSlots: ItemSlot[] = [];
  for (const { area, items } of areasForRole(instrument, role)) {
    const plan = planArea(instrument, area, items);
    if (!plan) continue;
    const slot = areas.length;
    areas.push(plan);
    for (const item of items) {
      const scale = instrument.scales[item.scaleId];
      if (!scale) continue;
      const itemSlot = { slot, reverse: item.reverseScored === true, min: scale.min, max: scale.max };
      slotOf.set(item.linkId, itemSlot);
      orderedLinkIds.push(item.linkId);
      orderedSlots.push(itemSlot);
    }
  }
  const overall = overallPlan(areas);
  if (overall) for (const area of areas) area.overallFactor = overall.denominator / areas.length / area.denominator;
  const plan: RolePlan = { instrument, role, areas, slotOf, orderedLinkIds, orderedSlots, overall };
  byRole.set(role, plan);
  return plan;
}

function overallPlan(areas: AreaPlan[]): OverallPlan | null {
  const first = areas[0];
  if (!first) return null;
  if (!areas.every((a) => a.min === first.min && a.max === first.max && a.direction === first.direction)) return null;
  // overall = mean over k areas of key_a / D_a = (Σ key_a · (L / D_a)) / (L · k), with L = lcm of the D_a.
  const common = areas.reduce((acc, a) => lcm(acc, a.denominator), 1);
  return { denominator: common * areas.length, min: first.min, max: first.max, direction: first.direction };
}

/**
 * Scores one assessment into integer keys, one per area slot (NaN when the area has no score),
 * plus the overall key in the last position (NaN when any area lacks a score or there is no
 * overall). `answered` and `missing` receive per-slot counts when given.
 */
export function scoreKeys(
  plan: RolePlan,
  answers: readonly { linkId: string; value: number | null; missing?: string | undefined }[],
  keys: Float64Array,
  answered: Int32Array,
  missing?: Int32Array,
): void {
  const areas = plan.areas;
  const areaCount = areas.length;
  const sums = keys; // reuse the output as the running sum, then turn sums into keys
  for (let s = 0; s < areaCount; s++) {
    sums[s] = 0;
    answered[s] = 0;
  }
  if (missing) for (let s = 0; s < areaCount; s++) missing[s] = 0;
  const linkIds = plan.orderedLinkIds;
  const slots = plan.orderedSlots;
  for (let i = 0; i < answers.length; i++) {
    const answer = answers[i]!;
    const linkId = answer.linkId;
    // Answers usually come in instrument order, which saves a look-up each.
    const slot = i < linkIds.length && linkIds[i] === linkId ? slots[i]! : plan.slotOf.get(linkId);
    if (slot === undefined) continue;
    const v = answer.value;
    if (v === null) {
      if (missing && answer.missing !== undefined) missing[slot.slot]! += 1;
      continue;
    }
    // Off-scale values cannot be scored; validation reports them, scoring skips them.
    if (!Number.isInteger(v) || v < slot.min || v > slot.max) continue;
    sums[slot.slot]! += slot.reverse ? slot.min + slot.max - v : v;
    answered[slot.slot]! += 1;
  }
  let overallKey = 0;
  let overallComplete = plan.overall !== null;
  for (let s = 0; s < areaCount; s++) {
    const area = areas[s]!;
    const m = answered[s]!;
    if (m < area.minAnswered || m === 0) {
      keys[s] = Number.NaN;
      overallComplete = false;
      continue;
    }
    const key = sums[s]! * area.keyFactor[m]!;
    keys[s] = key;
    if (overallComplete) overallKey += key * area.overallFactor;
  }
  keys[areaCount] = overallComplete ? overallKey : Number.NaN;
}
