import type { Instrument } from '../model/instrument.js';
import type { Answer, Assessment } from '../model/assessment.js';
import { issue, type ParseResult, type StegIssue, type IssuePath } from '../model/issues.js';
import { capIssues, LIMITS } from '../model/limits.js';
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

/**
 * Splits RFC 4180 text into records; quoted cells may hold delimiters, quotes and line breaks.
 * Linear in the length of the text: runs of ordinary characters are cut out with `slice`, and a
 * quoted cell is the join of its pieces (never built a character at a time).
 */
function splitRecords(text: string, delimiter: string, issues: StegIssue[]): CsvRecord[] {
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let line = 1;
  let recordLine = 1;
  let i = 0;
  const n = text.length;
  const endRecord = (cell: string, wasQuoted: boolean) => {
    cells.push(cell);
    if (!(cells.length === 1 && cells[0] === '' && !wasQuoted)) records.push({ line: recordLine, cells });
    cells = [];
  };
  const isBreak = (c: number) => c === 10 || c === 13;
  const delim = delimiter.charCodeAt(0);
  let atEnd = true; // no cell started since the last record ended
  while (i < n) {
    atEnd = false;
    let cell: string;
    let wasQuoted = false;
    if (text.charCodeAt(i) === 34) {
      // A quoted cell: pieces up to each quote; "" is a quote inside.
      wasQuoted = true;
      const pieces: string[] = [];
      let from = i + 1;
      let closed = false;
      for (;;) {
        const q = text.indexOf('"', from);
        const end = q < 0 ? n : q;
        const piece = text.slice(from, end);
        for (let k = piece.indexOf('\n'); k >= 0; k = piece.indexOf('\n', k + 1)) line += 1;
        pieces.push(piece);
        if (q < 0) {
          i = n;
          break;
        }
        if (text.charCodeAt(q + 1) === 34) {
          pieces.push('"');
          from = q + 2;
          continue;
        }
        i = q + 1;
        closed = true;
        break;
      }
      if (!closed)
        issues.push(
          issue(
            [recordLine],
            'unclosed_quote',
            `Line ${recordLine}: a quoted cell is never closed.`,
            `Rad ${recordLine}: ett citerat fält avslutas aldrig.`,
          ),
        );
      // Characters after the closing quote, up to the delimiter, belong to the cell (as before).
      const start = i;
      while (i < n && text.charCodeAt(i) !== delim && !isBreak(text.charCodeAt(i))) i += 1;
      if (i > start) pieces.push(text.slice(start, i));
      cell = pieces.length === 1 ? pieces[0]! : pieces.join('');
    } else {
      const start = i;
      while (i < n && text.charCodeAt(i) !== delim && !isBreak(text.charCodeAt(i))) i += 1;
      cell = text.slice(start, i);
    }
    if (cell.length > LIMITS.csvCellLength) {
      // Reported by its length and line, never its text; the cell is not read further.
      issues.push(
        issue(
          [recordLine],
          'too_large',
          `Line ${recordLine}: a cell of ${cell.length} characters; at most ${LIMITS.csvCellLength} are read.`,
          `Rad ${recordLine}: ett fält med ${cell.length} tecken; högst ${LIMITS.csvCellLength} läses.`,
        ),
      );
      cell = '';
    }
    if (i >= n) {
      endRecord(cell, wasQuoted);
      atEnd = true;
      break;
    }
    const c = text.charCodeAt(i);
    if (c === delim) {
      cells.push(cell);
      i += 1;
      if (i >= n) {
        endRecord('', false);
        atEnd = true;
      }
    } else {
      endRecord(cell, wasQuoted);
      atEnd = true;
      i += c === 13 && text.charCodeAt(i + 1) === 10 ? 2 : 1;
      line += 1;
      recordLine = line;
    }
  }
  if (!atEnd && cells.length > 0) endRecord('', false);
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
  if (text.length > LIMITS.csvLength)
    return {
      ok: false,
      issues: [
        issue(
          [],
          'too_large',
          `CSV text of ${text.length} characters; at most ${LIMITS.csvLength} are read (split the file).`,
          `CSV-text med ${text.length} tecken; högst ${LIMITS.csvLength} läses (dela filen).`,
        ),
      ],
    };
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
  if (issues.length > 0) return { ok: false, issues: capIssues(issues) };

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
              `differs from row ${draft.firstLine} of the same assessment.`,
              `skiljer sig från rad ${draft.firstLine} för samma skattning.`,
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
          cellIssue(record.line, 'value', 'not_a_number', 'the cell is not a number.', 'fältet är inget tal.'),
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
  let unchecked = 0;
  for (const draft of drafts.values()) {
    // After a hundred problems the file is refused; the other assessments are counted, not checked.
    if (issues.length >= LIMITS.issues) {
      unchecked += 1;
      continue;
    }
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
  return issues.length > 0 ? { ok: false, issues: capIssues(issues, 0, unchecked) } : { ok: true, value: assessments };
}
