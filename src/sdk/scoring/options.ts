import { RespondentRole } from '../model/instrument.js';
import { IsoDate } from '../model/checks.js';
import { endOf, timeOf, type Period } from './timeline.js';
import type { ChangeOptions } from './compare-assessments.js';
import type { CohortReportOptions } from './cohort-accumulator.js';
import type { CohortBreakdownKind } from './cohort-report-types.js';
import type { NeedsOptions } from './needs-report.js';
import { DEFAULT_MIN_CELL } from './disclosure-control.js';
import { DEFAULT_MINIMAL_CHANGE } from './change-direction.js';

/**
 * Parsers for the options of the SDK's functions. Options fail closed: a value that is not what
 * the option takes (NaN, ±Infinity, out of range, a fraction where a whole number is meant, a
 * wrong type, a malformed date) throws a `TypeError` or `RangeError` that names the option and
 * what it takes — never a weaker report. An option left out (or `undefined`) takes its
 * documented default. Messages never repeat the value given: an option may carry a query
 * parameter or a person's data by mistake.
 */

/** The smallest `minCell` allowed: with 1, every figure of one person would be published. */
export const MIN_CELL_FLOOR = 2;
/** The largest `minCell` accepted (a larger one withholds every figure of any real cohort). */
export const MIN_CELL_CEILING = 1_000_000;

const kindOf = (value: unknown): string =>
  value === null ? 'null' : Array.isArray(value) ? 'a list' : typeof value === 'number' ? 'a number' : typeof value;

function describeNumber(value: number): string {
  if (Number.isNaN(value)) return 'NaN';
  if (!Number.isFinite(value)) return 'an infinite number';
  return 'a number out of range';
}

/** A number option: finite and within [min, max] (`integer`: a whole number). */
export function parseNumberOption(
  name: string,
  value: unknown,
  fallback: number,
  range: { min: number; max: number; minExclusive?: boolean; maxExclusive?: boolean; integer?: boolean },
): number {
  if (value === undefined) return fallback;
  const takes = describeRange(range);
  if (typeof value !== 'number') throw new TypeError(`The option ${name} must be ${takes}; got ${kindOf(value)}.`);
  if (!Number.isFinite(value))
    throw new RangeError(`The option ${name} must be ${takes}; got ${describeNumber(value)}.`);
  if (range.integer && !Number.isInteger(value))
    throw new RangeError(`The option ${name} must be ${takes}; got a fraction.`);
  const low = range.minExclusive ? value <= range.min : value < range.min;
  const high = range.maxExclusive ? value >= range.max : value > range.max;
  if (low || high) throw new RangeError(`The option ${name} must be ${takes}; got a number out of range.`);
  return value;
}

function describeRange(range: {
  min: number;
  max: number;
  minExclusive?: boolean;
  maxExclusive?: boolean;
  integer?: boolean;
}): string {
  const kind = range.integer ? 'a whole number' : 'a finite number';
  const low = `${range.minExclusive ? 'greater than' : 'at least'} ${range.min}`;
  const high =
    range.max === Number.MAX_VALUE ? '' : ` and ${range.maxExclusive ? 'less than' : 'at most'} ${range.max}`;
  return `${kind} ${low}${high}`;
}

/** `minCell`: a whole number from 2 (default 5). */
export const parseMinCell = (value: unknown, fallback: number): number =>
  parseNumberOption('minCell', value, fallback, { min: MIN_CELL_FLOOR, max: MIN_CELL_CEILING, integer: true });

/** `minimalChange`: a finite number of steps, at least 0 (default 1). */
export const parseMinimalChange = (value: unknown, fallback: number): number =>
  parseNumberOption('minimalChange', value, fallback, { min: 0, max: 1e9 });

/** ρ of the GAS T-score: the assumed correlation between goal outcomes, 0 to 1 (default 0.3). */
export const parseRho = (value: unknown, fallback: number): number =>
  parseNumberOption('rho', value, fallback, { min: 0, max: 1 });

