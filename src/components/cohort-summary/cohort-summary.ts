import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { Instrument, RespondentRole } from '../../sdk/model/instrument.js';
import { issue } from '../../sdk/model/issues.js';
import type { CohortBreakdown, CohortReport, CohortRoleReport } from '../../sdk/scoring/cohort-report-types.js';
import type { NeedsReport } from '../../sdk/scoring/needs-report.js';
import type { LocalizedText } from '../../sdk/model/localized-text.js';
import { StegBreakdownChangeEvent } from './steg-breakdown-change-event.js';
import { message, withStrings } from '../../internal/i18n.js';
import { resolveColour, svgToPng, type StandaloneSvg } from '../../internal/svg-export.js';
import { StegElement } from '../../internal/steg-element.js';
import { parseInstrumentCached } from '../../internal/parse-cache.js';
import { cohortSummaryMessages as m } from './cohort-summary.messages.js';
import { cohortSummaryStyles } from './cohort-summary.styles.js';
import { toCsvText } from './csv-table.js';
import { writeHeadline, type Headline } from './headline.js';
import { summarySvg } from './summary-export.js';
import { checkCohortReport } from './report-check.js';
import {
  areaLabel,
  overallNote,
  summaryCsv,
  summaryRows,
  type CohortSummaryRow,
  type SummaryInput,
  type SummaryLabelInput,
} from './summary-view-model.js';
import { summaryExportModel } from './summary-export-model.js';
import { renderChart, renderControls, renderCounts, renderHeadline, renderTitle } from './summary-chart.js';
import { renderComparison, renderFigureTable, renderKeyFigures, renderNeeds } from './summary-tables.js';

export type { CohortSummaryRow } from './summary-view-model.js';

/**
 * The members' view of a cohort: in which life areas people move, with which interventions, and
 * where. Per area a diverging bar of the shares who got worse, stayed the same and improved
 * (centred on zero change, see below), the mean change with its 95 % confidence interval, the
 * number of participants and the share of goals reached; the attrition of each group; a data
 * table with every figure drawn; and a CSV download of exactly what is shown.
 *
 * It takes a `cohortReport(...)` result and nothing else: it never sees a single participant,
 * and shows only what the SDK's disclosure control let through. Withheld figures are shown as
 * "–", with the rule explained under the chart. Breakdowns and roles switch with native
 * `<select>`s.
 *
 * Why centred on zero: the two numbers people compare are "how many got worse" and "how many
 * improved"; centring on zero gives both a common baseline in every row, and keeps "unchanged"
 * from pushing rows sideways (as it does when a Likert chart centres on the middle of the
 * neutral segment). Unchanged is drawn as its own bar beside them.
 *
 * `toSVG()` and `toPNG()` export the headline and the chart in view as a standalone picture.
 *
 * @tagname steg-cohort-summary
 * @summary Change in a cohort by life area, breakdown and role, with disclosure control kept.
 *
 * @slot actions - The host's actions beside the controls.
 *
 * @csspart base - The summary.
 * @csspart controls - The breakdown and role controls and the download button.
 * @csspart chart - The chart.
 * @csspart row - One line of the chart.
 * @csspart table - The data table.
 * @csspart download - The CSV download button.
 * @csspart error - The error state.
 *
 * @cssproperty --steg-color-improved - The "better" fill (default: series 2).
 * @cssproperty --steg-color-worsened - The "worse" hatching (default: series 3).
 * @cssproperty --steg-color-unchanged - The "unchanged" fill.
 *
 * @event steg-breakdown-change - The user switched the breakdown or the role; `detail.breakdown`, `detail.role`.
 * @event steg-error - Input data was rejected; `detail.property` and `detail.issues` say why.
 */
export class StegCohortSummary extends StegElement {
  static override styles = [...StegElement.styles, cohortSummaryStyles];

  /** A `cohortReport(...)` result. */
  @property({ attribute: false }) report?: unknown;
  /** Optional: the instrument of the report, for the areas' names (else their ids are shown). */
  @property({ attribute: false }) instrument?: unknown;
  /** `all`, or the id of one of the report's breakdowns (`gender`, `unit`, `interventionCategory:health`, …). */
  @property({ reflect: true }) breakdown = 'all';
  /** Whose ratings to show; defaults to the first role in the report. */
  @property({ attribute: 'respondent-role', reflect: true }) respondentRole?: RespondentRole;
  /** The name of the downloaded file, without `.csv`. */
  @property({ attribute: 'file-name' }) fileName?: string;
  /**
   * Optional: a `needsReport(...)` result for the same data. Adds the share of participants who
   * improved reliably in at least one area and who reached a goal to the headline, and the view
   * of needs and interventions by area and provider. Not needed when the report carries its own
   * (`cohortReport(instrument, data, { needs: true })`, one pass over the data): that one is used.
   */
  @property({ attribute: false }) needs?: unknown;
  /** Optional: names of the units by unit id (`{ 'enhet-norr': 'Norra enheten' }` or `{ sv, en }`); ids are never shown. */
  @property({ attribute: false }) units?: Readonly<Record<string, string | LocalizedText>>;
  /** Show the table of every figure open from the start (it is always opened for printing). */
  @property({ type: Boolean, attribute: 'table-open' }) tableOpen = false;

