import * as z from 'zod/mini';
import { fromZodIssues, issue, type ParseResult, type StegIssue } from './issues.js';
import { capIssues, checkLimits, LIMITS } from './limits.js';
import { Instrument } from './instrument.js';
import { Assessment } from './assessment.js';
import { AreaGoal } from './goal.js';
import { ProgressionCard } from './progression-card.js';
import { Intervention, InterventionEpisode, ParticipantAttributes } from './intervention.js';
import { CohortData } from './cohort-data.js';
import { validateAssessment } from './validate.js';
import { fastParseAssessment, fastParseAssessments } from './fast-assessment.js';

const unreadable = (): StegIssue =>
  // The error's own message may quote the input (a getter's text, a proxy's): it is not repeated.
  issue([], 'unreadable', 'The input could not be read.', 'Indata kunde inte läsas.');

function safeParse<S extends z.ZodMiniType>(schema: S, input: unknown) {
  // reportInput lets the messages say what kind of value was received; the input itself is not kept.
  return schema.safeParse(input, { reportInput: true } as Parameters<typeof schema.safeParse>[1]);
}

/**
 * Parses any value with a schema into a result object; never throws. The input is first checked
 * against the limits (see `LIMITS`), and at most the first 100 issues are returned, with a count
 * of the rest.
 */
export function parseWith<S extends z.ZodMiniType>(schema: S, input: unknown): ParseResult<z.infer<S>> {
  let result: ReturnType<typeof schema.safeParse>;
  try {
    const tooLarge = checkLimits(input);
    if (tooLarge) return { ok: false, issues: [tooLarge] };
    result = safeParse(schema, input);
  } catch {
    // Getters that throw, revoked proxies and the like: report, never throw.
    return { ok: false, issues: [unreadable()] };
  }
  if (result.success) return { ok: true, value: result.data as z.infer<S> };
  const found = result.error.issues;
  return {
    ok: false,
    issues: capIssues(fromZodIssues(found.slice(0, LIMITS.issues)), Math.max(0, found.length - LIMITS.issues)),
  };
}

/**
 * Parses a list entry by entry: the fast path first when given, then the schema for each
 * entry it does not accept. Issues beyond the first 100 are counted, not built, so a long list
 * of bad entries costs time linear in its length and memory for 100 issues.
 */
function parseList<T>(
  schema: z.ZodMiniType,
  input: unknown,
  prefix: (string | number)[] = [],
  fast?: (entry: unknown) => T | undefined,
): ParseResult<T[]> {
  const { value, issues, more, unchecked } = readList(schema, input, prefix, fast);
  return issues.length === 0 ? { ok: true, value: value! } : { ok: false, issues: capIssues(issues, more, unchecked) };
}

/**
 * parseList without the summary issue: the value, at most 100 issues, how many more there were,
 * and how many entries were not read because `found` (issues found before this list, as in a
 * cohort's earlier lists) plus this list's issues reached 100.
 */
function readList<T>(
  schema: z.ZodMiniType,
  input: unknown,
  prefix: (string | number)[],
  fast?: (entry: unknown) => T | undefined,
  found = 0,
): { value: T[] | null; issues: StegIssue[]; more: number; unchecked: number } {
  const failed = (issues: StegIssue[]) => ({
    value: null,
    issues: issues.map((issue) => ({ ...issue, path: [...prefix, ...issue.path] })),
    more: 0,
    unchecked: 0,
  });
  try {
    if (!Array.isArray(input)) {
      const result = parseWith(z.array(schema), input);
      return result.ok ? { value: result.value as T[], issues: [], more: 0, unchecked: 0 } : failed(result.issues);
    }
    const n = input.length;
    if (n > LIMITS.listLength) return failed([checkLimits(input)!]);
    const out = new Array<T>(n);
    const issues: StegIssue[] = [];
    let more = 0;
    for (let i = 0; i < n; i++) {
      // A hundred problems are enough to refuse the list: the rest is counted, not read (each bad
      // entry costs the schema microseconds, and a 50 MB list holds millions of them).
      if (found + issues.length >= LIMITS.issues) return { value: null, issues, more, unchecked: n - i };
      const entry: unknown = input[i];
      const quick = fast === undefined ? undefined : fast(entry);
      if (quick !== undefined) {
        out[i] = quick;
        continue;
      }
      const tooLarge = checkLimits(entry);
      if (tooLarge) {
        issues.push({ ...tooLarge, path: [...prefix, i, ...tooLarge.path] });
        continue;
      }
      const result = safeParse(schema, entry);
      if (result.success) out[i] = result.data as T;
      else {
        const room = LIMITS.issues - found - issues.length;
        const all = result.error.issues;
        issues.push(...fromZodIssues(all.slice(0, room), [...prefix, i]));
        more += Math.max(0, all.length - room);
      }
    }
    return { value: issues.length === 0 ? out : null, issues, more, unchecked: 0 };
  } catch {
    return { value: null, issues: [unreadable()], more: 0, unchecked: 0 };
  }
}

function listParser<S extends z.ZodMiniType>(schema: S) {
  return (input: unknown): ParseResult<z.infer<S>[]> => parseList<z.infer<S>>(schema, input);
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
/** Parses a list of assessments (fast path as `parseAssessment`). */
export const parseAssessments = (input: unknown): ParseResult<Assessment[]> => {
  const value = Array.isArray(input) && input.length <= LIMITS.listLength ? fastParseAssessments(input) : undefined;
  return value === undefined ? parseList<Assessment>(Assessment, input, [], fastParseAssessment) : { ok: true, value };
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

const cohortLists = {
  assessments: Assessment,
  goals: AreaGoal,
  cards: ProgressionCard,
  interventions: Intervention,
  episodes: InterventionEpisode,
  participants: ParticipantAttributes,
} as const;

/**
 * Parses cohort data (schema only). Exactly what the `CohortData` schema accepts, list by list:
 * the assessments take the fast path of `parseAssessments`, and every list's issues together are
 * capped at 100 with a count of the rest.
 */
export function parseCohortData(input: unknown): ParseResult<CohortData> {
  try {
    const isObject = typeof input === 'object' && input !== null && !Array.isArray(input);
    if (!isObject) return parseWith(CohortData, input);
    const record = input as Record<string, unknown>;
    for (const key in record) {
      // Unknown keys, and anything else odd about the object, get the schema's own issues.
      if (!Object.hasOwn(cohortLists, key)) return parseWith(CohortData, input);
    }
    const out: Record<string, unknown> = {};
    const issues: StegIssue[] = [];
    let more = 0;
    let unchecked = 0;
    for (const key of Object.keys(cohortLists) as (keyof typeof cohortLists)[]) {
      const value = record[key];
      const present = key in record;
      if (key !== 'assessments' && (!present || value === undefined)) {
        if (present) out[key] = undefined;
        continue;
      }
      const result =
        key === 'assessments'
          ? readList<Assessment>(Assessment, value, [key], fastParseAssessment, issues.length)
          : readList(cohortLists[key], value, [key], undefined, issues.length);
      out[key] = result.value;
      issues.push(...result.issues);
      more += result.more;
      unchecked += result.unchecked;
    }
    return issues.length === 0
      ? { ok: true, value: out as CohortData }
      : { ok: false, issues: capIssues(issues, more, unchecked) };
  } catch {
    return { ok: false, issues: [unreadable()] };
  }
}
