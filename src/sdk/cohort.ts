/**
 * stegvis/sdk/cohort — cohort reports for the members that fund the work: `cohortReport`,
 * the mergeable `cohortAccumulator`, the needs analysis (`needsReport`, `needsAccumulator`, or
 * `cohortReport(…, { needs: true })` in the same pass)
 * and their types, with disclosure control. An import of its
 * own, so that a page or a service that only scores assessments does not pay for it.
 * @packageDocumentation
 */
export {
  cohortReport,
  cohortAccumulator,
  DEFAULT_MIN_CELL,
  type CohortAccumulator,
  type CohortReportOptions,
  needsReport,
  needsAccumulator,
  type NeedsAccumulator,
  type NeedsArea,
  type NeedsCount,
  type NeedsParticipants,
  type NeedsProviderCount,
  type NeedsReport,
  type NeedsOptions,
  type NeedsReportOptions,
} from './scoring/index.js';
export type * from './scoring/cohort-report-types.js';
