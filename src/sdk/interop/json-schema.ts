import * as z from 'zod/mini';
import { Instrument } from '../model/instrument.js';
import { Assessment } from '../model/assessment.js';
import { AreaGoal } from '../model/goal.js';
import { ProgressionCard } from '../model/progression-card.js';
import { Intervention, InterventionEpisode, ParticipantAttributes } from '../model/intervention.js';
import { CohortData } from '../model/cohort-data.js';

/** A JSON Schema document (draft 2020-12), as plain JSON. */
export type JsonSchema = Record<string, unknown>;

const schemas = {
  instrument: Instrument,
  assessment: Assessment,
  'area-goal': AreaGoal,
  'progression-card': ProgressionCard,
  intervention: Intervention,
  'intervention-episode': InterventionEpisode,
  'participant-attributes': ParticipantAttributes,
  'cohort-data': CohortData,
} as const;

/** The names of the published schemas (`dist/schema/<name>.json`). */
export type SchemaName = keyof typeof schemas;

/**
 * JSON Schemas (draft 2020-12) of the SDK's top-level input types, by file name, generated from
 * the zod schemas. They describe the shape; the cross-field checks (steps cover the scale,
 * unique ids, date order …) cannot be expressed in JSON Schema and are left out — validate with
 * the SDK's `parseX` functions for those. Generated at build time (`dist/schema/*.json`), so
 * vendors in other languages can check data before sending it. Not exported from `stegvis/sdk`
 * (z.toJSONSchema would add about 7 kB to every bundle); import this module directly.
 */
export function jsonSchemas(): Record<SchemaName, JsonSchema> {
  const out = {} as Record<SchemaName, JsonSchema>;
  for (const [name, schema] of Object.entries(schemas) as [SchemaName, z.ZodMiniType][]) {
    // Refinements are not representable; 'any' keeps them from throwing and leaves the shape intact.
    const json = z.toJSONSchema(schema, { unrepresentable: 'any', io: 'input' }) as JsonSchema;
    out[name] = { ...json, $id: `stegvis/schema/${name}.json`, title: name };
  }
  return out;
}
