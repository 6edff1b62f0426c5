import { css } from 'lit';

/** Styles of `<steg-radar>`; colours come from the shared tokens. */
export const styles = css`
  :host {
    display: block;
    --_grid: var(--steg-radar-grid-color, var(--_border-subtle));
    --_axis: var(--steg-radar-axis-color, var(--_border));
    --_fill-opacity: var(--steg-radar-fill-opacity, 0.12);
    --_stroke: var(--steg-radar-stroke-width, 2.5px);
    --_duration: var(--steg-radar-transition-duration, 450ms);
  }
  .radar {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 0.5);
    min-width: 0;
  }
  .plot {
    border-radius: var(--_radius);
    outline-offset: 2px;
  }
  .plot:focus {
    outline: none;
  }
  .plot:focus-visible {
    outline: var(--_focus-ring);
  }
  svg.chart {
    display: block;
    width: 100%;
    height: auto;
    overflow: visible;
    user-select: none;
  }
  .ring {
    fill: none;
    stroke: var(--_grid);
    stroke-width: 1px;
  }
  .ring.edge {
    stroke: var(--_axis);
  }
  .spoke {
    stroke: var(--_grid);
    stroke-width: 1px;
  }
  /* The focused area's axis: dotted and neutral, so it never reads as a data line. */
  .spoke.active {
    stroke: var(--_fg);
    stroke-width: 1.5px;
    stroke-dasharray: 1 3;
    stroke-linecap: round;
  }
  .tick,
  .stage-name {
    fill: var(--_fg-muted);
    paint-order: stroke;
    stroke: var(--_bg);
    stroke-width: 3px;
    stroke-linejoin: round;
  }
  /* Under the scale's numbers and stage names: hides the grid lines there, never the data. */
  .label-backing {
    fill: var(--_bg);
    stroke: none;
  }
  .axis-label {
    fill: var(--_fg);
  }
  .axis-label.active {
    fill: var(--_focus);
    text-decoration: underline;
  }
  .c1 {
    --_c: var(--_series-1);
  }
  .c2 {
    --_c: var(--_series-2);
  }
  .c3 {
    --_c: var(--_series-3);
  }
  .c4 {
    --_c: var(--_series-4);
  }
  .c5 {
    --_c: var(--_series-5);
  }
  .area {
    fill: var(--_c);
    fill-opacity: var(--_fill-opacity);
    stroke: none;
    pointer-events: none;
  }
  .outline {
    fill: none;
    stroke: var(--_c);
    stroke-width: var(--_stroke);
    stroke-linejoin: round;
    stroke-linecap: round;
  }
  .dash-dashed .outline {
    stroke-dasharray: 8 5;
  }
  .dash-dotted .outline {
    stroke-dasharray: 0.5 6;
    stroke-width: calc(var(--_stroke) * 1.4);
  }
  .dash-dashdot .outline {
    stroke-dasharray: 12 4 1 4;
  }
  .dash-long .outline {
    stroke-dasharray: 16 5;
  }
  .markers {
    fill: var(--_c);
    stroke: var(--_bg);
    stroke-width: 1.5px;
  }
  /* Goals are hollow: a target, not a rating; see-through, so a rating on the same spot shows. */
  .hollow .markers {
    fill: none;
    stroke: var(--_c);
    stroke-width: 2px;
  }
  .plot svg {
    cursor: pointer;
  }
  .focus-ring {
    fill: none;
    stroke: var(--_focus);
    stroke-width: 3px;
  }
  .focus-halo {
    fill: none;
    stroke: var(--_bg);
    stroke-width: 7px;
  }
  .notes {
    margin: 0;
    color: var(--_fg-muted);
  }
  .notes p {
    margin: 0;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 0.5);
    margin: 0;
    padding: 0;
  }
  button {
    font: inherit;
    color: var(--_fg);
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    min-height: var(--_target);
    min-width: var(--_target);
    padding: 0.25em 0.75em;
    cursor: pointer;
  }
  button:hover {
    background: var(--_bg-subtle);
  }
  .legend-item {
    display: inline-flex;
    align-items: center;
    gap: 0.5em;
    text-align: start;
  }
  .legend-item .when {
    color: var(--_fg-muted);
  }
  .legend-item[aria-pressed='false'] {
    border-style: dashed;
    color: var(--_fg-muted);
  }
  .legend-item[aria-pressed='false'] .name {
    text-decoration: line-through;
  }
  .legend-item[aria-pressed='false'] .swatch {
    opacity: 0.35;
  }
  .swatch {
    flex: none;
    width: 2.25em;
    height: 1.125em;
    overflow: visible;
  }
  .readout {
    min-height: 0;
  }
  .readout:not(:empty) {
    padding: 0.5em 0.75em;
    border-inline-start: 4px solid var(--_focus);
    background: var(--_bg-subtle);
    border-radius: 0 var(--_radius) var(--_radius) 0;
  }
  .table-toggle[aria-pressed='true'] {
    background: var(--_accent-subtle);
    border-color: var(--_accent);
  }
  .table-wrap {
    overflow-x: auto;
    /* The table is re-laid out on every data update; keep that work inside it. */
    contain: content;
  }
  @media screen {
    .table-wrap:not(.shown) {
      position: absolute;
      width: 1px;
      height: 1px;
      margin: -1px;
      padding: 0;
      overflow: hidden;
      clip: rect(0 0 0 0);
      white-space: nowrap;
      border: 0;
    }
  }
  table {
    border-collapse: collapse;
    width: 100%;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding-block-end: 0.25em;
  }
  th,
  td {
    text-align: start;
    padding: 0.375em 0.5em;
    border-bottom: 1px solid var(--_border-subtle);
    vertical-align: top;
  }
  thead th {
    border-bottom: 2px solid var(--_border);
  }
  td .step,
  th .when {
    color: var(--_fg-muted);
  }
  td.missing {
    font-style: italic;
  }

  @media (forced-colors: active) {
    /* The tokens already map series to system colours; keep them, and drop tints that would
       hide the grid. Dashes and markers still tell the series apart. */
    svg {
      forced-color-adjust: none;
    }
    .area {
      fill: none;
    }
    .markers {
      stroke: Canvas;
    }
    .hollow .markers {
      fill: none;
      stroke: var(--_c);
    }
    .readout:not(:empty) {
      border: 1px solid CanvasText;
    }
  }
  @media print {
    .plot {
      break-inside: avoid;
    }
    svg {
      print-color-adjust: exact;
    }
    .readout,
    .table-toggle,
    .focus-ring,
    .focus-halo {
      display: none;
    }
    .legend-item {
      border: none;
      min-height: 0;
      padding: 0;
    }
    .legend-item[aria-pressed='false'] {
      display: none;
    }
  }
`;
