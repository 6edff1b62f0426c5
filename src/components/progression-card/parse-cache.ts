import type { Instrument } from '../../sdk/model/instrument.js';
import type { ParseResult } from '../../sdk/model/issues.js';
import { parseInstrument } from '../../sdk/model/parse.js';

/**
 * Parse results of instruments by the object given. A case list hands the same instrument
 * object to hundreds of compact cards: parsing it once keeps the list fast, and sharing the
 * parsed object lets the SDK's per-instrument index (a WeakMap too) be built once.
 * Input objects are treated as immutable, as everywhere in stegvis: give a new object to change it.
 */
const parsedInstruments = new WeakMap<object, ParseResult<Instrument>>();

/** `parseInstrument`, cached per input object. */
export function parseInstrumentCached(input: unknown): ParseResult<Instrument> {
  if (typeof input !== 'object' || input === null) return parseInstrument(input);
  let result = parsedInstruments.get(input);
  if (!result) {
    result = parseInstrument(input);
    parsedInstruments.set(input, result);
  }
  return result;
}
