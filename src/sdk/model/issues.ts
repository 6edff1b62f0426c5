import type * as z from 'zod/mini';
import { bilingualMessages } from './checks.js';

/** A path into the checked data, as zod reports it: object keys and array indexes. */
export type IssuePath = (string | number)[];

/**
 * One problem found in input data. Every check in the SDK reports all of its problems,
 * never just the first, each with the path to the offending field and a plain message in
 * Swedish and English (`message` is the English one, for logs and developer tools).
 */
export interface StegIssue {
  /** Where the problem is, for example `['areas', 2, 'items', 0, 'scaleId']`. */
  path: IssuePath;
  /** A stable machine-readable code, for example `invalid_type` or `unknown_link_id`. */
  code: string;
  /** The English message. */
  message: string;
  /** The message in Swedish and English. */
  messages: { sv: string; en: string };
}

/** The result of a parse or a check: the parsed value, or every problem found. */
export type ParseResult<T> = { ok: true; value: T } | { ok: false; issues: StegIssue[] };

/** Renders a path the way a developer writes it: `areas[2].items[0].scaleId`. */
export function formatPath(path: IssuePath): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? key : `.${key}`;
  }
  return out === '' ? '(root)' : out;
}

/** Formats an issue as one line, `path: message`, in the given language (sv or en). */
export function formatIssue(issue: StegIssue, lang: string = 'en'): string {
  const message = lang.toLowerCase().startsWith('sv') ? issue.messages.sv : issue.messages.en;
  return `${formatPath(issue.path)}: ${message}`;
}

/** The longest key name kept in a path: keys are input too, and a long one is cut (with `…`). */
export const PATH_KEY_LENGTH = 32;

const cutKey = (key: string | number) =>
  typeof key === 'string' && key.length > PATH_KEY_LENGTH ? `${key.slice(0, PATH_KEY_LENGTH)}…` : key;

/**
 * Builds an issue from both messages. Messages name the path and what was expected, never the
 * value found (it may be a person's data); key names in the path are cut to 32 characters.
 */
export function issue(path: IssuePath, code: string, en: string, sv: string): StegIssue {
  let cut = path;
  for (let i = 0; i < path.length; i++) {
    const key = path[i]!;
    if (typeof key === 'string' && key.length > PATH_KEY_LENGTH) {
      cut = path.map(cutKey);
      break;
    }
  }
  return { path: cut, code, message: en, messages: { sv, en } };
}

const typeNames: Record<string, { en: string; sv: string }> = {
  string: { en: 'text', sv: 'text' },
  number: { en: 'a number', sv: 'ett tal' },
  int: { en: 'a whole number', sv: 'ett heltal' },
  boolean: { en: 'true or false', sv: 'sant eller falskt' },
  object: { en: 'an object', sv: 'ett objekt' },
  array: { en: 'a list', sv: 'en lista' },
  record: { en: 'an object', sv: 'ett objekt' },
  null: { en: 'null', sv: 'null' },
  undefined: { en: 'nothing', sv: 'inget värde' },
};

function describeReceived(input: unknown): { en: string; sv: string } {
  if (input === undefined) return { en: 'nothing (the field is missing)', sv: 'inget (fältet saknas)' };
  if (input === null) return { en: 'null', sv: 'null' };
  if (Array.isArray(input)) return typeNames.array;
  if (typeof input === 'number' && Number.isNaN(input)) return { en: 'NaN', sv: 'NaN' };
  // The kind of number, never the number itself: it may be a personal identity number.
  if (typeof input === 'number') {
    if (!Number.isFinite(input)) return { en: 'an infinite number', sv: 'ett oändligt tal' };
    if (!Number.isInteger(input)) return { en: 'a number with decimals', sv: 'ett tal med decimaler' };
    return typeNames.number;
  }
  if (typeof input === 'string' && input.length > 200)
    return { en: `text of ${input.length} characters`, sv: `text med ${input.length} tecken` };
  return typeNames[typeof input] ?? { en: typeof input, sv: typeof input };
}

const shortList = (values: readonly unknown[]) =>
  values
    .slice(0, 8)
    .map((v) => JSON.stringify(v))
    .join(', ') + (values.length > 8 ? ', …' : '');

