// The hand-written Assessment path must be invisible: for any input it accepts exactly what the
// zod schema accepts and returns exactly zod's output, and validateAssessment's shortcut says
// "no problems" exactly when the full check finds none.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import * as z from 'zod/mini';
import {
  Assessment,
  livsomraden,
  parseAssessment,
  parseAssessments,
  parseAssessmentFor,
  parseInstrument,
  parseWith,
  validateAssessment,
  itemIsForRole,
  type Instrument,
} from '../../../src/sdk/index.js';
import { fastParseAssessment, fastParseAssessments } from '../../../src/sdk/model/fast-assessment.js';
import { instrument as fixtureInstrument, type Loose } from './fixtures.js';

/** zod's verdict; a throwing read counts as a rejection (parseWith reports it as unreadable). */
function zodParse(input: unknown): { ok: boolean; value?: unknown } {
  try {
    const result = Assessment.safeParse(input);
    return result.success ? { ok: true, value: result.data } : { ok: false };
  } catch {
    return { ok: false };
  }
}

let accepted = 0;
let rejected = 0;
/** Getters planted by the mutations throw only while armed, so fast-check can still print a counterexample. */
let armed = false;
function expectSameAsZod(input: unknown): void {
  armed = true;
  let zod: ReturnType<typeof zodParse>;
  let fast: ReturnType<typeof fastParseAssessment>;
  let viaParse: unknown;
  let viaZod: unknown;
  try {
    zod = zodParse(input);
    fast = fastParseAssessment(input);
    viaParse = parseAssessment(input);
    viaZod = parseWith(Assessment, input);
  } finally {
    armed = false;
  }
  expect(fast !== undefined, 'fast path accepts iff zod accepts').to.equal(zod.ok);
  if (fast !== undefined) {
    accepted += 1;
    expect(fast).to.deep.equal(zod.value);
    expect(fast).not.to.equal(input);
  } else rejected += 1;
  // What callers see, issues included, is zod's result.
  expect(viaParse).to.deep.equal(viaZod);
}

// ---- Arbitraries ----------------------------------------------------------------------------
const roles = ['participant', 'caseManager', 'joint'] as const;
const occasions = ['baseline', 'followUp', 'exit', 'postExit'] as const;
const statuses = ['in-progress', 'completed', 'amended', 'entered-in-error', 'stopped'] as const;
const missingCodes = ['declined', 'notApplicable', 'unknown'] as const;

const idArb = fc.oneof(
  { weight: 8, arbitrary: fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9._:/-]{0,12}$/) },
  { weight: 1, arbitrary: fc.constantFrom('a'.repeat(200), `x${':'.repeat(199)}`, '0') },
);
const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const validDateArb = fc
  .tuple(
    fc.date({ min: new Date('1000-01-01T00:00:00Z'), max: new Date('9999-12-31T23:59:59Z'), noInvalidDate: true }),
    fc.constantFrom('date', 'minutes', 'seconds', 'millis', 'fraction', 'offset', 'local'),
    fc.integer({ min: 1, max: 9 }),
  )
  .map(([d, form, digits]) => {
    const iso = d.toISOString();
    if (form === 'date') return iso.slice(0, 10);
    if (form === 'minutes') return `${iso.slice(0, 16)}Z`;
    if (form === 'seconds') return `${iso.slice(0, 19)}Z`;
    if (form === 'fraction') return `${iso.slice(0, 19)}.${'123456789'.slice(0, digits)}Z`;
    if (form === 'offset') return `${iso.slice(0, 19)}+0${digits}:30`;
    if (form === 'local') return iso.slice(0, 19);
    return iso;
  });
