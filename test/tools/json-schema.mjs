#!/usr/bin/env node
// Writes the JSON Schemas of the SDK's top-level types to dist/schema/<name>.json (part of `npm run build`).
// Generated from the built SDK so the published schemas are exactly what dist/sdk validates. The
// generator is imported from its own module: it is not part of the stegvis/sdk entry, so that
// z.toJSONSchema (about 7 kB gzipped) never ships to a vendor's page.
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = new URL('../../', import.meta.url);
const { jsonSchemas } = await import(new URL('dist/sdk/interop/json-schema.js', root).href);
const out = fileURLToPath(new URL('dist/schema/', root));
mkdirSync(out, { recursive: true });
const schemas = jsonSchemas();
for (const [name, schema] of Object.entries(schemas)) {
  writeFileSync(`${out}${name}.json`, `${JSON.stringify(schema, null, 2)}\n`);
}
console.log(`json-schema: wrote ${Object.keys(schemas).length} schemas to dist/schema/`);
