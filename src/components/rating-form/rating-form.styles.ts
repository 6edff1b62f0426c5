import { css } from 'lit';

/**
 * Calm and large: one column of text, 44 px targets, clear selected state that does not rely on
 * colour alone (the native radio dot and a thicker border), and logical properties for RTL. The
 * steps lie in a row where the form is wide and in a column where it is narrow (container query),
 * so every step's label can always be read.
 */
export const styles = css`
  :host {
    display: block;
  }
  :host([theme]) {
    background: var(--_bg);
  }
  .root {
    container-type: inline-size;
  }
  p {
    margin: 0 0 0.75rem;
  }
  /* On a right-to-left page, text in a left-to-right language (a Swedish fallback) keeps its own
     order — "Hur går det?" not "?Hur går det" — while the layout stays right to left. */
  p,
  legend,
  label,
  summary,
  dt,
  dd,
  li,
  .heading,
  .label {
    unicode-bidi: plaintext;
  }
  /* plaintext would also align each paragraph by its own language; keep the page's side. */
  :is(p, legend, summary, dt, dd, li, .heading) {
    text-align: left;
  }
  :host(:dir(rtl)) :is(p, legend, summary, dt, dd, li, .heading) {
    text-align: right;
  }
  .heading {
    font-size: 1.375rem;
    font-weight: 700;
    line-height: 1.3;
    margin: 0 0 0.75rem;
  }
  /* Headings take focus only so that a new page is announced; they are not controls. */
  .heading:focus {
    outline: none;
  }
  .intro,
  .hint,
  .progress,
  .previous,
  .area-description {
    color: var(--_fg-muted);
  }
  .progress {
    margin-block-end: 0.25rem;
  }
  .area {
    margin-block-end: 2rem;
  }
  .area + .area {
    border-block-start: 1px solid var(--_border-subtle);
    padding-block-start: 1.5rem;
  }

  /* Items */
  fieldset.item {
    border: 0;
    margin: 0 0 1.5rem;
    padding: 0;
    min-inline-size: 0;
  }
  fieldset.item.has-error {
    border-inline-start: 4px solid var(--_danger);
    padding-inline-start: 0.75rem;
  }
  legend {
    font-size: 1.125rem;
    font-weight: 600;
    padding: 0;
    margin-block-end: 0.5rem;
    scroll-margin-block-start: var(--steg-scroll-margin, 1rem);
  }
  .optional {
    font-weight: 400;
    color: var(--_fg-muted);
  }
  .previous {
    font-size: 0.9375rem;
    margin-block-end: 0.5rem;
  }
  .error-message {
    color: var(--_danger);
    font-weight: 600;
    margin-block-end: 0.5rem;
  }
  .steps {
    display: flex;
    flex-direction: column;
    gap: 0.375rem;
  }
  @container (min-width: 40em) {
    .steps {
      display: grid;
      grid-template-columns: repeat(var(--_count), minmax(0, 1fr));
    }
    .steps .choice {
      flex-direction: column;
      justify-content: flex-start;
      text-align: center;
      gap: 0.25rem;
      padding: 0.5rem 0.25rem;
    }
    .steps .label {
      font-size: 0.875rem;
      line-height: 1.25;
    }
  }
  .choice {
    display: flex;
    align-items: center;
    gap: 0.75rem;
    min-block-size: var(--_target);
    min-inline-size: var(--_target);
    padding: 0.5rem 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    cursor: pointer;
    overflow-wrap: anywhere;
    hyphens: auto;
  }
  .choice:hover {
    border-color: var(--_accent);
  }
  .choice:focus-within {
    outline: var(--_focus-ring);
    outline-offset: 2px;
  }
  .choice input:focus-visible {
    outline: none;
  }
  .choice.checked {
    border: 3px solid var(--_accent);
    padding: calc(0.5rem - 2px) calc(0.75rem - 2px);
    background: var(--_accent-subtle);
    font-weight: 600;
  }
  @container (min-width: 40em) {
    .steps .choice.checked {
      padding: calc(0.5rem - 2px) calc(0.25rem - 2px);
    }
  }
  .choice.disabled {
    cursor: not-allowed;
    opacity: 0.6;
  }
  input[type='radio'] {
    inline-size: 1.25rem;
    block-size: 1.25rem;
    margin: 0;
    flex: none;
    accent-color: var(--_accent);
  }
  .num {
    font-size: 1.125rem;
    font-weight: 700;
    min-inline-size: 2ch;
    text-align: center;
  }
  .description {
    margin: 0.5rem 0 0;
    padding: 0.5rem 0.75rem;
    background: var(--_bg-subtle);
    border-inline-start: 4px solid var(--_accent);
    border-start-end-radius: var(--_radius);
    border-end-end-radius: var(--_radius);
  }
  .description.placeholder {
    border-inline-start-color: var(--_border-subtle);
    color: var(--_fg-muted);
  }
  /* A focused step that is not chosen: unfilled and dashed, with words that say it is not an answer. */
  .description.preview {
    background: transparent;
    border: 2px dashed var(--_fg-muted);
    border-radius: var(--_radius);
    padding: calc(0.5rem - 2px) calc(0.75rem - 2px);
  }
  .preview-note {
    color: var(--_fg-muted);
    font-style: italic;
  }
  .disabled-reason:not(:empty) {
    margin: 0 0 1rem;
    padding: 0.5rem 0.75rem;
    background: var(--_bg-subtle);
    border-inline-start: 4px solid var(--_fg-muted);
    border-start-end-radius: var(--_radius);
    border-end-end-radius: var(--_radius);
  }
  .disabled-reason-title {
    font-weight: 600;
  }
  ::slotted([slot='intro']) {
    margin-block: 0 1rem;
  }
  .stage {
    color: var(--_fg-muted);
    margin-inline-start: 0.25rem;
  }
  .missing {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
    margin-block-start: 0.75rem;
    padding-block-start: 0.75rem;
    border-block-start: 1px dashed var(--_border);
  }
  .or {
    color: var(--_fg-muted);
    inline-size: 100%;
  }

  /* Comment, goal, step forward */
  .extra {
    margin-block-end: 1rem;
  }
  .extra label {
    display: block;
    font-weight: 600;
    margin-block-end: 0.25rem;
  }
  details.comment summary {
    display: inline-flex;
    align-items: center;
    min-block-size: var(--_target);
    color: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 0.15em;
    cursor: pointer;
  }
  textarea,
  select {
    display: block;
    inline-size: 100%;
    max-inline-size: 40rem;
    min-block-size: var(--_target);
    font: inherit;
    color: var(--_fg);
    background: var(--_bg);
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.5rem;
  }
  select {
    inline-size: auto;
    max-inline-size: 100%;
  }
  textarea:focus-visible,
  select:focus-visible {
    outline: var(--_focus-ring);
    outline-offset: 0;
  }

  /* Buttons */
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 1rem;
    margin-block-start: 1.5rem;
  }
  button {
    font: inherit;
    min-block-size: var(--_target);
    min-inline-size: var(--_target);
    cursor: pointer;
  }
  button:disabled {
    cursor: not-allowed;
    opacity: 0.6;
  }
  .primary {
    background: var(--_accent);
    color: var(--_accent-contrast);
    border: 2px solid transparent;
    border-radius: var(--_radius);
    padding: 0.5rem 1.5rem;
    font-weight: 600;
  }
  .primary:hover:not(:disabled) {
    box-shadow: inset 0 -3px 0 color-mix(in srgb, currentColor 35%, transparent);
  }
  .secondary {
    background: var(--_bg-subtle);
    color: var(--_fg);
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.5rem 1rem;
  }
  .link {
    background: none;
    border: 0;
    padding: 0 0.25rem;
    color: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  .back {
    display: inline-flex;
    align-items: center;
    margin-block-end: 0.75rem;
    padding-inline-start: 0;
  }
  .back::before {
    content: '';
    display: inline-block;
    inline-size: 0.45em;
    block-size: 0.45em;
    border: solid currentColor;
    border-width: 2px 0 0 2px;
    transform: rotate(-45deg);
    margin-inline: 0.3em 0.5em;
  }
  :host(:dir(rtl)) .back::before {
    transform: rotate(135deg);
  }

  /* Error summary, notices, confirmation */
  .error-summary {
    border: 4px solid var(--_danger);
    border-radius: var(--_radius);
    padding: 1rem;
    margin-block-end: 1.5rem;
  }
  .error-summary:focus {
    outline: var(--_focus-ring);
    outline-offset: 2px;
  }
  .error-summary ul {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  .error-summary li {
    margin-block: 0.25rem;
  }
  /* Each link a 44 px target (a list of links, not links inside a sentence). */
  .error-summary a {
    display: inline-flex;
    align-items: center;
    min-block-size: 2.75rem;
    color: var(--_danger);
    font-weight: 600;
    text-underline-offset: 0.15em;
  }
  .summary-title,
  .notice-title {
    font-size: 1.1875rem;
  }
  .notice {
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_accent-subtle);
    padding: 1rem;
    margin-block-end: 1.5rem;
  }
  .notice ul {
    padding-inline-start: 1.25rem;
  }
  .confirmation {
    border: 2px solid var(--_success);
    border-radius: var(--_radius);
    padding: 1rem;
  }

  /* Review page */
  dl.summary {
    margin: 0 0 1rem;
  }
  dl.summary .row {
    display: grid;
    grid-template-columns: 1fr auto;
    gap: 0.25rem 1rem;
    padding-block: 0.75rem;
    border-block-end: 1px solid var(--_border-subtle);
  }
  dl.summary dt {
    font-weight: 600;
    grid-column: 1;
  }
  dl.summary dd {
    margin: 0;
    grid-column: 1;
  }
  dl.summary dd.change {
    grid-column: 2;
    grid-row: 1 / span 2;
    align-self: start;
  }
  @container (min-width: 40em) {
    dl.summary .row {
      grid-template-columns: minmax(8rem, 1fr) 2fr auto;
    }
    dl.summary dd {
      grid-column: 2;
      grid-row: 1;
    }
    dl.summary dd.change {
      grid-column: 3;
      grid-row: 1;
    }
  }
  .answers {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  .extra-line {
    margin: 0.25rem 0 0;
  }
  .term,
  .item-text {
    color: var(--_fg-muted);
  }
  .unanswered {
    color: var(--_fg-muted);
    font-style: italic;
  }

  @media (forced-colors: active) {
    .choice.checked {
      border-width: 4px;
      border-style: double;
    }
    .description,
    .error-summary,
    .notice,
    .primary {
      border: 2px solid CanvasText;
    }
    /* The accent plate as the page's own colour pair inverted (text colour as the plate): left to
       the engine, the text is forced to the plate's own colour and the button shows blank; and
       Highlight/HighlightText contrast only 2.9:1 in Firefox's forced colours on Linux. */
    .primary {
      forced-color-adjust: none;
      background: CanvasText;
      color: Canvas;
    }
    .primary:disabled {
      background: Canvas;
      color: GrayText;
      border-color: GrayText;
    }
  }
`;
