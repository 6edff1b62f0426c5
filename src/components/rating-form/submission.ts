import type { Answer, Occasion } from '../../sdk/model/assessment.js';
import type { AreaGoal } from '../../sdk/model/goal.js';
import type { Instrument, RespondentRole } from '../../sdk/model/instrument.js';
import type { StegIssue } from '../../sdk/model/issues.js';
import { parseAssessmentFor, parseGoal, parseProgressionCard } from '../../sdk/model/parse.js';
import type { ProgressionCard } from '../../sdk/model/progression-card.js';
import { validateGoal, validateProgressionCard } from '../../sdk/model/validate.js';
import { newId, type Draft } from './rating-form-value.js';
import type { AreaView } from './render-context.js';
import type { StegSubmitDetail } from './steg-submit-event.js';

/** What a submission is built from: the instrument, the host's fields, the draft's meta and what was answered. */
export interface SubmissionInput {
  instrument: Instrument;
  views: readonly AreaView[];
  role: RespondentRole;
  /** The host's fields, which win over the draft's. */
  assessmentId: string | undefined;
  subjectId: string | undefined;
  occasion: Occasion | undefined;
  meta: Draft['meta'];
  answers: Answer[];
  /** The draft's own answers by link id (for a goal's baseline). */
  answerOf: (linkId: string) => Answer | undefined;
  goals: ReadonlyMap<string, number> | null;
  cards: ReadonlyMap<string, string> | null;
  now: string;
}

/** Builds the completed assessment, goals and cards, checked against the instrument. */
export function buildSubmission(input: SubmissionInput): StegSubmitDetail | { issues: StegIssue[] } {
  const { instrument, meta, now, role } = input;
  const subjectId = input.subjectId || meta.subjectId;
  const occasion = input.occasion || meta.occasion;
  const assessment = {
    id: input.assessmentId || meta.id || newId(),
    instrument: { id: instrument.id, version: instrument.version },
    ...(subjectId ? { subjectId } : {}),
    role,
    ...(occasion ? { occasion } : {}),
    authored: now,
    status: 'completed',
    answers: input.answers,
    ...(meta.replaces ? { replaces: meta.replaces } : {}),
  };
  const parsed = parseAssessmentFor(instrument, assessment);
  if (!parsed.ok) return { issues: parsed.issues };
  const issues: StegIssue[] = [];
  const detail: StegSubmitDetail = { assessment: parsed.value };
  if (input.goals) {
    detail.goals = [];
    for (const [areaId, targetValue] of input.goals) {
      const view = input.views.find((v) => v.area.id === areaId);
      const single = view?.items.length === 1 ? input.answerOf(view.items[0]!.item.linkId)?.value : undefined;
      const goal = parseGoal({
        id: newId(),
        subjectId,
        areaId,
        setBy: role,
        setAt: now,
        ...(typeof single === 'number' ? { baselineValue: single } : {}),
        targetValue,
        status: 'active',
      });
      if (goal.ok) issues.push(...validateGoal(instrument, goal.value));
      if (goal.ok) detail.goals.push(goal.value as AreaGoal);
      else issues.push(...goal.issues.map((i) => ({ ...i, path: ['goals', areaId, ...i.path] })));
    }
  }
  if (input.cards) {
    detail.cards = [];
    for (const [areaId, text] of input.cards) {
      if (text.trim() === '') continue;
      const card = parseProgressionCard({
        id: newId(),
        subjectId,
        areaId,
        text: text.trim(),
        createdBy: role,
        createdAt: now,
        status: 'open',
      });
      if (card.ok) issues.push(...validateProgressionCard(instrument, card.value));
      if (card.ok) detail.cards.push(card.value as ProgressionCard);
      else issues.push(...card.issues.map((i) => ({ ...i, path: ['cards', areaId, ...i.path] })));
    }
  }
  return issues.length > 0 ? { issues } : detail;
}