/** A boolean option. */
export function parseBooleanOption(name: string, value: unknown, fallback: boolean): boolean {
  if (value === undefined) return fallback;
  if (typeof value !== 'boolean')
    throw new TypeError(`The option ${name} must be true or false; got ${kindOf(value)}.`);
  return value;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Cuts a key for a message: keys are data too, and may be long. */
export function shortKey(key: string): string {
  return key.length > 32 ? `${key.slice(0, 32)}…` : key;
}

/**
 * A per-area record of numbers (`reliability`, `referenceSd`): a plain object whose every own
 * value lies in the range. Returned as a null-prototype copy, so looking up an area id such as
 * `constructor` or `__proto__` never reads `Object`'s.
 */
export function parseAreaRecord(
  name: string,
  value: unknown,
  range: { min: number; max: number; minExclusive?: boolean; maxExclusive?: boolean },
): Readonly<Record<string, number>> | undefined {
  if (value === undefined) return undefined;
  if (!isRecord(value))
    throw new TypeError(`The option ${name} must be an object of numbers by area id; got ${kindOf(value)}.`);
  const out = Object.create(null) as Record<string, number>;
  const keys = Object.keys(value);
  if (keys.length > 10_000) throw new RangeError(`The option ${name} may have at most 10000 areas.`);
  for (const key of keys) {
    out[key] = parseNumberOption(`${name}[${JSON.stringify(shortKey(key))}]`, value[key], 0, range);
  }
  return out;
}

/** `reliability` per area: 0 ≤ r < 1. */
export const parseReliabilities = (value: unknown) =>
  parseAreaRecord('reliability', value, { min: 0, max: 1, maxExclusive: true });

/** `referenceSd` per area: SD > 0. */
export const parseReferenceSds = (value: unknown) =>
  parseAreaRecord('referenceSd', value, { min: 0, max: Number.MAX_VALUE, minExclusive: true });

/** Looks up an area's value in a per-area record by own key only. */
export function ownValue<T>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  return record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
}

function parseDate(name: string, value: unknown): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string')
    throw new TypeError(`The option ${name} must be an ISO 8601 date such as 2026-03-01; got ${kindOf(value)}.`);
  if (value.length > 64 || !IsoDate.safeParse(value).success)
    throw new RangeError(
      `The option ${name} must be an ISO 8601 date such as 2026-03-01 or 2026-03-01T09:30:00Z (text of length ${value.length} given).`,
    );
  return value;
}

/** `period`: `{ from?, to? }` as ISO dates, `from` not after `to`. An invalid period is an error, not an empty report. */
export function parsePeriod(value: unknown): Period | undefined {
  if (value === undefined) return undefined;
  if (!isRecord(value))
    throw new TypeError(`The option period must be an object { from?, to? }; got ${kindOf(value)}.`);
  for (const key of Object.keys(value)) {
    if (key !== 'from' && key !== 'to')
      throw new TypeError(`The option period takes only from and to; got the key ${JSON.stringify(shortKey(key))}.`);
  }
  const from = parseDate('period.from', value.from);
  const to = parseDate('period.to', value.to);
  if (from !== undefined && to !== undefined && timeOf(from) > endOf(to))
    throw new RangeError('The option period must not end (period.to) before it starts (period.from).');
  const period: Period = {};
  if (from !== undefined) period.from = from;
  if (to !== undefined) period.to = to;
  return period;
}

/** A list option whose entries must be among `allowed`. */
export function parseEnumList<T extends string>(name: string, value: unknown, allowed: readonly T[]): T[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) throw new TypeError(`The option ${name} must be a list; got ${kindOf(value)}.`);
  if (value.length > allowed.length * 4)
    throw new RangeError(`The option ${name} may have at most ${allowed.length * 4} entries.`);
  for (let i = 0; i < value.length; i++) {
    if (!allowed.includes(value[i] as T))
      throw new RangeError(`The option ${name}[${i}] must be one of ${allowed.join(', ')}.`);
  }
  return value as T[];
}

/** The respondent roles an option may list. */
export const respondentRoles: readonly RespondentRole[] = RespondentRole.options;

/** The breakdowns an option may list. */
export const breakdownKinds: readonly CohortBreakdownKind[] = [
  'interventionCategory',
  'intervention',
  'parallelSupport',
  'gender',
  'unit',
];

