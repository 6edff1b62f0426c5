import type { RatingScale } from '../model/instrument.js';

/** Which way an area moved, read in the scale's direction; `missing` when either end has no score. */
export type ChangeDirection = 'improved' | 'unchanged' | 'worsened' | 'missing';

/**
 * Smallest change that counts as a move: one scale step. A mean of several items that moved
 * less than a whole step on average is "unchanged", as a step (stegförflyttning) is the unit the
 * participant and the case manager talk about.
 */
export const DEFAULT_MINIMAL_CHANGE = 1;

/** Reads a change (`latest − baseline`) in the direction of the scale. */
export function changeDirection(
  delta: number | null,
  direction: RatingScale['direction'],
  minimalChange: number = DEFAULT_MINIMAL_CHANGE,
): ChangeDirection {
  if (typeof minimalChange !== 'number' || !(minimalChange >= 0) || !Number.isFinite(minimalChange))
    throw new RangeError('The option minimalChange must be a finite number at least 0.');
  if (delta === null || Number.isNaN(delta)) return 'missing';
  const better = direction === 'lowerIsBetter' ? -delta : delta;
  // A tolerance so that means such as 2/3 − (−1/3) compare as exactly one step.
  if (better > 0 && better >= minimalChange - 1e-9) return 'improved';
  if (better < 0 && better <= -minimalChange + 1e-9) return 'worsened';
  return 'unchanged';
}
