// The Custom Elements Manifest (dist/custom-elements.json) is what Storybook's autodocs and IDEs
// read: every element must be in it under its tag name, with the events, parts and custom
// properties its JSDoc documents. Run `npm run build` first (npm test does).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

const manifest = JSON.parse(readFileSync(new URL('../../dist/custom-elements.json', import.meta.url), 'utf8'));
const elements = new Map();
for (const mod of manifest.modules) for (const d of mod.declarations ?? []) if (d.tagName) elements.set(d.tagName, d);

const expected = {
  'steg-rating-form': {
    events: ['input', 'change', 'steg-submit', 'steg-answers-dropped', 'steg-error', 'invalid'],
    part: 'error-summary',
    property: '--steg-target-size',
  },
  'steg-radar': { events: ['steg-error', 'steg-series-toggle'], part: 'plot', property: '--steg-series-1' },
  'steg-progression-card': {
    events: ['steg-area-activate', 'steg-card-activate', 'steg-error'],
    part: 'base',
    property: '--steg-font-size',
  },
  'steg-cohort-summary': {
    events: ['steg-breakdown-change', 'steg-error'],
    part: 'table',
    property: '--steg-font-size',
  },
};

for (const [tag, want] of Object.entries(expected)) {
  test(`${tag} is in the manifest with its events, parts and custom properties`, () => {
    const element = elements.get(tag);
    assert.ok(element, `${tag} is missing (is there a @tagname in its class's JSDoc?)`);
    assert.equal(element.customElement, true);
    assert.deepEqual(element.events.map((e) => e.name).sort(), [...want.events].sort());
    for (const event of element.events) assert.ok(event.description, `${tag}: event ${event.name} has no description`);
    assert.ok(
      element.cssParts.some((p) => p.name === want.part),
      `${tag}: no part "${want.part}"`,
    );
    assert.ok(
      element.cssProperties.some((p) => p.name === want.property),
      `${tag}: no custom property ${want.property}`,
    );
  });
}

test('the manifest lists exactly the four elements', () => {
  assert.deepEqual([...elements.keys()].sort(), Object.keys(expected).sort());
});
