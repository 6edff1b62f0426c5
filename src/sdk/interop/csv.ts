import type { Instrument } from '../model/instrument.js';
import type { Answer, Assessment } from '../model/assessment.js';
import { issue, type ParseResult, type StegIssue, type IssuePath } from '../model/issues.js';
import { indexInstrument } from '../model/instrument-index.js';
import { parseAssessment } from '../model/parse.js';
import { validateAssessment } from '../model/validate.js';
import { scoreAssessment } from '../scoring/score-assessment.js';

/** The columns of the assessment CSV, in order. `area_score` is written for reading in a spreadsheet and ignored on import. */
export const CSV_COLUMNS = [
  'assessment_id',
  'instrument_id',
  'instrument_version',
  'subject_id',
  'role',
  'occasion',
  'authored',
  'status',
  'replaces',
  'area_id',
  'link_id',
  'value',
  'missing',
  'comment',
  'area_score',
] as const;

/** A column of the assessment CSV. */
export type CsvColumn = (typeof CSV_COLUMNS)[number];

/** Options of `toCsv`. */
export interface ToCsvOptions {
  /** Field separator: `,` (RFC 4180, default) or `;` (what Swedish spreadsheet programs expect). */
  delimiter?: ',' | ';';
}

/** Options of `fromCsv`. */
export interface FromCsvOptions {
  /** Field separator; by default read from the header line. */
  delimiter?: ',' | ';';
  /** Check every assessment against the instrument too (unknown linkIds, off-scale values, version). Default true. */
  validate?: boolean;
}

const dangerous = /^'*[=+\-@\t\r]/;
const plainNumber = /^-?\d+(\.\d+)?$/;

/**
 * Defuses spreadsheet formulas (CSV injection): a cell that starts with `=`, `+`, `-`, `@`, tab
 * or carriage return — after any number of apostrophes — gets one more leading apostrophe, which
 * spreadsheet programs show as text. Plain numbers such as `-1` are left alone. `fromCsv` removes
 * exactly that apostrophe again, so any text survives the round trip.
 */
export function escapeCsvFormula(cell: string): string {
  return dangerous.test(cell) && !plainNumber.test(cell) ? `'${cell}` : cell;
}

/** Reverses `escapeCsvFormula`. */
export function unescapeCsvFormula(cell: string): string {
  return cell.startsWith("'") && dangerous.test(cell.slice(1)) && !plainNumber.test(cell.slice(1))
    ? cell.slice(1)
    : cell;
}

/**
 * One CSV cell as written: defused against formula injection (`escapeCsvFormula`), then quoted
 * (RFC 4180) when it holds the delimiter, a quote or a line break, or starts or ends with white
 * space (which some spreadsheet programs would otherwise trim). Every CSV this library writes
 * quotes its cells here.
 */
