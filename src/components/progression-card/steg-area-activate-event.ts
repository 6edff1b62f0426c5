/** Which life area was activated, and in which participant's card. */
export interface StegAreaActivateDetail {
  /** The id of the life area. */
  areaId: string;
  /** The pseudonymous id of the participant the card shows, when known. */
  subjectId?: string;
}

/**
 * Fired when the user activates a life area in a progression card (click, Enter or Space), so
 * the host can show that area's history or the participant's goals for it.
 */
export class StegAreaActivateEvent extends Event {
  static readonly eventName = 'steg-area-activate';
  readonly detail: StegAreaActivateDetail;
  constructor(detail: StegAreaActivateDetail) {
    super(StegAreaActivateEvent.eventName, { bubbles: true, composed: true, cancelable: false });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'steg-area-activate': StegAreaActivateEvent;
  }
}
