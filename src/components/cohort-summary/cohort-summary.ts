import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { Instrument, RespondentRole } from '../../sdk/model/instrument.js';
import { indexInstrument } from '../../sdk/model/instrument-index.js';
import { issue } from '../../sdk/model/issues.js';
import type {
  CohortBreakdown,
  CohortCell,
  CohortGroup,
  CohortReport,
  CohortRoleReport,
} from '../../sdk/scoring/cohort-report-types.js';
import { StegBreakdownChangeEvent } from './steg-breakdown-change-event.js';
import { formatDate, formatNumber, formatPercent, message, withStrings } from '../../internal/i18n.js';
import { resolveColour, svgToPng, type StandaloneSvg } from '../../internal/svg-export.js';
import { StegElement } from '../../internal/steg-element.js';
import { cssProperties } from '../../internal/css-properties.js';
import { isolateLtr } from '../../internal/bidi-isolate.js';
import { parseInstrumentCached } from '../../internal/parse-cache.js';
import { cohortSummaryMessages as m } from './cohort-summary.messages.js';
import { cohortSummaryStyles } from './cohort-summary.styles.js';
import { toCsvText, type CsvCell } from './csv-table.js';
import { divergingBar, divergingLegend, meanWhisker, percentAxis, whiskerAxis } from './diverging-bar.js';
import { writeHeadline, type Headline } from './headline.js';
import { interventionComparison } from './intervention-comparison.js';
import { summarySvg, type SummaryExportLine, type SummaryExportModel } from './summary-export.js';
import { checkCohortReport } from './report-check.js';
import type { NeedsReport } from '../../sdk/scoring/needs-report.js';
import type { LocalizedText } from '../../sdk/model/localized-text.js';

type Key = keyof (typeof m)['sv'];

/** One line of the chart and the table: one area (or all areas) in one group. */
export interface CohortSummaryRow {
  /** The area, or null for all areas together. */
  areaId: string | null;
  areaLabel: string;
  /** The group's label; null when everyone is shown. */
  groupLabel: string | null;
  group: CohortGroup;
  cell: CohortCell;
}

const roleKey: Record<RespondentRole, Key> = { participant: 'participant', caseManager: 'caseManager', joint: 'joint' };
const categoryKey: Record<string, Key> = {
  jobFocused: 'catJobFocused',
  competence: 'catCompetence',
  health: 'catHealth',
  social: 'catSocial',
  coordination: 'catCoordination',
};
const groupKey: Record<string, Key> = {
  with: 'groupWith',
  without: 'groupWithout',
  parallel: 'groupParallel',
  jobFocusedAlone: 'groupJobAlone',
  noJobFocused: 'groupNoJob',
  woman: 'genderWoman',
  man: 'genderMan',
  other: 'genderOther',
};
const kindOrder = ['interventionCategory', 'intervention', 'parallelSupport', 'gender', 'unit'] as const;
const kindKey: Record<(typeof kindOrder)[number], Key> = {
  interventionCategory: 'byInterventionCategory',
  intervention: 'byIntervention',
  parallelSupport: 'byParallel',
  gender: 'byGender',
  unit: 'byUnit',
};

/** Whether the change figures of a cell (everything computed over the paired participants) are withheld. */
const changeWithheld = (cell: CohortCell) =>
  cell.withheld.some((w) => w.part === 'started' || w.part === 'paired') || cell.nPaired === null;
