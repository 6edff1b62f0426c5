// Data comes from case systems, other scripts and people: parsing must report, never throw.
import { expect } from '@open-wc/testing';
import {
  parseAssessment,
  parseAssessments,
  parseCohortData,
  parseGoal,
  parseInstrument,
  parseProgressionCard,
  type ParseResult,
} from '../../../src/sdk/index.js';
import { assessment, cohort, instrument, issuesOf, type Loose } from './fixtures.js';

function expectRejectedWithoutThrowing(run: () => ParseResult<unknown>): ReturnType<typeof issuesOf> {
  let result: ParseResult<unknown> | undefined;
  expect(() => (result = run())).not.to.throw();
  const issues = issuesOf(result!);
  for (const issue of issues) {
    expect(issue.path).to.be.an('array');
    expect(issue.messages.en).to.be.a('string').and.not.equal('');
    expect(issue.messages.sv).to.be.a('string').and.not.equal('');
  }
  return issues;
}

describe('parsing never throws', () => {
  it('reports a getter that throws as unreadable input', () => {
    const input = assessment();
    Object.defineProperty(input, 'subjectId', {
      enumerable: true,
      get() {
        throw new Error('no access');
      },
    });
    const issues = expectRejectedWithoutThrowing(() => parseAssessment(input));
    expect(issues.map((i) => [i.path, i.code, i.message])).to.deep.equal([
      [[], 'unreadable', 'The input could not be read.'],
    ]);
    expect(issues[0]!.messages.sv).to.equal('Indata kunde inte läsas.');
  });

  it('reads a well-behaved Proxy like the object it wraps', () => {
    const result = parseAssessment(new Proxy(assessment(), {}));
    expect(result.ok).to.equal(true);
  });

  it('reports a Proxy whose traps throw', () => {
    const hostile = new Proxy(instrument(), {
      get(target, key, receiver) {
        if (key === 'areas') throw new TypeError('trap');
        return Reflect.get(target, key, receiver);
      },
    });
    expectRejectedWithoutThrowing(() => parseInstrument(hostile));
    const noKeys = new Proxy(cohort(), {
      ownKeys() {
        throw new Error('no keys');
      },
    });
    expectRejectedWithoutThrowing(() => parseCohortData(noKeys));
  });

  it('reports a revoked Proxy', () => {
    const { proxy, revoke } = Proxy.revocable(assessment(), {});
    revoke();
    expectRejectedWithoutThrowing(() => parseAssessment(proxy));
  });

  it('reports circular input instead of recursing forever', () => {
    const selfish: Loose = assessment();
    selfish.answers.push(selfish);
    const issues = expectRejectedWithoutThrowing(() => parseAssessment(selfish));
    expect(issues.map((i) => i.path)).to.deep.include(['answers', 3]);

    const loop: Loose = cohort();
    loop.assessments.push(loop);
    loop.goals[0].gas = { levels: loop };
    expectRejectedWithoutThrowing(() => parseCohortData(loop));
  });

  it('reports values JSON cannot hold: bigint, symbol, function, Date', () => {
    const input = assessment();
    input.answers[0].value = 3n;
    input.answers[1].value = Symbol('x');
    input.answers[2] = () => 1;
    input.authored = new Date('2026-03-01');
    const issues = expectRejectedWithoutThrowing(() => parseAssessment(input));
    expect(issues.map((i) => i.path)).to.deep.equal([
      ['authored'],
      ['answers', 0, 'value'],
      ['answers', 1, 'value'],
      ['answers', 2],
    ]);
  });

  it('reports a non-object at the top for every parser', () => {
    for (const parse of [
      parseInstrument,
      parseAssessment,
      parseAssessments,
      parseGoal,
      parseProgressionCard,
      parseCohortData,
    ]) {
      for (const input of [undefined, null, 42, 'text', () => {}]) {
        expectRejectedWithoutThrowing(() => (parse as (i: unknown) => ParseResult<unknown>)(input));
      }
    }
    // An empty list is a valid list of assessments, but not an assessment.
    expect(parseAssessments([]).ok).to.equal(true);
    expectRejectedWithoutThrowing(() => parseAssessment([]));
  });

  it('does not let __proto__ keys change the parsed object', () => {
    const input = JSON.parse('{"__proto__": {"polluted": true}}');
    Object.assign(input, assessment());
    const result = parseAssessment(input);
    expect(({} as Loose).polluted).to.equal(undefined);
    if (result.ok) expect((result.value as Loose).polluted).to.equal(undefined);
  });
});
