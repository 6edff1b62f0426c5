// Every parser of the SDK, fed hostile input by fast-check: it never throws, always returns a
// ParseResult, and every issue says where the problem is (a path) in Swedish and English.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import * as sdk from '../../../src/sdk/index.js';
import type { ParseResult, StegIssue } from '../../../src/sdk/index.js';
import {
  validAssessment,
  validCard,
  validCohort,
  validEpisode,
  validGoal,
  validInstrument,
  validIntervention,
  validParticipant,
} from './fixtures.js';
import {
  awkwardStrings,
  hostileValue,
  injectionStrings,
  mutate,
  mutationOf,
  pathsOf,
  pwnedFlag,
  wrongKinds,
  type ValuePath,
} from './hostile-values.js';

type Parser = (input: unknown) => ParseResult<unknown>;

/** A valid input for each parser, and how to call it with one untrusted argument. */
const parsers: Record<string, { call: Parser; valid: () => unknown }> = {};
const untested: string[] = [];

const validInputs: Record<string, () => unknown> = {
  parseInstrument: validInstrument,
  parseAssessment: validAssessment,
  parseAssessments: () => [validAssessment()],
  parseGoal: validGoal,
  parseGoals: () => [validGoal()],
  parseProgressionCard: validCard,
  parseProgressionCards: () => [validCard()],
  parseIntervention: validIntervention,
  parseInterventions: () => [validIntervention()],
  parseEpisode: validEpisode,
  parseEpisodes: () => [validEpisode()],
  parseParticipantAttributes: () => [validParticipant()],
  parseCohortData: validCohort,
};
/** Parsers whose first argument is trusted (already parsed) and whose last is the input. */
const twoArgument: Record<string, { call: Parser; valid: () => unknown }> = {
  parseAssessmentFor: {
    call: (input) =>
      sdk.parseAssessmentFor(
        sdk.parseInstrument(validInstrument()).ok ? validInstrument() : (undefined as never),
        input,
      ),
    valid: validAssessment,
  },
  parseWith: { call: (input) => sdk.parseWith(sdk.Instrument, input), valid: validInstrument },
  fromFhirQuestionnaireResponse: {
    call: (input) => sdk.fromFhirQuestionnaireResponse(validInstrument(), input),
    valid: () => sdk.toFhirQuestionnaireResponse(validInstrument(), validAssessment()),
  },
  fromCsv: {
    call: (input) => sdk.fromCsv(validInstrument(), input as string),
    valid: () => sdk.toCsv(validInstrument(), [validAssessment()]),
  },
};

for (const [name, fn] of Object.entries(sdk)) {
  // Every function that reads untrusted input: parse* (schemas) and from* (FHIR, CSV).
  if (!/^(parse|from)[A-Z]/.test(name) || typeof fn !== 'function' || name === 'fromZodIssues') continue;
  if (twoArgument[name]) parsers[name] = twoArgument[name];
  else if (fn.length <= 1) parsers[name] = { call: fn as Parser, valid: validInputs[name] ?? (() => undefined) };
  else untested.push(name);
}

/** A valid input broken in one place: a field of a structure, or a stretch of a text (CSV). */
function brokenInput(base: unknown): fc.Arbitrary<unknown> {
  if (typeof base !== 'string') return mutationOf(base).map((mutation) => mutate(base, mutation));
  const hostileText = fc.oneof(
    fc.constantFrom(...injectionStrings, ...awkwardStrings, '"', '""', ';', ',', '\r\n', '=cmd|/c calc!A1'),
    fc.string({ unit: 'binary' }),
  );
  return fc
    .tuple(fc.nat({ max: base.length }), fc.nat({ max: 40 }), hostileText)
    .map(([at, remove, text]) => base.slice(0, at) + text + base.slice(Math.min(base.length, at + remove)));
}

