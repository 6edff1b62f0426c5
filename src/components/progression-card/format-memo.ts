import { formatChange, formatDate } from '../../internal/i18n.js';

/**
 * Formatting memoised by its inputs, for the compact row: a case list of 500 rows formats the
 * same few changes (`+1`, `−2` …) and months thousands of times, and each Intl call costs more
 * than a Map lookup. Bounded, so a long session cannot grow it without end.
 */
const memo = new Map<string, string>();
const LIMIT = 5000;

function remember(key: string, make: () => string): string {
  let value = memo.get(key);
  if (value === undefined) {
    if (memo.size >= LIMIT) memo.clear();
    value = make();
    memo.set(key, value);
  }
  return value;
}

/** `formatChange`, memoised. */
export function memoChange(lang: string, delta: number): string {
  return remember(`c|${lang}|${delta}`, () => formatChange(lang, delta));
}

/** `formatDate` as month and year (`jan. 2026`), memoised by the ISO date's day. */
export function memoMonth(lang: string, iso: string): string {
  return remember(`m|${lang}|${iso.slice(0, 10)}`, () => formatDate(lang, iso, { year: 'numeric', month: 'short' }));
}
