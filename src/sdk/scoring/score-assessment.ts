import type { Instrument, RatingScale, RespondentRole, ScaleStage } from '../model/instrument.js';
import type { Assessment, Occasion } from '../model/assessment.js';
import { stageFor } from '../model/instrument-index.js';
import { rolePlan, scoreKeys, type AreaPlan } from './scoring-plan.js';

/** The score of one life area in one assessment. */
export interface AreaScore {
  areaId: string;
  /**
   * The area score by the area's method (`single`, `mean`, or `sum` — a sum with unanswered items
   * is prorated to all items), with reverse-scored items flipped and missing codes left out;
   * null when fewer than `minAnswered` items have a value.
   */
  score: number | null;
  /** Items answered with a value. */
  answered: number;
  /** Items answered with a missing code ("declined", "not applicable", "don't know"). */
  missing: number;
  /** Items of the area this role answers. */
  items: number;
  /** Every item has a value or a missing code. */
  complete: boolean;
  /** The stage the score lies in (fractional means are rounded down); null for sums and unstaged scales. */
  stage: ScaleStage | null;
  /** Lowest and highest possible score of the area (for a sum: items × the scale's ends). */
  min: number;
  max: number;
  direction: RatingScale['direction'];
}

/** The scores of one assessment, area by area, in instrument order. */
export interface AssessmentScore {
  assessmentId: string;
  subjectId: string;
  role: RespondentRole;
  occasion: Occasion;
  authored: string;
  areas: AreaScore[];
  /** The same scores as a plain record, for example as a radar series' `values`. */
  values: Record<string, number | null>;
  /** The mean of all area scores; null when any is missing or the areas lie on different ranges. */
  overall: number | null;
}

/** The area score for a key computed by scoreKeys. */
export function scoreFromKey(plan: AreaPlan, key: number): number | null {
  return Number.isNaN(key) ? null : key / plan.denominator;
}

/** The stage of an area score, or null when the area is a sum or its scale has no stages. */
export function stageOfScore(plan: AreaPlan, score: number | null): ScaleStage | null {
  if (score === null || plan.method === 'sum') return null;
  return stageFor(plan.scale, score) ?? null;
}

/**
 * Scores an assessment against its instrument: one score per life area the assessment's role
 * answers. Reverse-scored items are flipped (`min + max − value`) before they are combined,
 * missing codes and off-scale values never count, and an area with fewer than `minAnswered`
 * values (default: 1 for `mean`, every item for `sum`) gets no score.
 * The assessment is taken as parsed; check it with `parseAssessmentFor` first.
 */
export function scoreAssessment(instrument: Instrument, assessment: Assessment): AssessmentScore {
  const plan = rolePlan(instrument, assessment.role);
  const n = plan.areas.length;
  const keys = new Float64Array(n + 1);
  const answered = new Int32Array(n);
  const missing = new Int32Array(n);
  scoreKeys(plan, assessment.answers, keys, answered, missing);
  const areas: AreaScore[] = [];
  const values: Record<string, number | null> = {};
  plan.areas.forEach((areaPlan, slot) => {
    const score = scoreFromKey(areaPlan, keys[slot]!);
    const a = answered[slot]!;
    const m = missing[slot]!;
    areas.push({
      areaId: areaPlan.area.id,
      score,
      answered: a,
      missing: m,
      items: areaPlan.items.length,
      complete: a + m >= areaPlan.items.length,
      stage: stageOfScore(areaPlan, score),
      min: areaPlan.min,
      max: areaPlan.max,
      direction: areaPlan.direction,
    });
    values[areaPlan.area.id] = score;
  });
  const overallKey = keys[n]!;
  return {
    assessmentId: assessment.id,
    subjectId: assessment.subjectId,
    role: assessment.role,
    occasion: assessment.occasion,
    authored: assessment.authored,
    areas,
    values,
    overall: plan.overall && !Number.isNaN(overallKey) ? overallKey / plan.overall.denominator : null,
  };
}