/** Fails with a readable message unless `result` is a well-formed ParseResult. */
function expectParseResult(result: unknown, label: string): asserts result is ParseResult<unknown> {
  expect(result, label).to.be.an('object');
  const r = result as ParseResult<unknown>;
  if (r.ok === true) {
    expect(r, label).to.have.property('value');
    return;
  }
  expect(r.ok, label).to.equal(false);
  expect(r.issues, `${label}: issues`).to.be.an('array').with.length.greaterThan(0);
  for (const issue of r.issues) expectIssue(issue, label);
}

function expectIssue(issue: StegIssue, label: string): void {
  expect(issue.path, `${label}: path`).to.be.an('array');
  for (const key of issue.path)
    expect(['string', 'number'], `${label}: path key ${String(key)}`).to.include(typeof key);
  expect(issue.code, `${label}: code`).to.be.a('string').with.length.greaterThan(0);
  expect(issue.message, `${label}: message`).to.be.a('string').with.length.greaterThan(0);
  expect(issue.messages.sv, `${label}: sv`).to.be.a('string').with.length.greaterThan(0);
  expect(issue.messages.en, `${label}: en`).to.be.a('string').with.length.greaterThan(0);
  // Hosts log and send issues: they must survive JSON.
  expect(() => JSON.stringify(issue), `${label}: JSON`).not.to.throw();
}

const related = (a: ValuePath, b: ValuePath) => {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return false;
  return true;
};

/**
 * Values no field of any schema accepts. (Maps, Sets, Dates and RegExps are objects to zod, so an
 * object whose fields are all optional, such as `gas`, reads one as `{}`: harmless, not listed.)
 */
const neverValid: unknown[] = [Symbol('never'), () => 0, 10n, Number.NaN];

