import * as z from 'zod/mini';
import { fromZodIssues, type ParseResult, type StegIssue } from './issues.js';
import { Instrument } from './instrument.js';
import { Assessment } from './assessment.js';
import { AreaGoal } from './goal.js';
import { ProgressionCard } from './progression-card.js';
import { Intervention, InterventionEpisode, ParticipantAttributes } from './intervention.js';
import { CohortData } from './cohort-data.js';
import { validateAssessment } from './validate.js';
import { fastParseAssessment, fastParseAssessments } from './fast-assessment.js';

/** Parses any value with a schema into a result object; never throws. */
export function parseWith<S extends z.ZodMiniType>(schema: S, input: unknown): ParseResult<z.infer<S>> {
  let result: ReturnType<typeof schema.safeParse>;
  try {
    // reportInput lets the messages say what was received; the input itself is not kept.
    result = schema.safeParse(input, { reportInput: true } as Parameters<typeof schema.safeParse>[1]);
  } catch (error) {
    // Getters that throw, revoked proxies and the like: report, never throw.
    const message = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      issues: [
        {
          path: [],
          code: 'unreadable',
          message: `The input could not be read: ${message}`,
          messages: { en: `The input could not be read: ${message}`, sv: `Indata kunde inte läsas: ${message}` },
        },
      ],
    };
  }
  if (result.success) return { ok: true, value: result.data as z.infer<S> };
  return { ok: false, issues: fromZodIssues(result.error.issues) };
}

function listParser<S extends z.ZodMiniType>(schema: S) {
  const list = z.array(schema);
  return (input: unknown): ParseResult<z.infer<S>[]> => parseWith(list, input) as ParseResult<z.infer<S>[]>;
}

/** Parses an instrument definition. */
export const parseInstrument = (input: unknown): ParseResult<Instrument> => parseWith(Instrument, input);
/**
 * Parses one assessment (schema only; see `parseAssessmentFor` for the instrument checks).
 * Valid input takes a hand-written path with zod's exact result; the rest goes to zod for its issues.
 */
export const parseAssessment = (input: unknown): ParseResult<Assessment> => {
  const value = fastParseAssessment(input);
  return value === undefined ? parseWith(Assessment, input) : { ok: true, value };
};
const parseAssessmentList = listParser(Assessment);
/** Parses a list of assessments (fast path as `parseAssessment`). */
export const parseAssessments = (input: unknown): ParseResult<Assessment[]> => {
  const value = fastParseAssessments(input);
  return value === undefined ? parseAssessmentList(input) : { ok: true, value };
};
/** Parses one area goal. */
export const parseGoal = (input: unknown): ParseResult<AreaGoal> => parseWith(AreaGoal, input);
/** Parses a list of area goals. */
export const parseGoals = listParser(AreaGoal);
/** Parses one progression card. */
export const parseProgressionCard = (input: unknown): ParseResult<ProgressionCard> => parseWith(ProgressionCard, input);
/** Parses a list of progression cards. */
export const parseProgressionCards = listParser(ProgressionCard);
/** Parses one intervention. */
export const parseIntervention = (input: unknown): ParseResult<Intervention> => parseWith(Intervention, input);
/** Parses a list of interventions. */
export const parseInterventions = listParser(Intervention);
/** Parses one intervention episode. */
export const parseEpisode = (input: unknown): ParseResult<InterventionEpisode> => parseWith(InterventionEpisode, input);
/** Parses a list of intervention episodes. */
export const parseEpisodes = listParser(InterventionEpisode);
/** Parses a list of participant attributes. */
export const parseParticipantAttributes = listParser(ParticipantAttributes);

/** Parses an assessment and checks it against an instrument: schema problems, then cross-references. */
export function parseAssessmentFor(instrument: Instrument, input: unknown): ParseResult<Assessment> {
  const parsed = parseAssessment(input);
  if (!parsed.ok) return parsed;
  const issues: StegIssue[] = validateAssessment(instrument, parsed.value);
  return issues.length === 0 ? parsed : { ok: false, issues };
}

/** Parses cohort data (schema only). */
export const parseCohortData = (input: unknown): ParseResult<CohortData> => parseWith(CohortData, input);
