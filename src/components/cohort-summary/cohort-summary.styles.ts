import { css } from 'lit';

/** Styles of `<steg-cohort-summary>`; the layout adapts with container queries. */
export const cohortSummaryStyles = css`
  :host {
    display: block;
    container-type: inline-size;
    --_improved: var(--steg-color-improved, var(--_series-2));
    --_worsened: var(--steg-color-worsened, var(--_series-3));
    --_unchanged: var(--steg-color-unchanged, var(--_series-1));
  }
  h2,
  h3,
  p,
  ul,
  figure {
    margin: 0;
  }
  ul {
    padding: 0;
    list-style: none;
  }
  button,
  select {
    font: inherit;
    color: inherit;
  }
  /* Text whose direction follows its content (Swedish fallback text on an RTL page) still
     lines up with its neighbours (text-align: match-parent does not do this in Chromium). :dir() follows the page
     without the element measuring anything. */
  [dir='auto'] {
    text-align: left;
  }
  :host(:dir(rtl)) [dir='auto'] {
    text-align: right;
  }
  .num [dir='auto'],
  :host(:dir(rtl)) .num [dir='auto'] {
    text-align: inherit;
  }
  .summary {
    display: grid;
    /* minmax(0, …) and anywhere-wrapping let the summary shrink to a 320 px panel even with a
       page's huge base font (WCAG 1.4.10), instead of growing to its longest word. */
    grid-template-columns: minmax(0, 1fr);
    overflow-wrap: anywhere;
    gap: var(--_space);
    background: var(--_bg);
    border: 1px solid var(--_border-subtle);
    border-radius: var(--_radius);
    padding: var(--_space);
  }
  h2 {
    font-size: 1.35em;
    line-height: 1.25;
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: calc(var(--_space) * 0.75) var(--_space);
  }
  .controls label {
    display: grid;
    gap: 0.2em;
    font-weight: 600;
    min-width: 0;
    max-width: 100%;
  }
  select {
    min-height: var(--_target);
    min-width: min(12rem, 100%);
    max-width: 100%;
    padding: 0.3em 0.5em;
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 2);
    font-weight: normal;
  }
  .download {
    min-height: var(--_target);
    padding: 0.3em 1em;
    background: var(--_accent);
    color: var(--_accent-contrast);
    border: 1px solid var(--_accent);
    border-radius: calc(var(--_radius) / 2);
    cursor: pointer;
  }
  .counts {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1.25em;
  }
  .counts strong {
    font-weight: 600;
  }
  .note {
    color: var(--_fg-muted);
    font-size: 0.9em;
  }
  .rule {
    border-inline-start: 4px solid var(--_border);
    padding-inline-start: 0.6em;
    font-size: 0.9em;
  }

  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1.25em;
    font-size: 0.9em;
  }
  .legend li {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
  }
  .legend .legend-note {
    display: block;
    color: var(--_fg-muted);
    flex-basis: 100%;
  }
  .swatch {
    display: inline-block;
    inline-size: 1.6em;
    block-size: 0.9em;
    border: 1px solid var(--_border);
  }

  /* The fills differ by pattern as well as colour: worse is hatched, better solid, unchanged dotted. */
  .worsened {
    background: repeating-linear-gradient(135deg, var(--_worsened) 0 3px, transparent 3px 6px);
    border: 1px solid var(--_worsened);
  }
  .improved {
    background: var(--_improved);
    border: 1px solid var(--_improved);
  }
  .unchanged {
    background: radial-gradient(circle, var(--_bg) 1px, transparent 1.5px) 0 0 / 5px 5px, var(--_unchanged);
    border: 1px solid var(--_unchanged);
  }

  .chart {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.1em;
  }
  .chart-head,
  .chart-row {
    display: grid;
    grid-template-columns: minmax(8rem, 13rem) minmax(14rem, 1fr) minmax(8rem, 11rem) 3.5rem 5.5rem;
    align-items: center;
    column-gap: 0.75em;
  }
  .chart-head {
    font-size: 0.85em;
    color: var(--_fg-muted);
    border-block-end: 1px solid var(--_border);
    padding-block: 0.25em;
  }
  .chart-head .scale {
    display: grid;
    grid-template-columns: 1fr 2px 1fr 1fr;
    text-align: center;
  }
  .chart-head .scale > :last-child {
    margin-inline-start: 0.75rem;
  }
  .chart-head .num {
    text-align: end;
  }
  .chart-row {
    padding-block: 0.3em;
    border-block-end: 1px solid var(--_border-subtle);
  }
  .area-heading {
    font-weight: 600;
    padding-block-start: 0.6em;
  }
  .label {
    overflow-wrap: anywhere;
  }
  .chart-row.grouped .label {
    padding-inline-start: 1em;
  }
  .num {
    font-variant-numeric: tabular-nums;
    text-align: end;
  }
  /* Each figure's name: read by screen readers always, shown when the column heads are not. */
  .cell-label {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
  .ci {
    display: block;
    font-size: 0.85em;
    color: var(--_fg-muted);
  }

  .bar {
    display: grid;
    grid-template-columns: 1fr 2px 1fr 1fr;
    align-items: center;
    block-size: 1.1em;
    forced-color-adjust: none;
  }
  .bar .side {
    display: flex;
    block-size: 100%;
  }
  .bar .worse {
    justify-content: end;
  }
  .bar .zero {
    block-size: 1.5em;
    background: var(--_fg);
  }
  .bar .fill {
    display: block;
    block-size: 100%;
  }
  .bar.suppressed .side {
    background: repeating-linear-gradient(90deg, var(--_border-subtle) 0 4px, transparent 4px 8px) center / 100% 2px no-repeat;
  }
  .same-track {
    display: flex;
    block-size: 100%;
    margin-inline-start: 0.75rem;
    border-inline-start: 2px solid var(--_border-subtle);
  }

  details summary {
    cursor: pointer;
    min-height: var(--_target);
    display: flex;
    align-items: center;
    font-weight: 600;
  }
  .table-wrap {
    overflow-x: auto;
  }
  table {
    border-collapse: collapse;
    font-size: 0.9em;
    min-inline-size: 100%;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding-block-end: 0.3em;
  }
  th,
  td {
    border: 1px solid var(--_border-subtle);
    padding: 0.25em 0.5em;
    text-align: start;
    vertical-align: top;
  }
  td.num,
  th.num {
    text-align: end;
  }
  thead th {
    background: var(--_bg-subtle);
  }

  @container (max-width: 44rem) {
    .chart-head {
      display: none;
    }
    .chart-row {
      grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
      grid-template-areas:
        'label label'
        'bar bar'
        'n goals'
        'mean mean';
      row-gap: 0.2em;
    }
    .chart-row .num {
      text-align: start;
    }
    .chart-row .label {
      grid-area: label;
    }
    .chart-row .bar-cell {
      grid-area: bar;
      padding-block: 0.35em;
    }
    .chart-row .n {
      grid-area: n;
    }
    .chart-row .mean {
      grid-area: mean;
      text-align: start;
    }
    .chart-row .goals {
      grid-area: goals;
    }
    .chart-row .cell-label {
      position: static;
      width: auto;
      height: auto;
      overflow: visible;
      clip: auto;
      color: var(--_fg-muted);
    }
  }

  @media (forced-colors: active) {
    .worsened {
      background: repeating-linear-gradient(135deg, CanvasText 0 3px, Canvas 3px 6px);
      border-color: CanvasText;
    }
    .improved {
      background: Highlight;
      border-color: Highlight;
    }
    .unchanged {
      background: radial-gradient(circle, CanvasText 1px, Canvas 1.5px) 0 0 / 5px 5px;
      border-color: CanvasText;
    }
    .bar .zero {
      background: CanvasText;
    }
    .swatch {
      forced-color-adjust: none;
    }
    /* A system colour pair the theme guarantees to contrast (left to the engine, the plate
       showed blank). */
    .download {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
      border: 2px solid CanvasText;
    }
  }

  @media print {
    .controls,
    .download {
      display: none;
    }
    details > :not(summary) {
      display: block;
    }
  }
`;
