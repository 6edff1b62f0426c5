import { html, nothing, type TemplateResult } from 'lit';
import { cssProperties } from '../../internal/css-properties.js';

/** Shares (0..1) of the people in one cell who got worse, stayed the same, or improved. */
export interface ChangeShares {
  worsened: number;
  unchanged: number;
  improved: number;
}

/**
 * Whether a segment may carry its percentage: only when it rounds to at least 1 % (a "0 %" written
 * into a sliver says nothing the bar does not). Whether the figure also fits is decided by the
 * layout (see `.fill` in the styles), at whatever width the bar is drawn.
 */
export const labelledShare = (share: number): boolean => Math.round(share * 100) >= 1;

const clamp01 = (v: number) => Math.max(0, Math.min(1, v));
// Sizes and positions go through the CSSOM, which a strict CSP (no 'unsafe-inline' styles)
// allows; styleMap would write a style attribute on its first render, which such a CSP blocks.
const width = (share: number) => cssProperties({ 'inline-size': `${(clamp01(share) * 100).toFixed(2)}%` });

/**
 * One stacked bar on a shared 0–100 % scale: worse from the start, unchanged in the middle,
 * better to the end, so every row reads on the same axis and the three parts add up to the whole
 * bar. Each part is told apart by pattern and position as well as colour, and carries its
 * percentage when it is wide enough to hold all of it (`labels`, formatted by the caller as in the
 * table): a figure that does not fit is left out whole, never clipped to a wrong number.
 * Built from HTML boxes with logical sizes, so it mirrors on its own on right-to-left pages.
 *
 * The bar is an image with a text alternative (`label`); the numbers are also in the table.
 */
export function divergingBar(
  shares: ChangeShares | null,
  label: string,
  labels?: { worsened: string; unchanged: string; improved: string },
): TemplateResult {
  if (!shares) {
    return html`<div class="bar suppressed" role="img" aria-label=${label}><span class="track"></span></div>`;
  }
  const part = (kind: keyof ChangeShares) =>
    html`<span class="fill ${kind}" style=${width(shares[kind])}
      >${labels && labelledShare(shares[kind]) ? html`<span class="value">${labels[kind]}</span>` : nothing}</span
    >`;
  return html`<div class="bar" role="img" aria-label=${label}>
    ${part('worsened')}${part('unchanged')}${part('improved')}
  </div>`;
}

/** The shared 0–100 % axis under the bars' column head: ticks at every quarter, labelled. */
export function percentAxis(ticks: string[]): TemplateResult {
  return html`<span class="axis" aria-hidden="true"
    >${ticks.map((t, i) => html`<span class="tick" style=${cssProperties({ 'inset-inline-start': `${(i * 100) / (ticks.length - 1)}%` })}>${t}</span>`)}</span
  >`;
}

/**
 * The mean change as a dot with its 95 % confidence interval as a whisker, on a scale from
 * `-limit` to `+limit` steps with zero marked. Decorative: the figures are beside it and in the table.
 */
export function meanWhisker(mean: number | null, ci: [number, number] | null, limit: number): TemplateResult {
  if (mean === null) return html`<span class="whisker empty" aria-hidden="true"><span class="zero-line"></span></span>`;
  const at = (v: number) => `${(clamp01((v + limit) / (2 * limit)) * 100).toFixed(2)}%`;
  return html`<span class="whisker" aria-hidden="true"
    ><span class="zero-line"></span>${
      ci
        ? html`<span
          class="ci-line"
          style=${cssProperties({ 'inset-inline-start': at(ci[0]), 'inline-size': `calc(${at(ci[1])} - ${at(ci[0])})` })}
        ></span>`
        : nothing
    }<span class="dot" style=${cssProperties({ 'inset-inline-start': at(mean) })}></span
  ></span>`;
}

/** The whisker's scale: ticks at −limit, 0 and +limit steps. */
export function whiskerAxis(ticks: [string, string, string]): TemplateResult {
  return html`<span class="axis whisker-axis" aria-hidden="true"
    >${ticks.map((t, i) => html`<span class="tick" style=${cssProperties({ 'inset-inline-start': `${i * 50}%` })}>${t}</span>`)}</span
  >`;
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
    <li><span class="swatch unchanged" aria-hidden="true"></span>${labels.unchanged}</li>
    <li><span class="swatch improved" aria-hidden="true"></span>${labels.improved}</li>
    ${labels.centre ? html`<li class="legend-note" dir="auto">${labels.centre}</li>` : nothing}
  </ul>`;
}