describe('SDK parsers under hostile input', () => {
  afterEach(() => {
    expect((globalThis as Record<string, unknown>)[pwnedFlag], 'nothing executed').to.equal(undefined);
    expect(({} as Record<string, unknown>).polluted, 'Object.prototype untouched').to.equal(undefined);
  });

  it('finds the parsers it tests', () => {
    expect(Object.keys(parsers)).to.include.members([
      'parseInstrument',
      'parseAssessment',
      'parseAssessmentFor',
      'parseCohortData',
      'fromCsv',
      'fromFhirQuestionnaireResponse',
    ]);
  });

  for (const name of untested) {
    // A parser with an argument list this file does not know yet: add it to `twoArgument`.
    it(`${name} has a hostile-input test`);
  }

  for (const [name, { call, valid }] of Object.entries(parsers)) {
    // The interchange readers (from*) read another format into the model: their output is not
    // their input's kind, and they may ignore parts of a resource they do not need (display texts).
    const reader = name.startsWith('from');
    describe(name, () => {
      it('accepts its valid fixture, so the hostile cases start from something real', function () {
        const input = valid();
        if (input === undefined) this.skip();
        const result = call(input);
        expect(result.ok ? [] : result.issues, name).to.deep.equal([]);
      });

      it('never throws on any value at all, and always returns a ParseResult', () => {
        fc.assert(
          fc.property(hostileValue, (input) => {
            let result: unknown;
            expect(() => (result = call(input)), name).not.to.throw();
            expectParseResult(result, name);
          }),
          { numRuns: 100 },
        );
      });

      it('rejects each value of the wrong kind (a non-object at the root)', () => {
        for (const input of wrongKinds()) {
          const result = call(input);
          expectParseResult(result, `${name}(${String(typeof input)})`);
          const rightKind = typeof input === typeof valid() && (typeof input !== 'object' || input === null);
          if (!result.ok && !rightKind)
            expect(
              result.issues.some((i) => i.path.length === 0 || typeof input === 'object'),
              name,
            ).to.equal(true);
        }
      });

      it('never throws on a valid value broken in one place, and names where', function () {
        const base = valid();
        if (base === undefined) this.skip();
        fc.assert(
          fc.property(brokenInput(base), (input) => {
            let result: unknown;
            expect(() => (result = call(input)), name).not.to.throw();
            expectParseResult(result, name);
          }),
          { numRuns: 120 },
        );
      });

      if (!reader)
        it('reports a field of an impossible kind at that field (or an enclosing one)', function () {
          const base = valid();
          if (base === undefined) this.skip();
          const paths = pathsOf(base).filter((p) => p.length > 0);
          fc.assert(
            fc.property(fc.constantFrom(...paths), fc.constantFrom(...neverValid), (path, value) => {
              const result = call(mutate(base, { kind: 'replace', path, value }));
              expectParseResult(result, name);
              expect(result.ok, `${name}: ${JSON.stringify(path)} accepted ${String(value)}`).to.equal(false);
              if (!result.ok) {
                const paths = result.issues.map((i) => i.path);
                expect(
                  paths.some((p) => related(p, path)),
                  `${name}: broken at ${JSON.stringify(path)}, issues at ${JSON.stringify(paths)}`,
                ).to.equal(true);
              }
            }),
            { numRuns: 100 },
          );
        });

      if (!reader)
        it('accepts what it returned (a parsed value parses again)', function () {
          const base = valid();
          if (base === undefined) this.skip();
          fc.assert(
            fc.property(brokenInput(base), (input) => {
              const first = call(input);
              if (!first.ok) return;
              const again = call(first.value);
              expect(again.ok ? [] : again.issues, name).to.deep.equal([]);
            }),
            { numRuns: 100 },
          );
        });
    });
  }

  it('reads a property that throws as a reported problem, not an exception', () => {
    const trap = validAssessment() as unknown as Record<string, unknown>;
    Object.defineProperty(trap, 'answers', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    const result = sdk.parseAssessment(trap);
    expectParseResult(result, 'getter');
    expect(result.ok).to.equal(false);
  });

  it('reads a revoked proxy as a reported problem, not an exception', () => {
    const { proxy, revoke } = Proxy.revocable(validInstrument(), {});
    revoke();
    const result = sdk.parseInstrument(proxy);
    expectParseResult(result, 'revoked proxy');
    expect(result.ok).to.equal(false);
  });

  it('takes no prototype from a __proto__ key in JSON', () => {
    const input = JSON.parse(`{"__proto__": {"polluted": true}, ${JSON.stringify(validAssessment()).slice(1)}`);
    const result = sdk.parseAssessment(input);
    expectParseResult(result, '__proto__');
    if (result.ok) expect((result.value as Record<string, unknown>).polluted).to.equal(undefined);
  });

  it('accepts an instrument with 200 areas and names the 201st as one too many', () => {
    const many = (count: number) => {
      const instrument = validInstrument();
      const template = instrument.areas[0]!;
      instrument.areas = Array.from({ length: count }, (_, i) => ({
        ...structuredClone(template),
        id: `area-${i}`,
        items: [{ ...template.items[0]!, linkId: `area-${i}.1` }],
      }));
      return instrument;
    };
    const ok = sdk.parseInstrument(many(200));
    expect(ok.ok ? [] : ok.issues).to.deep.equal([]);
    const tooMany = sdk.parseInstrument(many(201));
    expectParseResult(tooMany, '201 areas');
    expect(tooMany.ok).to.equal(false);
    if (!tooMany.ok) expect(tooMany.issues.map((i) => i.path)).to.deep.include(['areas']);
  });

  it('reports every duplicate id, each at the duplicate', () => {
    const instrument = validInstrument();
    instrument.areas[1]!.id = 'boende';
    instrument.areas[1]!.items[1]!.linkId = 'halsa.1';
    const result = sdk.parseInstrument(instrument);
    expect(result.ok).to.equal(false);
    if (!result.ok) {
      expect(result.issues.map((i) => i.path)).to.deep.include.members([
        ['areas', 1, 'id'],
        ['areas', 1, 'items', 1, 'linkId'],
      ]);
    }
  });
});