/** Strings near the ISO pattern: every part sometimes out of range or malformed. */
const dateLikeArb = fc.oneof(
  fc
    .tuple(
      fc.oneof(
        fc.integer({ min: 0, max: 9999 }).map((y) => pad(y, 4)),
        fc.constantFrom('999', '10000', '+2026', '２０２６'),
      ),
      fc.integer({ min: 0, max: 13 }),
      fc.integer({ min: 0, max: 32 }),
      fc.option(
        fc.tuple(
          fc.constantFrom('T', 't', ' '),
          fc.integer({ min: 0, max: 24 }),
          fc.integer({ min: 0, max: 60 }),
          fc.option(fc.integer({ min: 0, max: 60 })),
          fc.option(fc.integer({ min: 0, max: 11 })),
          fc.constantFrom('', 'Z', 'z', '+01:00', '-23:59', '+24:00', '+01:60', '+0100', '+01', 'Zx', 'UTC'),
        ),
      ),
      fc.constantFrom('-', '/'),
    )
    .map(([y, m, d, time, sep]) => {
      let s = `${y}${sep}${pad(m)}-${pad(d)}`;
      if (time) {
        const [t, h, min, sec, frac, zone] = time;
        s += `${t}${pad(h)}:${pad(min)}`;
        if (sec !== null) s += `:${pad(sec)}`;
        if (frac !== null) s += `.${'1234567890a'.slice(0, frac)}`;
        s += zone;
      }
      return s;
    }),
  fc.string({ unit: fc.constantFrom(...'0123456789-T:Z+.'.split('')), maxLength: 30 }),
  fc.constantFrom(
    '2026-02-30',
    '2026-02-31',
    '2025-02-29',
    '2026-04-31',
    '2026-02-29T24:00',
    '2026-03-01T09:30:00Z\n',
    ' 2026-03-01',
    '',
  ),
);

const answerArb = fc
  .record(
    {
      linkId: idArb,
      value: fc.oneof(
        fc.constant(null),
        fc.integer({ min: -5, max: 15 }),
        fc.double({ noNaN: true, noDefaultInfinity: true }),
      ),
      missing: fc.option(fc.constantFrom(...missingCodes), { nil: undefined }),
      comment: fc.option(fc.oneof(fc.string({ maxLength: 20 }), fc.constant('å'.repeat(10000))), { nil: undefined }),
    },
    { requiredKeys: ['linkId', 'value'] },
  )
  .map((a: Loose) => {
    // A value and a missing code together is invalid; the mutations produce that on purpose.
    if (a.value !== null && a.missing !== undefined) a.value = null;
    return a;
  });

const validAssessmentArb = fc
  .record(
    {
      id: idArb,
      instrument: fc.record({ id: idArb, version: fc.string({ minLength: 1, maxLength: 8 }) }),
      subjectId: idArb,
      role: fc.constantFrom(...roles),
      occasion: fc.constantFrom(...occasions),
      authored: validDateArb,
      status: fc.constantFrom(...statuses),
      answers: fc.uniqueArray(answerArb, { selector: (a) => a.linkId, maxLength: 30 }),
      replaces: fc.option(idArb, { nil: undefined }),
    },
    { requiredKeys: ['id', 'instrument', 'subjectId', 'role', 'occasion', 'authored', 'status', 'answers'] },
  )
  .map((a) => JSON.parse(JSON.stringify(a)) as Loose);

const weirdValueArb = fc.oneof(
  fc.constantFrom<unknown>(
    NaN,
    Infinity,
    -Infinity,
    -0,
    0,
    1.5,
    null,
    undefined,
    true,
    '',
    ' ',
    'a b',
    '-a',
    'x'.repeat(201),
    'x'.repeat(10001),
    'é',
    ...roles,
    ...occasions,
    ...statuses,
    ...missingCodes,
    'Participant',
    [],
    {},
    10n,
  ),
  fc.constant(null).map(() => new String('a1')),
  fc.constant(null).map(() => [{ linkId: 'a', value: 1 }]),
  fc.constant(null).map(() => ({ id: 'a', version: '1' })),
  idArb,
  dateLikeArb,
  fc.string({ maxLength: 5 }),
  fc.double(),
  fc.anything({ maxDepth: 1 }),
);