const goalsWithheld = (cell: CohortCell) => cell.withheld.some((w) => w.part === 'started' || w.part === 'goals');

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
   * of needs and interventions by area and provider.
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
    if (changed.has('needs')) {
      const needs = this.needs as Partial<NeedsReport> | undefined | null;
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

  /** The lines of the chart and the table, in order: each area (then all areas), by group. */
  get rows(): CohortSummaryRow[] {
    const role = this.roleReport;
    if (!role) return [];
    const breakdown = this.shownBreakdown;
    const groups = breakdown ? breakdown.groups : [role.all];
    const rows: CohortSummaryRow[] = [];
    const areaIds = role.all.areas.map((c) => c.areaId);
    const withOverall = [...areaIds, ...(role.all.overall ? [null] : [])];
    for (const areaId of withOverall) {
      for (const group of groups) {
        const cell = areaId === null ? group.overall : group.areas.find((c) => c.areaId === areaId);
        if (!cell) continue;
        rows.push({
          areaId,
          areaLabel: this.areaLabel(areaId),
          groupLabel: breakdown ? this.groupLabel(group) : null,
          group,
          cell,
        });
      }
    }
    return rows;
  }

  private areaLabel(areaId: string | null): string {
    if (areaId === null) return message(m, this.uiLang, 'overall');
    const area = this.parsedInstrument ? indexInstrument(this.parsedInstrument).areas.get(areaId) : undefined;
    return area ? this.text(area.label) : areaId;
  }

  /** A fixed group key's label (parallel support, with/without, gender), whatever breakdown is shown. */
  private groupLabelOf(group: CohortGroup): string {
    if (group.label) return this.text(group.label);
    const key = groupKey[group.key];
    return key ? message(m, this.uiLang, key) : group.key;
  }

  private groupLabel(group: CohortGroup): string {
    const lang = this.uiLang;
    if (group.label) return this.text(group.label);
    if (this.shownBreakdown?.kind === 'unit') return this.unitLabel(group.key, this.shownBreakdown);
    const key = groupKey[group.key];
    return key ? message(m, lang, key) : group.key === 'unknown' ? message(m, lang, 'genderUnknown') : group.key;
  }

  /** A unit's name from `.units`, else "Unit 1", "Unit 2" … in the report's order: never its id. */
  private unitLabel(key: string, breakdown: CohortBreakdown): string {
    const lang = this.uiLang;
    if (key === 'unknown') return message(m, lang, 'unitUnknown');
    const named = this.units?.[key];
    if (typeof named === 'string') return named;
    if (named && typeof named === 'object') return this.text(named);
    const known = breakdown.groups.filter((g) => g.key !== 'unknown');
    return message(m, lang, 'unitNumbered', { n: known.findIndex((g) => g.key === key) + 1 });
  }

  private breakdownLabel(b: CohortBreakdown): string {
    const lang = this.uiLang;
    if (b.kind === 'interventionCategory' && b.category) {
      const key = categoryKey[b.category];
      return message(m, lang, 'breakdownCategory', { name: key ? message(m, lang, key) : b.category });
    }
    if (b.kind === 'intervention')
      return message(m, lang, 'breakdownIntervention', {
        name: b.label ? this.text(b.label) : (b.interventionId ?? b.id),
      });
    const key = kindKey[b.kind as (typeof kindOrder)[number]];
    return key ? message(m, lang, key) : b.id;
  }

  // ---- formatting: the SDK's numbers, rounded for display; "–" where withheld ----

  private dash(): string {
    return message(m, this.uiLang, 'suppressed');
  }

  private count(value: number | null): string {
    return value === null ? this.dash() : formatNumber(this.uiLang, value);
  }

  private share(value: number | null): string {
    return value === null ? this.dash() : isolateLtr(formatPercent(this.uiLang, value));
  }

  /** A signed mean change with one decimal, `+1,0`, `−0,4`, `±0,0`: a true minus, as `formatChange`. */
  private change(value: number | null): string {
    if (value === null) return this.dash();
    const rounded = round1(value);
    const one = { minimumFractionDigits: 1, maximumFractionDigits: 1 };
    if (rounded === 0) return isolateLtr(`±${formatNumber(this.uiLang, 0, one)}`);
    return isolateLtr(formatNumber(this.uiLang, rounded, { ...one, signDisplay: 'always' }).replace('-', '−'));
  }

  private plain(value: number | null): string {
    return value === null
      ? this.dash()
      : isolateLtr(formatNumber(this.uiLang, round1(value), { maximumFractionDigits: 1, minimumFractionDigits: 1 }));
  }

  /**
   * Which shown figures of a cell are withheld, and why: everything when its start is withheld,
   * else the change figures and the goals each with their own reason. Cards are not shown here.
   */
  private hiddenReason(cell: CohortCell): string {
    const lang = this.uiLang;
    const minCell = this.parsedReport?.disclosure.minCell ?? 5;
    const why = (reason: string) =>
      message(m, lang, reason === 'belowMinCell' ? 'reasonBelow' : 'reasonComplementary', { minCell });
    const started = cell.withheld.find((w) => w.part === 'started');
    if (started) return why(started.reason);
    return cell.withheld
      .filter((w) => w.part === 'paired' || w.part === 'goals')
      .map((w) => `${message(m, lang, w.part === 'paired' ? 'partChange' : 'partGoals')}: ${why(w.reason)}`)
      .join('; ');
  }

  // ---- rendering ----

  /** The area scales' range as the mean change's unit: "steg på skalan 1–10", or per area when they differ. */
  private changeUnit(): string {
    const lang = this.uiLang;
    const instrument = this.parsedInstrument;
    const role = this.roleReport;
    if (!instrument || !role) return message(m, lang, 'unitStepsMixed');
    const index = indexInstrument(instrument);
    const scales = role.all.areas.map((c) => index.areaScale.get(c.areaId!)).filter((x) => x !== undefined);
    const first = scales[0];
    if (!first || scales.some((x) => x.min !== first.min || x.max !== first.max || x.direction !== first.direction))
      return message(m, lang, 'unitStepsMixed');
    return message(m, lang, first.direction === 'lowerIsBetter' ? 'unitStepsLower' : 'unitSteps', {
      min: formatNumber(lang, first.min),
      max: formatNumber(lang, first.max),
    });
  }

  /** The headline of the role shown (sentences and the figures they state). */
  get headline(): Headline | null {
    const role = this.roleReport;
    if (!role) return null;
    return writeHeadline(this.uiLang, role, this.parsedNeeds, (id) => this.areaLabel(id));
  }

  private periodText(report: CohortReport): string {
    const lang = this.uiLang;
    const { from, to } = report.period;
    if (!from && !to) return message(m, lang, 'periodAll');
    return message(m, lang, 'periodRange', {
      from: from ? formatDate(lang, from) : '…',
      to: to ? formatDate(lang, to) : '…',
    });
  }

  private instrumentName(report: CohortReport): string {
    return this.parsedInstrument
      ? `${this.text(this.parsedInstrument.title)} ${report.instrument.version}`
      : `${report.instrument.id} ${report.instrument.version}`;
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
    const report = this.parsedReport;
    const role = this.roleReport;
    const base = this.renderRoot.querySelector<HTMLElement>('.summary');
    if (this.hasInputIssues || !report || !role || !base) return null;
    // The element's own `.strings` are in force while it renders; the export says the same.
    return withStrings(this.strings, () => summarySvg(this.exportModel(report, role, base)));
  }

  private exportModel(report: CohortReport, role: CohortRoleReport, base: HTMLElement): SummaryExportModel {
    const lang = this.uiLang;
    const rows = this.rows;
    const breakdown = this.shownBreakdown;
    const minCell = report.disclosure.minCell;
    const limit = whiskerLimit(rows);
    const headline = this.headline;
    const rtl = this.effectiveDir === 'rtl';
    // Bidi isolates keep numbers whole on right-to-left pages; a left-to-right document needs none.
    const plain = (t: string) => (rtl ? t : t.replace(/[\u2066-\u2069]/g, ''));
    const lines: SummaryExportLine[] = [];
    rows.forEach((row, i) => {
      if (breakdown && (i === 0 || rows[i - 1]!.areaId !== row.areaId))
        lines.push({ kind: 'heading', label: row.areaLabel });
      const { cell } = row;
      const hidden = changeWithheld(cell) || cell.shareImproved === null;
      const shares = hidden
        ? null
        : { worsened: cell.shareWorsened ?? 0, unchanged: cell.shareUnchanged ?? 0, improved: cell.shareImproved ?? 0 };
      const inside = shares
        ? {
            worsened: plain(this.share(cell.shareWorsened)),
            unchanged: plain(this.share(cell.shareUnchanged)),
            improved: plain(this.share(cell.shareImproved)),
          }
        : null;
      const barText = inside ? message(m, lang, 'barLabel', inside) : message(m, lang, 'barSuppressed', { minCell });
      const ci = hidden ? null : cell.ci95;
      lines.push({
        kind: 'row',
        label: row.groupLabel ?? row.areaLabel,
        grouped: row.groupLabel !== null,
        barLabel: `${row.groupLabel ? `${row.areaLabel}, ${row.groupLabel}` : row.areaLabel}: ${barText}`,
        shares,
        inside,
        mean: hidden ? null : cell.meanChange,
        ci,
        meanText: plain(this.change(hidden ? null : cell.meanChange)),
        ciText: ci ? plain(message(m, lang, 'ci', { low: this.plain(ci[0]), high: this.plain(ci[1]) })) : null,
        nText: plain(this.count(hidden ? null : cell.nPaired)),
        goalsText: plain(this.share(goalsWithheld(cell) ? null : cell.shareGoalsReached)),
      });
    });
    const overall = role.all.overall;
    const areaNs = role.all.areas.flatMap((c) => (changeWithheld(c) || c.nPaired === null ? [] : [c.nPaired]));
    const notes = [
      ...(overall && !changeWithheld(overall) && overall.nPaired !== null && areaNs.length > 0
        ? [
            message(m, lang, 'overallNote', {
              n: formatNumber(lang, overall.nPaired),
              low: formatNumber(lang, Math.min(...areaNs)),
              high: formatNumber(lang, Math.max(...areaNs)),
            }),
          ]
        : []),
      ...(breakdown ? [lang === 'sv' ? report.interpretation.message.sv : report.interpretation.message.en] : []),
      lang === 'sv' ? report.disclosure.rule.sv : report.disclosure.rule.en,
      message(m, lang, 'suppressedRule', { minCell }),
    ].map(plain);
    const title = `${message(m, lang, 'title')}: ${message(m, lang, roleKey[role.role])} · ${
      breakdown ? this.breakdownLabel(breakdown) : message(m, lang, 'byAll')
    }`;
    const subtitle = message(m, lang, 'printHeader', {
      instrument: this.instrumentName(report),
      period: this.periodText(report),
      minCell,
    });
    const legend = {
      worsened: message(m, lang, 'worsened'),
      unchanged: message(m, lang, 'unchanged'),
      improved: message(m, lang, 'improved'),
      centre: message(m, lang, 'centre'),
    };
    const colour = (property: string) => resolveColour(base, property);
    const sentences = (headline?.sentences ?? []).map(plain);
    return {
      lang,
      dir: rtl ? 'rtl' : 'ltr',
      title,
      subtitle: plain(subtitle),
      participants: plain(message(m, lang, 'participants', { count: formatNumber(lang, report.participants) })),
      headlineTitle: message(m, lang, 'headline'),
      headline: sentences,
      legend,
      heads: {
        label: message(m, lang, breakdown ? 'group' : 'area'),
        shares: message(m, lang, 'sharesHead'),
        mean: message(m, lang, 'meanHead', { unit: this.changeUnit() }),
        n: message(m, lang, 'nHead'),
        goals: message(m, lang, 'goalsHead'),
      },
      percentTicks: [0, 0.25, 0.5, 0.75, 1].map((v) => formatPercent(lang, v)),
      whiskerTicks: [plain(this.change(-limit)), plain(this.change(0)), plain(this.change(limit))],
      limit,
      lines,
      notes,
      description: [subtitle, ...sentences, legend.centre].map(plain).join(' '),
      colours: {
        fg: colour('--_fg'),
        muted: colour('--_fg-muted'),
        bg: colour('--_bg'),
        border: colour('--_border'),
        accent: colour('--_accent'),
        improved: colour('--_improved'),
        worsened: colour('--_worsened'),
        unchanged: colour('--_unchanged'),
      },
      fontFamily: getComputedStyle(this).fontFamily,
    };
  }

  protected override render(): TemplateResult | typeof nothing {
    if (this.hasInputIssues) return this.renderErrorState();
    const report = this.parsedReport;
    const role = this.roleReport;
    if (!report || !role) return nothing;
    const lang = this.uiLang;
    const rows = this.rows;
    const breakdown = this.shownBreakdown;
    const groups = breakdown ? breakdown.groups : [role.all];
    const minCell = report.disclosure.minCell;
    const instrumentName = this.instrumentName(report);
    const headline = this.headline;
    const limit = whiskerLimit(rows);
    const step = (v: number) => this.change(v);
    const pctTicks = [0, 0.25, 0.5, 0.75, 1].map((v) => formatPercent(lang, v));
    return html`<section class="summary" part="base" aria-labelledby="title">
      <div>
        <h2 id="title">${message(m, lang, 'title')}</h2>
        <p class="note print-header" dir="auto">
          ${message(m, lang, 'printHeader', { instrument: instrumentName, period: this.periodText(report), minCell })}
        </p>
        <p class="note" dir="auto">${message(m, lang, 'participants', { count: formatNumber(lang, report.participants) })}</p>
      </div>
      ${
        headline && headline.sentences.length > 0
          ? html`<section class="headline" part="headline" aria-labelledby="headline-title">
            <h3 id="headline-title">${message(m, lang, 'headline')}</h3>
            ${headline.sentences.map((t) => html`<p dir="auto">${t}</p>`)}
          </section>`
          : nothing
      }
      ${this.renderControls(report, role)}
      <ul class="counts">
        ${groups.map((g) => html`<li dir="auto">${this.groupCounts(g, breakdown ? this.groupLabel(g) : message(m, lang, 'allParticipants'))}</li>`)}
      </ul>
      ${breakdown ? html`<p class="note association" dir="auto">${lang === 'sv' ? report.interpretation.message.sv : report.interpretation.message.en}</p>` : nothing}
      <figure class="chart" part="chart" aria-labelledby="title">
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
            ><span class="head-text">${message(m, lang, 'meanHead', { unit: this.changeUnit() })}</span>${whiskerAxis([step(-limit), step(0), step(limit)])}</span
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
            }${this.renderRow(row, minCell, limit)}`,
        )}
      </figure>
      ${this.overallNote(role)}
      <p class="rule" dir="auto">${lang === 'sv' ? report.disclosure.rule.sv : report.disclosure.rule.en}</p>
      ${breakdown ? nothing : html`${this.renderComparison(role)} ${this.renderNeeds()}`}
      <details ?open=${this.tableOpen}>
        <summary>${message(m, lang, 'showTable')}</summary>
        ${this.renderKeyFigures(headline)} ${this.renderTable(rows, minCell)}
      </details>
    </section>`;
  }

  /** Why "All areas" has a smaller n: it needs every area at both ends. Only when no figure in it is withheld. */
  private overallNote(role: CohortRoleReport): TemplateResult | typeof nothing {
    const overall = role.all.overall;
    if (!overall || changeWithheld(overall) || overall.nPaired === null) return nothing;
    const ns = role.all.areas.flatMap((c) => (changeWithheld(c) || c.nPaired === null ? [] : [c.nPaired]));
    if (ns.length === 0) return nothing;
    const lang = this.uiLang;
    return html`<p class="note overall-note" dir="auto">
      ${message(m, lang, 'overallNote', {
        n: formatNumber(lang, overall.nPaired),
        low: formatNumber(lang, Math.min(...ns)),
        high: formatNumber(lang, Math.max(...ns)),
      })}
    </p>`;
  }

  private renderKeyFigures(headline: Headline | null): TemplateResult | typeof nothing {
    if (!headline || headline.figures.length === 0) return nothing;
    const lang = this.uiLang;
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

  private renderComparison(role: CohortRoleReport): TemplateResult | typeof nothing {
    const rows = interventionComparison(role);
    if (rows.length === 0) return nothing;
    const lang = this.uiLang;
    const kindLabel = (kind: string) =>
      message(
        m,
        lang,
        kind === 'intervention' ? 'kindIntervention' : kind === 'parallelSupport' ? 'kindParallel' : 'kindCategory',
      );
    const name = (row: (typeof rows)[number]) => {
      const b = row.breakdown;
      if (b.kind === 'parallelSupport') return this.groupLabelOf(row.group);
      if (b.kind === 'intervention') return b.label ? this.text(b.label) : message(m, lang, 'kindIntervention');
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
              const share = row.shareReliablyImproved;
              return html`<tr data-breakdown=${row.breakdown.id} data-group=${row.group.key}>
                <th scope="row">${name(row)}</th>
                <td>${kindLabel(row.breakdown.kind)}</td>
                <td class="bar-col">
                  <span class="meter" aria-hidden="true"
                    >${share === null ? nothing : html`<span class="fill improved" style=${cssWidth(share)}></span>`}</span
                  ><span class="num">${this.share(share)}</span>
                </td>
                <td class="num">${this.change(row.meanChange)}</td>
                <td class="num">
                  ${row.ci95 ? message(m, lang, 'ci', { low: this.plain(row.ci95[0]), high: this.plain(row.ci95[1]) }) : this.dash()}
                </td>
                <td class="num">${this.count(row.nPaired)}</td>
              </tr>`;
            })}
          </tbody>
        </table>
      </div>
    </section>`;
  }

  private renderNeeds(): TemplateResult | typeof nothing {
    const needs = this.parsedNeeds;
    if (!needs) return nothing;
    const lang = this.uiLang;
    const providerKey: Record<string, Key> = {
      kommun: 'provKommun',
      forsakringskassan: 'provForsakringskassan',
      arbetsformedlingen: 'provArbetsformedlingen',
      region: 'provRegion',
      samordningsforbund: 'provSamordningsforbund',
      other: 'provOther',
    };
    const c = (x: { count: number | null }) => this.count(x.count);
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
              const share =
                area.need.count && area.withIntervention.count !== null
                  ? area.withIntervention.count / area.need.count
                  : null;
              return html`<tr class=${area.unmet ? 'unmet' : ''} data-area-id=${area.areaId}>
                <th scope="row">
                  ${this.areaLabel(area.areaId)}
                  ${area.unmet ? html`<span class="badge">${message(m, lang, 'needsUnmet')}</span>` : nothing}
                </th>
                <td class="num">${c(area.need)}</td>
                <td class="num">${c(area.goalSet)}</td>
                <td class="num">${c(area.lowStart)}</td>
                <td class="bar-col">
                  <span class="meter" aria-hidden="true"
                    >${share === null ? nothing : html`<span class="fill improved" style=${cssWidth(share)}></span>`}</span
                  ><span class="num">${c(area.withIntervention)}${share === null ? '' : ` (${this.share(share)})`}</span>
                </td>
                <td class="num">${c(area.withoutIntervention)}</td>
                ${area.byProvider.map((p) => html`<td class="num">${c(p)}</td>`)}
                <td class="num">
                  ${
                    area.goalReached.count === null || area.goalsEvaluated.count === null
                      ? this.dash()
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

  private renderControls(report: CohortReport, role: CohortRoleReport): TemplateResult {
    const lang = this.uiLang;
    const byKind = kindOrder
      .map((kind) => ({ kind, items: role.breakdowns.filter((b) => b.kind === kind) }))
      .filter((k) => k.items.length > 0);
    const selected = this.shownBreakdown?.id ?? 'all';
    return html`<div class="controls" part="controls">
      ${
        report.roles.length > 1
          ? html`<label
            >${message(m, lang, 'role')}
            <select @change=${this.onRoleChange}>
              ${report.roles.map((r) => html`<option value=${r.role} ?selected=${r.role === role.role}>${message(m, lang, roleKey[r.role])}</option>`)}
            </select></label
          >`
          : nothing
      }
      <label
        >${message(m, lang, 'breakdown')}
        <select @change=${this.onBreakdownChange}>
          <option value="all" ?selected=${selected === 'all'}>${message(m, lang, 'byAll')}</option>
          ${byKind.map(({ kind, items }) =>
            items.length === 1 && (kind === 'gender' || kind === 'unit' || kind === 'parallelSupport')
              ? html`<option value=${items[0]!.id} ?selected=${selected === items[0]!.id}>${this.breakdownLabel(items[0]!)}</option>`
              : html`<optgroup label=${message(m, lang, kindKey[kind])}>
                  ${items.map((b) => html`<option value=${b.id} ?selected=${selected === b.id}>${this.breakdownLabel(b)}</option>`)}
                </optgroup>`,
          )}
        </select></label
      >
      <button type="button" class="download" part="download" @click=${this.download}>${message(m, lang, 'download')}</button>
      <slot name="actions"></slot>
    </div>`;
  }

  private groupCounts(group: CohortGroup, label: string): string {
    const lang = this.uiLang;
    if (group.nStarted === null) {
      const minCell = this.parsedReport?.disclosure.minCell ?? 5;
      const reason = message(m, lang, group.reason === 'complementary' ? 'reasonComplementary' : 'reasonBelow', {
        minCell,
      });
      return `${label}: ${this.dash()} (${reason})`;
    }
    return message(m, lang, 'groupCounts', {
      group: label,
      started: message(m, lang, 'started', { count: this.count(group.nStarted) }),
      paired: message(m, lang, 'paired', { count: this.count(group.nPaired) }),
      attrition:
        group.attritionRate === null
          ? message(m, lang, 'attritionSuppressed')
          : message(m, lang, 'attrition', { share: this.share(group.attritionRate) }),
    });
  }

  private renderRow(row: CohortSummaryRow, minCell: number, limit: number): TemplateResult {
    const lang = this.uiLang;
    const { cell } = row;
    const hiddenChange = changeWithheld(cell) || cell.shareImproved === null;
    const shares = hiddenChange
      ? null
      : { worsened: cell.shareWorsened ?? 0, unchanged: cell.shareUnchanged ?? 0, improved: cell.shareImproved ?? 0 };
    const barLabel = shares
      ? message(m, lang, 'barLabel', {
          worsened: this.share(cell.shareWorsened),
          unchanged: this.share(cell.shareUnchanged),
          improved: this.share(cell.shareImproved),
        })
      : message(m, lang, 'barSuppressed', { minCell });
    const ci = cell.ci95;
    const inside = shares
      ? {
          worsened: this.share(cell.shareWorsened),
          unchanged: this.share(cell.shareUnchanged),
          improved: this.share(cell.shareImproved),
        }
      : undefined;
    return html`<div class="chart-row ${row.groupLabel ? 'grouped' : ''}" part="row" data-area-id=${row.areaId ?? 'overall'} data-group=${row.group.key}>
      <span class="label">${row.groupLabel ?? row.areaLabel}</span>
      <span class="bar-cell">${divergingBar(shares, `${row.groupLabel ? `${row.areaLabel}, ${row.groupLabel}` : row.areaLabel}: ${barLabel}`, inside)}</span>
      <span class="mean-cell">${meanWhisker(hiddenChange ? null : cell.meanChange, hiddenChange ? null : ci, limit)}<span class="mean num"
          ><span class="cell-label">${message(m, lang, 'meanChange')}: </span>${this.change(hiddenChange ? null : cell.meanChange)} ${
            ci && !hiddenChange
              ? html`<span class="ci" dir="auto">${message(m, lang, 'ci', { low: this.plain(ci[0]), high: this.plain(ci[1]) })}</span>`
              : nothing
          }</span
        ></span
      >
      <span class="n num"><span class="cell-label">n = </span>${this.count(hiddenChange ? null : cell.nPaired)}</span>
      <span class="goals num"><span class="cell-label">${message(m, lang, 'goalsReached')}: </span>${this.share(goalsWithheld(cell) ? null : cell.shareGoalsReached)}</span>
    </div>`;
  }

  /** The table's header and body as text: the same strings the table shows (and the CSV holds). */
  private tableCells(rows: CohortSummaryRow[]): { head: string[]; body: { cells: string[]; numeric: boolean[] }[] } {
    const lang = this.uiLang;
    const grouped = this.shownBreakdown !== null;
    const head = [
      message(m, lang, 'area'),
      ...(grouped ? [message(m, lang, 'group')] : []),
      message(m, lang, 'colStarted'),
      message(m, lang, 'colPaired'),
      message(m, lang, 'colAttrition'),
      message(m, lang, 'colWorsened'),
      message(m, lang, 'colUnchanged'),
      message(m, lang, 'colImproved'),
      message(m, lang, 'colMean'),
      message(m, lang, 'colCiLow'),
      message(m, lang, 'colCiHigh'),
      message(m, lang, 'colGoals'),
      message(m, lang, 'colGoalsReached'),
      message(m, lang, 'colHidden'),
    ];
    const body = rows.map(({ cell, areaLabel, groupLabel }) => {
      const hiddenChange = changeWithheld(cell);
      const hiddenGoals = goalsWithheld(cell);
      const pct = (v: number | null) => (v === null ? this.dash() : formatNumber(lang, Math.round(v * 100)));
      const cells = [
        areaLabel,
        ...(grouped ? [groupLabel ?? ''] : []),
        this.count(cell.nStarted),
        this.count(hiddenChange ? null : cell.nPaired),
        pct(hiddenChange ? null : cell.attritionRate),
        pct(hiddenChange ? null : cell.shareWorsened),
        pct(hiddenChange ? null : cell.shareUnchanged),
        pct(hiddenChange ? null : cell.shareImproved),
        this.change(hiddenChange ? null : cell.meanChange),
        this.plain(hiddenChange || !cell.ci95 ? null : cell.ci95[0]),
        this.plain(hiddenChange || !cell.ci95 ? null : cell.ci95[1]),
        this.count(hiddenGoals ? null : cell.goals),
        pct(hiddenGoals ? null : cell.shareGoalsReached),
        this.hiddenReason(cell),
      ];
      const numeric = cells.map((_, i) => i >= (grouped ? 2 : 1) && i < cells.length - 1);
      return { cells, numeric };
    });
    return { head, body };
  }

  private renderTable(rows: CohortSummaryRow[], minCell: number): TemplateResult {
    const { head, body } = this.tableCells(rows);
    const lang = this.uiLang;
    const role = this.roleReport!;
    const caption = `${message(m, lang, 'tableCaption')}: ${message(m, lang, roleKey[role.role])} · ${this.shownBreakdown ? this.breakdownLabel(this.shownBreakdown) : message(m, lang, 'byAll')}`;
    return html`<div class="table-wrap" tabindex="0" role="region" aria-label=${caption}>
      <table part="table" class="figures">
        <caption>${caption}</caption>
        <thead>
          <tr>${head.map((h, i) => html`<th scope="col" class=${i >= (this.shownBreakdown ? 2 : 1) && i < head.length - 1 ? 'num' : ''}>${h}</th>`)}</tr>
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

  /**
   * What is shown, as CSV (RFC 4180, formula injection neutralised): one row per line of the
   * table, with the role and the breakdown on every row so the file stands on its own. Figures
   * are rounded as on screen and written as plain numbers (dot decimal, ASCII minus, shares in
   * per cent); withheld figures are "–", as on screen, with the reason in the last column.
   */
  getCsv(): string {
    const rows = this.rows;
    const lang = this.uiLang;
    const role = this.roleReport;
    if (!role) return toCsvText([]);
    const breakdown = this.shownBreakdown;
    const grouped = breakdown !== null;
    const dash = this.dash();
    const head = this.tableCells([]).head;
    const num = (v: number | null, digits: number): CsvCell => (v === null ? dash : Number(v.toFixed(digits)));
    const lines: CsvCell[][] = [[message(m, lang, 'colRole'), message(m, lang, 'colBreakdown'), ...head]];
    for (const { cell, areaLabel, groupLabel } of rows) {
      const hiddenChange = changeWithheld(cell);
      const hiddenGoals = goalsWithheld(cell);
      const pct = (v: number | null): CsvCell => (v === null ? dash : Math.round(v * 100));
      lines.push([
        message(m, lang, roleKey[role.role]),
        breakdown ? this.breakdownLabel(breakdown) : message(m, lang, 'byAll'),
        areaLabel,
        ...(grouped ? [groupLabel ?? ''] : []),
        cell.nStarted ?? dash,
        hiddenChange ? dash : (cell.nPaired ?? dash),
        pct(hiddenChange ? null : cell.attritionRate),
        pct(hiddenChange ? null : cell.shareWorsened),
        pct(hiddenChange ? null : cell.shareUnchanged),
        pct(hiddenChange ? null : cell.shareImproved),
        num(hiddenChange || cell.meanChange === null ? null : round1(cell.meanChange), 1),
        num(hiddenChange || !cell.ci95 ? null : round1(cell.ci95[0]), 1),
        num(hiddenChange || !cell.ci95 ? null : round1(cell.ci95[1]), 1),
        hiddenGoals ? dash : (cell.goals ?? dash),
        pct(hiddenGoals ? null : cell.shareGoalsReached),
        this.hiddenReason(cell),
      ]);
    }
    return toCsvText(lines);
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

/** One scale for every whisker in view, so rows compare; at least half a step either way. */
function whiskerLimit(rows: CohortSummaryRow[]): number {
  const reach = rows.reduce((max, { cell }) => {
    if (changeWithheld(cell) || cell.meanChange === null) return max;
    const ends = cell.ci95 ? [cell.ci95[0], cell.ci95[1]] : [cell.meanChange];
    return Math.max(max, ...ends.map((v) => Math.abs(v)));
  }, 0);
  return Math.max(0.5, Math.ceil(reach * 2) / 2);
}

const cssWidth = (share: number) =>
  cssProperties({ 'inline-size': `${(Math.max(0, Math.min(1, share)) * 100).toFixed(2)}%` });

/** Rounds to one decimal for display, so the screen, the table and the CSV agree. */
function round1(value: number): number {
  return Math.round(value * 10) / 10;
}
