import type { Instrument, RatingScale } from '../model/instrument.js';
import type { AreaGoal } from '../model/goal.js';
import { indexInstrument } from '../model/instrument-index.js';
import type { AssessmentScore } from './score-assessment.js';

/** Latest scores by area id: an `AssessmentScore` or a plain record such as its `values`. */
export type LatestScores = AssessmentScore | Readonly<Record<string, number | null | undefined>>;

/** Where one goal stands. */
export interface GoalAttainment {
  goalId: string;
  areaId: string;
  target: number;
  latest: number | null;
  /** Reached: the latest score is at or beyond the target (or the goal is marked achieved); null for dropped goals and goals without a score. */
  reached: boolean | null;
  /** Steps left to the target in the better direction, 0 once reached; null without a score. */
  distance: number | null;
  status: 'reached' | 'notReached' | 'noScore' | 'dropped';
}

function scoreOf(scores: LatestScores, areaId: string): number | null {
  if ('areas' in scores && Array.isArray((scores as AssessmentScore).areas)) {
    return (scores as AssessmentScore).areas.find((a) => a.areaId === areaId)?.score ?? null;
  }
  const value = (scores as Record<string, number | null | undefined>)[areaId];
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

function directionOf(
  goal: AreaGoal,
  scores: LatestScores,
  instrument: Instrument | undefined,
): RatingScale['direction'] {
  if (instrument) {
    const scale = indexInstrument(instrument).areaScale.get(goal.areaId);
    if (scale) return scale.direction;
  }
  if ('areas' in scores && Array.isArray((scores as AssessmentScore).areas)) {
    const area = (scores as AssessmentScore).areas.find((a) => a.areaId === goal.areaId);
    if (area) return area.direction;
  }
  // Without a scale, a target below the starting value means lower is better.
  return typeof goal.baselineValue === 'number' && goal.targetValue < goal.baselineValue
    ? 'lowerIsBetter'
    : 'higherIsBetter';
}

/**
 * Whether each goal (önskat läge) is reached by the latest scores, and how many steps are
 * left. The scale's direction comes from `instrument` when given, else from an
 * `AssessmentScore`, else from the goal itself (a target below its baseline means lower is better).
 * Dropped goals are listed but neither reached nor missed.
 */
export function goalAttainment(
  goals: readonly AreaGoal[],
  latestScores: LatestScores,
  instrument?: Instrument,
): GoalAttainment[] {
  return goals.map((goal) => {
    const latest = scoreOf(latestScores, goal.areaId);
    const base = { goalId: goal.id, areaId: goal.areaId, target: goal.targetValue, latest };
    if (goal.status === 'dropped') return { ...base, reached: null, distance: null, status: 'dropped' };
    const direction = directionOf(goal, latestScores, instrument);
    const left =
      latest === null
        ? null
        : Math.max(0, direction === 'lowerIsBetter' ? latest - goal.targetValue : goal.targetValue - latest);
    if (goal.status === 'achieved')
      return { ...base, reached: true, distance: left === null ? null : 0, status: 'reached' };
    if (left === null) return { ...base, reached: null, distance: null, status: 'noScore' };
    const reached = left <= 1e-9;
    return { ...base, reached, distance: reached ? 0 : left, status: reached ? 'reached' : 'notReached' };
  });
}
