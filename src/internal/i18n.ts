/**
 * Language helpers shared by the elements: which language to speak, and Intl formatters
 * (numbers, signed changes, dates, plurals) cached per language.
 */

/** Languages whose interface strings are built in; other languages fall back to Swedish. */
export type UiLanguage = 'sv' | 'en';

/** Picks the built-in interface language for a BCP 47 tag: English for `en*`, else Swedish. */
export function uiLanguage(lang: string): UiLanguage {
  return lang.toLowerCase().startsWith('en') ? 'en' : 'sv';
}

/** A table of interface strings for each built-in language, with the same keys in both. */
export type MessageTable<K extends string> = Record<UiLanguage, Record<K, string>>;

/**
 * Looks up a message and fills `{name}` placeholders. Placeholders are filled as plain text:
 * the result is always rendered as text, never as HTML.
 */
export function message<K extends string>(
  table: MessageTable<K>,
  lang: string,
  key: K,
  values: Record<string, string | number> = {},
): string {
  const template = table[uiLanguage(lang)][key] ?? table.sv[key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/** Formats a number for a language, with Intl; formatters are cached. */
export function formatNumber(lang: string, value: number, options: Intl.NumberFormatOptions = {}): string {
  const key = `${lang}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(safeLocale(lang), options);
    numberFormats.set(key, format);
  }
  return format.format(value);
}

/** Formats a change with its sign, `+3`, `−1,5`, `±0`, with a true minus sign. */
export function formatChange(lang: string, value: number, maximumFractionDigits = 1): string {
  if (value === 0) return `±${formatNumber(lang, 0)}`;
  return formatNumber(lang, value, { signDisplay: 'always', maximumFractionDigits }).replace('-', '−');
}

/** Formats a share 0..1 as a percentage. */
export function formatPercent(lang: string, share: number, maximumFractionDigits = 0): string {
  return formatNumber(lang, share, { style: 'percent', maximumFractionDigits });
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** Formats an ISO date as a calendar date in the language, e.g. `5 jan. 2026`. */
export function formatDate(
  lang: string,
  iso: string,
  options: Intl.DateTimeFormatOptions = { dateStyle: 'medium' },
): string {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return iso;
  const key = `${lang}|${JSON.stringify(options)}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(safeLocale(lang), { timeZone: 'UTC', ...options });
    dateFormats.set(key, format);
  }
  return format.format(time);
}

const pluralRules = new Map<string, Intl.PluralRules>();

/** The plural category of a count in a language (`one`, `other`, …). */
export function pluralCategory(lang: string, count: number): Intl.LDMLPluralRule {
  let rules = pluralRules.get(lang);
  if (!rules) {
    rules = new Intl.PluralRules(safeLocale(lang));
    pluralRules.set(lang, rules);
  }
  return rules.select(count);
}

const listFormats = new Map<string, Intl.ListFormat>();

/** Lists items the way the language does: "a, b och c" (one formatter per language, made once). */
export function formatList(lang: string, items: string[]): string {
  let format = listFormats.get(lang);
  if (!format) {
    format = new Intl.ListFormat(safeLocale(lang), { style: 'long', type: 'conjunction' });
    listFormats.set(lang, format);
  }
  return format.format(items);
}

function safeLocale(lang: string): string {
  try {
    return Intl.getCanonicalLocales(lang)[0] ?? 'sv';
  } catch {
    return 'sv';
  }
}
