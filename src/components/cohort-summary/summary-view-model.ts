import type { Instrument, RespondentRole } from '../../sdk/model/instrument.js';
import { indexInstrument } from '../../sdk/model/instrument-index.js';
import type {
  CohortBreakdown,
  CohortCell,
  CohortGroup,
  CohortReport,
  CohortRoleReport,
} from '../../sdk/scoring/cohort-report-types.js';
import type { LocalizedText } from '../../sdk/model/localized-text.js';
import { formatDate, formatNumber, message } from '../../internal/i18n.js';
import { cohortSummaryMessages as m } from './cohort-summary.messages.js';
import { toCsvText, type CsvCell } from './csv-table.js';
import { change, changeWithheld, count, dash, goalsWithheld, hiddenReason, plain, round1 } from './summary-format.js';

/**
 * The summary's view model: pure functions from what the element was given (the report, the
 * instrument, the unit names, the role and breakdown chosen, the language) to what it shows.
 * Nothing here renders; the render functions and the exports (CSV, picture) read from here.
 */

export type SummaryKey = keyof (typeof m)['sv'];

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

/** What the labels depend on: the language, the instrument and unit names, and the breakdown shown. */
export interface SummaryLabelInput {
  lang: string;
  instrument: Instrument | null;
  units: Readonly<Record<string, string | LocalizedText>> | undefined;
  /** The breakdown shown, or null for everyone. */
  breakdown: CohortBreakdown | null;
  /** Resolves a localized text in the element's language. */
  text: (value: LocalizedText | string | undefined) => string;
}

/** The summary of one role as shown: the labels' input plus the report and the role. */
export interface SummaryInput extends SummaryLabelInput {
  report: CohortReport;
  role: CohortRoleReport;
}

export const roleKey: Record<RespondentRole, SummaryKey> = {
  participant: 'participant',
  caseManager: 'caseManager',
  joint: 'joint',
};
export const categoryKey: Record<string, SummaryKey> = {
  jobFocused: 'catJobFocused',
  competence: 'catCompetence',
  health: 'catHealth',
  social: 'catSocial',
  coordination: 'catCoordination',
};
const groupKey: Record<string, SummaryKey> = {
  with: 'groupWith',
  without: 'groupWithout',
  parallel: 'groupParallel',
  jobFocusedAlone: 'groupJobAlone',
  noJobFocused: 'groupNoJob',
  woman: 'genderWoman',
  man: 'genderMan',
  other: 'genderOther',
};
export const kindOrder = ['interventionCategory', 'intervention', 'parallelSupport', 'gender', 'unit'] as const;
export const kindKey: Record<(typeof kindOrder)[number], SummaryKey> = {
  interventionCategory: 'byInterventionCategory',
  intervention: 'byIntervention',
  parallelSupport: 'byParallel',
  gender: 'byGender',
  unit: 'byUnit',
};

// ---- labels ----

export function areaLabel(v: SummaryLabelInput, areaId: string | null): string {
  if (areaId === null) return message(m, v.lang, 'overall');
  const area = v.instrument ? indexInstrument(v.instrument).areas.get(areaId) : undefined;
  return area ? v.text(area.label) : areaId;
}

/** A fixed group key's label (parallel support, with/without, gender), whatever breakdown is shown. */
export function groupLabelOf(v: SummaryLabelInput, group: CohortGroup): string {
  if (group.label) return v.text(group.label);
  const key = groupKey[group.key];
  return key ? message(m, v.lang, key) : group.key;
}

/** A group's label in the breakdown shown. */
export function groupLabel(v: SummaryLabelInput, group: CohortGroup): string {
  const { lang } = v;
  if (group.label) return v.text(group.label);
  if (v.breakdown?.kind === 'unit') return unitLabel(v, group.key, v.breakdown);
  const key = groupKey[group.key];
  return key ? message(m, lang, key) : group.key === 'unknown' ? message(m, lang, 'genderUnknown') : group.key;
}

