export { scoreAssessment, type AreaScore, type AssessmentScore } from './score-assessment.js';
export {
  compareAssessments,
  compareScores,
  type AreaChange,
  type AssessmentComparison,
  type ChangeOptions,
} from './compare-assessments.js';
export { changeDirection, DEFAULT_MINIMAL_CHANGE, type ChangeDirection } from './change-direction.js';
export {
  classifyReliableChange,
  reliableChangeIndex,
  standardErrorOfDifference,
  RCI_CRITICAL,
  type ReliableChange,
} from './reliable-change.js';
export {
  resolveTimeline,
  type ExcludedAssessment,
  type ExclusionReason,
  type Period,
  type Timeline,
  type TimelineOptions,
} from './timeline.js';
export { progression, type Progression, type ProgressionOptions } from './progression.js';
export { goalAttainment, type GoalAttainment, type LatestScores } from './goal-attainment.js';
export { gasTScore, type GasTScoreOptions } from './gas-t-score.js';
export { roleGap, type AreaRoleGap, type RoleGap } from './role-gap.js';
export type * from './cohort-report-types.js';
export { cohortReport, cohortAccumulator } from './cohort-report.js';
export type { CohortAccumulator, CohortReportOptions } from './cohort-accumulator.js';
export { DEFAULT_MIN_CELL } from './disclosure-control.js';
export { studentTQuantile, studentTCdf } from './student-t.js';
export {
  needsAccumulator,
  needsReport,
  type NeedsAccumulator,
  type NeedsArea,
  type NeedsCount,
  type NeedsParticipants,
  type NeedsProviderCount,
  type NeedsReport,
  type NeedsOptions,
  type NeedsReportOptions,
} from './needs-report.js';
