// The built SDK (dist/sdk) must run in plain Node: no window, no document, no DOM import anywhere
// in its module graph. Run `npm run build` first (npm test does).
import { test } from 'node:test';
import assert from 'node:assert/strict';

test('runs with no DOM globals present', () => {
  assert.equal(typeof window, 'undefined');
  assert.equal(typeof document, 'undefined');
  assert.equal(typeof globalThis.HTMLElement, 'undefined');
  assert.equal(typeof globalThis.customElements, 'undefined');
});

const sdk = await import('../../dist/sdk/index.js');

test('both built-in instruments parse', () => {
  for (const name of ['livsomraden', 'arbetsnara']) {
    const result = sdk.parseInstrument(sdk[name]);
    assert.equal(result.ok, true, `${name}: ${JSON.stringify(result.issues)}`);
    assert.deepEqual(Object.keys(sdk.builtInInstruments).includes(sdk[name].id), true);
  }
});

test('a small sample cohort is generated, deterministic and valid', () => {
  const cohort = sdk.generateSampleCohort({ seed: 3, participants: 25 });
  assert.equal(cohort.participants.length, 25);
  assert.ok(cohort.assessments.length >= 25);
  assert.deepEqual(sdk.generateSampleCohort({ seed: 3, participants: 25 }), cohort);
  const parsed = sdk.parseCohortData(cohort);
  assert.equal(parsed.ok, true, JSON.stringify(parsed.issues?.slice(0, 3)));
  const problems = cohort.assessments.flatMap((a) => sdk.validateAssessment(sdk.livsomraden, a));
  assert.deepEqual(problems, []);
  assert.equal(typeof sdk.sampleParticipant(cohort, 'improved'), 'string');
});

test('a bad instrument is reported in Swedish and English, not thrown', () => {
  const result = sdk.parseInstrument({ id: 'x', version: 'ett' });
  assert.equal(result.ok, false);
  const version = result.issues.find((i) => i.path.join('.') === 'version');
  assert.equal(version.messages.en, 'Must be a semantic version such as 1.0.0.');
  assert.equal(version.messages.sv, 'Måste vara en semantisk version, till exempel 1.0.0.');
});