/** A unit's name from `.units`, else "Unit 1", "Unit 2" … in the report's order: never its id. */
function unitLabel(v: SummaryLabelInput, key: string, breakdown: CohortBreakdown): string {
  const { lang } = v;
  if (key === 'unknown') return message(m, lang, 'unitUnknown');
  const named = v.units?.[key];
  if (typeof named === 'string') return named;
  if (named && typeof named === 'object') return v.text(named);
  const known = breakdown.groups.filter((g) => g.key !== 'unknown');
  return message(m, lang, 'unitNumbered', { n: known.findIndex((g) => g.key === key) + 1 });
}

export function breakdownLabel(v: SummaryLabelInput, b: CohortBreakdown): string {
  const { lang } = v;
  if (b.kind === 'interventionCategory' && b.category) {
    const key = categoryKey[b.category];
    return message(m, lang, 'breakdownCategory', { name: key ? message(m, lang, key) : b.category });
  }
  if (b.kind === 'intervention')
    return message(m, lang, 'breakdownIntervention', {
      name: b.label ? v.text(b.label) : (b.interventionId ?? b.id),
    });
  const key = kindKey[b.kind as (typeof kindOrder)[number]];
  return key ? message(m, lang, key) : b.id;
}

/** "Role · breakdown", as the title of the picture and the caption of the table say it. */
export function viewLabel(v: SummaryInput): string {
  return `${message(m, v.lang, roleKey[v.role.role])} · ${
    v.breakdown ? breakdownLabel(v, v.breakdown) : message(m, v.lang, 'byAll')
  }`;
}

// ---- what is shown ----

/** The lines of the chart and the table, in order: each area (then all areas), by group. */
export function summaryRows(v: SummaryLabelInput, role: CohortRoleReport): CohortSummaryRow[] {
  const { breakdown } = v;
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
        areaLabel: areaLabel(v, areaId),
        groupLabel: breakdown ? groupLabel(v, group) : null,
        group,
        cell,
      });
    }
  }
  return rows;
}

/** The area scales' range as the mean change's unit: "steg på skalan 1–10", or per area when they differ. */
export function changeUnit(v: SummaryLabelInput, role: CohortRoleReport | null): string {
  const { lang, instrument } = v;
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

export function periodText(lang: string, report: CohortReport): string {
  const { from, to } = report.period;
  if (!from && !to) return message(m, lang, 'periodAll');
  return message(m, lang, 'periodRange', {
    from: from ? formatDate(lang, from) : '…',
    to: to ? formatDate(lang, to) : '…',
  });
}

export function instrumentName(v: SummaryLabelInput, report: CohortReport): string {
  return v.instrument
    ? `${v.text(v.instrument.title)} ${report.instrument.version}`
    : `${report.instrument.id} ${report.instrument.version}`;
}

/** The header on paper (and in the picture): instrument, period and the disclosure limit. */
export function printHeader(v: SummaryInput): string {
  return message(m, v.lang, 'printHeader', {
    instrument: instrumentName(v, v.report),
    period: periodText(v.lang, v.report),
    minCell: v.report.disclosure.minCell,
  });
}

/**
 * Why "All areas" has a smaller n (it needs every area at both ends), or null when a figure in it
 * is withheld or no area has a figure.
 */
export function overallNote(lang: string, role: CohortRoleReport): string | null {
  const overall = role.all.overall;
  if (!overall || changeWithheld(overall) || overall.nPaired === null) return null;
  const ns = role.all.areas.flatMap((c) => (changeWithheld(c) || c.nPaired === null ? [] : [c.nPaired]));
  if (ns.length === 0) return null;
  return message(m, lang, 'overallNote', {
    n: formatNumber(lang, overall.nPaired),
    low: formatNumber(lang, Math.min(...ns)),
    high: formatNumber(lang, Math.max(...ns)),
  });
}

/** The shares of one row's bar, or null when its change figures are withheld. */
export function rowShares(cell: CohortCell): { worsened: number; unchanged: number; improved: number } | null {
  return changeWithheld(cell) || cell.shareImproved === null
    ? null
    : { worsened: cell.shareWorsened ?? 0, unchanged: cell.shareUnchanged ?? 0, improved: cell.shareImproved ?? 0 };
}

/** The table's header and body as text: the same strings the table shows (and the CSV holds). */
export function tableCells(
  lang: string,
  rows: readonly CohortSummaryRow[],
  grouped: boolean,
  minCell: number,
): { head: string[]; body: { cells: string[]; numeric: boolean[] }[] } {
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
    const pct = (x: number | null) => (x === null ? dash(lang) : formatNumber(lang, Math.round(x * 100)));
    const cells = [
      areaLabel,
      ...(grouped ? [groupLabel ?? ''] : []),
      count(lang, cell.nStarted),
      count(lang, hiddenChange ? null : cell.nPaired),
      pct(hiddenChange ? null : cell.attritionRate),
      pct(hiddenChange ? null : cell.shareWorsened),
      pct(hiddenChange ? null : cell.shareUnchanged),
      pct(hiddenChange ? null : cell.shareImproved),
      change(lang, hiddenChange ? null : cell.meanChange),
      plain(lang, hiddenChange || !cell.ci95 ? null : cell.ci95[0]),
      plain(lang, hiddenChange || !cell.ci95 ? null : cell.ci95[1]),
      count(lang, hiddenGoals ? null : cell.goals),
      pct(hiddenGoals ? null : cell.shareGoalsReached),
      hiddenReason(lang, cell, minCell),
    ];
    const numeric = cells.map((_, i) => i >= (grouped ? 2 : 1) && i < cells.length - 1);
    return { cells, numeric };
  });
  return { head, body };
}