const keyArb = fc.constantFrom(
  'id',
  'instrument',
  'subjectId',
  'role',
  'occasion',
  'authored',
  'status',
  'answers',
  'replaces',
  'version',
  'linkId',
  'value',
  'missing',
  'comment',
  'extra',
  '__proto__',
  'constructor',
  'toString',
  '0',
);

type Mutation =
  | { op: 'set'; node: number; key: string; value: unknown }
  | { op: 'delete' | 'throwingGetter' | 'undefinedGetter' | 'lyingHas'; node: number; key: string }
  | {
      op: 'proxy' | 'toArray' | 'inherit' | 'inheritExtra' | 'hole' | 'duplicateLinkId' | 'valueAndMissing';
      node: number;
      other: number;
    };

const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({ op: fc.constant('set' as const), node: fc.nat(), key: keyArb, value: weirdValueArb }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      op: fc.constantFrom(
        'delete' as const,
        'throwingGetter' as const,
        'undefinedGetter' as const,
        'lyingHas' as const,
      ),
      node: fc.nat(),
      key: keyArb,
    }),
  },
  {
    weight: 4,
    arbitrary: fc.record({
      op: fc.constantFrom(
        'proxy' as const,
        'toArray' as const,
        'inherit' as const,
        'inheritExtra' as const,
        'hole' as const,
        'duplicateLinkId' as const,
        'valueAndMissing' as const,
      ),
      node: fc.nat(),
      other: fc.nat(),
    }),
  },
);

/** Every object and array in the assessment with how to replace it in its parent. */
function nodesOf(root: { value: Loose }): { node: Loose; replace: (next: Loose) => void }[] {
  const out: { node: Loose; replace: (next: Loose) => void }[] = [];
  const visit = (node: Loose, replace: (next: Loose) => void) => {
    if (typeof node !== 'object' || node === null) return;
    out.push({ node, replace });
    // Only the assessment's own structure: instrument ref, answers list, answers.
    for (const key of ['instrument', 'answers']) {
      if (!Array.isArray(node) && Object.prototype.hasOwnProperty.call(node, key) && typeof node[key] === 'object') {
        visit(node[key], (next) => (node[key] = next));
      }
    }
    // Arrays may have lost Array.prototype to a mutation, so no node.forEach.
    if (Array.isArray(node)) for (let i = 0; i < node.length; i++) visit(node[i], (next) => (node[i] = next));
  };
  visit(root.value, (next) => (root.value = next));
  return out;
}

/** Applies the mutations to a copy: fast-check reuses generated values while shrinking. */
function mutate(original: Loose, mutations: Mutation[]): unknown {
  const root = { value: structuredClone(original) };
  for (const m of mutations) {
    const nodes = nodesOf(root);
    const { node, replace } = nodes[m.node % nodes.length]!;
    const answers: Loose[] = Array.isArray(root.value?.answers) ? root.value.answers : [];
    // A mutation the object cannot take (assigning to an earlier getter, say) is left out.
    try {
      apply(m, node, replace, answers);
    } catch {
      continue;
    }
  }
  return root.value;
}