export function optionsObject(name: string, value: unknown): Record<string, unknown> {
  if (value === undefined) return {};
  if (!isRecord(value)) throw new TypeError(`The ${name} must be an object; got ${kindOf(value)}.`);
  return value;
}

/** The options shared by the functions that read change, parsed (see `ChangeOptions`). */
export function parseChangeOptions(value: unknown): ChangeOptions {
  const options = optionsObject('options', value);
  const out: ChangeOptions = {};
  const referenceSd = parseReferenceSds(options.referenceSd);
  const reliability = parseReliabilities(options.reliability);
  if (referenceSd !== undefined) out.referenceSd = referenceSd;
  if (reliability !== undefined) out.reliability = reliability;
  out.minimalChange = parseMinimalChange(options.minimalChange, DEFAULT_MINIMAL_CHANGE);
  return out;
}

/** The options of `cohortReport` and `cohortAccumulator`, parsed: every value checked, defaults filled in. */
export function parseCohortReportOptions(value: unknown): CohortReportOptions {
  const options = optionsObject('options', value);
  const out: CohortReportOptions = parseChangeOptions(options);
  out.minCell = parseMinCell(options.minCell, DEFAULT_MIN_CELL);
  out.complementarySuppression = parseBooleanOption('complementarySuppression', options.complementarySuppression, true);
  out.mixVersions = parseBooleanOption('mixVersions', options.mixVersions, false);
  const period = parsePeriod(options.period);
  if (period !== undefined) out.period = period;
  const roles = parseEnumList('roles', options.roles, respondentRoles);
  if (roles !== undefined) out.roles = roles;
  const breakdowns = parseEnumList('breakdowns', options.breakdowns, breakdownKinds);
  if (breakdowns !== undefined) out.breakdowns = breakdowns;
  if (options.needs !== undefined && options.needs !== false) {
    const needs = options.needs === true ? {} : optionsObject('option needs', options.needs);
    out.needs = parseNeedsOptions(needs, 'needs.');
    const role = out.needs.role ?? 'participant';
    if (out.roles !== undefined && !out.roles.includes(role))
      throw new RangeError(`The option needs.role must be one of the roles reported on (the option roles).`);
  }
  return out;
}

/**
 * The options of the needs analysis itself (role, lowShare, reliableChange), parsed; `prefix`
 * names them as the caller knows them (`needs.` inside cohortReport's options).
 */
export function parseNeedsOptions(options: Record<string, unknown>, prefix = ''): NeedsOptions {
  const out: NeedsOptions = {
    lowShare: parseNumberOption(`${prefix}lowShare`, options.lowShare, 1 / 3, {
      min: 0,
      max: 1,
      minExclusive: true,
      maxExclusive: true,
    }),
  };
  if (options.role !== undefined) {
    if (!respondentRoles.includes(options.role as RespondentRole))
      throw new RangeError(`The option ${prefix}role must be one of ${respondentRoles.join(', ')}.`);
    out.role = options.role as RespondentRole;
  }
  const thresholds = options.reliableChange;
  if (thresholds !== undefined) {
    const listName = `${prefix}reliableChange`;
    if (!Array.isArray(thresholds))
      throw new TypeError(`The option ${listName} must be a list; got ${kindOf(thresholds)}.`);
    if (thresholds.length > 10_000) throw new RangeError(`The option ${listName} may have at most 10000 entries.`);
    out.reliableChange = thresholds.map((entry: unknown, i) => {
      const name = `${listName}[${i}]`;
      if (!isRecord(entry) || typeof entry.areaId !== 'string')
        throw new TypeError(`The option ${name} must be { areaId, threshold }.`);
      const { areaId, threshold } = entry as { areaId: string; threshold: unknown };
      return {
        areaId,
        threshold:
          threshold === null
            ? null
            : parseNumberOption(`${name}.threshold (area ${JSON.stringify(shortKey(areaId))})`, threshold, 0, {
                min: 0,
                max: 1e9,
                minExclusive: true,
              }),
      };
    });
  }
  return out;
}
