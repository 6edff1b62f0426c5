import type { InstrumentRef } from '../model/assessment.js';
import type { RatingScale, RespondentRole } from '../model/instrument.js';
import type { InterventionCategory } from '../model/intervention.js';
import type { LocalizedText } from '../model/localized-text.js';
import type { NeedsReport } from './needs-report.js';
import type { StegIssue } from '../model/issues.js';

/**
 * Why a figure is withheld:
 * - `belowMinCell`: it would be computed from fewer than `minCell` participants (primary suppression);
 * - `complementary`: it is large enough, but publishing it would let a reader recover a
 *   suppressed sibling by subtracting the published cells from the total (secondary suppression).
 */
export type SuppressionReason = 'belowMinCell' | 'complementary';

/**
 * Which part of a cell a suppression covers. Each part is computed over its own people:
 * - `started`: everyone in the cell with a baseline score (nStarted, and so everything);
 * - `paired`: everyone with both a baseline and a latest score (nPaired, attrition, every change statistic);
 * - `goals`: participants with goals to evaluate (share of goals reached);
 * - `cards`: participants with progression cards (share achieved).
 */
export type CellPart = 'started' | 'paired' | 'goals' | 'cards';

/** One withheld part of a cell. */
export interface Withheld {
  part: CellPart;
  reason: SuppressionReason;
}

/**
 * The statistics of one area (or of all areas together, `areaId: null`) for one group of
 * participants. Every number is null when it is withheld by disclosure control (see `suppressed`,
 * `reason` and `withheld`) or when it cannot be computed (for example a CI from one pair).
 * Changes are `latest − baseline` on the area's scale; read them with `direction`.
 */
export interface CohortCell {
  /** The area, or null for the overall score (the mean of all areas). */
  areaId: string | null;
  direction: RatingScale['direction'];
  /** Anything in this cell is withheld. */
  suppressed: boolean;
  /** The reason for the widest withheld part (`started` before `paired` before goals/cards); null when nothing is withheld. */
  reason: SuppressionReason | null;
  /** Every withheld part with its reason. */
  withheld: Withheld[];
  /** Participants with a baseline score in this area. */
  nStarted: number | null;
  /** Participants with both a baseline and a latest score in this area. */
  nPaired: number | null;
  /** 1 − nPaired / nStarted: the share who started but have no follow-up. Always reported unless withheld. */
  attritionRate: number | null;
  /** Mean baseline and latest score of the paired participants. */
  meanBaseline: number | null;
  meanLatest: number | null;
  meanChange: number | null;
  /**
   * 95 % confidence interval of the mean change (t distribution, nPaired − 1 degrees of freedom);
   * null when the SD of change is 0 (a zero-width interval would claim a certainty no sample gives).
   */
  ci95: [number, number] | null;
  medianChange: number | null;
  /** Sample standard deviation of the change (n − 1). */
  sdChange: number | null;
  /** Cohen's d_z = mean change / SD of change; null when the SD is 0. Signed like the change. */
  cohenDz: number | null;
  /** Hedges' g_z = d_z · (1 − 3 / (4·df − 1)), df = nPaired − 1; null below 3 paired (the correction is 0 at df = 1). */
  hedgesGz: number | null;
  /** Shares of the paired participants, read in the scale's direction; they sum to 1. */
  shareImproved: number | null;
  shareUnchanged: number | null;
  shareWorsened: number | null;
  /** Share of the paired with a reliable improvement (RCI > 1.96 in the better direction); null without a reliability. */
  shareReliablyImproved: number | null;
  shareReliablyDeteriorated: number | null;
  /** Paired participants whose baseline and latest were made with different instrument versions (only with `mixVersions`). */
  nMixedVersions: number | null;
  /** Of the participants counted in `nStarted`: those with at least one goal to evaluate here (not dropped, with a follow-up, and a latest score or marked achieved). */
  nWithGoals: number | null;
  /** Goals evaluated and the share of them reached. */
  goals: number | null;
  shareGoalsReached: number | null;
  /** Of the participants counted in `nStarted`: those with progression cards in this area (overall: cards of any area or none). */
  nWithCards: number | null;
  cards: number | null;
  shareCardsAchieved: number | null;
}

