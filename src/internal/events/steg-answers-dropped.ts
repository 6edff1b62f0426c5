import type { Answer, InstrumentRef } from '../../sdk/model/assessment.js';
import type { CardDraft, GoalDraft } from '../../components/rating-form/rating-form-value.js';

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

/** Everything that was dropped from the draft in one go. */
export interface StegAnswersDroppedDetail {
  /** The instrument the draft was made with, when known. */
  from?: InstrumentRef;
  /** The instrument the form shows now. */
  to: InstrumentRef;
  answers: DroppedAnswer[];
  /** Desired levels whose area is gone or whose value is off the new scale. */
  goals: GoalDraft[];
  /** Step-forward texts whose area is gone. */
  cards: CardDraft[];
}

/**
 * Fired when the form cannot keep part of its draft: the instrument was replaced by a version
 * without some items, the respondent role changed, or a restored draft did not fit. The form also
 * shows the dropped answers to the participant, so nothing is lost silently.
 */
export class StegAnswersDroppedEvent extends Event {
  static readonly eventName = 'steg-answers-dropped';
  readonly detail: StegAnswersDroppedDetail;
  constructor(detail: StegAnswersDroppedDetail) {
    super(StegAnswersDroppedEvent.eventName, { bubbles: true, composed: true, cancelable: false });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'steg-answers-dropped': StegAnswersDroppedEvent;
  }
}
