import type { Instrument } from '../model/index.js';
import { deepFreeze } from './deep-freeze.js';

/**
 * A copy of an instrument with one more language: every text (`{ sv, … }`) whose Swedish wording
 * is a key of `texts` gains `[lang]: texts[sv]`; texts already in that language keep theirs, and
 * nothing else changes (ids, version, scoring). The copy is frozen.
 *
 * Keyed by the Swedish wording, so that one table serves every place a text recurs and a
 * translation never needs to know the instrument's structure. This is how shipped languages
 * beyond Swedish and English reach the built-in instruments without every page paying for them:
 * `import { livsomradenArabic } from 'stegvis/translations/ar-instruments.js'`.
 */
export function withLanguage(
  instrument: Instrument,
  lang: string,
  texts: Readonly<Record<string, string>>,
): Instrument {
  const copy = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(copy);
    if (value === null || typeof value !== 'object') return value;
    const record = value as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(record)) out[key] = copy(inner);
    if (typeof record.sv === 'string' && record[lang] === undefined && Object.hasOwn(texts, record.sv)) {
      out[lang] = texts[record.sv];
    }
    return out;
  };
  return deepFreeze(copy(instrument) as Instrument);
}
