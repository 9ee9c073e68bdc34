/** `npm run schema`: writes rules/policy.schema.json from the zod schema. Never edit that file by hand. */
import { writeFileSync } from 'node:fs';
import { policyJsonSchemaText, SCHEMA_FILE } from '../src/policy/json-schema';

writeFileSync(SCHEMA_FILE, policyJsonSchemaText());
console.log(`wrote ${SCHEMA_FILE}`);
