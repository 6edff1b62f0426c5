import * as z from 'zod/mini';
import { FiniteNumber, Id } from '../../sdk/model/checks.js';
import { issue, type StegIssue } from '../../sdk/model/issues.js';
import { LocalizedText } from '../../sdk/model/localized-text.js';
import { parseWith } from '../../sdk/model/parse.js';
import type { ParseResult } from '../../sdk/model/issues.js';

/** What a series shows; it picks the series' dash pattern, marker and colour. */
export const RadarSeriesKind = z.enum(['baseline', 'latest', 'goal', 'caseManager', 'other']);
/** What a series shows: `baseline`, `latest`, `goal`, `caseManager` or `other`. */
export type RadarSeriesKind = z.infer<typeof RadarSeriesKind>;

/**
 * One explicit series of `<steg-radar>`: a label and a value per area id. `null` (or an absent
 * area) is a missing value, drawn as a gap. `id` keeps the series' legend state across updates
 * (default: its position).
 */
export const RadarSeries = z.strictObject({
  id: z.optional(Id),
  label: z.union([z.string().check(z.minLength(1)), LocalizedText]),
  values: z.record(Id, z.nullable(FiniteNumber)),
  kind: z.optional(RadarSeriesKind),
});
/** One explicit series of `<steg-radar>`. */
export type RadarSeries = z.infer<typeof RadarSeries>;

const RadarSeriesList = z.array(RadarSeries);

/** Parses the `series` property: a list of series (schema only). */
export function parseRadarSeries(input: unknown): ParseResult<RadarSeries[]> {
  return parseWith(RadarSeriesList, input) as ParseResult<RadarSeries[]>;
}

/** The range of an area as the radar draws it. */
export interface AxisRange {
  min: number;
  max: number;
}

/**
 * Checks series against the areas of an instrument: every area id must exist, and every value
 * must lie on its area's range. Ids must be unique so legend state is not shared by accident.
 */
export function checkRadarSeries(series: readonly RadarSeries[], ranges: ReadonlyMap<string, AxisRange>): StegIssue[] {
  const problems: StegIssue[] = [];
  const ids = new Map<string, number>();
  series.forEach((s, index) => {
    if (s.id !== undefined) {
      const first = ids.get(s.id);
      if (first !== undefined) {
        problems.push(
          issue(
            [index, 'id'],
            'duplicate_id',
            `Duplicate series id "${s.id}" (also at index ${first}).`,
            `Serie-id "${s.id}" finns redan (vid index ${first}).`,
          ),
        );
      } else ids.set(s.id, index);
    }
    for (const [areaId, value] of Object.entries(s.values)) {
      const range = ranges.get(areaId);
      if (!range) {
        problems.push(
          issue(
            [index, 'values', areaId],
            'unknown_area',
            'No area with this id in the instrument.',
            'Instrumentet har inget område med detta id.',
          ),
        );
      } else if (value !== null && (value < range.min || value > range.max)) {
        problems.push(
          issue(
            [index, 'values', areaId],
            'value_off_scale',
            `The value lies outside the area's range ${range.min}–${range.max}.`,
            `Värdet ligger utanför områdets skala ${range.min}–${range.max}.`,
          ),
        );
      }
    }
  });
  return problems;
}
