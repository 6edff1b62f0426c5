// The README's "Use the SDK in Node" example must run as written against the built SDK: it is
// the first code a developer copies. The test takes the block from README.md, points its import
// at dist/sdk and runs it as the body of a request handler with a sample cohort as `all`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = new URL('../../', import.meta.url);
const readme = readFileSync(new URL('README.md', root), 'utf8');
const section = readme.slice(readme.indexOf('## Use the SDK in Node'));
const block = /```js\n([\s\S]*?)```/.exec(section)?.[1];

test('the README has an SDK example for Node', () => {
  assert.ok(block, 'no ```js block under "## Use the SDK in Node"');
  assert.match(block, /from 'stegvis\/sdk'/);
});

test("the README's SDK example runs against the built SDK and prints every area's change", async () => {
  const sdkUrl = new URL('dist/sdk/index.js', root).href;
  const [importLine, ...body] = block.split('\n');
  const source = [
    importLine.replace("'stegvis/sdk'", JSON.stringify(sdkUrl)),
    `import { generateSampleCohort } from ${JSON.stringify(sdkUrl)};`,
    'export function handle(body, reply, log) {',
    '  const console = { log };',
    '  const all = generateSampleCohort({ seed: 4, participants: 80 }).assessments;',
    ...body,
    "  return reply(200, 'ok');",
    '}',
  ].join('\n');
  const dir = fileURLToPath(new URL('test/.out/', root));
  mkdirSync(dir, { recursive: true });
  writeFileSync(`${dir}readme-sdk-example.mjs`, source);
  const { handle } = await import(pathToFileURL(`${dir}readme-sdk-example.mjs`).href);
  const { livsomraden, generateSampleCohort } = await import(sdkUrl);

  const logged = [];
  const replies = [];
  const reply = (status, payload) => (replies.push({ status, payload }), status);
  const good = JSON.stringify(generateSampleCohort({ seed: 4, participants: 80 }).assessments[0]);
  assert.equal(
    handle(good, reply, (...args) => logged.push(args)),
    200,
  );
  assert.equal(logged.length, 1);
  const rows = logged[0][0];
  assert.deepEqual(
    rows.map(([areaId]) => areaId),
    livsomraden.areas.map((a) => a.id),
  );
  for (const [, change] of rows) assert.ok(change === '–' || Number.isFinite(change), `not a change: ${change}`);

  // A bad body is answered with every problem, not thrown.
  assert.equal(
    handle(JSON.stringify({ id: 'x' }), reply, () => {}),
    400,
  );
  assert.ok(replies.at(-1).payload.length > 1);
  assert.ok(replies.at(-1).payload.every((issue) => issue.path && issue.messages.sv && issue.messages.en));
});
