import { quoteCsvCell } from '../../sdk/interop/csv.js';

/**
 * A small CSV writer for the cohort summary's download: RFC 4180 quoting, CRLF line ends, and
 * spreadsheet formula injection neutralised by the SDK's `quoteCsvCell`, the one quoting of every
 * CSV stegvis writes (the SDK's `toCsv` writes assessments, not tables). Labels in a report
 * come from data (intervention and unit names), so a label such as `=HYPERLINK(...)` must reach
 * the spreadsheet as text.
 */

/** One cell: text, a number, or empty. */
export type CsvCell = string | number | null | undefined;

/** Quotes and neutralises one cell. Finite numbers are written plainly, with a dot decimal. */
export function csvCell(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  return quoteCsvCell(value);
}

/**
 * Writes rows as CSV text. A byte-order mark lets Excel read Swedish letters as UTF-8.
 */
export function toCsvText(rows: readonly (readonly CsvCell[])[]): string {
  return `\uFEFF${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
