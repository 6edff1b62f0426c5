/** Which series was shown or hidden, and its state now. */
export interface StegSeriesToggleDetail {
  /** The series' id: `baseline`, `latest`, `goal`, `participant`, `caseManager`, or an explicit series' `id` (default `series-<index>`). */
  seriesId: string;
  /** Whether the series is drawn now. */
  visible: boolean;
  /** The ids of every series that is hidden now. */
  hidden: string[];
}

/**
 * Fired when the user shows or hides a series with the radar's legend, so the host can keep
 * the choice (for example when it re-renders the chart for another participant).
 */
export class StegSeriesToggleEvent extends Event {
  static readonly eventName = 'steg-series-toggle';
  readonly detail: StegSeriesToggleDetail;
  constructor(detail: StegSeriesToggleDetail) {
    super(StegSeriesToggleEvent.eventName, { bubbles: true, composed: true, cancelable: false });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'steg-series-toggle': StegSeriesToggleEvent;
  }
}