function apply(m: Mutation, node: Loose, replace: (next: Loose) => void, answers: Loose[]): void {
  {
    switch (m.op) {
      case 'set':
        // defineProperty, so '__proto__' becomes an own key (as JSON.parse makes it) instead of a prototype.
        Object.defineProperty(node, m.key, { value: m.value, enumerable: true, writable: true, configurable: true });
        break;
      case 'delete':
        delete node[m.key];
        break;
      case 'throwingGetter':
        Object.defineProperty(node, m.key, {
          enumerable: true,
          configurable: true,
          get() {
            if (armed) throw new Error('no access');
            return 'a1';
          },
        });
        break;
      case 'undefinedGetter':
        Object.defineProperty(node, m.key, { enumerable: true, configurable: true, get: () => undefined });
        break;
      case 'lyingHas':
        replace(new Proxy(node, { has: (target, key) => key !== m.key && Reflect.has(target, key) }));
        break;
      case 'proxy':
        replace(new Proxy(node, {}));
        break;
      case 'toArray':
        replace(Array.isArray(node) ? Object.assign({}, node) : Object.assign([], node));
        break;
      case 'inherit':
        replace(Object.create(node));
        break;
      case 'inheritExtra':
        replace(Object.assign(Object.create({ extra: 1 }), node));
        break;
      case 'hole':
        if (Array.isArray(node)) node.length += 1;
        else {
          const holed: Loose[] = [node, node];
          holed.length = 3;
          replace(holed);
        }
        break;
      case 'duplicateLinkId':
        {
          const target = answers[m.node % answers.length];
          const source = answers[m.other % answers.length];
          if (
            answers.length > 1 &&
            typeof target === 'object' &&
            target !== null &&
            typeof source === 'object' &&
            source !== null
          )
            target.linkId = source.linkId;
        }
        break;
      case 'valueAndMissing':
        if (typeof node === 'object' && !Array.isArray(node)) {
          const own = { enumerable: true, writable: true, configurable: true };
          Object.defineProperty(node, 'value', { ...own, value: m.other % 7 });
          Object.defineProperty(node, 'missing', { ...own, value: missingCodes[m.other % 3] });
        }
        break;
    }
  }
}

