import * as z from 'zod/mini';
import { Assessment } from './assessment.js';
import { AreaGoal } from './goal.js';
import { ProgressionCard } from './progression-card.js';
import { Intervention, InterventionEpisode, ParticipantAttributes } from './intervention.js';

/**
 * Everything known about a group of participants: the input of `cohortReport` and the output
 * of `generateSampleCohort`. Every list is optional except the assessments.
 */
export const CohortData = z.strictObject({
  assessments: z.array(Assessment),
  goals: z.optional(z.array(AreaGoal)),
  cards: z.optional(z.array(ProgressionCard)),
  interventions: z.optional(z.array(Intervention)),
  episodes: z.optional(z.array(InterventionEpisode)),
  participants: z.optional(z.array(ParticipantAttributes)),
});
/** Everything known about a group of participants. */
export type CohortData = z.infer<typeof CohortData>;
