import * as z from 'zod/mini';
import { LocalizedText } from './localized-text.js';
import { bilingual, FiniteNumber, Id, report, reportDuplicates } from './checks.js';

/** Who gives a rating: the participant, the case manager, or both together. */
export const RespondentRole = z.enum(['participant', 'caseManager', 'joint']);
/** Who gives a rating. */
export type RespondentRole = z.infer<typeof RespondentRole>;

/** Why an answer has no value: declined to answer, not applicable, or does not know. */
export const MissingCode = z.enum(['declined', 'notApplicable', 'unknown']);
/** Why an answer has no value. */
export type MissingCode = z.infer<typeof MissingCode>;

/** A label and description in one role's voice, where it differs from the default wording. */
export const RoleWording = z.strictObject({
  label: z.optional(LocalizedText),
  description: z.optional(LocalizedText),
});
/** A label and description in one role's voice. */
export type RoleWording = z.infer<typeof RoleWording>;

/** Question text and help in one role's voice, where it differs from the item's default wording. */
export const ItemRoleWording = z.strictObject({
  text: z.optional(LocalizedText),
  help: z.optional(LocalizedText),
});
/** Question text and help in one role's voice. */
export type ItemRoleWording = z.infer<typeof ItemRoleWording>;

/**
 * Wording per role, beside the default: a step written "Jag vill ha hjälp" for the participant can
 * read "Personen vill ha hjälp" for the case manager. Every key is optional; absent means the
 * default wording.
 */
function byRole<T extends z.ZodMiniType>(wording: T) {
  return z.optional(
    z.strictObject({
      participant: z.optional(wording),
      caseManager: z.optional(wording),
      joint: z.optional(wording),
    }),
  );
}

/** One selectable step of a rating scale, with its plain-language meaning. */
export const ScaleStep = z.strictObject({
  value: z.int(),
  code: Id,
  label: LocalizedText,
  description: z.optional(LocalizedText),
  /** The label and description in a role's own voice (optional). */
  byRole: byRole(RoleWording),
});
/** One selectable step of a rating scale. */
export type ScaleStep = z.infer<typeof ScaleStep>;

/** A named range of steps, for example "Stuck" for 1–2 ("journey of change" stages). */
export const ScaleStage = z.strictObject({
  id: Id,
  from: z.int(),
  to: z.int(),
  label: LocalizedText,
  description: z.optional(LocalizedText),
  /** The label and description in a role's own voice (optional). */
  byRole: byRole(RoleWording),
});
/** A named range of steps. */
export type ScaleStage = z.infer<typeof ScaleStage>;

/** How a scale offers "no value" as an explicit choice. */
export const MissingCodeOption = z.strictObject({
  code: MissingCode,
  label: LocalizedText,
  /** The label in a role's own voice (optional; a description is not shown for missing codes). */
  byRole: byRole(z.strictObject({ label: z.optional(LocalizedText) })),
});
/** A missing-code choice with its label. */
export type MissingCodeOption = z.infer<typeof MissingCodeOption>;

/**
 * A rating scale: whole steps from `min` to `max`, each with a label; optionally grouped into
 * stages, and optionally with explicit missing codes ("Vet inte", "Vill inte svara").
 * Steps must cover min..max exactly once; stages must not overlap.
 */
/** The most steps a scale may have: 101, so a 0–100 scale works. */
export const MAX_SCALE_STEPS = 101;
/** Scale values lie within ±1000 (with 20 items and 200 areas, every score stays an exact integer key). */
export const MAX_SCALE_VALUE = 1000;
/** The most items one area may have (mean scores are kept exact over lcm(1…20) = 232,792,560). */
export const MAX_ITEMS_PER_AREA = 20;
/** The most areas an instrument may have. */
export const MAX_AREAS = 200;

const scaleValue = z
  .int()
  .check(
    z.minimum(-MAX_SCALE_VALUE, bilingual('too_small', 'Must be at least -1000.', 'Måste vara minst -1000.')),
    z.maximum(MAX_SCALE_VALUE, bilingual('too_big', 'Must be at most 1000.', 'Får vara högst 1000.')),
  );

