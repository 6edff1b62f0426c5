import * as z from 'zod/mini';
import { Answer, AssessmentStatus, InstrumentRef, Occasion, type Assessment } from '../../sdk/model/assessment.js';
import { FiniteNumber, Id, IsoDate } from '../../sdk/model/checks.js';
import { RespondentRole, type Instrument, type RespondentRole as Role } from '../../sdk/model/instrument.js';
import { indexInstrument, itemIsForRole } from '../../sdk/model/instrument-index.js';
import { issue, type StegIssue } from '../../sdk/model/issues.js';
import { parseWith } from '../../sdk/model/parse.js';

/** Why a draft answer could not be kept. */
export type DropReason =
  /** The instrument has no item with this linkId any more. */
  | 'unknown_link_id'
  /** The item is no longer answered by this respondent role. */
  | 'wrong_role'
  /** The value is not a step of the item's scale any more (the comment, if any, is kept). */
  | 'value_off_scale'
  /** The scale no longer offers this missing code (the comment, if any, is kept). */
  | 'missing_code_not_offered'
  /** The answer in the draft was not a readable answer. */
  | 'unreadable';

/** One answer (or part of one) that the form could not keep. */
export interface DroppedAnswer {
  /** The answer as it was in the draft. */
  answer: Answer;
  reason: DropReason;
}

/** A desired level (goal) the participant chose for an area, before it becomes an `AreaGoal`. */
export interface GoalDraft {
  areaId: string;
  targetValue: number;
}

/** A participant's "step forward" for an area, before it becomes a `ProgressionCard`. */
export interface CardDraft {
  areaId: string;
  text: string;
}

/**
 * What the form holds besides the assessment itself, so that setting `value` restores a draft
 * exactly. Kept under one key so that `const { formState, ...assessment } = form.value` leaves
 * the assessment's own fields.
 */
export interface RatingFormState {
  /** The area on screen in the `step` layout (an area id). */
  areaId?: string;
  /** Whether the review page is open. */
  review?: boolean;
  /** Desired levels, when the form collects goals. */
  goals?: GoalDraft[];
  /** Step-forward texts, when the form collects cards. */
  cards?: CardDraft[];
}

/**
 * The value of `<steg-rating-form>`: the assessment in progress (any of its fields may still be
 * missing; `status` is `in-progress` until it is sent) plus `formState`. It is plain JSON: the
 * form submits `JSON.stringify(value)` under its `name`, and a host can store it anywhere and set
 * it back later. The comment of an area is kept on the answer of the area's first item.
 */
export interface RatingFormValue extends Partial<Omit<Assessment, 'answers'>> {
  answers: Answer[];
  formState?: RatingFormState;
}

/** The working copy of a draft, keyed for quick updates. */
export interface Draft {
  meta: Partial<Omit<Assessment, 'answers'>>;
  answers: Map<string, Answer>;
  goals: Map<string, number>;
  cards: Map<string, string>;
  areaId?: string;
  review: boolean;
}

/** An empty draft. */
export function emptyDraft(): Draft {
  return { meta: {}, answers: new Map(), goals: new Map(), cards: new Map(), review: false };
}

/** Whether an answer carries anything: a value, a missing code or a comment. */
export function answerHasContent(answer: Answer): boolean {
  return answer.value !== null || answer.missing !== undefined || (answer.comment ?? '') !== '';
}

/** Whether an answer answers its question: a value or an explicit missing code. */
export function isAnswered(answer: Answer | undefined): boolean {
  return answer !== undefined && (answer.value !== null || answer.missing !== undefined);
}

const metaFields = {
  id: Id,
  instrument: InstrumentRef,
  subjectId: Id,
  role: RespondentRole,
  occasion: Occasion,
  authored: IsoDate,
  status: AssessmentStatus,
  replaces: Id,
} as const;

const GoalDraftSchema = z.object({ areaId: Id, targetValue: FiniteNumber });
const CardDraftSchema = z.object({ areaId: Id, text: z.string().check(z.maxLength(2000)) });

