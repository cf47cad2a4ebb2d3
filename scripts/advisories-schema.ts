/**
 * `npm run advisories-schema`: writes docs/advisories.schema.json, the advisory feed format as JSON Schema, from the
 * zod schema the extension validates feeds with (src/core/advisories/schema.ts). A unit test checks it is current.
 */
import { writeFileSync } from 'node:fs';
import { feedJsonSchema } from '../src/core/advisories/json-schema';

export const SCHEMA_PATH = 'docs/advisories.schema.json';
export const schemaText = (): string => `${JSON.stringify(feedJsonSchema(), null, 2)}\n`;

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) {
  writeFileSync(SCHEMA_PATH, schemaText());
  console.log(`${SCHEMA_PATH} written`);
}
