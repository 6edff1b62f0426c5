import type { ProgressionCard } from '../../sdk/model/progression-card.js';

/** Which progression card was activated. */
export interface StegCardActivateDetail {
  /** The id of the card. */
  cardId: string;
  /** The card itself, as given to the element. */
  card: ProgressionCard;
}

/**
 * Fired when the user activates one of the participant's progression cards (click, Enter or
 * Space), so the host can open it, mark it achieved or edit it in its own dialog.
 */
export class StegCardActivateEvent extends Event {
  static readonly eventName = 'steg-card-activate';
  readonly detail: StegCardActivateDetail;
  constructor(detail: StegCardActivateDetail) {
    super(StegCardActivateEvent.eventName, { bubbles: true, composed: true, cancelable: false });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'steg-card-activate': StegCardActivateEvent;
  }
}
