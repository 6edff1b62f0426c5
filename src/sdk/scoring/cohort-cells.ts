import type { RatingScale } from '../model/instrument.js';
import type { RolePlan } from './scoring-plan.js';

/**
 * The mergeable sufficient statistics of a cohort cell: integer counts only. Per metric (each
 * area, then the overall score) a cell holds counters and two histograms over integer score
 * keys (see scoring-plan.ts): baseline scores and changes of the paired participants. Sums,
 * means, SDs, medians, shares and reliable-change counts all follow from them at the end, so
 * adding and subtracting cells is exact and the order of the data never matters.
 */

/** Counter positions inside a metric's block. */
export const F_STARTED = 0;
export const F_MIXED = 1;
export const F_GOAL_PEOPLE = 2;
export const F_GOALS = 3;
export const F_REACHED = 4;
export const F_CARD_PEOPLE = 5;
export const F_CARDS = 6;
export const F_ACHIEVED = 7;
const FIELDS = 8;

/** Histograms wider than this many bins are kept sparse (long sums, means of many items). */
const DENSE_LIMIT = 4096;

/** Where one metric lives in a cell. */
export interface MetricLayout {
  areaId: string | null;
  denominator: number;
  /** Lowest and highest score key. */
  keyMin: number;
  keyMax: number;
  direction: RatingScale['direction'];
  offset: number;
  dense: boolean;
  baseOffset: number;
  deltaOffset: number;
  /** The lowest change key, keyMin − keyMax. */
  deltaMin: number;
  valueBins: number;
  deltaBins: number;
}

/** The metrics of a role and the size of a cell's dense block. */
export interface CellLayout {
  metrics: MetricLayout[];
  size: number;
}

/** Lays out a cell for a role: one metric per area slot, then the overall score if it exists. */
export function cellLayout(plan: RolePlan): CellLayout {
  const metrics: MetricLayout[] = [];
  let offset = 0;
  const add = (
    areaId: string | null,
    denominator: number,
    min: number,
    max: number,
    direction: RatingScale['direction'],
  ) => {
    const keyMin = Math.round(min * denominator);
    const keyMax = Math.round(max * denominator);
    const valueBins = keyMax - keyMin + 1;
    const deltaBins = 2 * (keyMax - keyMin) + 1;
    const dense = valueBins <= DENSE_LIMIT;
    const baseOffset = offset + FIELDS;
    const deltaOffset = dense ? baseOffset + valueBins : baseOffset;
    metrics.push({
      areaId,
      denominator,
      keyMin,
      keyMax,
      direction,
      offset,
      dense,
      baseOffset,
      deltaOffset,
      deltaMin: keyMin - keyMax,
      valueBins,
      deltaBins,
    });
    offset = dense ? deltaOffset + deltaBins : baseOffset;
  };
  for (const area of plan.areas) add(area.area.id, area.denominator, area.min, area.max, area.direction);
  if (plan.overall) add(null, plan.overall.denominator, plan.overall.min, plan.overall.max, plan.overall.direction);
  return { metrics, size: offset };
}

/** A cell's counts. */
export class CellCounts {
  /** Participants with a baseline assessment, and with a latest one too. */
  started = 0;
  paired = 0;
  readonly data: Float64Array;
  /** Sparse histograms per metric: [baseline, change]; null for dense metrics. */
  readonly sparse: ([Map<number, number>, Map<number, number>] | null)[];
  /** The cell's number in its role's record of who is in which cell, for the disclosure audit (cohort-members.ts); −1 until someone is added. */
  memberId = -1;

  constructor(layout: CellLayout) {
    this.data = new Float64Array(layout.size);
    this.sparse = layout.metrics.map((m) => (m.dense ? null : [new Map(), new Map()]));
  }

