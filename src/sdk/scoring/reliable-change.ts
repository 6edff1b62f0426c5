import type { RatingScale } from '../model/instrument.js';

/** The critical value of the Reliable Change Index: |RCI| above it is change beyond measurement error (p < .05). */
export const RCI_CRITICAL = 1.96;

/** Whether a change is larger than measurement error, read in the scale's direction. */
export type ReliableChange = 'improved' | 'deteriorated' | 'noReliableChange';

/**
 * The standard error of a difference, `S_diff = √2 · SD₁ · √(1 − r)` (Jacobson & Truax 1991),
 * or null when it cannot be formed (no SD, r outside [0, 1), or it comes out zero).
 */
export function standardErrorOfDifference(
  sd: number | undefined | null,
  reliability: number | undefined | null,
): number | null {
  if (sd === undefined || sd === null || reliability === undefined || reliability === null) return null;
  if (!(sd > 0) || !(reliability >= 0 && reliability < 1)) return null;
  return Math.SQRT2 * sd * Math.sqrt(1 - reliability);
}

/** The Reliable Change Index `RCI = Δ / S_diff`, or null without a usable S_diff. */
export function reliableChangeIndex(
  delta: number,
  sd: number | undefined | null,
  reliability: number | undefined | null,
): number | null {
  const sDiff = standardErrorOfDifference(sd, reliability);
  return sDiff === null ? null : delta / sDiff;
}

/**
 * Classifies an RCI: beyond ±1.96 in the better direction is a reliable improvement.
 * An RCI that is not a finite number, or an unknown direction, is a `RangeError` (no verdict on nothing).
 */
export function classifyReliableChange(rci: number, direction: RatingScale['direction']): ReliableChange {
  if (typeof rci !== 'number' || !Number.isFinite(rci)) throw new RangeError('The rci must be a finite number.');
  if (direction !== 'higherIsBetter' && direction !== 'lowerIsBetter')
    throw new RangeError('The direction must be higherIsBetter or lowerIsBetter.');
  const better = direction === 'lowerIsBetter' ? -rci : rci;
  if (better > RCI_CRITICAL) return 'improved';
  if (better < -RCI_CRITICAL) return 'deteriorated';
  return 'noReliableChange';
}
