import * as z from 'zod/mini';
import { bilingual, Id, IsoDate, report, SubjectId } from './checks.js';
import { RespondentRole } from './instrument.js';

/**
 * A progression card (progressionskort): what the participant sees as a step forward for
 * them, in their own words, optionally linked to a life area, later achieved or dropped.
 */
export const ProgressionCard = z
  .strictObject({
    id: Id,
    subjectId: SubjectId,
    areaId: z.optional(Id),
    text: z
      .string()
      .check(
        z.minLength(1, bilingual('empty', 'The step must not be empty.', 'Steget får inte vara tomt.')),
        z.maxLength(
          2000,
          bilingual('too_long', 'The step may be at most 2,000 characters.', 'Steget får vara högst 2 000 tecken.'),
        ),
      ),
    createdBy: RespondentRole,
    createdAt: IsoDate,
    status: z.enum(['open', 'achieved', 'dropped']),
    achievedAt: z.optional(IsoDate),
    droppedAt: z.optional(IsoDate),
  })
  .check(
    z.superRefine((card, ctx) => {
      if (card.status === 'achieved' && !card.achievedAt) {
        report(
          ctx,
          ['achievedAt'],
          'required',
          'An achieved card needs the date it was achieved.',
          'Ett uppnått kort behöver datumet då det uppnåddes.',
        );
      }
      if (card.status !== 'achieved' && card.achievedAt) {
        report(
          ctx,
          ['achievedAt'],
          'status_mismatch',
          `Only an achieved card has achievedAt (status is "${card.status}").`,
          `Bara ett uppnått kort har achievedAt (status är "${card.status}").`,
        );
      }
      for (const field of ['achievedAt', 'droppedAt'] as const) {
        const date = card[field];
        if (date && Date.parse(date) < Date.parse(card.createdAt)) {
          report(
            ctx,
            [field],
            'date_order',
            `${field} is before the card was created.`,
            `${field} ligger före datumet då kortet skapades.`,
          );
        }
      }
    }),
  );
/** A progression card. */
export type ProgressionCard = z.infer<typeof ProgressionCard>;
