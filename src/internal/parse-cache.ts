import type { Instrument } from '../sdk/model/instrument.js';
import type { ParseResult } from '../sdk/model/issues.js';
import { parseInstrument } from '../sdk/model/parse.js';

/**
 * Parse results by the object given, per parser. A case list hands the same instrument object
 * to hundreds of compact cards, and a virtualised list re-creates rows for data it has already
 * shown: parsing each object once keeps both fast, and sharing the parsed instrument lets the
 * SDK's per-instrument index (a WeakMap too) be built once. Input objects are treated as
 * immutable, as everywhere in stegvis (and as Lit's change detection already assumes): give a
 * new object to change the data.
 */
const caches = new WeakMap<(input: unknown) => ParseResult<unknown>, WeakMap<object, ParseResult<unknown>>>();

/** `parse(input)`, remembered for object inputs. */
export function parseCached<T>(parse: (input: unknown) => ParseResult<T>, input: unknown): ParseResult<T> {
  if (typeof input !== 'object' || input === null) return parse(input);
  let cache = caches.get(parse);
  if (!cache) caches.set(parse, (cache = new WeakMap()));
  let result = cache.get(input) as ParseResult<T> | undefined;
  if (!result) {
    result = parse(input);
    cache.set(input, result);
  }
  return result;
}

/** `parseInstrument`, remembered per input object. */
export function parseInstrumentCached(input: unknown): ParseResult<Instrument> {
  return parseCached(parseInstrument, input);
}
