import { changeDirection } from './change-direction.js';
import { RCI_CRITICAL } from './reliable-change.js';
import { studentTQuantile } from './student-t.js';
import {
  F_ACHIEVED,
  F_CARD_PEOPLE,
  F_CARDS,
  F_GOAL_PEOPLE,
  F_GOALS,
  F_MIXED,
  F_REACHED,
  F_STARTED,
  type CellCounts,
  type CellLayout,
} from './cohort-cells.js';

/** Every statistic of one metric of one cell, before disclosure control. */
export interface MetricStatistics {
  nStarted: number;
  nPaired: number;
  attritionRate: number | null;
  meanBaseline: number | null;
  meanLatest: number | null;
  meanChange: number | null;
  ci95: [number, number] | null;
  medianChange: number | null;
  sdChange: number | null;
  cohenDz: number | null;
  hedgesGz: number | null;
  shareImproved: number | null;
  shareUnchanged: number | null;
  shareWorsened: number | null;
  shareReliablyImproved: number | null;
  shareReliablyDeteriorated: number | null;
  nMixedVersions: number;
  nWithGoals: number;
  goals: number;
  shareGoalsReached: number | null;
  nWithCards: number;
  cards: number;
  shareCardsAchieved: number | null;
}

const tCritical = new Map<number, number>();
/** The two-sided 95 % critical value of t, cached per degrees of freedom (a report asks for the same few many times). */
function t975(df: number): number {
  let value = tCritical.get(df);
  if (value === undefined) {
    value = studentTQuantile(0.975, df);
    if (tCritical.size < 10_000) tCritical.set(df, value);
  }
  return value;
}

/** The value at 1-based rank `rank` of a histogram sorted by key. */
function keyAtRank(histogram: [number, number][], rank: number): number {
  let seen = 0;
  for (const [key, count] of histogram) {
    seen += count;
    if (seen >= rank) return key;
  }
  return histogram[histogram.length - 1]![0];
}

/** The sample SD of a histogram of keys (n − 1), in key units; two passes for accuracy. */
export function histogramSd(histogram: [number, number][]): { n: number; sum: number; sd: number | null } {
  let n = 0;
  let sum = 0;
  for (const [key, count] of histogram) {
    n += count;
    sum += key * count;
  }
  if (n < 2) return { n, sum, sd: null };
  const mean = sum / n;
  let squares = 0;
  for (const [key, count] of histogram) squares += count * (key - mean) * (key - mean);
  return { n, sum, sd: Math.sqrt(squares / (n - 1)) };
}

/**
 * Computes a metric's statistics from its counts. `sDiff` is the RCI's standard error of a
 * difference in score units (null: no reliable-change shares); `minimalChange` the smallest
 * change that counts as improved or worsened.
 */
export function metricStatistics(
  cell: CellCounts,
  layout: CellLayout,
  metric: number,
  sDiff: number | null,
  minimalChange: number,
): MetricStatistics {
  const m = layout.metrics[metric]!;
  const d = cell.data;
  const o = m.offset;
  const D = m.denominator;
  const delta = cell.histogram(layout, metric, 1);
  const base = cell.histogram(layout, metric, 0);
  const nStarted = d[o + F_STARTED]!;
  const { n, sum: sumDelta, sd: sdKey } = histogramSd(delta);
  let sumBase = 0;
  for (const [key, count] of base) sumBase += key * count;
  const goals = d[o + F_GOALS]!;
  const cards = d[o + F_CARDS]!;
  const out: MetricStatistics = {
    nStarted,
    nPaired: n,
    attritionRate: nStarted > 0 ? 1 - n / nStarted : null,
    meanBaseline: null,
    meanLatest: null,
    meanChange: null,
    ci95: null,
    medianChange: null,
    sdChange: null,
    cohenDz: null,
    hedgesGz: null,
    shareImproved: null,
    shareUnchanged: null,
    shareWorsened: null,
    shareReliablyImproved: null,
    shareReliablyDeteriorated: null,
    nMixedVersions: d[o + F_MIXED]!,
    nWithGoals: d[o + F_GOAL_PEOPLE]!,
    goals,
    shareGoalsReached: goals > 0 ? d[o + F_REACHED]! / goals : null,
    nWithCards: d[o + F_CARD_PEOPLE]!,
    cards,
    shareCardsAchieved: cards > 0 ? d[o + F_ACHIEVED]! / cards : null,
  };
  if (n === 0) return out;
  // Sums of integer keys are exact; divide once at the end.
  const meanChange = sumDelta / n / D;
  out.meanBaseline = sumBase / n / D;
  out.meanLatest = (sumBase + sumDelta) / n / D;
  out.meanChange = meanChange;
  out.medianChange =
    n % 2 === 1 ? keyAtRank(delta, (n + 1) / 2) / D : (keyAtRank(delta, n / 2) + keyAtRank(delta, n / 2 + 1)) / 2 / D;
  let improved = 0;
  let worsened = 0;
  let reliablyImproved = 0;
  let reliablyDeteriorated = 0;
  for (const [key, count] of delta) {
    const change = key / D;
    const direction = changeDirection(change, m.direction, minimalChange);
    if (direction === 'improved') improved += count;
    else if (direction === 'worsened') worsened += count;
    if (sDiff !== null) {
      const better = (m.direction === 'lowerIsBetter' ? -change : change) / sDiff;
      if (better > RCI_CRITICAL) reliablyImproved += count;
      else if (better < -RCI_CRITICAL) reliablyDeteriorated += count;
    }
  }
  out.shareImproved = improved / n;
  out.shareWorsened = worsened / n;
  out.shareUnchanged = (n - improved - worsened) / n;
  if (sDiff !== null) {
    out.shareReliablyImproved = reliablyImproved / n;
    out.shareReliablyDeteriorated = reliablyDeteriorated / n;
  }
  if (sdKey !== null) {
    const sd = sdKey / D;
    out.sdChange = sd;
    const df = n - 1;
    if (sd > 0) {
      // With an SD of 0 (everyone changed by the same amount) the interval would have width 0,
      // which reads as certainty; a sample cannot give that, so no interval is published.
      const half = t975(df) * (sd / Math.sqrt(n));
      out.ci95 = [meanChange - half, meanChange + half];
      out.cohenDz = meanChange / sd;
      // Hedges' correction 1 − 3/(4·df − 1) is 0 at df = 1 (and its exact form too): a g of 0
      // beside a large d would mislead, so g needs at least 3 paired participants.
      if (df >= 2) out.hedgesGz = out.cohenDz * (1 - 3 / (4 * df - 1));
    }
  }
  return out;
}
