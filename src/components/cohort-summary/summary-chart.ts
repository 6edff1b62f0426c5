import { html, nothing, type TemplateResult } from 'lit';

import { formatNumber, formatPercent, message } from '../../internal/i18n.js';
import { cohortSummaryMessages as m } from './cohort-summary.messages.js';
import { divergingBar, divergingLegend, meanWhisker, percentAxis, whiskerAxis } from './diverging-bar.js';
import type { Headline } from './headline.js';
import { change, count, goalsWithheld, groupCounts, plain, share, whiskerLimit } from './summary-format.js';
import {
  breakdownLabel,
  changeUnit,
  groupLabel,
  kindKey,
  kindOrder,
  printHeader,
  roleKey,
  rowShares,
  type CohortSummaryRow,
  type SummaryInput,
} from './summary-view-model.js';

/**
 * The summary's screen views above the tables: the title with the print header, the headline,
 * the controls, the groups' counts and the chart of diverging bars and mean whiskers. Plain
 * functions of what is shown; the element owns the state and the handlers.
 */

/** The title, the header that shows on paper, and the number of participants. */
export function renderTitle(v: SummaryInput): TemplateResult {
  const { lang, report } = v;
  return html`<div>
    <h2 id="title">${message(m, lang, 'title')}</h2>
    <p class="note print-header" dir="auto">${printHeader(v)}</p>
    <p class="note" dir="auto">${message(m, lang, 'participants', { count: formatNumber(lang, report.participants) })}</p>
  </div>`;
}

export function renderHeadline(lang: string, headline: Headline | null): TemplateResult | typeof nothing {
  if (!headline || headline.sentences.length === 0) return nothing;
  return html`<section class="headline" part="headline" aria-labelledby="headline-title">
    <h3 id="headline-title">${message(m, lang, 'headline')}</h3>
    ${headline.sentences.map((t) => html`<p dir="auto">${t}</p>`)}
  </section>`;
}

export interface SummaryControlHandlers {
  onRoleChange: (event: Event) => void;
  onBreakdownChange: (event: Event) => void;
  onDownload: () => void;
}

/** The role and breakdown `<select>`s, the CSV download and the host's actions. */
export function renderControls(v: SummaryInput, on: SummaryControlHandlers): TemplateResult {
  const { lang, report, role } = v;
  const byKind = kindOrder
    .map((kind) => ({ kind, items: role.breakdowns.filter((b) => b.kind === kind) }))
    .filter((k) => k.items.length > 0);
  const selected = v.breakdown?.id ?? 'all';
  return html`<div class="controls" part="controls">
    ${
      report.roles.length > 1
        ? html`<label
          >${message(m, lang, 'role')}
          <select @change=${on.onRoleChange}>
            ${report.roles.map((r) => html`<option value=${r.role} ?selected=${r.role === role.role}>${message(m, lang, roleKey[r.role])}</option>`)}
          </select></label
        >`
        : nothing
    }
    <label
      >${message(m, lang, 'breakdown')}
      <select @change=${on.onBreakdownChange}>
        <option value="all" ?selected=${selected === 'all'}>${message(m, lang, 'byAll')}</option>
        ${byKind.map(({ kind, items }) =>
          items.length === 1 && (kind === 'gender' || kind === 'unit' || kind === 'parallelSupport')
            ? html`<option value=${items[0]!.id} ?selected=${selected === items[0]!.id}>${breakdownLabel(v, items[0]!)}</option>`
            : html`<optgroup label=${message(m, lang, kindKey[kind])}>
                ${items.map((b) => html`<option value=${b.id} ?selected=${selected === b.id}>${breakdownLabel(v, b)}</option>`)}
              </optgroup>`,
        )}
      </select></label
    >
    <button type="button" class="download" part="download" @click=${on.onDownload}>${message(m, lang, 'download')}</button>
    <slot name="actions"></slot>
  </div>`;
}

/** Each group's counts and attrition, and under a breakdown the caution that groups are associations. */
export function renderCounts(v: SummaryInput): TemplateResult {
  const { lang, report, role, breakdown } = v;
  const groups = breakdown ? breakdown.groups : [role.all];
  const minCell = report.disclosure.minCell;
  return html`<ul class="counts">
      ${groups.map((g) => html`<li dir="auto">${groupCounts(lang, g, breakdown ? groupLabel(v, g) : message(m, lang, 'allParticipants'), minCell)}</li>`)}
    </ul>
    ${breakdown ? html`<p class="note association" dir="auto">${lang === 'sv' ? report.interpretation.message.sv : report.interpretation.message.en}</p>` : nothing}`;
}

