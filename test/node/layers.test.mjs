// The layers (sdk ← internal ← components) are enforced by eslint's no-restricted-imports in
// eslint.config.js. This checks the rule itself: each forbidden direction is reported, and the
// allowed ones are not, so a later edit of the config cannot quietly switch the layers off.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';

const cwd = fileURLToPath(new URL('../..', import.meta.url));
const eslint = new ESLint({ cwd });

async function restricted(filePath, code) {
  const [result] = await eslint.lintText(code, { filePath: `${cwd}/${filePath}` });
  return result.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

const cases = [
  ['src/components/rating-form/x.ts', "import '../radar/index.js';", 'a component importing a sibling', true],
  ['src/internal/x.ts', "import '../components/radar/index.js';", 'internal importing a component', true],
  ['src/sdk/scoring/x.ts', "import '../../internal/i18n.js';", 'the SDK importing internal', true],
  ['src/sdk/scoring/x.ts', "import '../../components/radar/index.js';", 'the SDK importing a component', true],
  ['src/sdk/scoring/x.ts', "import { html } from 'lit';", 'the SDK importing lit', true],
  ['src/components/radar/x.ts', "import 'lit/directives/unsafe-html.js';", 'a component importing unsafeHTML', true],
  ['src/components/radar/x.ts', "import '../../internal/i18n.js';", 'a component importing internal', false],
  ['src/components/radar/x.ts', "import '../../sdk/model/parse.js';", 'a component importing the SDK', false],
  ['src/components/radar/x.ts', "import './geometry.js';", 'a component importing its own module', false],
  ['src/internal/x.ts', "import '../sdk/model/issues.js';", 'internal importing the SDK', false],
];

for (const [file, code, what, forbidden] of cases) {
  test(`layers: ${what} is ${forbidden ? 'reported' : 'allowed'}`, async () => {
    const messages = await restricted(file, code);
    assert.equal(messages.length > 0, forbidden, messages.join('; ') || 'no message');
  });
}
