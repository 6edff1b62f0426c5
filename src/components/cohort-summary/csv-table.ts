/**
 * A small CSV writer for the cohort summary's download: RFC 4180 quoting, CRLF line ends, and
 * spreadsheet formula injection neutralised. Labels in a report come from data (intervention
 * and unit names), so a label such as `=HYPERLINK(...)` must reach the spreadsheet as text.
 */

/** One cell: text, a number, or empty. */
export type CsvCell = string | number | null | undefined;

/** Characters that make a spreadsheet treat a text cell as a formula (OWASP's list). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Quotes and neutralises one cell. Finite numbers are written plainly, with a dot decimal. */
export function csvCell(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  // A leading apostrophe makes Excel, LibreOffice and Google Sheets show the text as typed.
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * Writes rows as CSV text. A byte-order mark lets Excel read Swedish letters as UTF-8.
 */
export function toCsvText(rows: readonly (readonly CsvCell[])[]): string {
  return `\uFEFF${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