  /** Adds another cell's counts to this one. */
  plus(other: CellCounts): this {
    this.started += other.started;
    this.paired += other.paired;
    for (let i = 0; i < this.data.length; i++) this.data[i]! += other.data[i]!;
    other.sparse.forEach((pair, m) => {
      if (!pair) return;
      for (let h = 0; h < 2; h++) {
        const target = this.sparse[m]![h]!;
        for (const [key, count] of pair[h]!) target.set(key, (target.get(key) ?? 0) + count);
      }
    });
    return this;
  }

  /** This cell minus another (the "without" group is everyone minus the "with" group). */
  minus(other: CellCounts, layout: CellLayout): CellCounts {
    const out = new CellCounts(layout);
    out.started = this.started - other.started;
    out.paired = this.paired - other.paired;
    for (let i = 0; i < out.data.length; i++) out.data[i] = this.data[i]! - other.data[i]!;
    this.sparse.forEach((pair, m) => {
      if (!pair) return;
      const target = out.sparse[m]!;
      for (let h = 0; h < 2; h++) {
        for (const [key, count] of pair[h]!) {
          const left = count - (other.sparse[m]![h]!.get(key) ?? 0);
          if (left !== 0) target[h]!.set(key, left);
        }
      }
    });
    return out;
  }

  /** A histogram's non-empty bins as [key, count], sorted by key. */
  histogram(layout: CellLayout, metric: number, which: 0 | 1): [number, number][] {
    const m = layout.metrics[metric]!;
    const out: [number, number][] = [];
    if (m.dense) {
      const start = which === 0 ? m.baseOffset : m.deltaOffset;
      const bins = which === 0 ? m.valueBins : m.deltaBins;
      const low = which === 0 ? m.keyMin : m.deltaMin;
      for (let i = 0; i < bins; i++) {
        const count = this.data[start + i]!;
        if (count !== 0) out.push([low + i, count]);
      }
      return out;
    }
    for (const entry of this.sparse[metric]![which]!) if (entry[1] !== 0) out.push(entry);
    return out.sort((a, b) => a[0] - b[0]);
  }
}

/**
 * What one participant (for one role) adds to each cell they belong to: dense positions to
 * increment and sparse histogram updates. Built once, applied to every group cell, so the
 * per-group cost is one tight loop.
 */
/** Bits of Contribution.parts: the participant counts in the metric's started, paired, goal or card figures. */
export const P_STARTED = 1;
export const P_PAIRED = 2;
export const P_GOALS = 4;
export const P_CARDS = 8;

export class Contribution {
  paired = false;
  /** Dense positions to add one to (a position may repeat). */
  positions = new Int32Array(256);
  count = 0;
  sparse: number[] = []; // triples: metric, which (0 base, 1 change), key
  /**
   * Per metric, which parts of it the participant counts in (P_STARTED, P_PAIRED, P_GOALS,
   * P_CARDS), for the disclosure audit's record of who is in what (cohort-members.ts). Set by the
   * tally beside the positions it bumps, so the record need not decode the positions again.
   */
  readonly parts: Uint8Array;

  constructor(metrics: number) {
    this.parts = new Uint8Array(metrics);
  }

  reset(): void {
    this.paired = false;
    this.count = 0;
    if (this.sparse.length > 0) this.sparse.length = 0;
    this.parts.fill(0);
  }

  bump(position: number): void {
    if (this.count === this.positions.length) {
      const grown = new Int32Array(this.positions.length * 2);
      grown.set(this.positions);
      this.positions = grown;
    }
    this.positions[this.count++] = position;
  }

  applyTo(cell: CellCounts): void {
    cell.started += 1;
    if (this.paired) cell.paired += 1;
    const data = cell.data;
    const positions = this.positions;
    for (let i = 0, n = this.count; i < n; i++) data[positions[i]!]! += 1;
    const sparse = this.sparse;
    for (let i = 0; i < sparse.length; i += 3) {
      const map = cell.sparse[sparse[i]!]![sparse[i + 1]!]!;
      const key = sparse[i + 2]!;
      map.set(key, (map.get(key) ?? 0) + 1);
    }
  }
}
