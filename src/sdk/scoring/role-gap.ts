import type { Instrument, RatingScale } from '../model/instrument.js';
import type { Assessment } from '../model/assessment.js';
import { issue, type StegIssue } from '../model/issues.js';
import { scoreAssessment } from './score-assessment.js';

/** The participant's and the case manager's view of one area. */
export interface AreaRoleGap {
  areaId: string;
  participant: number | null;
  caseManager: number | null;
  /** Participant minus case manager, in steps; null unless both rated the area. */
  gap: number | null;
  /** The participant rates the area better than the case manager does (read in the scale's direction); null without a gap. */
  participantRatesBetter: boolean | null;
  direction: RatingScale['direction'];
}

/** The gap between a participant's and a case manager's rating, area by area. */
export interface RoleGap {
  participantAssessmentId: string;
  caseManagerAssessmentId: string;
  /** Areas both roles rate, in instrument order. */
  areas: AreaRoleGap[];
  warnings: StegIssue[];
}

/**
 * Per area, the participant's score minus the case manager's — BIP found the case manager's
 * belief in the participant a strong predictor, so where the two differ matters. Only areas
 * both roles answer are compared.
 */
export function roleGap(
  instrument: Instrument,
  participantAssessment: Assessment,
  caseManagerAssessment: Assessment,
): RoleGap {
  const warnings: StegIssue[] = [];
  if (participantAssessment.role !== 'participant' && participantAssessment.role !== 'joint') {
    warnings.push(
      issue(
        ['role'],
        'role_mismatch',
        'The first assessment (role) is not by the participant.',
        'Den första skattningen (role) är inte gjord av deltagaren.',
      ),
    );
  }
  if (caseManagerAssessment.role !== 'caseManager') {
    warnings.push(
      issue(
        ['role'],
        'role_mismatch',
        'The second assessment (role) is not by the case manager.',
        'Den andra skattningen (role) är inte gjord av handläggaren.',
      ),
    );
  }
  if (participantAssessment.subjectId !== caseManagerAssessment.subjectId) {
    warnings.push(
      issue(
        ['subjectId'],
        'subject_mismatch',
        'The two assessments are of different participants.',
        'De två skattningarna gäller olika deltagare.',
      ),
    );
  }
  const p = scoreAssessment(instrument, participantAssessment);
  const c = new Map(scoreAssessment(instrument, caseManagerAssessment).areas.map((a) => [a.areaId, a]));
  const areas: AreaRoleGap[] = [];
  for (const area of p.areas) {
    const other = c.get(area.areaId);
    if (!other) continue;
    const gap = area.score === null || other.score === null ? null : area.score - other.score;
    areas.push({
      areaId: area.areaId,
      participant: area.score,
      caseManager: other.score,
      gap,
      participantRatesBetter: gap === null ? null : area.direction === 'lowerIsBetter' ? gap < 0 : gap > 0,
      direction: area.direction,
    });
  }
  return {
    participantAssessmentId: participantAssessment.id,
    caseManagerAssessmentId: caseManagerAssessment.id,
    areas,
    warnings,
  };
}