export const RatingScale = z
  .strictObject({
    id: Id,
    min: scaleValue,
    max: scaleValue,
    direction: z.enum(['higherIsBetter', 'lowerIsBetter']),
    steps: z
      .array(ScaleStep)
      .check(
        z.minLength(2, bilingual('too_few', 'A scale needs at least 2 steps.', 'En skala behöver minst 2 steg.')),
        z.maxLength(
          MAX_SCALE_STEPS,
          bilingual('too_many', 'A scale may have at most 101 steps.', 'En skala får ha högst 101 steg.'),
        ),
      ),
    stages: z.optional(z.array(ScaleStage)),
    missingCodes: z.optional(z.array(MissingCodeOption)),
  })
  .check(
    z.superRefine((scale, ctx) => {
      if (scale.max <= scale.min) {
        report(ctx, ['max'], 'invalid_range', 'max must be greater than min.', 'max måste vara större än min.');
        return;
      }
      // Checked before anything loops over the values from min to max.
      if (scale.max - scale.min + 1 > MAX_SCALE_STEPS) {
        report(
          ctx,
          ['max'],
          'too_many_steps',
          'A scale may span at most 101 values (max − min ≤ 100), so a 0–100 scale works.',
          'En skala får omfatta högst 101 värden (max − min ≤ 100), så en skala 0–100 fungerar.',
        );
        return;
      }
      const seen = new Map<number, number>();
      scale.steps.forEach((step, index) => {
        if (step.value < scale.min || step.value > scale.max) {
          report(
            ctx,
            ['steps', index, 'value'],
            'step_out_of_range',
            'The step value lies outside the scale (min to max).',
            'Stegvärdet ligger utanför skalan (min till max).',
          );
        } else if (seen.has(step.value)) {
          report(
            ctx,
            ['steps', index, 'value'],
            'duplicate_step',
            `The step value appears twice (first at index ${seen.get(step.value)}).`,
            `Stegvärdet förekommer två gånger (första vid index ${seen.get(step.value)}).`,
          );
        } else seen.set(step.value, index);
      });
      const missing: number[] = [];
      for (let v = scale.min; v <= scale.max; v++) if (!seen.has(v)) missing.push(v);
      if (missing.length > 0) {
        report(
          ctx,
          ['steps'],
          'steps_incomplete',
          `The steps must cover every whole value from min to max; ${missing.length} value(s) have no step.`,
          `Stegen måste täcka varje heltal från min till max; ${missing.length} värde(n) saknar steg.`,
        );
      }
      reportDuplicates(ctx, scale.steps, (s) => s.code, ['steps'], 'code');
      const stages = scale.stages ?? [];
      reportDuplicates(ctx, stages, (s) => s.id, ['stages'], 'id');
      stages.forEach((stage, index) => {
        if (stage.from > stage.to) {
          report(
            ctx,
            ['stages', index, 'to'],
            'invalid_range',
            'The stage ends (to) before it starts (from).',
            'Fasen slutar (to) innan den börjar (from).',
          );
        } else if (stage.from < scale.min || stage.to > scale.max) {
          report(
            ctx,
            ['stages', index],
            'stage_out_of_range',
            'The stage (from–to) lies outside the scale (min–max).',
            'Fasen (from–to) ligger utanför skalan (min–max).',
          );
        }
      });
      const sorted = stages.map((s, index) => ({ ...s, index })).sort((a, b) => a.from - b.from);
      for (let k = 1; k < sorted.length; k++) {
        const prev = sorted[k - 1]!;
        const cur = sorted[k]!;
        if (cur.from <= prev.to) {
          report(
            ctx,
            ['stages', cur.index],
            'stages_overlap',
            `The stage overlaps the stage at index ${prev.index}.`,
            `Fasen överlappar fasen vid index ${prev.index}.`,
          );
        }
      }
      reportDuplicates(ctx, scale.missingCodes ?? [], (m) => m.code, ['missingCodes'], 'code');
    }),
  );
/** A rating scale. */
export type RatingScale = z.infer<typeof RatingScale>;

/** One question of a life area, answered on a scale. `linkId` is the FHIR linkId. */
export const Item = z.strictObject({
  linkId: Id,
  text: LocalizedText,
  help: z.optional(LocalizedText),
  scaleId: Id,
  reverseScored: z.optional(z.boolean()),
  roles: z.optional(z.array(RespondentRole).check(z.minLength(1))),
  required: z.optional(z.boolean()),
  /** The question and help in a role's own voice, for an item that several roles answer (optional). */
  byRole: byRole(ItemRoleWording),
});
/** One question of a life area. */
export type Item = z.infer<typeof Item>;

/** How the items of an area combine into one area score, and what is known of its reliability. */
export const AreaScoring = z.strictObject({
  method: z.enum(['single', 'mean', 'sum']),
  minAnswered: z.optional(z.int().check(z.minimum(1))),
  reliability: z.optional(
    z.strictObject({
      value: FiniteNumber.check(z.minimum(0), z.maximum(0.999)),
      kind: z.enum(['cronbachAlpha', 'testRetest', 'assumed']),
      source: z.optional(z.string()),
    }),
  ),
  referenceSd: z.optional(FiniteNumber.check(z.gt(0))),
});
/** How the items of an area combine into one score. */
export type AreaScoring = z.infer<typeof AreaScoring>;

/** A life area (livsområde): one or more items and how they are scored. */
export const LifeArea = z.strictObject({
  id: Id,
  label: LocalizedText,
  shortLabel: z.optional(LocalizedText),
  description: z.optional(LocalizedText),
  items: z
    .array(Item)
    .check(
      z.minLength(1, bilingual('too_few', 'An area needs at least one item.', 'Ett område behöver minst en fråga.')),
      z.maxLength(
        MAX_ITEMS_PER_AREA,
        bilingual('too_many', 'An area may have at most 20 items.', 'Ett område får ha högst 20 frågor.'),
      ),
    ),
  scoring: AreaScoring,
  tags: z.optional(z.array(z.string())),
});
/** A life area. */
export type LifeArea = z.infer<typeof LifeArea>;

