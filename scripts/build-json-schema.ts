// Writes the JSON Schemas of the tree and of the diagnostics to schema/,
// generated from the zod schemas (src/json-schema.ts). Run by `npm run build`;
// test/json-schema.test.ts fails when the committed files are stale.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSON_SCHEMA_FILES, JSON_SCHEMA_NAMES, jsonSchemaText } from '../src/json-schema.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };

mkdirSync(join(root, 'schema'), { recursive: true });
for (const name of JSON_SCHEMA_NAMES) {
  const file = join('schema', JSON_SCHEMA_FILES[name]);
  writeFileSync(join(root, file), jsonSchemaText(name, version));
  console.log(`json-schema: wrote ${file}`);
}
