import type { CohortCell, CohortGroup } from '../../sdk/scoring/cohort-report-types.js';
import { formatNumber, formatPercent, message } from '../../internal/i18n.js';
import { isolateLtr } from '../../internal/bidi-isolate.js';
import { cssProperties } from '../../internal/css-properties.js';
import { cohortSummaryMessages as m } from './cohort-summary.messages.js';

/**
 * The summary's figures as text: the SDK's numbers, rounded for display, and "–" where the
 * disclosure control withheld them. Every view (screen, table, CSV, picture) formats through here
 * so they agree.
 */

/** Whether the change figures of a cell (everything computed over the paired participants) are withheld. */
export const changeWithheld = (cell: CohortCell): boolean =>
  cell.withheld.some((w) => w.part === 'started' || w.part === 'paired') || cell.nPaired === null;
export const goalsWithheld = (cell: CohortCell): boolean =>
  cell.withheld.some((w) => w.part === 'started' || w.part === 'goals');

/** Rounds to one decimal for display, so the screen, the table and the CSV agree. */
export function round1(value: number): number {
  return Math.round(value * 10) / 10;
}

/** The mark of a withheld figure. */
export function dash(lang: string): string {
  return message(m, lang, 'suppressed');
}

export function count(lang: string, value: number | null): string {
  return value === null ? dash(lang) : formatNumber(lang, value);
}

export function share(lang: string, value: number | null): string {
  return value === null ? dash(lang) : isolateLtr(formatPercent(lang, value));
}

/** A signed mean change with one decimal, `+1,0`, `−0,4`, `±0,0`: a true minus, as `formatChange`. */
export function change(lang: string, value: number | null): string {
  if (value === null) return dash(lang);
  const rounded = round1(value);
  const one = { minimumFractionDigits: 1, maximumFractionDigits: 1 };
  if (rounded === 0) return isolateLtr(`±${formatNumber(lang, 0, one)}`);
  return isolateLtr(formatNumber(lang, rounded, { ...one, signDisplay: 'always' }).replace('-', '−'));
}

export function plain(lang: string, value: number | null): string {
  return value === null
    ? dash(lang)
    : isolateLtr(formatNumber(lang, round1(value), { maximumFractionDigits: 1, minimumFractionDigits: 1 }));
}

/**
 * Which shown figures of a cell are withheld, and why: everything when its start is withheld,
 * else the change figures and the goals each with their own reason. Cards are not shown here.
 */
export function hiddenReason(lang: string, cell: CohortCell, minCell: number): string {
  const why = (reason: string) =>
    message(m, lang, reason === 'belowMinCell' ? 'reasonBelow' : 'reasonComplementary', { minCell });
  const started = cell.withheld.find((w) => w.part === 'started');
  if (started) return why(started.reason);
  return cell.withheld
    .filter((w) => w.part === 'paired' || w.part === 'goals')
    .map((w) => `${message(m, lang, w.part === 'paired' ? 'partChange' : 'partGoals')}: ${why(w.reason)}`)
    .join('; ');
}

/** A group's counts and attrition as one sentence, or its withholding with the reason. */
export function groupCounts(lang: string, group: CohortGroup, label: string, minCell: number): string {
  if (group.nStarted === null) {
    const reason = message(m, lang, group.reason === 'complementary' ? 'reasonComplementary' : 'reasonBelow', {
      minCell,
    });
    return `${label}: ${dash(lang)} (${reason})`;
  }
  return message(m, lang, 'groupCounts', {
    group: label,
    started: message(m, lang, 'started', { count: count(lang, group.nStarted) }),
    paired: message(m, lang, 'paired', { count: count(lang, group.nPaired) }),
    attrition:
      group.attritionRate === null
        ? message(m, lang, 'attritionSuppressed')
        : message(m, lang, 'attrition', { share: share(lang, group.attritionRate) }),
  });
}

/** One scale for every whisker in view, so rows compare; at least half a step either way. */
export function whiskerLimit(rows: readonly { cell: CohortCell }[]): number {
  const reach = rows.reduce((max, { cell }) => {
    if (changeWithheld(cell) || cell.meanChange === null) return max;
    const ends = cell.ci95 ? [cell.ci95[0], cell.ci95[1]] : [cell.meanChange];
    return Math.max(max, ...ends.map((v) => Math.abs(v)));
  }, 0);
  return Math.max(0.5, Math.ceil(reach * 2) / 2);
}

/** A meter's fill width for a share in [0, 1]. */
export const cssWidth = (value: number): ReturnType<typeof cssProperties> =>
  cssProperties({ 'inline-size': `${(Math.max(0, Math.min(1, value)) * 100).toFixed(2)}%` });
