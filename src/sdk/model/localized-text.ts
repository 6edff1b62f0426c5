import * as z from 'zod/mini';
import { bilingual } from './checks.js';

/**
 * Text in several languages. Swedish is required; English and any other language (by BCP 47
 * tag) are optional: `{ sv: 'Boende', en: 'Housing', ar: 'السكن' }`.
 */
export const LocalizedText = z.catchall(
  z.strictObject({
    sv: z
      .string()
      .check(z.minLength(1, bilingual('empty', 'Swedish text must not be empty.', 'Svensk text får inte vara tom.'))),
  }),
  z.string(),
);
/** Text in several languages; `sv` is required. */
export type LocalizedText = z.infer<typeof LocalizedText>;

/**
 * Picks the text for a language: the exact tag (`sv-FI`), then its base language (`sv`),
 * then Swedish, then English, then the first language present.
 */
export function resolveText(text: LocalizedText | string | undefined, lang: string = 'sv'): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return text;
  const record = text as Record<string, string | undefined>;
  const tag = lang.trim();
  const base = tag.split('-')[0]?.toLowerCase() ?? '';
  const candidates = [tag, tag.toLowerCase(), base, 'sv', 'en'];
  for (const key of candidates) {
    const value = record[key];
    if (typeof value === 'string' && value !== '') return value;
  }
  for (const value of Object.values(record)) if (typeof value === 'string' && value !== '') return value;
  return '';
}

/** Which language `resolveText` would use for this text and requested language. */
export function resolvedLanguage(text: LocalizedText, lang: string = 'sv'): string {
  const record = text as Record<string, string | undefined>;
  const tag = lang.trim();
  const base = tag.split('-')[0]?.toLowerCase() ?? '';
  for (const key of [tag, tag.toLowerCase(), base, 'sv', 'en']) if (record[key]) return key;
  return Object.keys(record).find((k) => record[k]) ?? 'sv';
}