/**
 * Reads a value a host set (or a browser restored) into a draft, keeping every part that can be
 * read. Unreadable fields are reported as issues; unreadable answers are also returned, so the
 * form can show them. `null` and `undefined` read as an empty draft.
 */
export function readDraft(input: unknown): { draft: Draft; issues: StegIssue[]; unreadable: DroppedAnswer[] } {
  // A value whose fields throw when read (a revoked proxy, a getter) is reported, never thrown.
  try {
    return readDraftFields(input);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      draft: emptyDraft(),
      issues: [
        issue([], 'unreadable', `The draft could not be read: ${reason}`, `Utkastet kunde inte läsas: ${reason}`),
      ],
      unreadable: [],
    };
  }
}

function readDraftFields(input: unknown): { draft: Draft; issues: StegIssue[]; unreadable: DroppedAnswer[] } {
  const draft = emptyDraft();
  const issues: StegIssue[] = [];
  const unreadable: DroppedAnswer[] = [];
  if (input === null || input === undefined) return { draft, issues, unreadable };
  if (typeof input !== 'object' || Array.isArray(input)) {
    issues.push(
      issue(
        [],
        'invalid_type',
        'The value must be an object (a draft assessment).',
        'Värdet måste vara ett objekt (ett utkast till skattning).',
      ),
    );
    return { draft, issues, unreadable };
  }
  const record = input as Record<string, unknown>;
  for (const [key, schema] of Object.entries(metaFields)) {
    if (record[key] === undefined) continue;
    const parsed = parseWith(schema, record[key]);
    if (parsed.ok) (draft.meta as Record<string, unknown>)[key] = parsed.value;
    else issues.push(...parsed.issues.map((i) => ({ ...i, path: [key, ...i.path] })));
  }
  const answers = record.answers;
  if (answers !== undefined && !Array.isArray(answers)) {
    issues.push(issue(['answers'], 'invalid_type', 'Expected a list of answers.', 'Väntade en lista med svar.'));
  }
  (Array.isArray(answers) ? answers : []).forEach((raw, index) => {
    const parsed = parseWith(Answer, raw);
    if (!parsed.ok) {
      issues.push(...parsed.issues.map((i) => ({ ...i, path: ['answers', index, ...i.path] })));
      const linkId =
        typeof (raw as { linkId?: unknown })?.linkId === 'string' ? (raw as { linkId: string }).linkId : '?';
      unreadable.push({ answer: { linkId, value: null, ...readableComment(raw) }, reason: 'unreadable' });
    } else if (draft.answers.has(parsed.value.linkId)) {
      issues.push(
        issue(
          ['answers', index, 'linkId'],
          'duplicate_id',
          `Duplicate linkId "${parsed.value.linkId}"; the first answer is kept.`,
          `linkId "${parsed.value.linkId}" finns redan; det första svaret behålls.`,
        ),
      );
      unreadable.push({ answer: parsed.value, reason: 'unreadable' });
    } else if (answerHasContent(parsed.value)) {
      draft.answers.set(parsed.value.linkId, parsed.value);
    }
  });
  const state = record.formState;
  if (state !== undefined && state !== null && typeof state === 'object') {
    const s = state as Record<string, unknown>;
    if (typeof s.areaId === 'string') draft.areaId = s.areaId;
    draft.review = s.review === true;
    readList(s.goals, GoalDraftSchema, ['formState', 'goals'], issues, (g) => draft.goals.set(g.areaId, g.targetValue));
    readList(s.cards, CardDraftSchema, ['formState', 'cards'], issues, (c) => {
      if (c.text.trim() !== '') draft.cards.set(c.areaId, c.text);
    });
  }
  return { draft, issues, unreadable };
}

function readableComment(raw: unknown): { comment?: string } {
  const comment = (raw as { comment?: unknown } | null)?.comment;
  return typeof comment === 'string' ? { comment } : {};
}

function readList<S extends z.ZodMiniType>(
  input: unknown,
  schema: S,
  path: (string | number)[],
  issues: StegIssue[],
  keep: (value: z.infer<S>) => void,
): void {
  if (!Array.isArray(input)) return;
  input.forEach((raw, index) => {
    const parsed = parseWith(schema, raw);
    if (parsed.ok) keep(parsed.value);
    else issues.push(...parsed.issues.map((i) => ({ ...i, path: [...path, index, ...i.path] })));
  });
}

