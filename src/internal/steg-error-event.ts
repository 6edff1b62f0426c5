import type { StegIssue } from '../sdk/model/issues.js';

/** What went wrong, and in which property of which element. */
export interface StegErrorDetail {
  /** The property whose value was rejected, for example `instrument` or `assessments`. */
  property: string;
  /** Every problem found, with paths and messages in Swedish and English. */
  issues: StegIssue[];
}

/**
 * Fired when an element is given data it cannot use. The element renders an accessible error
 * state instead of throwing; this event lets the host log or show the problem.
 */
export class StegErrorEvent extends Event {
  static readonly eventName = 'steg-error';
  readonly detail: StegErrorDetail;
  constructor(detail: StegErrorDetail) {
    super(StegErrorEvent.eventName, { bubbles: true, composed: true, cancelable: false });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'steg-error': StegErrorEvent;
  }
}
