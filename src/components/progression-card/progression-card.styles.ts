import { css } from 'lit';

/**
 * Styles of `<steg-progression-card>`. One constructable stylesheet is shared by every instance
 * (Lit adopts `static styles` once per class), which keeps a list of hundreds of compact cards
 * cheap. Layout adapts with container queries, not ResizeObservers; compact rows off screen are
 * skipped with content-visibility.
 */
export const progressionCardStyles = css`
  :host {
    display: block;
    container-type: inline-size;
    --_start: var(--steg-progression-start-color, var(--_series-1));
    --_latest: var(--steg-progression-latest-color, var(--_series-2));
    --_goal: var(--steg-progression-goal-color, var(--_series-3));
    --_improved: var(--steg-color-improved, var(--_series-2));
    --_worsened: var(--steg-color-worsened, var(--_series-3));
  }
  /* A case list of hundreds: rows outside the viewport skip style and layout until they are
     scrolled to (they stay in the accessibility tree and find-in-page). That, not the rendering
     of the rows, was most of the cost of 500 rows (bench/RESULTS.md, issue #6). */
  :host([variant='compact']) {
    contain: content;
    content-visibility: auto;
    contain-intrinsic-size: auto 4.5rem;
    /* The divider is the host's own border: paint containment clips what is inside the host,
       and a row's bottom border at a fractional height (a wrapped line) was clipped away. */
    border-block-end: 1px solid var(--_border-subtle);
  }
  h2,
  h3,
  h4,
  h5,
  p,
  ul,
  ol,
  figure {
    margin: 0;
  }
  ul {
    padding: 0;
    list-style: none;
  }
  button {
    font: inherit;
    color: inherit;
  }

  /* ---- full card ---- */
  .card {
    background: var(--_bg);
    border: 1px solid var(--_border-subtle);
    border-radius: var(--_radius);
    padding: var(--_space);
    display: grid;
    /* minmax(0, …) and anywhere-wrapping let the card shrink to a 320 px panel even with a
       page's huge base font (WCAG 1.4.10), instead of growing to its longest word. */
    grid-template-columns: minmax(0, 1fr);
    gap: calc(var(--_space) * 1.25);
    overflow-wrap: anywhere;
  }
  header > div {
    min-width: 0;
  }
  header {
    display: flex;
    flex-wrap: wrap;
    align-items: start;
    justify-content: space-between;
    gap: calc(var(--_space) * 0.5) var(--_space);
  }
  h2 {
    font-size: 1.35em;
    line-height: 1.25;
  }
  h3 {
    font-size: 1.1em;
    margin-block-end: calc(var(--_space) * 0.5);
  }
  h4 {
    font-size: 1em;
  }
  .meta {
    color: var(--_fg-muted);
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
  .warning {
    border-inline-start: 4px solid var(--_danger);
    padding-inline-start: 0.5em;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }

  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1.25em;
    color: var(--_fg-muted);
    font-size: 0.9em;
    margin-block-end: 0.5em;
  }
  .legend li {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
  }
  .legend svg {
    width: 18px;
    height: 18px;
    overflow: visible;
  }

  .areas {
    display: grid;
  }
  .area {
    display: grid;
    grid-template-columns: minmax(9rem, 14rem) minmax(8rem, 1fr) minmax(7rem, 10rem);
    grid-template-areas:
      'name scale change'
      'name facts facts';
    align-items: center;
    column-gap: var(--_space);
    padding-block: 0.5em;
    border-block-start: 1px solid var(--_border-subtle);
  }
  .area:first-child {
    border-block-start: 0;
  }
  /* Buttons look like something to press: link colour, a solid underline and a chevron. */
  .area-name {
    grid-area: name;
    justify-self: start;
    text-align: start;
    min-height: var(--_target);
    background: none;
    border: 0;
    border-radius: calc(var(--_radius) / 2);
    padding: 0.25em 0.25em 0.25em 0;
    font-weight: 600;
    color: var(--_accent);
    cursor: pointer;
    text-decoration: underline;
    text-decoration-thickness: 1px;
    text-underline-offset: 0.2em;
  }
  .area-name:hover {
    text-decoration-thickness: 3px;
  }
  .chevron::after {
    content: '›';
    display: inline-block;
    margin-inline-start: 0.3em;
    font-weight: 700;
    text-decoration: none;
  }
  :host(:dir(rtl)) .chevron::after {
    content: '‹';
  }
  .scale {
    grid-area: scale;
    display: grid;
    grid-template-columns: auto 1fr auto;
    align-items: center;
    gap: 0.25em;
    font-size: 0.8em;
    color: var(--_fg-muted);
  }
  /* The outer drawing only: the goal and arrow-head marks are nested SVGs (placed in percent) of
     their own 1 px size that draw outside it; at 100 % wide they would overflow the card in Firefox. */
  .scale > svg {
    width: 100%;
    height: 28px;
    overflow: visible;
  }
  /* Right to left, the scale reads from the right: the drawing has no text, so it is mirrored. */
  :host(:dir(rtl)) .scale > svg {
    transform: scaleX(-1);
  }
  /* The evidence is the headline: a reliable change is the bold, coloured verdict (with an
     arrow, never colour alone); a change within measurement error is plain and quiet. */
  .change {
    grid-area: change;
    display: grid;
    align-content: center;
  }
  .change .detail {
    font-size: 0.9em;
    color: var(--_fg-muted);
  }
  .change:not(.quiet) .steps {
    font-weight: 600;
    color: var(--_fg);
  }
  .verdict {
    font-size: 1.05em;
  }
  .reliable .verdict {
    font-weight: 700;
  }
  .reliable.better .verdict {
    color: var(--_success);
  }
  .reliable.worse .verdict {
    color: var(--_danger);
  }
  .verdict-icon {
    margin-inline-end: 0.3em;
    font-size: 0.85em;
  }
  .quiet .verdict {
    font-weight: 400;
    color: var(--_fg-muted);
  }
  .facts {
    grid-area: facts;
    display: flex;
    flex-wrap: wrap;
    gap: 0.15em 0.9em;
    font-size: 0.9em;
  }
  /* A status is a tag, not a button: flat, square-cornered, no outline, a check mark. */
  .status {
    display: inline-flex;
    align-items: baseline;
    gap: 0.3em;
    padding: 0 0.4em;
    border-radius: 2px;
    background: var(--_bg-subtle);
    color: var(--_success);
    font-weight: 700;
  }

  /* The marks: different shapes, so colour is never the only cue. */
  .track {
    stroke: var(--_border);
    stroke-width: 2;
  }
  .tick {
    stroke: var(--_border);
    stroke-width: 1;
  }
  .arrow {
    stroke: var(--_latest);
    stroke-width: 3;
  }
  .arrow-head path {
    fill: var(--_latest);
  }
  .start {
    fill: var(--_bg);
    stroke: var(--_start);
    stroke-width: 3;
  }
  .start.same {
    fill: none;
    stroke-width: 2.5;
  }
  .latest {
    fill: var(--_latest);
    stroke: var(--_bg);
    stroke-width: 1.5;
  }
  .goal path {
    fill: none;
    stroke: var(--_goal);
    stroke-width: 2.5;
  }

  .pcards {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(14rem, 100%), 1fr));
    gap: calc(var(--_space) * 0.75);
  }
  .pcard {
    display: grid;
    align-content: start;
    gap: 0.35em;
    width: 100%;
    height: 100%;
    min-height: var(--_target);
    text-align: start;
    background: var(--_bg-subtle);
    border: 1px solid var(--_border-subtle);
    border-inline-start: 6px solid var(--_accent);
    border-radius: var(--_radius);
    padding: 0.6em 0.8em;
    cursor: pointer;
    overflow-wrap: anywhere;
  }
  .pcard:hover {
    border-color: var(--_accent);
  }
  .pcard-action {
    color: var(--_accent);
    font-size: 0.9em;
    font-weight: 600;
    text-decoration: underline;
    text-underline-offset: 0.2em;
  }
  .pcard:hover .pcard-action {
    text-decoration-thickness: 3px;
  }
  .pcard-text {
    white-space: pre-line;
  }
  .pcard[data-status='achieved'] {
    border-inline-start-color: var(--_success);
    border-inline-start-style: double;
  }
  .pcard[data-status='dropped'] {
    border-inline-start-color: var(--_border-subtle);
  }
  .pcard[data-status='dropped'] .pcard-text {
    text-decoration: line-through;
  }
  .pcard-status,
  .pcard-area {
    font-size: 0.85em;
    color: var(--_fg-muted);
    white-space: normal;
  }
  .pcard-status {
    font-weight: 600;
    color: var(--_fg);
  }

  .interventions {
    display: grid;
    gap: calc(var(--_space) * 0.75);
  }
  .provider {
    margin-block-start: 0.35em;
  }
  .provider h5 {
    font-size: 0.9em;
    font-weight: 600;
    color: var(--_fg-muted);
  }
  .provider li {
    padding-inline-start: 0.9em;
    border-inline-start: 3px solid var(--_border-subtle);
    margin-block-start: 0.25em;
  }
  .intervention-meta {
    display: block;
    font-size: 0.9em;
    color: var(--_fg-muted);
  }
  .empty {
    color: var(--_fg-muted);
  }
  .radar {
    max-width: 28rem;
  }
  .radar figcaption {
    font-size: 0.9em;
    color: var(--_fg-muted);
  }

  /* ---- compact row ---- */
  .row {
    display: grid;
    grid-template-columns: minmax(7rem, 12rem) minmax(9rem, 15rem) minmax(6rem, 1fr) auto;
    align-items: center;
    gap: 0.25em var(--_space);
    padding: 0.4em 0.75em;
    background: var(--_bg);
    min-height: var(--_target);
  }
  .row .who {
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .row .when,
  .row .summary {
    font-size: 0.9em;
    color: var(--_fg-muted);
  }
  .row .summary {
    grid-column: 2 / 4;
  }
  .row .actions {
    grid-row: 1 / 3;
    grid-column: 4;
  }
  .spark {
    width: 100%;
    height: 28px;
    grid-column: 3;
    grid-row: 1;
  }
  .spark .base,
  .spark .down {
    vector-effect: non-scaling-stroke;
  }
  .spark .base {
    stroke: var(--_border);
    stroke-width: 1;
  }
  .spark .up {
    fill: var(--_improved);
  }
  .spark .down {
    fill: var(--_bg);
    stroke: var(--_worsened);
    stroke-width: 1.5;
  }
  .spark .flat {
    fill: var(--_border);
  }
  /* One invisible column per bar, for its name when pointed at. */
  .spark .hit {
    fill: transparent;
  }

  @container (max-width: 40rem) {
    .area {
      /* The area's name keeps 9rem (words whole); the verdict beside it wraps instead. */
      grid-template-columns: minmax(min(100%, 9rem), 1fr) minmax(0, auto);
      grid-template-areas:
        'name change'
        'scale scale'
        'facts facts';
    }
    .row {
      grid-template-columns: 1fr auto;
    }
    .row .when,
    .row .summary,
    .spark {
      grid-column: 1 / -1;
      grid-row: auto;
    }
    .row .actions {
      grid-row: 1;
      grid-column: 2;
    }
  }

  @media (forced-colors: active) {
    .start {
      fill: Canvas;
    }
    .latest,
    .arrow-head path,
    .spark .up {
      fill: CanvasText;
    }
    .spark .down {
      fill: Canvas;
      stroke: CanvasText;
    }
    .area-name,
    .pcard {
      border: 1px solid ButtonText;
    }
  }

  /* A participant takes the card home on one A4 page: smaller type, tight rows, no actions,
     no radar (the scales show the same), and cards and interventions side by side. */
  @media print {
    :host {
      content-visibility: visible;
      --_font-size: 9.5pt;
      --_line-height: 1.3;
      --_space: 0.45rem;
    }
    .card {
      border: 0;
      padding: 0;
      gap: 0.5rem;
    }
    h2 {
      font-size: 1.25em;
    }
    h3 {
      margin-block-end: 0.2rem;
    }
    .actions,
    .radar {
      display: none;
    }
    .area {
      padding-block: 0.1rem;
      break-inside: avoid;
    }
    .area-name {
      min-height: 0;
      padding: 0;
      text-decoration: none;
    }
    .facts {
      font-size: 0.85em;
    }
    .pcards {
      grid-template-columns: repeat(3, 1fr);
      gap: 0.4rem;
    }
    .pcard {
      min-height: 0;
      padding: 0.25em 0.5em;
      break-inside: avoid;
    }
    .interventions {
      grid-template-columns: repeat(2, 1fr);
      gap: 0.4rem 1rem;
    }
  }
`;
