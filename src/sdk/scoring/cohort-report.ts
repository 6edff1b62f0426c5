import type { Instrument } from '../model/instrument.js';
import type { CohortData } from '../model/cohort-data.js';
import {
  cohortAccumulator as createAccumulator,
  reportOnce,
  type CohortAccumulator,
  type CohortReportOptions,
} from './cohort-accumulator.js';
import { parseCohortReportOptions } from './options.js';
import type { CohortReport } from './cohort-report-types.js';

/**
 * The cohort report of an instrument: for each respondent role, everyone and each breakdown
 * (intervention category and intervention — with vs without in the period —, parallel
 * job-focused and health/social support, gender, unit), and per area and overall: started,
 * paired, attrition, mean baseline/latest/change with a 95 % CI, median and SD of change,
 * Cohen's d_z and Hedges' g_z, shares improved/unchanged/worsened and reliably improved, and
 * the shares of goals reached and progression cards achieved.
 *
 * Disclosure control is on by default: any figure computed from fewer than `minCell` (5)
 * participants is withheld (null, `suppressed: true`, with the reason), and further groups are
 * withheld where needed so that none can be recovered by subtraction from the total.
 * Differences between groups are associations, not effects.
 *
 * The data is taken as parsed (see `parseCohortData`). Equivalent to
 * `cohortAccumulator(instrument, options).add(data).result()`. Any order of records gives the
 * same report; lists that run in order of participant id (as a query sorted by participant
 * returns them) are read in one pass and give it fastest.
 *
 * Options fail closed: a `minCell` that is not a whole number from 2, a `minimalChange`,
 * reliability or reference SD out of range, NaN or infinite, or a malformed period throws a
 * `RangeError` or `TypeError` naming the option (never a weaker report).
 */
export function cohortReport(
  instrument: Instrument,
  data: Partial<CohortData>,
  options: CohortReportOptions = {},
): CohortReport {
  return reportOnce(instrument, data, parseCohortReportOptions(options));
}

/**
 * Creates an empty cohort accumulator for an instrument (see `CohortAccumulator`). The options
 * are checked as `cohortReport` checks them: a bad one throws here, before any data is read.
 */
export function cohortAccumulator(instrument: Instrument, options: CohortReportOptions = {}): CohortAccumulator {
  return createAccumulator(instrument, parseCohortReportOptions(options));
}
