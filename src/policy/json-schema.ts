import { z } from 'zod';
import { policySchema } from './schema';

export const SCHEMA_FILE = 'rules/policy.schema.json';

/** The JSON Schema of what a policy author writes (defaults are optional), generated from the zod schema. */
export function policyJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(policySchema, { io: 'input', target: 'draft-2020-12' }),
    $id: 'https://candor.invalid/policy.schema.json',
    title: 'Candor social-media policy',
  };
}

/** The file's exact text, so a test can tell when the committed copy is stale. */
export function policyJsonSchemaText(): string {
  return `${JSON.stringify(policyJsonSchema(), null, 2)}\n`;
}