/**
 * What is shown, as CSV (RFC 4180, formula injection neutralised): one row per line of the
 * table, with the role and the breakdown on every row so the file stands on its own. Figures
 * are rounded as on screen and written as plain numbers (dot decimal, ASCII minus, shares in
 * per cent); withheld figures are "–", as on screen, with the reason in the last column.
 */
export function summaryCsv(v: SummaryInput, rows: readonly CohortSummaryRow[]): string {
  const { lang, role, breakdown } = v;
  const grouped = breakdown !== null;
  const minCell = v.report.disclosure.minCell;
  const none = dash(lang);
  const head = tableCells(lang, [], grouped, minCell).head;
  const num = (x: number | null, digits: number): CsvCell => (x === null ? none : Number(x.toFixed(digits)));
  const lines: CsvCell[][] = [[message(m, lang, 'colRole'), message(m, lang, 'colBreakdown'), ...head]];
  for (const { cell, areaLabel, groupLabel } of rows) {
    const hiddenChange = changeWithheld(cell);
    const hiddenGoals = goalsWithheld(cell);
    const pct = (x: number | null): CsvCell => (x === null ? none : Math.round(x * 100));
    lines.push([
      message(m, lang, roleKey[role.role]),
      breakdown ? breakdownLabel(v, breakdown) : message(m, lang, 'byAll'),
      areaLabel,
      ...(grouped ? [groupLabel ?? ''] : []),
      cell.nStarted ?? none,
      hiddenChange ? none : (cell.nPaired ?? none),
      pct(hiddenChange ? null : cell.attritionRate),
      pct(hiddenChange ? null : cell.shareWorsened),
      pct(hiddenChange ? null : cell.shareUnchanged),
      pct(hiddenChange ? null : cell.shareImproved),
      num(hiddenChange || cell.meanChange === null ? null : round1(cell.meanChange), 1),
      num(hiddenChange || !cell.ci95 ? null : round1(cell.ci95[0]), 1),
      num(hiddenChange || !cell.ci95 ? null : round1(cell.ci95[1]), 1),
      hiddenGoals ? none : (cell.goals ?? none),
      pct(hiddenGoals ? null : cell.shareGoalsReached),
      hiddenReason(lang, cell, minCell),
    ]);
  }
  return toCsvText(lines);
}
