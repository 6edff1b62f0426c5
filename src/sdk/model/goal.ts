import * as z from 'zod/mini';
import { FiniteNumber, Id, IsoDate, report, SubjectId } from './checks.js';
import { RespondentRole } from './instrument.js';
import { LocalizedText } from './localized-text.js';

/** A Goal Attainment Scaling level: −2 much less than expected … 0 expected … +2 much more. */
export const GasLevel = z.literal([-2, -1, 0, 1, 2]);
/** A GAS level. */
export type GasLevel = z.infer<typeof GasLevel>;

/** An optional Goal Attainment Scaling goal attached to an area goal (Kiresuk & Sherman). */
export const GasGoal = z.strictObject({
  levels: z.optional(
    z.strictObject({
      '-2': LocalizedText,
      '-1': LocalizedText,
      '0': LocalizedText,
      '1': LocalizedText,
      '2': LocalizedText,
    }),
  ),
  baselineLevel: z.optional(z.literal([-2, -1])),
  /** Weight of the goal, for example importance × difficulty; 1 when absent. */
  weight: z.optional(FiniteNumber.check(z.gt(0))),
  attained: z.optional(GasLevel),
});
/** A GAS goal. */
export type GasGoal = z.infer<typeof GasGoal>;

/** The desired level (önskat läge) of one participant in one area. */
export const AreaGoal = z
  .strictObject({
    id: Id,
    subjectId: SubjectId,
    areaId: Id,
    setBy: RespondentRole,
    setAt: IsoDate,
    baselineValue: z.optional(z.nullable(FiniteNumber)),
    targetValue: FiniteNumber,
    targetDate: z.optional(IsoDate),
    gas: z.optional(GasGoal),
    status: z.optional(z.enum(['active', 'achieved', 'dropped'])),
  })
  .check(
    z.superRefine((goal, ctx) => {
      if (goal.targetDate && Date.parse(goal.targetDate) < Date.parse(goal.setAt)) {
        report(
          ctx,
          ['targetDate'],
          'date_order',
          'The target date is before the date the goal was set.',
          'Måldatumet ligger före datumet då målet sattes.',
        );
      }
    }),
  );
/** The desired level in one area. */
export type AreaGoal = z.infer<typeof AreaGoal>;
