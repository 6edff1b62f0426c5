// A page with `script-src 'self'` (no 'unsafe-eval') reports every attempt to compile a string
// as a `securitypolicyviolation`, even one the code catches. zod classic probes `new Function`
// for its JIT when an object schema is created; zod/mini never does. This test traps every way
// to evaluate a string before the built SDK loads, so a switch to classic zod (or any eval
// anywhere in the SDK) fails here, in Node, before the browser CSP test even runs.
import { test } from 'node:test';
import assert from 'node:assert/strict';

const attempts = [];
const RealFunction = globalThis.Function;
const trap = (what) =>
  new Proxy(what === 'Function' ? RealFunction : globalThis.eval, {
    construct(target, args) {
      attempts.push(`new ${what}(${args.map(String).join(', ').slice(0, 80)})`);
      throw new EvalError('blocked by test');
    },
    apply(target, thisArg, args) {
      attempts.push(`${what}(${args.map(String).join(', ').slice(0, 80)})`);
      throw new EvalError('blocked by test');
    },
  });
globalThis.Function = trap('Function');
globalThis.eval = trap('eval');

const sdk = await import('../../dist/sdk/index.js');

test('loading the SDK compiles no string as code', () => {
  assert.deepEqual(attempts, []);
});

test('parsing with every parser compiles no string as code', () => {
  const inputs = [undefined, null, {}, [], 'x', 1, { id: 'a', answers: [{ linkId: 'b', value: 1 }] }];
  const parsers = Object.entries(sdk).filter(
    ([name, fn]) => /^parse[A-Z]/.test(name) && typeof fn === 'function' && fn.length <= 1,
  );
  assert.ok(parsers.length >= 10, `found ${parsers.length} parsers`);
  for (const [, parse] of parsers) for (const input of inputs) parse(input);
  if (sdk.livsomraden) sdk.parseInstrument(sdk.livsomraden);
  if (sdk.generateSampleCohort) sdk.parseCohortData(sdk.generateSampleCohort({ seed: 1, participants: 20 }));
  assert.deepEqual(attempts, []);
});

test('the SDK leaves zod’s global configuration as it found it', () => {
  // A host page may use zod itself: the SDK must not switch its JIT on or off behind its back.
  const config = globalThis.__zod_globalConfig ?? {};
  assert.equal(config.jitless, undefined);
});
