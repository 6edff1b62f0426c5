import * as z from 'zod/mini';
import { Id, IsoDate, report, SubjectId } from './checks.js';
import { LocalizedText } from './localized-text.js';

/** The kind of support an intervention (insats) gives. */
export const InterventionCategory = z.enum(['jobFocused', 'competence', 'health', 'social', 'coordination']);
/** The kind of support. */
export type InterventionCategory = z.infer<typeof InterventionCategory>;

/** Who provides an intervention. */
export const Provider = z.enum([
  'arbetsformedlingen',
  'forsakringskassan',
  'kommun',
  'region',
  'samordningsforbund',
  'other',
]);
/** Who provides an intervention. */
export type Provider = z.infer<typeof Provider>;

/** An intervention (insats) a participant can take part in, and the areas it aims at. */
export const Intervention = z.strictObject({
  id: Id,
  label: LocalizedText,
  category: InterventionCategory,
  provider: Provider,
  targetAreaIds: z.array(Id),
});
/** An intervention. */
export type Intervention = z.infer<typeof Intervention>;

/** A participant's period in an intervention; an open `end` means it is ongoing. */
export const InterventionEpisode = z
  .strictObject({
    id: z.optional(Id),
    subjectId: SubjectId,
    interventionId: Id,
    start: IsoDate,
    end: z.optional(IsoDate),
  })
  .check(
    z.superRefine((episode, ctx) => {
      if (episode.end && Date.parse(episode.end) < Date.parse(episode.start)) {
        report(ctx, ['end'], 'date_order', 'The episode ends before it starts.', 'Perioden slutar innan den börjar.');
      }
    }),
  );
/** A participant's period in an intervention. */
export type InterventionEpisode = z.infer<typeof InterventionEpisode>;

/** Optional attributes of a participant used for breakdowns in cohort reports. */
export const ParticipantAttributes = z.strictObject({
  subjectId: SubjectId,
  gender: z.optional(z.enum(['woman', 'man', 'other', 'unknown'])),
  unitId: z.optional(Id),
  programmeId: z.optional(Id),
});
/** Attributes of a participant for breakdowns. */
export type ParticipantAttributes = z.infer<typeof ParticipantAttributes>;
