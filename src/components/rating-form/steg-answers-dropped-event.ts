import type { InstrumentRef } from '../../sdk/model/assessment.js';
import type { CardDraft, DroppedAnswer, GoalDraft } from './rating-form-value.js';

export type { DropReason, DroppedAnswer } from './rating-form-value.js';

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
