import { html, nothing, type TemplateResult } from 'lit';
import { formatChange, formatDate } from '../../internal/i18n.js';
import { markerPath } from './geometry.js';
import type { PlottedSeries, RadarData } from './radar-data.js';
import type { RadarWords } from './radar-words.js';

/**
 * The radar's HTML views beside the chart: the legend's toggle buttons and the data table of
 * every value, with the change from the reference series. Plain functions of what is shown.
 */

/** One legend entry: a toggle button with the series' swatch, name and date. */
export function renderLegendItem(
  w: RadarWords,
  series: PlottedSeries,
  visible: boolean,
  markerSize: number,
  onToggle: (id: string) => void,
): TemplateResult {
  const { colour, dash, filled, marker } = series.style;
  return html`<button
    type="button"
    class="legend-item"
    part="legend-item"
    aria-pressed=${visible ? 'true' : 'false'}
    @click=${() => onToggle(series.id)}
  >
    <svg class="swatch series c${colour} dash-${dash} ${filled ? '' : 'hollow'}" viewBox="0 0 36 18" aria-hidden="true" focusable="false">
      <path class="outline" d="M3,9H33"></path>
      <path class="markers" d=${markerPath(marker, markerSize, { x: 18, y: 9 })}></path>
    </svg>
    <span class="name">${w.seriesName(series.label)}</span>
    ${series.authored ? html`<span class="when">${formatDate(w.language, series.authored)}</span>` : nothing}
  </button>`;
}

/** Every value by area and series, with the scale step's name, and the change when a series has a reference. */
export function renderTable(w: RadarWords, data: RadarData, name: string): TemplateResult {
  const { axes, series } = data;
  const changed = series.find((s) => s.reference && s.kind !== 'goal');
  return html`<table part="table">
    <caption>${name}</caption>
    <thead>
      <tr>
        <th scope="col">${w.msg('area')}</th>
        ${series.map(
          (s) =>
            html`<th scope="col" data-series=${s.id}>${w.seriesName(s.label)}${s.authored ? html`<span class="when">, ${formatDate(w.language, s.authored)}</span>` : nothing}</th>`,
        )}
        ${changed ? html`<th scope="col">${w.msg('change')}</th>` : nothing}
      </tr>
    </thead>
    <tbody>
      ${axes.map(
        (axis, i) => html`<tr data-area=${axis.area.id}>
          <th scope="row">${w.t(axis.area.label)}</th>
          ${series.map((s) => {
            const v = s.values[i];
            if (v === null || v === undefined)
              return html`<td class="missing" data-series=${s.id}>${w.msg('missingInTable')}</td>`;
            const step = w.stepLabel(axis, v);
            return html`<td data-series=${s.id} data-value=${v}>${w.number(v)}${step ? html`<span class="step"> (${step})</span>` : nothing}</td>`;
          })}
          ${changed ? renderChangeCell(w, changed, i) : nothing}
        </tr>`,
      )}
    </tbody>
  </table>`;
}

function renderChangeCell(w: RadarWords, series: PlottedSeries, index: number): TemplateResult {
  const now = series.values[index];
  const then = series.reference!.values[index];
  if (now === null || now === undefined || then === null || then === undefined) {
    return html`<td class="missing">${w.msg('missingInTable')}</td>`;
  }
  return html`<td>${formatChange(w.language, now - then, 2)}</td>`;
}