/** Translates zod's issues into plain Swedish and English, with their paths kept. */
export function fromZodIssues(issues: readonly z.core.$ZodIssue[], prefix: IssuePath = []): StegIssue[] {
  const out: StegIssue[] = [];
  for (const raw of issues) {
    const path = [...prefix, ...(raw.path as (string | number)[])];
    const i = raw as z.core.$ZodIssue & Record<string, unknown>;
    const own = bilingualMessages.get(raw.message);
    if (own && raw.code !== 'invalid_union') {
      out.push(issue(path, own.code, raw.message, own.sv));
      continue;
    }
    switch (raw.code) {
      case 'invalid_type': {
        const expected = typeNames[String(i.expected)] ?? { en: String(i.expected), sv: String(i.expected) };
        const got = i.received === 'NaN' ? { en: 'NaN', sv: 'NaN' } : describeReceived(i.input);
        if (i.input === undefined && i.received !== 'NaN') {
          out.push(issue(path, 'required', 'This field is required.', 'Fältet måste finnas.'));
        } else {
          out.push(
            issue(
              path,
              'invalid_type',
              `Expected ${expected.en}, got ${got.en}.`,
              `Väntade ${expected.sv}, fick ${got.sv}.`,
            ),
          );
        }
        break;
      }
      case 'too_small': {
        const min = String(i.minimum);
        if (i.origin === 'string') {
          if (Number(i.minimum) === 1) out.push(issue(path, 'empty', 'Must not be empty.', 'Får inte vara tomt.'));
          else
            out.push(
              issue(path, 'too_short', `Must be at least ${min} characters.`, `Måste vara minst ${min} tecken.`),
            );
        } else if (i.origin === 'array' || i.origin === 'set') {
          out.push(
            issue(
              path,
              'too_few',
              `Must have at least ${min} ${min === '1' ? 'entry' : 'entries'}.`,
              `Måste ha minst ${min} ${min === '1' ? 'post' : 'poster'}.`,
            ),
          );
        } else if (i.inclusive === false) {
          out.push(issue(path, 'too_small', `Must be greater than ${min}.`, `Måste vara större än ${min}.`));
        } else {
          out.push(issue(path, 'too_small', `Must be at least ${min}.`, `Måste vara minst ${min}.`));
        }
        break;
      }
      case 'too_big': {
        const max = String(i.maximum);
        if (i.origin === 'string') {
          out.push(issue(path, 'too_long', `Must be at most ${max} characters.`, `Får vara högst ${max} tecken.`));
        } else if (i.origin === 'array' || i.origin === 'set') {
          out.push(
            issue(
              path,
              'too_many',
              `Must have at most ${max} ${max === '1' ? 'entry' : 'entries'}.`,
              `Får ha högst ${max} ${max === '1' ? 'post' : 'poster'}.`,
            ),
          );
        } else if (i.inclusive === false) {
          out.push(issue(path, 'too_big', `Must be less than ${max}.`, `Måste vara mindre än ${max}.`));
        } else {
          out.push(issue(path, 'too_big', `Must be at most ${max}.`, `Får vara högst ${max}.`));
        }
        break;
      }
      case 'invalid_value': {
        const values = (i.values as unknown[]) ?? [];
        if ('input' in i && i.input === undefined) {
          // A missing choice field: say it is missing, and still list what it may be.
          out.push(
            issue(
              path,
              'required',
              `This field is required; it must be one of ${shortList(values)}.`,
              `Fältet måste finnas och vara ett av ${shortList(values)}.`,
            ),
          );
        } else {
          out.push(
            issue(
              path,
              'invalid_value',
              `Must be one of ${shortList(values)}.`,
              `Måste vara ett av ${shortList(values)}.`,
            ),
          );
        }
        break;
      }
      case 'invalid_format': {
        const format = String(i.format);
        if (format === 'regex' && typeof i.pattern === 'string' && i.message) {
          // Our own regex checks carry a bilingual message in their params.
          out.push(customIssue(path, i));
        } else if (format === 'datetime' || format === 'date') {
          out.push(
            issue(
              path,
              'invalid_date',
              'Must be a date and time in ISO 8601 format, for example 2026-03-01T09:30:00Z.',
              'Måste vara datum och tid i ISO 8601-format, till exempel 2026-03-01T09:30:00Z.',
            ),
          );
        } else {
          out.push(issue(path, 'invalid_format', `Has the wrong format (${format}).`, `Har fel format (${format}).`));
        }
        break;
      }
      case 'unrecognized_keys': {
        // Key names are input too: cut each, and name at most five.
        const keys = ((i.keys as string[]) ?? []).map((key) => JSON.stringify(cutKey(key)));
        const named = keys.slice(0, 5).join(', ');
        const rest = keys.length > 5 ? keys.length - 5 : 0;
        out.push(
          issue(
            path,
            'unknown_field',
            `Unknown field(s): ${named}${rest ? ` and ${rest} more` : ''}.`,
            `Okända fält: ${named}${rest ? ` och ${rest} till` : ''}.`,
          ),
        );
        break;
      }
      case 'invalid_union': {
        const nested = (i.errors as z.core.$ZodIssue[][] | undefined) ?? [];
        // Report the branch that got furthest, so the message names the real problem.
        const best = nested.slice().sort((a, b) => depth(b) - depth(a))[0];
        if (best && best.length > 0) out.push(...fromZodIssues(best, path));
        else out.push(issue(path, 'invalid_value', 'Has a value of the wrong kind.', 'Har ett värde av fel slag.'));
        break;
      }
      case 'custom':
        out.push(customIssue(path, i));
        break;
      default:
        // zod's own text may quote the input; say only that the value is not accepted.
        out.push(issue(path, raw.code, 'Has a value that is not accepted here.', 'Har ett värde som inte godtas här.'));
    }
  }
  return out;
}

function depth(issues: z.core.$ZodIssue[]): number {
  return Math.max(0, ...issues.map((i) => i.path.length));
}

function customIssue(path: IssuePath, i: Record<string, unknown>): StegIssue {
  const params = (i.params ?? {}) as { en?: string; sv?: string; code?: string };
  const en = params.en ?? 'Invalid value.';
  return issue(path, params.code ?? 'invalid', en, params.sv ?? en);
}
