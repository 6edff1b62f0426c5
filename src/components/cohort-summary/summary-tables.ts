import { html, nothing, type TemplateResult } from 'lit';
import type { CohortRoleReport } from '../../sdk/scoring/cohort-report-types.js';
import type { NeedsReport } from '../../sdk/scoring/needs-report.js';
import { formatNumber, message } from '../../internal/i18n.js';
import { cohortSummaryMessages as m } from './cohort-summary.messages.js';
import type { Headline } from './headline.js';
import { interventionComparison } from './intervention-comparison.js';
import { change, count, cssWidth, dash, plain, share } from './summary-format.js';
import {
  areaLabel,
  categoryKey,
  groupLabelOf,
  tableCells,
  viewLabel,
  type CohortSummaryRow,
  type SummaryInput,
  type SummaryKey,
  type SummaryLabelInput,
} from './summary-view-model.js';

/**
 * The summary's tables: the key figures of the headline, every figure of the chart, the
 * comparison of interventions and the needs and co-operation by area. Plain functions of what is
 * shown.
 */

/** The headline's figures as a table (counts, of how many, shares). */
export function renderKeyFigures(lang: string, headline: Headline | null): TemplateResult | typeof nothing {
  if (!headline || headline.figures.length === 0) return nothing;
  const label = {
    started: 'figStarted',
    paired: 'figPaired',
    reliablyImproved: 'figReliable',
    reachedGoal: 'figReachedGoal',
  } as const;
  return html`<div class="table-wrap" tabindex="0" role="region" aria-labelledby="key-figures">
    <table part="table key-figures">
      <caption id="key-figures">${message(m, lang, 'keyFigures')}</caption>
      <thead>
        <tr>
          <th scope="col">${message(m, lang, 'colFigure')}</th>
          <th scope="col" class="num">${message(m, lang, 'colCount')}</th>
          <th scope="col" class="num">${message(m, lang, 'colOf')}</th>
          <th scope="col" class="num">${message(m, lang, 'colShare')}</th>
        </tr>
      </thead>
      <tbody>
        ${headline.figures.map(
          (f) =>
            html`<tr data-figure=${f.key}>
              <th scope="row">${message(m, lang, label[f.key])}</th>
              <td class="num">${formatNumber(lang, f.count)}</td>
              <td class="num">${f.of === null ? '' : formatNumber(lang, f.of)}</td>
              <td class="num">${f.share === null ? '' : formatNumber(lang, Math.round(f.share * 100))}</td>
            </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}

/** Every figure of the chart as a table: the same strings the CSV holds. */
export function renderFigureTable(v: SummaryInput, rows: readonly CohortSummaryRow[]): TemplateResult {
  const { lang } = v;
  const minCell = v.report.disclosure.minCell;
  const grouped = v.breakdown !== null;
  const { head, body } = tableCells(lang, rows, grouped, minCell);
  const caption = `${message(m, lang, 'tableCaption')}: ${viewLabel(v)}`;
  return html`<div class="table-wrap" tabindex="0" role="region" aria-label=${caption}>
    <table part="table" class="figures">
      <caption>${caption}</caption>
      <thead>
        <tr>${head.map((h, i) => html`<th scope="col" class=${i >= (grouped ? 2 : 1) && i < head.length - 1 ? 'num' : ''}>${h}</th>`)}</tr>
      </thead>
      <tbody>
        ${body.map(
          ({ cells, numeric }) =>
            html`<tr>${cells.map((c, i) => (i === 0 ? html`<th scope="row">${c}</th>` : html`<td class=${numeric[i] ? 'num' : ''}>${c}</td>`))}</tr>`,
        )}
      </tbody>
    </table>
    <p class="note">${message(m, lang, 'suppressedRule', { minCell })}</p>
  </div>`;
}

