// fast-check generators of valid assessments for the interop round-trip tests.
import fc from 'fast-check';
import {
  areasForRole,
  type Answer,
  type Assessment,
  type Instrument,
  type RespondentRole,
} from '../../../src/sdk/index.js';

const id = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,15}$/);
/** Text a person might type, including quotes, separators, line breaks, formula starts and emoji. */
export const freeText = fc.oneof(
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }),
  fc.constantFrom(
    '=SUM(A1:A9)',
    '+46 70',
    '-tröttare',
    '@mention',
    '\tindrag',
    "'=redan citerad",
    'a,b;c',
    'säger "hej"',
    'rad 1\r\nrad 2',
    'rad\n2',
    '=1+1,"x"',
  ),
);

/** A valid assessment of `instrument`, answers in instrument order. */
export function arbitraryAssessment(instrument: Instrument): fc.Arbitrary<Assessment> {
  return fc.constantFrom(...(instrument.respondentRoles as RespondentRole[])).chain((role) => {
    const items = areasForRole(instrument, role).flatMap((a) => a.items);
    const answer = (linkId: string): fc.Arbitrary<Answer | null> => {
      const scale = instrument.scales[items.find((i) => i.linkId === linkId)!.scaleId]!;
      const codes = (scale.missingCodes ?? []).map((m) => m.code);
      const core: fc.Arbitrary<Pick<Answer, 'value' | 'missing'>> = fc.oneof(
        fc.integer({ min: scale.min, max: scale.max }).map((value) => ({ value })),
        fc.constant({ value: null }),
        ...(codes.length > 0 ? [fc.constantFrom(...codes).map((missing) => ({ value: null, missing }))] : []),
      );
      return fc.option(
        fc
          .record({ core, comment: fc.option(freeText, { nil: undefined }) })
          .map(({ core: c, comment }) => ({ linkId, ...c, ...(comment !== undefined ? { comment } : {}) }) as Answer),
        { nil: null },
      );
    };
    return fc
      .record({
        id,
        subjectId: id,
        occasion: fc.constantFrom('baseline', 'followUp', 'exit', 'postExit' as const),
        status: fc.constantFrom('in-progress', 'completed', 'amended', 'entered-in-error', 'stopped' as const),
        authored: fc.constantFrom('2026-03-01', '2026-03-01T09:30:00Z', '2025-12-31T23:59:59+01:00'),
        replaces: fc.option(id, { nil: undefined }),
        answers: fc.tuple(...items.map((item) => answer(item.linkId))),
      })
      .map((r) => {
        const a: Assessment = {
          id: r.id,
          instrument: { id: instrument.id, version: instrument.version },
          subjectId: r.subjectId,
          role,
          occasion: r.occasion,
          authored: r.authored,
          status: r.status,
          answers: r.answers.filter((x): x is Answer => x !== null),
        };
        if (r.replaces !== undefined) a.replaces = r.replaces;
        return a;
      });
  });
}
