import * as z from 'zod/mini';
import {
  bilingual,
  FiniteNumber,
  FreeText,
  Id,
  IsoDate,
  report,
  reportDuplicates,
  SubjectId,
  VERSION_MAX_LENGTH,
} from './checks.js';
import { MissingCode, RespondentRole } from './instrument.js';

/** The occasion of a rating: at the start, a follow-up, at the end, or after the end. */
export const Occasion = z.enum(['baseline', 'followUp', 'exit', 'postExit']);
/** The occasion of a rating. */
export type Occasion = z.infer<typeof Occasion>;

/** The status of an assessment, as FHIR QuestionnaireResponse.status. */
export const AssessmentStatus = z.enum(['in-progress', 'completed', 'amended', 'entered-in-error', 'stopped']);
/** The status of an assessment. */
export type AssessmentStatus = z.infer<typeof AssessmentStatus>;

/**
 * One answer: a value on the item's scale, or `null` with a reason in `missing`.
 * A comment is the respondent's own words and is kept whatever the value.
 */
export const Answer = z
  .strictObject({
    linkId: Id,
    value: z.nullable(FiniteNumber),
    missing: z.optional(MissingCode),
    comment: z.optional(FreeText),
  })
  .check(
    z.superRefine((answer, ctx) => {
      if (answer.value !== null && answer.missing !== undefined) {
        report(
          ctx,
          ['missing'],
          'value_and_missing',
          'An answer cannot have both a value and a missing code.',
          'Ett svar kan inte ha både ett värde och en kod för saknat svar.',
        );
      }
    }),
  );
/** One answer. */
export type Answer = z.infer<typeof Answer>;

/** Which instrument and version an assessment was made with. */
export const InstrumentRef = z.strictObject({
  id: Id,
  version: z
    .string()
    .check(
      z.minLength(1),
      z.maxLength(
        VERSION_MAX_LENGTH,
        bilingual('too_long', 'Must be at most 64 characters.', 'Får vara högst 64 tecken.'),
      ),
    ),
});
/** Which instrument and version. */
export type InstrumentRef = z.infer<typeof InstrumentRef>;

/**
 * One rating occasion of one participant by one role (maps to a FHIR QuestionnaireResponse).
 * `subjectId` is pseudonymous: never a personal identity number.
 */
export const Assessment = z
  .strictObject({
    id: Id,
    instrument: InstrumentRef,
    subjectId: SubjectId,
    role: RespondentRole,
    occasion: Occasion,
    authored: IsoDate,
    status: AssessmentStatus,
    answers: z.array(Answer),
    /** The id of the assessment this one amends (status `amended`). */
    replaces: z.optional(Id),
  })
  .check(
    z.superRefine((assessment, ctx) => {
      reportDuplicates(ctx, assessment.answers, (a) => a.linkId, ['answers'], 'linkId');
    }),
  );
/** One rating occasion. */
export type Assessment = z.infer<typeof Assessment>;
