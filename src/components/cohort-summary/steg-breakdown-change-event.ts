import type { RespondentRole } from '../../sdk/model/instrument.js';

/** What the cohort summary now shows. */
export interface StegBreakdownChangeDetail {
  /** `all`, or the id of one of the report's breakdowns, for example `gender` or `interventionCategory:health`. */
  breakdown: string;
  /** Whose ratings are shown. */
  role: RespondentRole;
}

/**
 * Fired when the user switches the breakdown or the role of a cohort summary with its controls
 * (not when the host sets the attributes), so the host can remember the choice or sync a URL.
 */
export class StegBreakdownChangeEvent extends Event {
  static readonly eventName = 'steg-breakdown-change';
  readonly detail: StegBreakdownChangeDetail;
  constructor(detail: StegBreakdownChangeDetail) {
    super(StegBreakdownChangeEvent.eventName, { bubbles: true, composed: true, cancelable: false });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'steg-breakdown-change': StegBreakdownChangeEvent;
  }
}
