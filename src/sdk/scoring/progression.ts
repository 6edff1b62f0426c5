import { parseChangeOptions, parsePeriod } from './options.js';
import type { Instrument, RespondentRole } from '../model/instrument.js';
import type { Assessment } from '../model/assessment.js';
import { issue, type StegIssue } from '../model/issues.js';
import { scoreAssessment, type AssessmentScore } from './score-assessment.js';
import {
  compareScores,
  mixedVersionsWarning,
  type AssessmentComparison,
  type ChangeOptions,
} from './compare-assessments.js';
import { resolveTimeline, type ExcludedAssessment, type TimelineOptions } from './timeline.js';

/** Options of `progression`. */
export interface ProgressionOptions extends ChangeOptions, TimelineOptions {
  /** Whose ratings to follow (default `participant`). */
  role?: RespondentRole;
  /** Which participant, when `assessments` holds several (default: the first assessment's). */
  subjectId?: string;
}

/** One participant's ratings by one role over time, and the change from baseline to latest. */
export interface Progression {
  subjectId: string | null;
  role: RespondentRole;
  /** Every completed occasion that counts, scored, in time order. */
  occasions: AssessmentScore[];
  /** The first completed assessment. */
  baseline: AssessmentScore | null;
  /** The exit assessment if there is one, else the last completed; null until there is a follow-up. */
  latest: AssessmentScore | null;
  /** Baseline compared with latest; null without both. */
  change: AssessmentComparison | null;
  /** Assessments that do not count, with the reason (error, amended, not completed, other version …). */
  excluded: ExcludedAssessment[];
  /** The timeline spans instrument versions (only with `mixVersions`); see `warnings`. */
  mixedVersions: boolean;
  warnings: StegIssue[];
}

/**
 * The timeline of one participant for one role: baseline (first completed), latest (the exit
 * occasion, else the last completed), every occasion's scores and the change. Assessments
 * marked `entered-in-error` are ignored; an `amended` assessment replaces the one it names in
 * `replaces`; assessments of another instrument version are never silently paired — they are
 * left out and listed in `excluded`, or with `mixVersions: true` scored and flagged.
 */
export function progression(
  instrument: Instrument,
  assessments: readonly Assessment[],
  options: ProgressionOptions = {},
): Progression {
  // Fail closed before any work: a bad period, minimalChange, reliability or SD is an error.
  parseChangeOptions({
    minimalChange: options.minimalChange,
    reliability: options.reliability,
    referenceSd: options.referenceSd,
  });
  parsePeriod(options.period);
  const role = options.role ?? 'participant';
  const warnings: StegIssue[] = [];
  const subjectId = options.subjectId ?? assessments[0]?.subjectId ?? null;
  const subjects = new Set(assessments.map((a) => a.subjectId));
  if (options.subjectId === undefined && subjects.size > 1) {
    warnings.push(
      issue(
        ['subjectId'],
        'several_subjects',
        `The assessments are of ${subjects.size} participants; following the first one's (give subjectId to choose).`,
        `Skattningarna gäller ${subjects.size} deltagare; visar den förstas (välj med subjectId).`,
      ),
    );
  }
  const own = assessments.filter((a) => a.subjectId === subjectId && a.role === role);
  const timeline = resolveTimeline(instrument, own, options);
  const occasions = timeline.entries.map((a) => scoreAssessment(instrument, a));
  const baseline = occasions[0] ?? null;
  const latestIndex = timeline.latest ? timeline.entries.indexOf(timeline.latest) : -1;
  const latest = latestIndex >= 0 ? occasions[latestIndex]! : null;
  let change: AssessmentComparison | null = null;
  if (baseline && latest && timeline.baseline && timeline.latest) {
    change = compareScores(instrument, baseline, latest, options);
    if (timeline.baseline.instrument.version !== timeline.latest.instrument.version) {
      change.mixedVersions = true;
      change.warnings.push(mixedVersionsWarning());
    }
  }
  const otherVersions = timeline.excluded.filter((e) => e.reason === 'otherVersion').length;
  if (otherVersions > 0) {
    warnings.push(
      issue(
        [],
        'other_version_excluded',
        `${otherVersions} assessment(s) made with another version of the instrument were left out.`,
        `${otherVersions} skattning(ar) gjorda med en annan version av instrumentet räknades inte med.`,
      ),
    );
  }
  if (timeline.mixedVersions) {
    warnings.push(
      issue(
        [],
        'mixed_versions',
        'The timeline mixes instrument versions; all were scored with the version given.',
        'Tidslinjen blandar instrumentversioner; alla räknades med den angivna versionen.',
      ),
    );
  }
  return {
    subjectId,
    role,
    occasions,
    baseline,
    latest,
    change,
    excluded: timeline.excluded,
    mixedVersions: timeline.mixedVersions,
    warnings,
  };
}