export function quoteCsvCell(cell: string, delimiter: string = ','): string {
  const safe = escapeCsvFormula(cell);
  return safe.includes(delimiter) || /["\r\n]|^\s|\s$/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * Assessments as CSV: a header and one row per assessment and answered item (an assessment with
 * no answers gets one row with an empty `link_id`). RFC 4180 quoting, CRLF line ends, and cells
 * defused against formula injection. `area_score` repeats the item's area score for convenience.
 */
export function toCsv(instrument: Instrument, assessments: readonly Assessment[], options: ToCsvOptions = {}): string {
  const delimiter = options.delimiter ?? ',';
  const index = indexInstrument(instrument);
  const lines = [CSV_COLUMNS.join(delimiter)];
  for (const a of assessments) {
    const scores = a.instrument.id === instrument.id ? scoreAssessment(instrument, a).values : {};
    const head = [
      a.id,
      a.instrument.id,
      a.instrument.version,
      a.subjectId,
      a.role,
      a.occasion,
      a.authored,
      a.status,
      a.replaces ?? '',
    ];
    const rows: string[][] =
      a.answers.length === 0
        ? [[...head, '', '', '', '', '', '']]
        : a.answers.map((answer) => {
            const areaId = index.items.get(answer.linkId)?.area.id ?? '';
            const score = scores[areaId];
            return [
              ...head,
              areaId,
              answer.linkId,
              answer.value === null ? '' : String(answer.value),
              answer.missing ?? '',
              answer.comment ?? '',
              score === null || score === undefined ? '' : String(score),
            ];
          });
    for (const row of rows) lines.push(row.map((cell) => quoteCsvCell(cell, delimiter)).join(delimiter));
  }
  return `${lines.join('\r\n')}\r\n`;
}

/** A record of the file: its 1-based line number (where it starts) and its cells. */
interface CsvRecord {
  line: number;
  cells: string[];
}

/** Splits RFC 4180 text into records; quoted cells may hold delimiters, quotes and line breaks. */
function splitRecords(text: string, delimiter: string, issues: StegIssue[]): CsvRecord[] {
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let cell = '';
  let line = 1;
  let recordLine = 1;
  let i = 0;
  let quoted = false;
  let wasQuoted = false;
  const endRecord = () => {
    cells.push(cell);
    if (!(cells.length === 1 && cells[0] === '' && !wasQuoted)) records.push({ line: recordLine, cells });
    cells = [];
    cell = '';
    wasQuoted = false;
  };
  while (i < text.length) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i += 1;
        continue;
      }
      if (ch === '\n') line += 1;
      cell += ch;
      i += 1;
      continue;
    }
    if (ch === '"' && cell === '') {
      quoted = true;
      wasQuoted = true;
      i += 1;
    } else if (ch === delimiter) {
      cells.push(cell);
      cell = '';
      i += 1;
    } else if (ch === '\r' || ch === '\n') {
      endRecord();
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
      line += 1;
      recordLine = line;
    } else {
      cell += ch;
      i += 1;
    }
  }
  if (quoted)
    issues.push(
      issue(
        [recordLine],
        'unclosed_quote',
        `Line ${recordLine}: a quoted cell is never closed.`,
        `Rad ${recordLine}: ett citerat fält avslutas aldrig.`,
      ),
    );
  if (cell !== '' || cells.length > 0 || wasQuoted) endRecord();
  return records;
}

const required: CsvColumn[] = [
  'assessment_id',
  'instrument_id',
  'instrument_version',
  'subject_id',
  'role',
  'occasion',
  'authored',
  'status',
  'link_id',
  'value',
];
const assessmentColumns: Partial<Record<string, CsvColumn>> = {
  id: 'assessment_id',
  subjectId: 'subject_id',
  role: 'role',
  occasion: 'occasion',
  authored: 'authored',
  status: 'status',
  replaces: 'replaces',
};

const cellIssue = (line: number, column: string, code: string, en: string, sv: string) =>
  issue([line, column], code, `Row ${line}, column ${column}: ${en}`, `Rad ${line}, kolumn ${column}: ${sv}`);

/** Where an issue on an assessment lies in the file: the row of the answer, or the assessment's first row. */
function locate(path: IssuePath, firstLine: number, answerLines: number[]): { line: number; column: string } {
  const [head, second, third] = path;
  if (head === 'answers' && typeof second === 'number') {
    const column =
      third === 'linkId' ? 'link_id' : third === 'missing' ? 'missing' : third === 'comment' ? 'comment' : 'value';
    return { line: answerLines[second] ?? firstLine, column };
  }
  if (head === 'answers') return { line: firstLine, column: 'link_id' };
  if (head === 'instrument')
    return { line: firstLine, column: second === 'version' ? 'instrument_version' : 'instrument_id' };
  return { line: firstLine, column: assessmentColumns[String(head)] ?? String(head ?? '') };
}

/**
 * Reads assessments from CSV written by `toCsv` (or by hand in the same columns, in any order,
 * separated by `,` or `;`). Rows of one `assessment_id` make one assessment and must agree on
 * its fields. Never throws: problems come back with their path `[row, column]` (row = line
 * number in the file, the header being row 1) and a message naming both.
 */
