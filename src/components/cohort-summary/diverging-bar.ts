import { html, nothing, type TemplateResult } from 'lit';
import { cssProperties } from '../../internal/css-properties.js';

/** Shares (0..1) of the people in one cell who got worse, stayed the same, or improved. */
export interface ChangeShares {
  worsened: number;
  unchanged: number;
  improved: number;
}

// Sizes go through the CSSOM, which a strict CSP (no 'unsafe-inline' styles) allows; styleMap
// would write a style attribute on its first render, which such a CSP blocks.
const width = (share: number) =>
  cssProperties({ 'inline-size': `${(Math.max(0, Math.min(1, share)) * 100).toFixed(2)}%` });

/**
 * A diverging stacked bar centred on zero change: the share who got worse grows from the
 * centre line towards the start, the share who improved grows towards the end, and the share
 * unchanged is a separate bar beside them. Centring on zero (rather than on the middle of the
 * "unchanged" segment, as Likert charts often do) keeps the two numbers people compare —
 * worse and better — on one common baseline in every row, so rows with many unchanged people
 * do not shift sideways. Each side runs from 0 to 100 %, the same in every view, so switching
 * breakdowns never silently rescales the bars. Built from HTML boxes with logical sizes, so it
 * mirrors on its own on right-to-left pages.
 *
 * The bar is an image with a text alternative (`label`); the numbers are also in the table.
 */
export function divergingBar(shares: ChangeShares | null, label: string): TemplateResult {
  if (!shares) {
    return html`<div class="bar suppressed" role="img" aria-label=${label}>
      <span class="side worse"></span><span class="zero"></span><span class="side better"></span>
      <span class="same-track"></span>
    </div>`;
  }
  return html`<div class="bar" role="img" aria-label=${label}>
    <span class="side worse"><span class="fill worsened" style=${width(shares.worsened)}></span></span>
    <span class="zero"></span>
    <span class="side better"><span class="fill improved" style=${width(shares.improved)}></span></span>
    <span class="same-track"><span class="fill unchanged" style=${width(shares.unchanged)}></span></span>
  </div>`;
}

/** The legend that names the three fills by pattern and position as well as colour. */
export function divergingLegend(labels: {
  worsened: string;
  unchanged: string;
  improved: string;
  centre: string;
}): TemplateResult {
  return html`<ul class="legend">
    <li><span class="swatch worsened" aria-hidden="true"></span>${labels.worsened}</li>
    <li><span class="swatch improved" aria-hidden="true"></span>${labels.improved}</li>
    <li><span class="swatch unchanged" aria-hidden="true"></span>${labels.unchanged}</li>
    ${labels.centre ? html`<li class="legend-note" dir="auto">${labels.centre}</li>` : nothing}
  </ul>`;
}