const semver = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-[0-9A-Za-z-.]+)?(?:\+[0-9A-Za-z-.]+)?$/;

/** Who may use an instrument's wording, and how. */
export const Licence = z.strictObject({
  spdx: z.optional(z.string()),
  attribution: z.optional(LocalizedText),
  url: z.optional(z.string()),
  derivativesAllowed: z.boolean(),
});
/** An instrument's licence. */
export type Licence = z.infer<typeof Licence>;

/**
 * A rating instrument: its life areas, their items, the scales they use and the roles that
 * answer it. Immutable per `version`; assessments pin `{ id, version }`.
 */
export const Instrument = z
  .strictObject({
    id: Id,
    version: z.string().check(
      z.maxLength(64, bilingual('too_long', 'Must be at most 64 characters.', 'Får vara högst 64 tecken.')),
      z.refine(
        (s: string) => s.length > 64 || semver.test(s),
        bilingual(
          'invalid_version',
          'Must be a semantic version such as 1.0.0.',
          'Måste vara en semantisk version, till exempel 1.0.0.',
        ),
      ),
    ),
    title: LocalizedText,
    description: z.optional(LocalizedText),
    licence: Licence,
    scales: z.record(Id, RatingScale),
    areas: z
      .array(LifeArea)
      .check(
        z.minLength(
          1,
          bilingual('too_few', 'An instrument needs at least one area.', 'Ett instrument behöver minst ett område.'),
        ),
        z.maxLength(
          MAX_AREAS,
          bilingual(
            'too_many',
            'An instrument may have at most 200 areas.',
            'Ett instrument får ha högst 200 områden.',
          ),
        ),
      ),
    respondentRoles: z.array(RespondentRole).check(z.minLength(1)),
  })
  .check(
    z.superRefine((instrument, ctx) => {
      if (Object.keys(instrument.scales).length === 0) {
        report(
          ctx,
          ['scales'],
          'too_few',
          'An instrument needs at least one scale.',
          'Ett instrument behöver minst en skala.',
        );
      }
      for (const [key, scale] of Object.entries(instrument.scales)) {
        if (scale.id !== key)
          report(
            ctx,
            ['scales', key, 'id'],
            'scale_id_mismatch',
            'The scale id must be the key it is stored under in scales.',
            'Skalans id måste vara nyckeln den ligger under i scales.',
          );
      }
      reportDuplicates(ctx, instrument.areas, (a) => a.id, ['areas'], 'id');
      const linkIds = new Map<string, number>();
      instrument.areas.forEach((area, a) => {
        // An area with no items is already reported by its minLength check.
        // "single" means one item per respondent: an area may word its item differently for the
        // participant and the case manager (items with `roles`), but no role may answer two.
        if (area.scoring.method === 'single') {
          for (const role of instrument.respondentRoles) {
            const count = area.items.filter((item) => !item.roles || item.roles.includes(role)).length;
            if (count > 1) {
              report(
                ctx,
                ['areas', a, 'scoring', 'method'],
                'single_needs_one_item',
                `Scoring "single" needs exactly one item per role; the role ${role} has ${count} in this area.`,
                `Poängsättningen "single" kräver exakt en fråga per roll; rollen ${role} har ${count} i området.`,
              );
              break;
            }
          }
        }
        if (area.scoring.minAnswered !== undefined && area.scoring.minAnswered > area.items.length) {
          report(
            ctx,
            ['areas', a, 'scoring', 'minAnswered'],
            'min_answered_too_big',
            `minAnswered is more than the area's ${area.items.length} items.`,
            `minAnswered är fler än områdets ${area.items.length} frågor.`,
          );
        }
        const scaleIds = new Set(area.items.map((i) => i.scaleId));
        if (area.scoring.method !== 'single' && scaleIds.size > 1) {
          report(
            ctx,
            ['areas', a, 'items'],
            'mixed_scales',
            'All items of the area must use the same scale to be combined.',
            'Alla frågor i området måste använda samma skala för att kunna slås ihop.',
          );
        }
        area.items.forEach((item, i) => {
          if (!Object.hasOwn(instrument.scales, item.scaleId)) {
            report(
              ctx,
              ['areas', a, 'items', i, 'scaleId'],
              'unknown_scale',
              'Names a scale that is not in scales.',
              'Anger en skala som inte finns i scales.',
            );
          }
          const owner = linkIds.get(item.linkId);
          if (owner !== undefined) {
            report(
              ctx,
              ['areas', a, 'items', i, 'linkId'],
              'duplicate_id',
              `Duplicate linkId (also in the area at index ${owner}).`,
              `linkId finns redan (i området vid index ${owner}).`,
            );
          } else linkIds.set(item.linkId, a);
          for (const role of item.roles ?? []) {
            if (!instrument.respondentRoles.includes(role)) {
              report(
                ctx,
                ['areas', a, 'items', i, 'roles'],
                'unknown_role',
                `Role "${role}" is not one of the instrument's respondent roles.`,
                `Rollen "${role}" finns inte bland instrumentets svarsroller.`,
              );
            }
          }
        });
      });
    }),
  );
/** A rating instrument. */
export type Instrument = z.infer<typeof Instrument>;