/** The comparison of interventions and their combinations, with its caution. */
export function renderComparison(v: SummaryLabelInput, role: CohortRoleReport): TemplateResult | typeof nothing {
  const rows = interventionComparison(role);
  if (rows.length === 0) return nothing;
  const { lang } = v;
  const kindLabel = (kind: string) =>
    message(
      m,
      lang,
      kind === 'intervention' ? 'kindIntervention' : kind === 'parallelSupport' ? 'kindParallel' : 'kindCategory',
    );
  const name = (row: (typeof rows)[number]) => {
    const b = row.breakdown;
    if (b.kind === 'parallelSupport') return groupLabelOf(v, row.group);
    if (b.kind === 'intervention') return b.label ? v.text(b.label) : message(m, lang, 'kindIntervention');
    const key = b.category ? categoryKey[b.category] : undefined;
    return key ? message(m, lang, key) : b.id;
  };
  return html`<section class="compare" part="comparison" aria-labelledby="compare-title">
    <h3 id="compare-title">${message(m, lang, 'compareTitle')}</h3>
    <p class="rule caution" dir="auto">${message(m, lang, 'compareCaution')}</p>
    <div class="table-wrap" tabindex="0" role="region" aria-labelledby="compare-caption">
      <table part="table comparison-table">
        <caption id="compare-caption">${message(m, lang, 'compareCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">${message(m, lang, 'compareGroup')}</th>
            <th scope="col">${message(m, lang, 'compareKind')}</th>
            <th scope="col" class="bar-col">${message(m, lang, 'compareShare')}</th>
            <th scope="col" class="num">${message(m, lang, 'colMean')}</th>
            <th scope="col" class="num">${message(m, lang, 'ciLabel')}</th>
            <th scope="col" class="num">${message(m, lang, 'nHead')}</th>
          </tr>
        </thead>
        <tbody>
          ${rows.map((row) => {
            const value = row.shareReliablyImproved;
            return html`<tr data-breakdown=${row.breakdown.id} data-group=${row.group.key}>
              <th scope="row">${name(row)}</th>
              <td>${kindLabel(row.breakdown.kind)}</td>
              <td class="bar-col">
                <span class="meter" aria-hidden="true"
                  >${value === null ? nothing : html`<span class="fill improved" style=${cssWidth(value)}></span>`}</span
                ><span class="num">${share(lang, value)}</span>
              </td>
              <td class="num">${change(lang, row.meanChange)}</td>
              <td class="num">
                ${row.ci95 ? message(m, lang, 'ci', { low: plain(lang, row.ci95[0]), high: plain(lang, row.ci95[1]) }) : dash(lang)}
              </td>
              <td class="num">${count(lang, row.nPaired)}</td>
            </tr>`;
          })}
        </tbody>
      </table>
    </div>
  </section>`;
}

const providerKey: Record<string, SummaryKey> = {
  kommun: 'provKommun',
  forsakringskassan: 'provForsakringskassan',
  arbetsformedlingen: 'provArbetsformedlingen',
  region: 'provRegion',
  samordningsforbund: 'provSamordningsforbund',
  other: 'provOther',
};

/** Needs and interventions by area and provider (co-operation), from a `needsReport(...)`. */
export function renderNeeds(v: SummaryLabelInput, needs: NeedsReport | null): TemplateResult | typeof nothing {
  if (!needs) return nothing;
  const { lang } = v;
  const c = (x: { count: number | null }) => count(lang, x.count);
  return html`<section class="needs" part="needs" aria-labelledby="needs-title">
    <h3 id="needs-title">${message(m, lang, 'needsTitle')}</h3>
    <p class="note" dir="auto">${message(m, lang, 'needsIntro')}</p>
    <div class="table-wrap" tabindex="0" role="region" aria-labelledby="needs-caption">
      <table part="table needs-table">
        <caption id="needs-caption">${message(m, lang, 'needsCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">${message(m, lang, 'needsArea')}</th>
            <th scope="col" class="num">${message(m, lang, 'needsNeed')}</th>
            <th scope="col" class="num">${message(m, lang, 'needsGoal')}</th>
            <th scope="col" class="num">${message(m, lang, 'needsLow')}</th>
            <th scope="col" class="bar-col">${message(m, lang, 'needsWith')}</th>
            <th scope="col" class="num">${message(m, lang, 'needsWithout')}</th>
            ${needs.providers.map((p) => html`<th scope="col" class="num">${message(m, lang, providerKey[p] ?? 'provOther')}</th>`)}
            <th scope="col" class="num">${message(m, lang, 'needsReached')}</th>
          </tr>
        </thead>
        <tbody>
          ${needs.areas.map((area) => {
            const value =
              area.need.count && area.withIntervention.count !== null
                ? area.withIntervention.count / area.need.count
                : null;
            return html`<tr class=${area.unmet ? 'unmet' : ''} data-area-id=${area.areaId}>
              <th scope="row">
                ${areaLabel(v, area.areaId)}
                ${area.unmet ? html`<span class="badge">${message(m, lang, 'needsUnmet')}</span>` : nothing}
              </th>
              <td class="num">${c(area.need)}</td>
              <td class="num">${c(area.goalSet)}</td>
              <td class="num">${c(area.lowStart)}</td>
              <td class="bar-col">
                <span class="meter" aria-hidden="true"
                  >${value === null ? nothing : html`<span class="fill improved" style=${cssWidth(value)}></span>`}</span
                ><span class="num">${c(area.withIntervention)}${value === null ? '' : ` (${share(lang, value)})`}</span>
              </td>
              <td class="num">${c(area.withoutIntervention)}</td>
              ${area.byProvider.map((p) => html`<td class="num">${c(p)}</td>`)}
              <td class="num">
                ${
                  area.goalReached.count === null || area.goalsEvaluated.count === null
                    ? dash(lang)
                    : `${c(area.goalReached)} / ${c(area.goalsEvaluated)}`
                }
              </td>
            </tr>`;
          })}
        </tbody>
      </table>
    </div>
    <p class="note" dir="auto">${message(m, lang, 'needsProviderNote')}</p>
    <p class="rule" dir="auto">${lang === 'sv' ? needs.disclosure.rule.sv : needs.disclosure.rule.en}</p>
  </section>`;
}