export function fromCsv(instrument: Instrument, text: string, options: FromCsvOptions = {}): ParseResult<Assessment[]> {
  const issues: StegIssue[] = [];
  if (typeof text !== 'string')
    return { ok: false, issues: [issue([], 'invalid_type', 'Expected CSV text.', 'Väntade CSV-text.')] };
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const firstLine = body.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = options.delimiter ?? (firstLine.split(';').length > firstLine.split(',').length ? ';' : ',');
  const records = splitRecords(body, delimiter, issues);
  const header = records[0];
  if (!header)
    return {
      ok: false,
      issues: [issue([1], 'empty', 'The file is empty: a header row is needed.', 'Filen är tom: en rubrikrad behövs.')],
    };
  const column = new Map<string, number>();
  header.cells.forEach((name, i) => column.set(name.trim(), i));
  for (const name of required) {
    if (!column.has(name))
      issues.push(
        cellIssue(
          1,
          name,
          'missing_column',
          'the column is missing from the header.',
          'kolumnen saknas i rubrikraden.',
        ),
      );
  }
  if (issues.length > 0) return { ok: false, issues };

  const get = (record: CsvRecord, name: CsvColumn): string => {
    const i = column.get(name);
    return i === undefined ? '' : unescapeCsvFormula(record.cells[i] ?? '');
  };
  interface Draft {
    assessment: Assessment;
    firstLine: number;
    answerLines: number[];
  }
  const drafts = new Map<string, Draft>();
  for (const record of records.slice(1)) {
    if (record.cells.length !== header.cells.length) {
      issues.push(
        issue(
          [record.line],
          'column_count',
          `Row ${record.line}: ${record.cells.length} cells, the header has ${header.cells.length}.`,
          `Rad ${record.line}: ${record.cells.length} fält, rubrikraden har ${header.cells.length}.`,
        ),
      );
      continue;
    }
    const id = get(record, 'assessment_id');
    const fields = {
      id,
      instrument: { id: get(record, 'instrument_id'), version: get(record, 'instrument_version') },
      subjectId: get(record, 'subject_id'),
      role: get(record, 'role'),
      occasion: get(record, 'occasion'),
      authored: get(record, 'authored'),
      status: get(record, 'status'),
      replaces: get(record, 'replaces'),
    };
    let draft = drafts.get(id);
    if (!draft) {
      const assessment = { ...fields, answers: [] as Answer[] } as unknown as Assessment;
      if (fields.replaces === '') delete (assessment as { replaces?: string }).replaces;
      draft = { assessment, firstLine: record.line, answerLines: [] };
      drafts.set(id, draft);
    } else {
      const a = draft.assessment;
      const before: Record<string, string> = {
        instrument_id: a.instrument.id,
        instrument_version: a.instrument.version,
        subject_id: a.subjectId,
        role: a.role,
        occasion: a.occasion,
        authored: a.authored,
        status: a.status,
        replaces: a.replaces ?? '',
      };
      for (const [name, value] of Object.entries(before)) {
        if (get(record, name as CsvColumn) !== value) {
          issues.push(
            cellIssue(
              record.line,
              name,
              'inconsistent',
              `differs from row ${draft.firstLine} of the same assessment ("${value}").`,
              `skiljer sig från rad ${draft.firstLine} för samma skattning ("${value}").`,
            ),
          );
        }
      }
    }
    const linkId = get(record, 'link_id');
    if (linkId === '') continue;
    const raw = get(record, 'value');
    let value: number | null = null;
    if (raw !== '') {
      value = Number(raw);
      if (!plainNumber.test(raw.trim()) || !Number.isFinite(value)) {
        issues.push(
          cellIssue(record.line, 'value', 'not_a_number', `"${raw}" is not a number.`, `"${raw}" är inget tal.`),
        );
        continue;
      }
    }
    const answer: Answer = { linkId, value };
    const missing = get(record, 'missing');
    if (missing !== '') answer.missing = missing as Answer['missing'];
    if (column.has('comment')) {
      const comment = get(record, 'comment');
      if (comment !== '') answer.comment = comment;
    }
    draft.assessment.answers.push(answer);
    draft.answerLines.push(record.line);
  }

  const assessments: Assessment[] = [];
  for (const draft of drafts.values()) {
    const parsed = parseAssessment(draft.assessment);
    const problems = parsed.ok
      ? options.validate === false
        ? []
        : validateAssessment(instrument, parsed.value)
      : parsed.issues;
    for (const p of problems) {
      const { line, column: name } = locate(p.path, draft.firstLine, draft.answerLines);
      issues.push(
        issue(
          [line, name],
          p.code,
          `Row ${line}, column ${name}: ${p.messages.en}`,
          `Rad ${line}, kolumn ${name}: ${p.messages.sv}`,
        ),
      );
    }
    if (parsed.ok) assessments.push(parsed.value);
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value: assessments };
}