describe('the fast Assessment path', () => {
  it('accepts every valid assessment and returns exactly what zod returns', function () {
    this.timeout(120_000);
    fc.assert(
      fc.property(validAssessmentArb, (input) => {
        expect(fastParseAssessment(input), 'a valid assessment takes the fast path').not.to.equal(undefined);
        expectSameAsZod(input);
      }),
      { numRuns: 400 },
    );
  });

  it('agrees with zod on arbitrarily broken assessments', function () {
    this.timeout(120_000);
    accepted = 0;
    rejected = 0;
    fc.assert(
      fc.property(validAssessmentArb, fc.array(mutationArb, { minLength: 1, maxLength: 3 }), (input, mutations) => {
        expectSameAsZod(mutate(input, mutations));
      }),
      { numRuns: 1500 },
    );
    // Both outcomes must occur, or the property says nothing.
    expect(accepted).to.be.greaterThan(50);
    expect(rejected).to.be.greaterThan(500);
  });

  it('agrees with zod on dates, including days that do not exist', function () {
    this.timeout(120_000);
    fc.assert(
      fc.property(validAssessmentArb, fc.oneof(dateLikeArb, validDateArb), (original, authored) => {
        expectSameAsZod({ ...structuredClone(original), authored });
      }),
      { numRuns: 1500 },
    );
    for (const authored of ['2026-02-30', '2026-13-01', '2026-03-01T25:00Z', '2026-03-01T09:30:00.1234567890Z']) {
      expectSameAsZod({ ...JSON.parse(JSON.stringify(fixtureAssessment())), authored });
    }
  });

  it('agrees with zod on instrument versions near the rules (type, length 0, 64, 65)', () => {
    for (const version of ['', '1', 'v'.repeat(63), 'v'.repeat(64), 'v'.repeat(65), 5, null, undefined, ['1']]) {
      const input = JSON.parse(JSON.stringify(fixtureAssessment()));
      input.instrument.version = version;
      expectSameAsZod(input);
    }
    const missing = JSON.parse(JSON.stringify(fixtureAssessment()));
    delete missing.instrument.version;
    expectSameAsZod(missing);
  });

  it('agrees with zod on 0 to 12 digits of a second', () => {
    for (let digits = 0; digits <= 12; digits++) {
      const authored = `2026-03-01T09:30:00${digits === 0 ? '.' : `.${'7'.repeat(digits)}`}Z`;
      expectSameAsZod({ ...JSON.parse(JSON.stringify(fixtureAssessment())), authored });
    }
  });

  it('agrees with zod on ids near the rules (characters, length 0, 200, 201)', function () {
    this.timeout(120_000);
    const nearId = fc.oneof(
      fc.string({ unit: fc.constantFrom(...'aZ09._:/- é\u00a0\n'.split('')), maxLength: 12 }),
      fc.integer({ min: 0, max: 202 }).map((n) => 'a'.repeat(n)),
      fc.string({ unit: 'binary', maxLength: 6 }),
    );
    fc.assert(
      fc.property(
        validAssessmentArb,
        nearId,
        fc.constantFrom('id', 'subjectId', 'replaces', 'instrument', 'linkId'),
        (original, id, where) => {
          const input = structuredClone(original);
          if (where === 'instrument') input.instrument.id = id;
          else if (where === 'linkId') {
            if (input.answers.length === 0) input.answers.push({ linkId: id, value: 1 });
            else input.answers[0].linkId = id;
          } else input[where] = id;
          expectSameAsZod(input);
        },
      ),
      { numRuns: 1500 },
    );
  });

  it('treats keys Object.prototype gained like zod does (unknown keys)', () => {
    const proto = Object.prototype as Loose;
    try {
      Object.defineProperty(proto, 'polluted', { value: 1, enumerable: true, configurable: true, writable: true });
      expectSameAsZod(fixtureAssessment());
      expect(fastParseAssessment(fixtureAssessment())).to.equal(undefined);
    } finally {
      delete proto.polluted;
    }
    expect(fastParseAssessment(fixtureAssessment())).not.to.equal(undefined);
  });

  const zodList = z.array(Assessment);
  it('parses lists like zod: all valid by the fast path, any invalid with zod’s issues', function () {
    this.timeout(120_000);
    fc.assert(
      fc.property(
        fc.array(validAssessmentArb, { maxLength: 4 }),
        fc.option(fc.tuple(fc.nat(), mutationArb)),
        (list, broken) => {
          const input: Loose[] = structuredClone(list);
          if (broken && input.length > 0) {
            const [at, mutation] = broken;
            input[at % input.length] = mutate(input[at % input.length], [mutation]);
          }
          armed = true;
          let zod: ReturnType<typeof zodList.safeParse> | { success: false; data?: undefined };
          let fast: ReturnType<typeof fastParseAssessments>;
          let viaParse: unknown;
          let viaZod: unknown;
          try {
            try {
              zod = zodList.safeParse(input);
            } catch {
              zod = { success: false };
            }
            fast = fastParseAssessments(input);
            viaParse = parseAssessments(input);
            viaZod = parseWith(zodList, input);
          } finally {
            armed = false;
          }
          expect(fast !== undefined).to.equal(zod.success);
          if (fast) expect(fast).to.deep.equal(zod.data);
          expect(viaParse).to.deep.equal(viaZod);
        },
      ),
      { numRuns: 300 },
    );
  });
});

function fixtureAssessment(): Loose {
  return {
    id: 'a1',
    instrument: { id: 'test:instrument', version: '1.0.0' },
    subjectId: 'p0001',
    role: 'participant',
    occasion: 'baseline',
    authored: '2026-03-01T09:30:00Z',
    status: 'completed',
    answers: [
      { linkId: 'housing.1', value: 3 },
      { linkId: 'health.1', value: 4, comment: 'Bättre nu' },
      { linkId: 'health.2', value: null, missing: 'declined' },
    ],
  };
}

