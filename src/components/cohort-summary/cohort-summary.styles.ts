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
    /* minmax(0, …) lets the summary shrink to a 320 px panel even with a page's huge base font
       (WCAG 1.4.10); a word is broken only when it alone is wider than the line (break-word, not
       anywhere, which also breaks numbers and words that would fit on a line of their own). Wide
       tables scroll in their own container instead. */
    grid-template-columns: minmax(0, 1fr);
    overflow-wrap: break-word;
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
    grid-template-columns: minmax(8rem, 12rem) minmax(14rem, 1fr) minmax(11rem, 15rem) 6.5rem 6.5rem;
    align-items: center;
    column-gap: 0.75em;
  }
  .chart-head {
    font-size: 0.85em;
    color: var(--_fg-muted);
    border-block-end: 1px solid var(--_border);
    padding-block: 0.25em;
  }
  .chart-head {
    align-items: end;
  }
  .chart-head .scale {
    display: grid;
    gap: 0.2em;
  }
  .axis {
    position: relative;
    display: block;
    block-size: 1.3em;
    border-block-start: 1px solid var(--_fg-muted);
    font-variant-numeric: tabular-nums;
  }
  .axis .tick {
    position: absolute;
    inset-block-start: 0;
    translate: -50% 0;
    padding-block-start: 0.15em;
    white-space: nowrap;
    border-inline-start: 1px solid var(--_fg-muted);
    padding-inline-start: 0;
  }
  .axis .tick:first-child {
    translate: 0 0;
  }
  .axis .tick:last-child {
    translate: -100% 0;
    border-inline-start: none;
    border-inline-end: 1px solid var(--_fg-muted);
  }
  :host(:dir(rtl)) .axis .tick {
    translate: 50% 0;
  }
  :host(:dir(rtl)) .axis .tick:first-child {
    translate: 0 0;
  }
  :host(:dir(rtl)) .axis .tick:last-child {
    translate: 100% 0;
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
    overflow-wrap: break-word;
    hyphens: manual;
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
    display: flex;
    align-items: stretch;
    block-size: 1.5em;
    forced-color-adjust: none;
    box-sizing: border-box;
  }
  .bar .fill,
  .meter .fill {
    display: flex;
    align-items: center;
    justify-content: center;
    box-sizing: border-box;
    min-inline-size: 0;
    overflow: hidden;
  }
  /* A figure is shown whole or not at all: centred between two growing spacers on one line when
     it fits, else wrapped onto a second line below the segment, where overflow hides it. (Clipped
     at both ends, "10 %" in a narrow segment read as "0 %".) Exact for any font, width and zoom,
     with no measuring script. */
  .bar .fill {
    flex-wrap: wrap;
    align-content: flex-start;
  }
  .bar .fill::before,
  .bar .fill::after {
    content: '';
    flex: 1 0 0;
    block-size: 1.5em;
  }
  /* A figure inside a segment sits on its own chip, so it reads on any fill and in any theme. */
  .bar .value {
    font-size: 0.75em;
    line-height: 1.2;
    padding: 0 0.25em;
    border-radius: 2px;
    background: var(--_bg);
    color: var(--_fg);
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .bar.suppressed .track {
    flex: 1;
    background: repeating-linear-gradient(90deg, var(--_border-subtle) 0 4px, transparent 4px 8px) center / 100% 2px no-repeat;
  }
  .mean-cell {
    display: grid;
    gap: 0.15em;
  }
  .whisker {
    position: relative;
    display: block;
    block-size: 1em;
    forced-color-adjust: none;
  }
  .whisker .zero-line {
    position: absolute;
    inset-inline-start: 50%;
    inset-block: 0;
    border-inline-start: 1px dashed var(--_fg-muted);
  }
  .whisker .ci-line {
    position: absolute;
    inset-block-start: calc(50% - 1px);
    block-size: 2px;
    background: var(--_fg);
  }
  .whisker .dot {
    position: absolute;
    inset-block-start: 50%;
    inline-size: 0.7em;
    block-size: 0.7em;
    translate: -50% -50%;
    border-radius: 50%;
    background: var(--_fg);
  }
  :host(:dir(rtl)) .whisker .dot {
    translate: 50% -50%;
  }
  .mean {
    text-align: start;
  }
  .meter {
    display: inline-flex;
    inline-size: 6rem;
    block-size: 0.9em;
    border: 1px solid var(--_border);
    vertical-align: middle;
    margin-inline-end: 0.5em;
    forced-color-adjust: none;
  }
  .headline {
    display: grid;
    gap: 0.35em;
    border-inline-start: 4px solid var(--_accent);
    padding-inline-start: 0.75em;
    font-size: 1.1em;
  }
  .headline h3,
  .compare h3,
  .needs h3 {
    font-size: 1.1em;
  }
  .compare,
  .needs {
    display: grid;
    gap: 0.5em;
  }
  .badge {
    display: inline-block;
    margin-inline-start: 0.4em;
    padding: 0 0.35em;
    border: 2px solid var(--_worsened);
    border-radius: 3px;
    font-size: 0.85em;
    font-weight: 600;
    white-space: nowrap;
  }
  tr.unmet th {
    border-inline-start: 4px solid var(--_worsened);
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
    font-variant-numeric: tabular-nums;
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
    /* Never inside a word or a number: the table scrolls in .table-wrap instead. */
    overflow-wrap: normal;
    word-break: normal;
    hyphens: manual;
  }
  td.num,
  th.num {
    text-align: end;
  }
  td.num,
  td.bar-col {
    white-space: nowrap;
  }
  thead th {
    min-inline-size: 6em;
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
    .chart-row .mean-cell {
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
      white-space: normal;
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
    .whisker .dot,
    .whisker .ci-line {
      background: CanvasText;
    }
    .bar .value {
      background: Canvas;
      color: CanvasText;
    }
    .swatch {
      forced-color-adjust: none;
    }
    /* The page's own colour pair inverted (left to the engine, the plate showed blank; and
       Highlight/HighlightText contrast only 2.9:1 in Firefox's forced colours on Linux). */
    .download {
      forced-color-adjust: none;
      background: CanvasText;
      color: Canvas;
      border: 2px solid CanvasText;
    }
  }

  @media print {
    /* @page is ignored inside a shadow root: the page sets A4 (see the README). */
    :host {
      font-size: 10pt;
    }
    .summary {
      border: none;
      padding: 0;
    }
    .controls,
    .download,
    details > summary {
      display: none;
    }
    .print-header {
      font-weight: 600;
      color: inherit;
    }
    .headline,
    .chart-row,
    tr,
    .compare,
    .needs > p {
      break-inside: avoid;
    }
    .compare,
    .needs,
    details {
      break-before: page;
    }
    .table-wrap {
      overflow: visible;
    }
    /* Colours carry meaning (with the patterns): keep them on paper. */
    .bar,
    .meter,
    .swatch {
      print-color-adjust: exact;
    }
  }
`;
