import { issue, type StegIssue } from './issues.js';
import type { Instrument } from './instrument.js';
import type { Assessment } from './assessment.js';
import type { AreaGoal } from './goal.js';
import type { ProgressionCard } from './progression-card.js';
import type { Intervention, InterventionEpisode } from './intervention.js';
import { indexInstrument, itemIsForRole } from './instrument-index.js';
import { assessmentIsConsistent } from './fast-assessment.js';

/**
 * Checks what a schema alone cannot: that an assessment belongs to this instrument, that each
 * answer's linkId exists and is for the assessment's role, that each value lies on its item's
 * scale and that each missing code is offered by the scale. Returns every problem; an empty
 * list means the assessment is consistent with the instrument.
 */
export function validateAssessment(instrument: Instrument, assessment: Assessment): StegIssue[] {
  // The common case, consistent data, is settled without building anything; the rest below finds the issues.
  if (assessmentIsConsistent(instrument, assessment)) return [];
  const problems: StegIssue[] = [];
  const index = indexInstrument(instrument);
  if (assessment.instrument.id !== instrument.id) {
    problems.push(
      issue(
        ['instrument', 'id'],
        'instrument_mismatch',
        `The assessment is for another instrument than "${instrument.id}".`,
        `Skattningen gäller ett annat instrument än "${instrument.id}".`,
      ),
    );
  } else if (assessment.instrument.version !== instrument.version) {
    problems.push(
      issue(
        ['instrument', 'version'],
        'version_mismatch',
        `The assessment was made with another version than ${instrument.version}.`,
        `Skattningen gjordes med en annan version än ${instrument.version}.`,
      ),
    );
  }
  if (!instrument.respondentRoles.includes(assessment.role)) {
    problems.push(
      issue(
        ['role'],
        'unknown_role',
        `The instrument is not answered by the role "${assessment.role}".`,
        `Instrumentet besvaras inte av rollen "${assessment.role}".`,
      ),
    );
  }
  assessment.answers.forEach((answer, a) => {
    const entry = index.items.get(answer.linkId);
    if (!entry) {
      problems.push(
        issue(
          ['answers', a, 'linkId'],
          'unknown_link_id',
          'No item with this linkId in the instrument.',
          'Instrumentet har ingen fråga med detta linkId.',
        ),
      );
      return;
    }
    const { item, scale } = entry;
    if (!itemIsForRole(item, assessment.role)) {
      problems.push(
        issue(
          ['answers', a, 'linkId'],
          'wrong_role',
          `The item is not answered by the role "${assessment.role}".`,
          `Frågan besvaras inte av rollen "${assessment.role}".`,
        ),
      );
    }
    if (answer.value !== null) {
      if (!Number.isInteger(answer.value) || answer.value < scale.min || answer.value > scale.max) {
        problems.push(
          issue(
            ['answers', a, 'value'],
            'value_off_scale',
            `The value is not a step of the scale ${scale.min}–${scale.max}.`,
            `Värdet är inget steg på skalan ${scale.min}–${scale.max}.`,
          ),
        );
      }
    } else if (answer.missing !== undefined) {
      const offered = (scale.missingCodes ?? []).some((m) => m.code === answer.missing);
      if (!offered) {
        problems.push(
          issue(
            ['answers', a, 'missing'],
            'missing_code_not_offered',
            `The scale "${scale.id}" does not offer this missing code.`,
            `Skalan "${scale.id}" har inte denna kod för saknat svar.`,
          ),
        );
      }
    }
  });
  if (assessment.status === 'completed' || assessment.status === 'amended') {
    const answered = new Set(
      assessment.answers.filter((a) => a.value !== null || a.missing !== undefined).map((a) => a.linkId),
    );
    for (const area of instrument.areas) {
      for (const item of area.items) {
        if (item.required && itemIsForRole(item, assessment.role) && !answered.has(item.linkId)) {
          problems.push(
            issue(
              ['answers'],
              'required_unanswered',
              `The required item "${item.linkId}" (area "${area.id}") has no answer.`,
              `Den obligatoriska frågan "${item.linkId}" (området "${area.id}") saknar svar.`,
            ),
          );
        }
      }
    }
  }
  return problems;
}

/** Checks that a goal's area exists and its target lies on the area's scale. */
export function validateGoal(instrument: Instrument, goal: AreaGoal): StegIssue[] {
  const index = indexInstrument(instrument);
  const scale = index.areaScale.get(goal.areaId);
  if (!index.areas.has(goal.areaId) || !scale) {
    return [
      issue(
        ['areaId'],
        'unknown_area',
        'No area with this id in the instrument.',
        'Instrumentet har inget område med detta id.',
      ),
    ];
  }
  const problems: StegIssue[] = [];
  for (const field of ['targetValue', 'baselineValue'] as const) {
    const v = goal[field];
    if (typeof v === 'number' && (v < scale.min || v > scale.max)) {
      problems.push(
        issue(
          [field],
          'value_off_scale',
          `${field} lies outside the scale ${scale.min}–${scale.max}.`,
          `${field} ligger utanför skalan ${scale.min}–${scale.max}.`,
        ),
      );
    }
  }
  return problems;
}

/** Checks that a card's area, if any, exists in the instrument. */
export function validateProgressionCard(instrument: Instrument, card: ProgressionCard): StegIssue[] {
  if (card.areaId !== undefined && !indexInstrument(instrument).areas.has(card.areaId)) {
    return [
      issue(
        ['areaId'],
        'unknown_area',
        'No area with this id in the instrument.',
        'Instrumentet har inget område med detta id.',
      ),
    ];
  }
  return [];
}

/** Checks that an intervention's target areas exist in the instrument. */
export function validateIntervention(instrument: Instrument, intervention: Intervention): StegIssue[] {
  const areas = indexInstrument(instrument).areas;
  const problems: StegIssue[] = [];
  intervention.targetAreaIds.forEach((id, i) => {
    if (!areas.has(id))
      problems.push(
        issue(
          ['targetAreaIds', i],
          'unknown_area',
          'No area with this id in the instrument.',
          'Instrumentet har inget område med detta id.',
        ),
      );
  });
  return problems;
}

/** Checks that every episode refers to a known intervention. */
export function validateEpisodes(
  interventions: readonly Intervention[],
  episodes: readonly InterventionEpisode[],
): StegIssue[] {
  const known = new Set(interventions.map((i) => i.id));
  const problems: StegIssue[] = [];
  episodes.forEach((episode, e) => {
    if (!known.has(episode.interventionId)) {
      problems.push(
        issue(
          [e, 'interventionId'],
          'unknown_intervention',
          'No intervention with this id in the catalogue.',
          'Det finns ingen insats med detta id i katalogen.',
        ),
      );
    }
  });
  return problems;
}