/** The chart: legend, column heads with their axes, and one row per line (with area headings under a breakdown). */
export function renderChart(v: SummaryInput, rows: readonly CohortSummaryRow[]): TemplateResult {
  const { lang, breakdown, role } = v;
  const minCell = v.report.disclosure.minCell;
  const limit = whiskerLimit(rows);
  const step = (x: number) => change(lang, x);
  const pctTicks = [0, 0.25, 0.5, 0.75, 1].map((x) => formatPercent(lang, x));
  return html`<figure class="chart" part="chart" aria-labelledby="title">
    ${divergingLegend({
      worsened: message(m, lang, 'worsened'),
      improved: message(m, lang, 'improved'),
      unchanged: message(m, lang, 'unchanged'),
      centre: message(m, lang, 'centre'),
    })}
    <div class="chart-head" aria-hidden="true">
      <span>${message(m, lang, breakdown ? 'group' : 'area')}</span>
      <span class="scale"><span class="head-text">${message(m, lang, 'sharesHead')}</span>${percentAxis(pctTicks)}</span>
      <span class="scale"
        ><span class="head-text">${message(m, lang, 'meanHead', { unit: changeUnit(v, role) })}</span>${whiskerAxis([step(-limit), step(0), step(limit)])}</span
      >
      <span class="num">${message(m, lang, 'nHead')}</span>
      <span class="num">${message(m, lang, 'goalsHead')}</span>
    </div>
    ${rows.length === 0 ? html`<p class="note">${message(m, lang, 'noGroups')}</p>` : nothing}
    ${rows.map(
      (row, i) =>
        html`${
          breakdown && (i === 0 || rows[i - 1]!.areaId !== row.areaId)
            ? html`<div class="area-heading">${row.areaLabel}</div>`
            : nothing
        }${renderRow(lang, row, minCell, limit)}`,
    )}
  </figure>`;
}

/** One line of the chart: label, diverging bar, mean with its CI whisker, n and goals reached. */
export function renderRow(lang: string, row: CohortSummaryRow, minCell: number, limit: number): TemplateResult {
  const { cell } = row;
  const shares = rowShares(cell);
  const hiddenChange = shares === null;
  const barLabel = shares
    ? message(m, lang, 'barLabel', {
        worsened: share(lang, cell.shareWorsened),
        unchanged: share(lang, cell.shareUnchanged),
        improved: share(lang, cell.shareImproved),
      })
    : message(m, lang, 'barSuppressed', { minCell });
  const ci = cell.ci95;
  const inside = shares
    ? {
        worsened: share(lang, cell.shareWorsened),
        unchanged: share(lang, cell.shareUnchanged),
        improved: share(lang, cell.shareImproved),
      }
    : undefined;
  return html`<div class="chart-row ${row.groupLabel ? 'grouped' : ''}" part="row" data-area-id=${row.areaId ?? 'overall'} data-group=${row.group.key}>
    <span class="label">${row.groupLabel ?? row.areaLabel}</span>
    <span class="bar-cell">${divergingBar(shares, `${row.groupLabel ? `${row.areaLabel}, ${row.groupLabel}` : row.areaLabel}: ${barLabel}`, inside)}</span>
    <span class="mean-cell">${meanWhisker(hiddenChange ? null : cell.meanChange, hiddenChange ? null : ci, limit)}<span class="mean num"
        ><span class="cell-label">${message(m, lang, 'meanChange')}: </span>${change(lang, hiddenChange ? null : cell.meanChange)} ${
          ci && !hiddenChange
            ? html`<span class="ci" dir="auto">${message(m, lang, 'ci', { low: plain(lang, ci[0]), high: plain(lang, ci[1]) })}</span>`
            : nothing
        }</span
      ></span
    >
    <span class="n num"><span class="cell-label">n = </span>${count(lang, hiddenChange ? null : cell.nPaired)}</span>
    <span class="goals num"><span class="cell-label">${message(m, lang, 'goalsReached')}: </span>${share(lang, goalsWithheld(cell) ? null : cell.shareGoalsReached)}</span>
  </div>`;
}