// ---- validateAssessment ---------------------------------------------------------------------
/** The rules validateAssessment documents, written plainly: does any check fail? */
function hasProblems(instrument: Instrument, a: Loose): boolean {
  if (a.instrument.id !== instrument.id || a.instrument.version !== instrument.version) return true;
  if (!instrument.respondentRoles.includes(a.role)) return true;
  const items = instrument.areas.flatMap((area) => area.items);
  for (const answer of a.answers) {
    const item = items.find((i) => i.linkId === answer.linkId);
    const scale = item && instrument.scales[item.scaleId];
    if (!item || !scale) return true;
    if (!itemIsForRole(item, a.role)) return true;
    if (answer.value !== null) {
      if (!Number.isInteger(answer.value) || answer.value < scale.min || answer.value > scale.max) return true;
    } else if (answer.missing !== undefined && !(scale.missingCodes ?? []).some((m) => m.code === answer.missing))
      return true;
  }
  if (a.status === 'completed' || a.status === 'amended') {
    for (const item of items) {
      const answered = a.answers.some(
        (x: Loose) => x.linkId === item.linkId && (x.value !== null || x.missing !== undefined),
      );
      if (item.required && itemIsForRole(item, a.role) && !answered) return true;
    }
  }
  return false;
}

describe('validateAssessment’s shortcut', () => {
  const fixture = parseInstrument(fixtureInstrument());
  if (!fixture.ok) throw new Error('fixture instrument must parse');
  // A variant where a required item is for every role, so joint and case manager have required items too.
  const allRequired = parseInstrument({
    ...fixtureInstrument(),
    respondentRoles: ['participant', 'caseManager', 'joint'],
    areas: fixtureInstrument().areas.map((area: Loose) => ({
      ...area,
      items: area.items.map((item: Loose) => ({ ...item, required: true })),
    })),
  });
  if (!allRequired.ok) throw new Error('variant instrument must parse');
  const instruments = [fixture.value, allRequired.value, livsomraden];

  const assessmentFor = (instrument: Instrument) => {
    const linkIds = instrument.areas.flatMap((area) => area.items.map((item) => item.linkId));
    return fc.record({
      instrument: fc.oneof(
        { weight: 8, arbitrary: fc.constant({ id: instrument.id, version: instrument.version }) },
        { weight: 1, arbitrary: fc.constant({ id: 'other', version: instrument.version }) },
        { weight: 1, arbitrary: fc.constant({ id: instrument.id, version: '9.9.9' }) },
      ),
      role: fc.constantFrom(...roles),
      status: fc.constantFrom(...statuses),
      answers: fc.uniqueArray(
        fc
          .record(
            {
              linkId: fc.oneof(
                { weight: 12, arbitrary: fc.constantFrom(...linkIds) },
                { weight: 1, arbitrary: fc.constant('nope') },
              ),
              value: fc.oneof(fc.constant(null), fc.integer({ min: -1, max: 11 }), fc.constant(2.5)),
              missing: fc.constantFrom(...missingCodes),
            },
            { requiredKeys: ['linkId', 'value'] },
          )
          // Schema-valid answers only: a value and a missing code together never reach validateAssessment.
          .map((answer: Loose) => (answer.value !== null ? { linkId: answer.linkId, value: answer.value } : answer)),
        { selector: (a) => a.linkId, maxLength: linkIds.length + 1 },
      ),
    });
  };

  it('finds no problem exactly when the documented checks find none', function () {
    this.timeout(120_000);
    let clean = 0;
    let flawed = 0;
    fc.assert(
      fc.property(
        fc.nat(2).chain((i) => fc.tuple(fc.constant(instruments[i]!), assessmentFor(instruments[i]!))),
        ([instrument, a]) => {
          const full: Loose = { id: 'a', subjectId: 's', occasion: 'baseline', authored: '2026-01-01', ...a };
          const problems = validateAssessment(instrument, full);
          expect(problems.length === 0).to.equal(!hasProblems(instrument, full));
          if (problems.length === 0) clean += 1;
          else flawed += 1;
          // parseAssessmentFor takes both fast paths and must agree with the checks too.
          const parsed = parseAssessmentFor(instrument, full);
          expect(parsed.ok).to.equal(problems.length === 0);
          if (!parsed.ok) expect(parsed.issues).to.deep.equal(problems);
        },
      ),
      { numRuns: 1500 },
    );
    expect(clean).to.be.greaterThan(100);
    expect(flawed).to.be.greaterThan(100);
  });
});