/** Turns the working draft into the plain `value` object, answers in instrument order when known. */
export function draftToValue(draft: Draft, instrument?: Instrument): RatingFormValue {
  const order = instrument ? [...indexInstrument(instrument).items.keys()] : [];
  const rank = new Map(order.map((id, i) => [id, i]));
  const answers = [...draft.answers.values()]
    .filter(answerHasContent)
    .sort((a, b) => (rank.get(a.linkId) ?? Infinity) - (rank.get(b.linkId) ?? Infinity))
    .map((a) => ({ ...a }));
  const formState: RatingFormState = {};
  if (draft.areaId !== undefined) formState.areaId = draft.areaId;
  if (draft.review) formState.review = true;
  if (draft.goals.size > 0)
    formState.goals = [...draft.goals].map(([areaId, targetValue]) => ({ areaId, targetValue }));
  if (draft.cards.size > 0) formState.cards = [...draft.cards].map(([areaId, text]) => ({ areaId, text }));
  const value: RatingFormValue = { ...structuredClone(draft.meta), answers };
  if (Object.keys(formState).length > 0) value.formState = formState;
  return value;
}

/** What a draft lost when it was fitted to an instrument. */
export interface Dropped {
  answers: DroppedAnswer[];
  goals: GoalDraft[];
  cards: CardDraft[];
}

/**
 * Fits a draft to an instrument and role, in place: keeps every answer whose item still exists
 * for the role and whose value or missing code the item's scale still offers. An answer that
 * lost only its value keeps its comment. Goals and cards of areas that are gone (or goals off the
 * new scale) are dropped. Returns everything dropped.
 */
export function fitDraft(draft: Draft, instrument: Instrument, role: Role): Dropped {
  const index = indexInstrument(instrument);
  const dropped: Dropped = { answers: [], goals: [], cards: [] };
  for (const [linkId, answer] of draft.answers) {
    const entry = index.items.get(linkId);
    if (!entry || !itemIsForRole(entry.item, role)) {
      dropped.answers.push({ answer, reason: entry ? 'wrong_role' : 'unknown_link_id' });
      draft.answers.delete(linkId);
      continue;
    }
    const { scale } = entry;
    let reason: DroppedAnswer['reason'] | undefined;
    if (
      answer.value !== null &&
      !(Number.isInteger(answer.value) && answer.value >= scale.min && answer.value <= scale.max)
    ) {
      reason = 'value_off_scale';
    } else if (
      answer.value === null &&
      answer.missing !== undefined &&
      !(scale.missingCodes ?? []).some((m) => m.code === answer.missing)
    ) {
      reason = 'missing_code_not_offered';
    }
    if (reason) {
      dropped.answers.push({ answer, reason });
      const kept: Answer = { linkId, value: null };
      if (answer.comment) kept.comment = answer.comment;
      if (answerHasContent(kept)) draft.answers.set(linkId, kept);
      else draft.answers.delete(linkId);
    }
  }
  for (const [areaId, targetValue] of draft.goals) {
    const scale = index.areaScale.get(areaId);
    if (!scale || targetValue < scale.min || targetValue > scale.max) {
      dropped.goals.push({ areaId, targetValue });
      draft.goals.delete(areaId);
    }
  }
  for (const [areaId, text] of draft.cards) {
    if (!index.areas.has(areaId)) {
      dropped.cards.push({ areaId, text });
      draft.cards.delete(areaId);
    }
  }
  if (draft.areaId !== undefined && !index.areas.has(draft.areaId)) delete draft.areaId;
  return dropped;
}

/** Whether anything was dropped. */
export function droppedAnything(dropped: Dropped): boolean {
  return dropped.answers.length + dropped.goals.length + dropped.cards.length > 0;
}

/** A new random id: a v4 UUID, also on plain-http pages where `crypto.randomUUID` is missing. */
export function newId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
