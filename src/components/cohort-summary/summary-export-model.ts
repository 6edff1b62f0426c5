import { formatNumber, formatPercent, message } from '../../internal/i18n.js';
import { cohortSummaryMessages as m } from './cohort-summary.messages.js';
import type { Headline } from './headline.js';
import type { SummaryExportLine, SummaryExportModel } from './summary-export.js';
import { change, count, goalsWithheld, plain, share, whiskerLimit } from './summary-format.js';
import {
  changeUnit,
  overallNote,
  printHeader,
  rowShares,
  viewLabel,
  type CohortSummaryRow,
  type SummaryInput,
} from './summary-view-model.js';

/** What the picture takes from the page: the direction, the theme's colours and the font. */
export interface SummaryExportPage {
  rtl: boolean;
  /** The computed colour of one of the summary's custom properties. */
  colour: (property: string) => string;
  fontFamily: string;
}

/** The model of the standalone picture (`toSVG()`): the headline and the chart in view, as text and numbers. */
export function summaryExportModel(
  v: SummaryInput,
  rows: readonly CohortSummaryRow[],
  headline: Headline | null,
  page: SummaryExportPage,
): SummaryExportModel {
  const { lang, report, role, breakdown } = v;
  const minCell = report.disclosure.minCell;
  const limit = whiskerLimit(rows);
  const { rtl, colour } = page;
  // Bidi isolates keep numbers whole on right-to-left pages; a left-to-right document needs none.
  const bare = (t: string) => (rtl ? t : t.replace(/[\u2066-\u2069]/g, ''));
  const lines: SummaryExportLine[] = [];
  rows.forEach((row, i) => {
    if (breakdown && (i === 0 || rows[i - 1]!.areaId !== row.areaId))
      lines.push({ kind: 'heading', label: row.areaLabel });
    const { cell } = row;
    const shares = rowShares(cell);
    const hidden = shares === null;
    const inside = shares
      ? {
          worsened: bare(share(lang, cell.shareWorsened)),
          unchanged: bare(share(lang, cell.shareUnchanged)),
          improved: bare(share(lang, cell.shareImproved)),
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
      meanText: bare(change(lang, hidden ? null : cell.meanChange)),
      ciText: ci ? bare(message(m, lang, 'ci', { low: plain(lang, ci[0]), high: plain(lang, ci[1]) })) : null,
      nText: bare(count(lang, hidden ? null : cell.nPaired)),
      goalsText: bare(share(lang, goalsWithheld(cell) ? null : cell.shareGoalsReached)),
    });
  });
  const overall = overallNote(lang, role);
  const notes = [
    ...(overall === null ? [] : [overall]),
    ...(breakdown ? [lang === 'sv' ? report.interpretation.message.sv : report.interpretation.message.en] : []),
    lang === 'sv' ? report.disclosure.rule.sv : report.disclosure.rule.en,
    message(m, lang, 'suppressedRule', { minCell }),
  ].map(bare);
  const title = `${message(m, lang, 'title')}: ${viewLabel(v)}`;
  const subtitle = printHeader(v);
  const legend = {
    worsened: message(m, lang, 'worsened'),
    unchanged: message(m, lang, 'unchanged'),
    improved: message(m, lang, 'improved'),
    centre: message(m, lang, 'centre'),
  };
  const sentences = (headline?.sentences ?? []).map(bare);
  return {
    lang,
    dir: rtl ? 'rtl' : 'ltr',
    title,
    subtitle: bare(subtitle),
    participants: bare(message(m, lang, 'participants', { count: formatNumber(lang, report.participants) })),
    headlineTitle: message(m, lang, 'headline'),
    headline: sentences,
    legend,
    heads: {
      label: message(m, lang, breakdown ? 'group' : 'area'),
      shares: message(m, lang, 'sharesHead'),
      mean: message(m, lang, 'meanHead', { unit: changeUnit(v, role) }),
      n: message(m, lang, 'nHead'),
      goals: message(m, lang, 'goalsHead'),
    },
    percentTicks: [0, 0.25, 0.5, 0.75, 1].map((x) => formatPercent(lang, x)),
    whiskerTicks: [bare(change(lang, -limit)), bare(change(lang, 0)), bare(change(lang, limit))],
    limit,
    lines,
    notes,
    description: [subtitle, ...sentences, legend.centre].map(bare).join(' '),
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
    fontFamily: page.fontFamily,
  };
}