/** A cell's area statistics under another name, for readers who look for "area cell". */
export type CohortAreaCell = CohortCell;

/** One group of participants in a breakdown (or everyone). */
export interface CohortGroup {
  /** A stable key: `all`, `with`, `without`, `parallel`, `jobFocusedAlone`, `noJobFocused`, a gender, a unit id, or `unknown`. */
  key: string;
  /** A label when the SDK knows one (an intervention's name); components label the fixed keys themselves. */
  label: LocalizedText | null;
  /** Participants in the group with a completed baseline assessment by this role; null when withheld. */
  nStarted: number | null;
  /** Participants with a baseline and a latest assessment by this role; null when withheld. */
  nPaired: number | null;
  /** 1 − nPaired / nStarted for the group; null when withheld. */
  attritionRate: number | null;
  suppressed: boolean;
  reason: SuppressionReason | null;
  /** One cell per area the role answers, in instrument order. */
  areas: CohortCell[];
  /** The overall score's cell; null when the areas lie on different ranges or directions. */
  overall: CohortCell | null;
}

/** What a breakdown splits by. */
export type CohortBreakdownKind = 'interventionCategory' | 'intervention' | 'parallelSupport' | 'gender' | 'unit';

/**
 * The participants split into groups that together make up everyone (so a reader could
 * subtract; complementary suppression prevents that from revealing a small group).
 * Differences between groups are associations, not effects of an intervention: who gets an
 * intervention is not random.
 */
export interface CohortBreakdown {
  kind: CohortBreakdownKind;
  /** Unique within a role report, for example `interventionCategory:health` or `gender`. */
  id: string;
  /** For `interventionCategory`: the category compared (with vs without). */
  category?: InterventionCategory;
  /** For `intervention`: the intervention compared (with vs without). */
  interventionId?: string;
  /** The intervention's name, when the data has one. */
  label: LocalizedText | null;
  interpretation: 'association';
  groups: CohortGroup[];
}

/** The report for one respondent role. */
export interface CohortRoleReport {
  role: RespondentRole;
  /** Everyone with a baseline by this role. */
  all: CohortGroup;
  breakdowns: CohortBreakdown[];
  /** The reliability and SD₁ used for reliable change, per area; null where none is known. */
  reliableChange: {
    areaId: string;
    reliability: number | null;
    sd: number | null;
    sdSource: 'option' | 'instrument' | 'cohort' | null;
    threshold: number | null;
  }[];
}

/** Disclosure control as applied to a report. */
export interface DisclosureControl {
  /** Figures built from fewer participants than this are withheld (a whole number from 2, default 5; fewer is refused). */
  minCell: number;
  /** Whether complementary (secondary) suppression was applied. */
  complementary: boolean;
  /** How many cells had something withheld, over all roles and breakdowns. */
  suppressedCells: number;
  /** The rule in plain words, for the page that shows the report. */
  rule: { sv: string; en: string };
}

/**
 * A cohort report: for each respondent role, everyone and every breakdown, each with a cell per
 * area and one overall. Built by `cohortReport` or `cohortAccumulator().result()`.
 */
export interface CohortReport {
  instrument: InstrumentRef;
  /** The period the report covers, as given; null ends are open. */
  period: { from: string | null; to: string | null };
  /** Participants seen (any role, any status) and assessments counted. */
  participants: number;
  assessments: number;
  disclosure: DisclosureControl;
  /** A reminder that group differences are associations, not effects. */
  interpretation: { kind: 'association'; message: { sv: string; en: string } };
  /** One report per role that has data, in the instrument's role order. */
  roles: CohortRoleReport[];
  /** Data problems found while building the report (other instruments, versions left out, unknown interventions, conflicting attributes …). */
  warnings: StegIssue[];
  /** The needs analysis, when the options ask for it (`needs`): as `needsReport` gives it, from the same pass. */
  needs?: NeedsReport;
}
