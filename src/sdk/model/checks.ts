import * as z from 'zod/mini';
import { containsSwedishPersonalNumber } from './personal-number.js';

/**
 * Messages we gave a zod check in both languages, by their English text. zod passes `message`
 * (but not `params`) through for built-in checks such as minLength, so fromZodIssues looks the
 * English message up here to find the Swedish one.
 */
export const bilingualMessages = new Map<string, { code: string; sv: string }>();

/** Params for a zod check whose message we give in both languages (see fromZodIssues). */
export function bilingual(code: string, en: string, sv: string) {
  bilingualMessages.set(en, { code, sv });
  return { message: en, params: { code, en, sv } } as const;
}

/** Pushes a bilingual custom issue from inside a superRefine. */
export function report(
  ctx: z.core.$RefinementCtx<unknown>,
  path: (string | number)[],
  code: string,
  en: string,
  sv: string,
): void {
  ctx.issues.push({ code: 'custom', path, message: en, params: { code, en, sv }, input: undefined });
}

const idPattern = /^[A-Za-z0-9][A-Za-z0-9._:/-]*$/;

/** The longest id (characters). The fast assessment parser reads this limit from here. */
export const ID_MAX_LENGTH = 200;
/** The longest instrument version (characters). */
export const VERSION_MAX_LENGTH = 64;
/** The longest free text a person writes (characters), such as an answer's comment. */
export const FREE_TEXT_MAX_LENGTH = 10_000;

/** An identifier: letters, digits and `. _ : / -`, 1–200 characters, no spaces. */
export const Id = z.string().check(
  z.minLength(1, bilingual('empty', 'Must not be empty.', 'Får inte vara tomt.')),
  z.maxLength(
    ID_MAX_LENGTH,
    bilingual('too_long', `Must be at most ${ID_MAX_LENGTH} characters.`, `Får vara högst ${ID_MAX_LENGTH} tecken.`),
  ),
  // An empty id is reported once, by minLength above.
  z.refine((s: string) => s === '' || idPattern.test(s), {
    ...bilingual(
      'invalid_id',
      'May only contain letters, digits and . _ : / - and must start with a letter or digit.',
      'Får bara innehålla bokstäver, siffror och . _ : / - och måste börja med en bokstav eller siffra.',
    ),
    abort: true,
  }),
);

/**
 * A participant's id: an `Id` that is pseudonymous. One shaped like a Swedish personal identity
 * or co-ordination number (also as the last part of a reference such as `Patient/…`) is refused,
 * and the message does not repeat it.
 */
export const SubjectId = Id.check(
  z.refine((s: string) => !containsSwedishPersonalNumber(s), {
    ...bilingual(
      'personal_identity_number',
      'Looks like a Swedish personal identity or co-ordination number; use a pseudonymous id instead.',
      'Ser ut som ett personnummer eller samordningsnummer; använd ett pseudonymt id i stället.',
    ),
  }),
);

/** A finite number (NaN and ±Infinity are rejected). */
export const FiniteNumber = z
  .number()
  .check(
    z.refine(
      (n: number) => Number.isFinite(n),
      bilingual('not_finite', 'Must be a finite number.', 'Måste vara ett ändligt tal.'),
    ),
  );

const isoDateTime =
  /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,9})?)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)?)?$/;

/** Whether the date part of an ISO date names a real day (2026-02-30 does not: Date.parse rolls it over to March). */
export function isCalendarDate(s: string): boolean {
  const year = Number(s.slice(0, 4));
  const month = Number(s.slice(5, 7));
  const day = Number(s.slice(8, 10));
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
  return day >= 1 && day <= days;
}

/** An ISO 8601 date (`2026-03-01`) or date-time (`2026-03-01T09:30:00Z`). */
export const IsoDate = z
  .string()
  .check(
    z.refine(
      (s: string) => isoDateTime.test(s) && !Number.isNaN(Date.parse(s)) && isCalendarDate(s),
      bilingual(
        'invalid_date',
        'Must be a date or date-time in ISO 8601 format, for example 2026-03-01 or 2026-03-01T09:30:00Z.',
        'Måste vara ett datum eller en tidpunkt i ISO 8601-format, till exempel 2026-03-01 eller 2026-03-01T09:30:00Z.',
      ),
    ),
  );

/** Free text a person wrote, up to 10,000 characters. */
export const FreeText = z
  .string()
  .check(
    z.maxLength(
      FREE_TEXT_MAX_LENGTH,
      bilingual('too_long', 'Must be at most 10,000 characters.', 'Får vara högst 10 000 tecken.'),
    ),
  );

/** Reports duplicate values of `key` in a list, at `[listPath, index, key]`. */
export function reportDuplicates<T>(
  ctx: z.core.$RefinementCtx<unknown>,
  items: readonly T[],
  key: (item: T) => string,
  path: (string | number)[],
  field: string,
): void {
  const seen = new Map<string, number>();
  items.forEach((item, index) => {
    const k = key(item);
    const first = seen.get(k);
    if (first === undefined) seen.set(k, index);
    else
      report(
        ctx,
        [...path, index, field],
        'duplicate_id',
        `Duplicate ${field} (the same as at index ${first}).`,
        `${field} finns redan (samma som vid index ${first}).`,
      );
  });
}
