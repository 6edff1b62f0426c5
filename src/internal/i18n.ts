/**
 * Language helpers shared by the elements: which language to speak, and Intl formatters
 * (numbers, signed changes, dates, plurals) cached per language.
 */

/**
 * The interface language an element speaks: `sv` or `en` (built in), or any language a page has
 * registered with `registerTranslation` (for example `ar`, from `stegvis/translations/ar.js`).
 */
export type UiLanguage = string;

/** A table of interface strings for each built-in language, with the same keys in both. */
export type MessageTable<K extends string> = Record<'sv' | 'en', Record<K, string>>;

/** Strings of one element (or of the shared error state) for one language, all or some keys. */
export type Strings = Record<string, string>;

/**
 * One language's strings, by element: `ratingForm`, `radar`, `progressionCard`, `cohortSummary`,
 * and `common` (the error state every element shares). Any key left out falls back to Swedish
 * (or to what was registered before for the language).
 */
export type Translation = Partial<Record<string, Partial<Strings>>>;

interface Registry {
  /** Counts registrations, so that a cached template knows when the words changed. */
  revision: number;
  /** language tag (lower case) → namespace → key → template */
  languages: Map<string, Map<string, Partial<Strings>>>;
  listeners: Set<() => void>;
}

// Shared through globalThis, so that a language module and the elements agree even when a page
// loads them from different bundles (the CDN file and an npm build).
const registryKey = Symbol.for('stegvis.translations');
const registry: Registry = ((globalThis as Record<symbol, unknown>)[registryKey] as Registry | undefined) ?? {
  revision: 0,
  languages: new Map(),
  listeners: new Set(),
};
(globalThis as Record<symbol, unknown>)[registryKey] = registry;

const namespaces = new WeakMap<object, string>();

/** Names an element's built-in message table, so that registered translations can find its keys. */
export function defineMessages<K extends string>(namespace: string, table: MessageTable<K>): MessageTable<K> {
  namespaces.set(table, namespace);
  return table;
}

/**
 * Adds a language, or replaces some strings of a language, for every stegvis element on the page.
 * Later registrations for the same language win key by key; elements already on the page
 * re-render. `lang` is a BCP 47 tag: `ar` serves `ar-SE` too, `sv-FI` only `sv-FI`.
 *
 * ```js
 * registerTranslation('sv', { ratingForm: { submit: 'Skicka till handläggaren' } });
 * ```
 */
export function registerTranslation(lang: string, translation: Translation): void {
  const tag = lang.trim().toLowerCase();
  let language = registry.languages.get(tag);
  if (!language) registry.languages.set(tag, (language = new Map()));
  for (const [namespace, strings] of Object.entries(translation)) {
    if (!strings) continue;
    language.set(namespace, { ...language.get(namespace), ...strings });
  }
  registry.revision++;
  for (const listener of registry.listeners) listener();
}

/** A number that changes whenever a translation is registered (for template caches). */
export function translationRevision(): number {
  return registry.revision;
}

/** Calls `listener` whenever a translation is registered; returns a function that stops it. */
export function onTranslationChange(listener: () => void): () => void {
  registry.listeners.add(listener);
  return () => registry.listeners.delete(listener);
}

/**
 * The interface language for a BCP 47 tag: the tag itself or its base language when a
 * translation is registered for it, else English for `en*`, else Swedish.
 */
export function uiLanguage(lang: string): UiLanguage {
  const tag = lang.trim().toLowerCase();
  if (registry.languages.has(tag)) return tag;
  const base = tag.split('-')[0] ?? '';
  if (registry.languages.has(base)) return base;
  return base === 'en' ? 'en' : 'sv';
}

let scopedStrings: Partial<Strings> | undefined;

/**
 * Runs `render` with an element's own string overrides (its `.strings` property) in force, so
 * that every message looked up while the element updates uses them first.
 */
export function withStrings<T>(strings: Partial<Strings> | undefined, render: () => T): T {
  const outer = scopedStrings;
  scopedStrings = strings;
  try {
    return render();
  } finally {
    scopedStrings = outer;
  }
}

function template(table: MessageTable<string>, lang: string, key: string): string {
  const own = scopedStrings?.[key];
  if (own !== undefined) return own;
  const tag = lang.trim().toLowerCase();
  const namespace = namespaces.get(table);
  if (namespace !== undefined) {
    const base = tag.split('-')[0] ?? '';
    const registered =
      registry.languages.get(tag)?.get(namespace)?.[key] ?? registry.languages.get(base)?.get(namespace)?.[key];
    if (registered !== undefined) return registered;
  }
  const builtIn = tag === 'en' || tag.startsWith('en-') ? table.en : table.sv;
  return builtIn[key] ?? table.sv[key] ?? key;
}

/**
 * Looks up a message and fills `{name}` placeholders. Placeholders are filled as plain text:
 * the result is always rendered as text, never as HTML. The element's own `.strings` come first,
 * then translations registered for the language, then the built-in table, then Swedish.
 */
export function message<K extends string>(
  table: MessageTable<K>,
  lang: string,
  key: K,
  values: Record<string, string | number> = {},
): string {
  return template(table, lang, key).replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
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
