import { escapeCsvFormula } from '../../sdk/interop/csv.js';

/**
 * A small CSV writer for the cohort summary's download: RFC 4180 quoting, CRLF line ends, and
 * spreadsheet formula injection neutralised with the SDK's `escapeCsvFormula` (the SDK's own
 * `toCsv` writes assessments, not tables, and keeps its quoting private). Labels in a report
 * come from data (intervention and unit names), so a label such as `=HYPERLINK(...)` must reach
 * the spreadsheet as text.
 */

/** One cell: text, a number, or empty. */
export type CsvCell = string | number | null | undefined;

/** Quotes and neutralises one cell. Finite numbers are written plainly, with a dot decimal. */
export function csvCell(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  // A leading apostrophe makes Excel, LibreOffice and Google Sheets show the text as typed.
  const text = escapeCsvFormula(value);
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * Writes rows as CSV text. A byte-order mark lets Excel read Swedish letters as UTF-8.
 */
export function toCsvText(rows: readonly (readonly CsvCell[])[]): string {
  return `\uFEFF${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
