import type { Assessment } from '../../sdk/model/assessment.js';
import type { AreaGoal } from '../../sdk/model/goal.js';
import type { ProgressionCard } from '../../sdk/model/progression-card.js';

/** What a completed rating form hands over. */
export interface StegSubmitDetail {
  /** The completed assessment: status `completed`, `authored` now, checked against the instrument. */
  assessment: Assessment;
  /** The desired level per area, when the form collects goals (`collect-goals`). */
  goals?: AreaGoal[];
  /** The participant's own "step forward" per area, when the form collects cards (`collect-cards`). */
  cards?: ProgressionCard[];
}

/**
 * Fired when a participant sends a completed, valid rating form. Cancelable: call
 * `preventDefault()` to keep the form on its review page (for example while the host saves, or to
 * show its own confirmation); otherwise the form shows its confirmation and submits the `<form>`
 * it belongs to, if any.
 */
export class StegSubmitEvent extends Event {
  static readonly eventName = 'steg-submit';
  readonly detail: StegSubmitDetail;
  constructor(detail: StegSubmitDetail) {
    super(StegSubmitEvent.eventName, { bubbles: true, composed: true, cancelable: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'steg-submit': StegSubmitEvent;
  }
}