  private parsedReport: CohortReport | null = null;
  private parsedNeeds: NeedsReport | null = null;
  private parsedInstrument: Instrument | null = null;

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('beforeprint', this.openForPrint);
    window.addEventListener('afterprint', this.closeAfterPrint);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('beforeprint', this.openForPrint);
    window.removeEventListener('afterprint', this.closeAfterPrint);
  }

  /** The table holds every figure: on paper it is always there, whether or not it was open on screen. */
  private closeTableAfterPrint = false;
  private openForPrint = (): void => {
    const details = this.renderRoot.querySelector('details');
    if (details && !details.open) {
      details.open = true;
      this.closeTableAfterPrint = true;
    }
  };
  private closeAfterPrint = (): void => {
    const details = this.renderRoot.querySelector('details');
    if (details && this.closeTableAfterPrint) details.open = false;
    this.closeTableAfterPrint = false;
  };

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('report')) {
      const problems = this.report === undefined ? [] : checkCohortReport(this.report);
      this.setInputIssues('report', problems);
      this.parsedReport = problems.length === 0 && this.report !== undefined ? (this.report as CohortReport) : null;
    }
    if (changed.has('needs') || changed.has('report')) {
      // The report's own needs analysis when none is given beside it.
      const needs = (this.needs ?? this.parsedReport?.needs) as Partial<NeedsReport> | undefined | null;
      const ok =
        needs === undefined ||
        needs === null ||
        (typeof needs === 'object' && Array.isArray(needs.areas) && typeof needs.participants === 'object');
      this.setInputIssues(
        'needs',
        ok
          ? []
          : [
              issue(
                [],
                'not_needs_report',
                'needs must be the result of needsReport(...).',
                'needs måste vara resultatet av needsReport(...).',
              ),
            ],
      );
      this.parsedNeeds = ok && needs ? (needs as NeedsReport) : null;
    }
    if (changed.has('instrument') || changed.has('report')) {
      const result =
        this.instrument === undefined || this.instrument === null ? null : parseInstrumentCached(this.instrument);
      this.parsedInstrument = result?.ok ? result.value : null;
      let problems = result && !result.ok ? result.issues : [];
      const ref = this.parsedReport?.instrument;
      if (
        this.parsedInstrument &&
        ref &&
        (ref.id !== this.parsedInstrument.id || ref.version !== this.parsedInstrument.version)
      ) {
        problems = [
          issue(
            ['id'],
            'instrument_mismatch',
            'The report is for another instrument or version than the one given (compare their id and version).',
            'Rapporten gäller ett annat instrument eller en annan version än det som angavs (jämför id och version).',
          ),
        ];
      }
      this.setInputIssues('instrument', problems);
    }
  }

  /** The role report shown: the chosen role, else the first. */
  private get roleReport(): CohortRoleReport | null {
    const report = this.parsedReport;
    if (!report) return null;
    return report.roles.find((r) => r.role === this.respondentRole) ?? report.roles[0] ?? null;
  }

  /** The breakdown shown, or null for everyone (also when the chosen id is not in the report). */
  private get shownBreakdown(): CohortBreakdown | null {
    return this.roleReport?.breakdowns.find((b) => b.id === this.breakdown) ?? null;
  }

  /** What the labels are made of: the language, the instrument, the unit names and the breakdown shown. */
  private get labelInput(): SummaryLabelInput {
    return {
      lang: this.uiLang,
      instrument: this.parsedInstrument,
      units: this.units,
      breakdown: this.shownBreakdown,
      text: (value) => this.text(value),
    };
  }

  /** The view model's input for the role shown, or null while there is no report. */
  private get view(): SummaryInput | null {
    const report = this.parsedReport;
    const role = this.roleReport;
    return report && role ? { ...this.labelInput, report, role } : null;
  }

  /** The lines of the chart and the table, in order: each area (then all areas), by group. */
  get rows(): CohortSummaryRow[] {
    const role = this.roleReport;
    return role ? summaryRows(this.labelInput, role) : [];
  }

  /** The headline of the role shown (sentences and the figures they state). */
  get headline(): Headline | null {
    const role = this.roleReport;
    if (!role) return null;
    const labels = this.labelInput;
    return writeHeadline(this.uiLang, role, this.parsedNeeds, (id) => areaLabel(labels, id));
  }

  /**
   * The summary as a standalone SVG document, as a report or a slide takes it: the title and the
   * header naming instrument, period and minCell, the headline, and the chart of the role and
   * breakdown shown (each row's bar with its percentages, the mean change as a dot with its 95 % CI
   * on the step scale, n and goals reached), with the notes and the disclosure rule. Fonts and
   * colours (of the current theme) are written in, there are no external references, every figure
   * is text, and each bar carries its shares as its `<title>`. Withheld figures are "–", as on
   * screen. The tables are not drawn: they stay in the CSV (`getCsv()`). Empty string while there
   * is no report or the element shows its error state.
   */
  toSVG(): string {
    return this.exportSvg()?.markup ?? '';
  }

  /** The same picture as `toSVG()` as a PNG image, at `scale` × its size (default 2, for sharp print). */
  async toPNG(scale = 2): Promise<Blob> {
    await this.updateComplete;
    const exported = this.exportSvg();
    if (!exported) throw new Error('steg-cohort-summary has no report to export.');
    return svgToPng(exported, scale);
  }

  private exportSvg(): StandaloneSvg | null {
    const view = this.view;
    const base = this.renderRoot.querySelector<HTMLElement>('.summary');
    if (this.hasInputIssues || !view || !base) return null;
    const page = {
      rtl: this.effectiveDir === 'rtl',
      colour: (property: string) => resolveColour(base, property),
      fontFamily: getComputedStyle(this).fontFamily,
    };
    // The element's own `.strings` are in force while it renders; the export says the same.
    return withStrings(this.strings, () => summarySvg(summaryExportModel(view, this.rows, this.headline, page)));
  }

  protected override render(): TemplateResult | typeof nothing {
    if (this.hasInputIssues) return this.renderErrorState();
    const view = this.view;
    if (!view) return nothing;
    const { lang, report, role, breakdown } = view;
    const rows = this.rows;
    const headline = this.headline;
    const note = overallNote(lang, role);
    return html`<section class="summary" part="base" aria-labelledby="title">
      ${renderTitle(view)} ${renderHeadline(lang, headline)}
      ${renderControls(view, {
        onRoleChange: this.onRoleChange,
        onBreakdownChange: this.onBreakdownChange,
        onDownload: this.download,
      })}
      ${renderCounts(view)} ${renderChart(view, rows)}
      ${note === null ? nothing : html`<p class="note overall-note" dir="auto">${note}</p>`}
      <p class="rule" dir="auto">${lang === 'sv' ? report.disclosure.rule.sv : report.disclosure.rule.en}</p>
      ${breakdown ? nothing : html`${renderComparison(view, role)} ${renderNeeds(view, this.parsedNeeds)}`}
      <details ?open=${this.tableOpen}>
        <summary>${message(m, lang, 'showTable')}</summary>
        ${renderKeyFigures(lang, headline)} ${renderFigureTable(view, rows)}
      </details>
    </section>`;
  }

  /**
   * What is shown, as CSV (RFC 4180, formula injection neutralised): one row per line of the
   * table, with the role and the breakdown on every row so the file stands on its own. Figures
   * are rounded as on screen and written as plain numbers (dot decimal, ASCII minus, shares in
   * per cent); withheld figures are "–", as on screen, with the reason in the last column.
   */
  getCsv(): string {
    const view = this.view;
    return view ? summaryCsv(view, this.rows) : toCsvText([]);
  }

  private download = (): void => {
    const blob = new Blob([this.getCsv()], { type: 'text/csv;charset=utf-8' });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    const name =
      this.fileName ??
      `${message(m, this.uiLang, 'downloadName')}-${this.roleReport?.role ?? ''}-${this.shownBreakdown?.id.replace(/[^\w-]+/g, '-') ?? 'all'}`;
    link.download = `${name}.csv`;
    link.hidden = true;
    this.renderRoot.append(link);
    link.click();
    link.remove();
    // Revoke after the click has been handled: the download has its own reference by then.
    setTimeout(() => URL.revokeObjectURL(url), 0);
  };

  private onRoleChange = (event: Event): void => {
    this.respondentRole = (event.target as HTMLSelectElement).value as RespondentRole;
    // Keep the same kind of breakdown when the other role has it too; else show everyone.
    if (!this.roleReport?.breakdowns.some((b) => b.id === this.breakdown)) this.breakdown = 'all';
    this.announceChange();
  };

  private onBreakdownChange = (event: Event): void => {
    this.breakdown = (event.target as HTMLSelectElement).value;
    this.announceChange();
  };

  private announceChange(): void {
    this.dispatchEvent(
      new StegBreakdownChangeEvent({ breakdown: this.breakdown, role: this.roleReport?.role ?? 'participant' }),
    );
  }
}
