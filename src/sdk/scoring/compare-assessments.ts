import type { Instrument, RatingScale, RespondentRole } from '../model/instrument.js';
import type { Assessment } from '../model/assessment.js';
import { issue, type StegIssue } from '../model/issues.js';
import { rolePlan, type AreaPlan } from './scoring-plan.js';
import { scoreAssessment, type AssessmentScore } from './score-assessment.js';
import { changeDirection, DEFAULT_MINIMAL_CHANGE, type ChangeDirection } from './change-direction.js';
import { ownValue, parseChangeOptions } from './options.js';
import { classifyReliableChange, reliableChangeIndex, type ReliableChange } from './reliable-change.js';

/** Options shared by the functions that read change. */
export interface ChangeOptions {
  /** SD₁ per area id for the Reliable Change Index; overrides the area's `referenceSd`. */
  referenceSd?: Readonly<Record<string, number>>;
  /** Reliability per area id for the RCI; overrides the area's `scoring.reliability.value`. */
  reliability?: Readonly<Record<string, number>>;
  /** Smallest |change| that counts as improved or worsened (default 1 step). */
  minimalChange?: number;
}

/** How one area changed between two assessments. */
export interface AreaChange {
  areaId: string;
  baseline: number | null;
  latest: number | null;
  /** `latest − baseline` in steps of the area score; null when either is missing. */
  delta: number | null;
  /** The change read in the scale's direction. */
  direction: ChangeDirection;
  scaleDirection: RatingScale['direction'];
  baselineStageId: string | null;
  latestStageId: string | null;
  /** How many stages the score moved (positive: to a stage of higher values); null without stages. */
  stageChange: number | null;
  /** Jacobson–Truax RCI, null when the area has no reliability or SD (given or declared). */
  rci: number | null;
  reliableChange: ReliableChange | null;
}

/** Two assessments compared area by area. */
export interface AssessmentComparison {
  beforeId: string;
  afterId: string;
  role: RespondentRole;
  /** The assessments were made with different instrument versions (see `warnings`). */
  mixedVersions: boolean;
  areas: AreaChange[];
  /** The change of the overall score (mean of areas), when both have one. */
  overallDelta: number | null;
  warnings: StegIssue[];
}

/** The reliability and SD₁ that apply to an area, from the options first, then the instrument. */
export function rciParameters(
  area: AreaPlan,
  options: ChangeOptions,
): { sd: number | null; reliability: number | null } {
  const id = area.area.id;
  // Own keys only: an area id such as `constructor` must not read Object's.
  const sd = ownValue(options.referenceSd, id) ?? area.area.scoring.referenceSd ?? null;
  const reliability = ownValue(options.reliability, id) ?? area.area.scoring.reliability?.value ?? null;
  return { sd, reliability };
}

function stageIndex(area: AreaPlan, stageId: string | null): number | null {
  if (stageId === null || !area.scale.stages) return null;
  const ordered = area.scale.stages.slice().sort((a, b) => a.from - b.from);
  const index = ordered.findIndex((s) => s.id === stageId);
  return index < 0 ? null : index;
}

/** Compares two scored assessments of the same role, area by area. */
export function compareScores(
  instrument: Instrument,
  before: AssessmentScore,
  after: AssessmentScore,
  rawOptions: ChangeOptions = {},
): AssessmentComparison {
  // Fail closed: a NaN minimalChange or an out-of-range reliability is an error, not a weaker comparison.
  const options = parseChangeOptions(rawOptions);
  const plan = rolePlan(instrument, before.role);
  const minimal = options.minimalChange ?? DEFAULT_MINIMAL_CHANGE;
  const warnings: StegIssue[] = [];
  if (before.role !== after.role) {
    warnings.push(
      issue(
        ['role'],
        'role_mismatch',
        'The two assessments are by different respondent roles (role).',
        'De två skattningarna är gjorda av olika roller (role).',
      ),
    );
  }
  if (before.subjectId !== after.subjectId) {
    warnings.push(
      issue(
        ['subjectId'],
        'subject_mismatch',
        'The two assessments are of different participants.',
        'De två skattningarna gäller olika deltagare.',
      ),
    );
  }
  const afterByArea = new Map(after.areas.map((a) => [a.areaId, a]));
  const areas: AreaChange[] = plan.areas.map((areaPlan, slot) => {
    const b = before.areas[slot];
    const l = afterByArea.get(areaPlan.area.id);
    const baseline = b?.score ?? null;
    const latest = l?.score ?? null;
    const delta = baseline === null || latest === null ? null : latest - baseline;
    const { sd, reliability } = rciParameters(areaPlan, options);
    const rci = delta === null ? null : reliableChangeIndex(delta, sd, reliability);
    const baselineStageId = b?.stage?.id ?? null;
    const latestStageId = l?.stage?.id ?? null;
    const from = stageIndex(areaPlan, baselineStageId);
    const to = stageIndex(areaPlan, latestStageId);
    return {
      areaId: areaPlan.area.id,
      baseline,
      latest,
      delta,
      direction: changeDirection(delta, areaPlan.direction, minimal),
      scaleDirection: areaPlan.direction,
      baselineStageId,
      latestStageId,
      stageChange: from === null || to === null ? null : to - from,
      rci,
      reliableChange: rci === null ? null : classifyReliableChange(rci, areaPlan.direction),
    };
  });
  return {
    beforeId: before.assessmentId,
    afterId: after.assessmentId,
    role: before.role,
    mixedVersions: false,
    areas,
    overallDelta: before.overall === null || after.overall === null ? null : after.overall - before.overall,
    warnings,
  };
}

/**
 * A warning that two assessments were made with different versions of the instrument. It names
 * the field, never the versions: a version is input, and messages end up in logs.
 */
export function mixedVersionsWarning(): StegIssue {
  return issue(
    ['instrument', 'version'],
    'mixed_versions',
    'The two assessments were made with different instrument versions (instrument.version): both were scored with the areas of the version given.',
    'De två skattningarna är gjorda med olika versioner av instrumentet (instrument.version): båda räknades med områdena i den angivna versionen.',
  );
}

/**
 * Compares two assessments of one participant and role, area by area: baseline, latest, the
 * change in steps, its direction (respecting the scale's `direction`), the stage change and the
 * Reliable Change Index (`RCI = Δ / (√2 · SD₁ · √(1 − r))`, reliable when |RCI| > 1.96) where
 * a reliability and an SD are declared on the area or given in `options`.
 * Assessments of different instrument versions are compared, but flagged (`mixedVersions`).
 */
export function compareAssessments(
  instrument: Instrument,
  before: Assessment,
  after: Assessment,
  options: ChangeOptions = {},
): AssessmentComparison {
  const comparison = compareScores(
    instrument,
    scoreAssessment(instrument, before),
    scoreAssessment(instrument, after),
    options,
  );
  if (before.instrument.id !== after.instrument.id || before.instrument.version !== after.instrument.version) {
    comparison.mixedVersions = true;
    comparison.warnings.push(mixedVersionsWarning());
  }
  return comparison;
}
