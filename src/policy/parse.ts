/**
 * Parsing a policy: JSON text or a value in, a typed policy or every problem out, each with its JSON path and a
 * plain sentence an administrator can act on (./problems). Hostile shapes are refused first, then zod checks the
 * schema, then `checkPolicy` what zod cannot express (./check).
 */
import { checkPolicy } from './check';
import { duplicateKeys } from './json-duplicates';
import { describeIssue, describeSyntaxError, formatPath, type PathPart, type PolicyProblem } from './problems';
import { policySchema } from './schema';
import type { Policy } from './types';

export type ParseResult =
  | { readonly ok: true; readonly policy: Policy; readonly warnings: readonly PolicyProblem[] }
  | { readonly ok: false; readonly errors: readonly PolicyProblem[]; readonly warnings: readonly PolicyProblem[] };

/** Parses policy JSON text. Syntax errors say where (line and column). */
export function parsePolicyJson(json: string): ParseResult {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    return { ok: false, errors: [{ path: '$', message: describeSyntaxError(json, error) }], warnings: [] };
  }
  const result = parsePolicy(value);
  const duplicates = duplicateKeys(json);
  return duplicates.length ? { ...result, warnings: [...duplicates, ...result.warnings] } : result;
}

/** Keys that could reach an object's prototype: refused anywhere in a policy, whatever the schema would do. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
/** Far deeper than any real policy nests; deeper input is hostile. */
const MAX_DEPTH = 32;

function hostileStructure(value: unknown, path: PathPart[] = []): PolicyProblem | undefined {
  if (path.length > MAX_DEPTH) return { path: formatPath(path.slice(0, MAX_DEPTH)), message: `Nested more than ${MAX_DEPTH} levels deep.` };
  if (typeof value !== 'object' || value === null) return undefined;
  for (const key of Object.keys(value)) {
    if (FORBIDDEN_KEYS.has(key)) return { path: formatPath([...path, key]), message: `The key "${key}" is not allowed in a policy.` };
    const found = hostileStructure((value as Record<string, unknown>)[key], [...path, Array.isArray(value) ? Number(key) : key]);
    if (found) return found;
  }
  return undefined;
}

/** Validates an already-parsed JSON value. */
export function parsePolicy(value: unknown): ParseResult {
  const hostile = hostileStructure(value);
  if (hostile) return { ok: false, errors: [hostile], warnings: [] };
  const result = policySchema.safeParse(value, { reportInput: true });
  if (!result.success) {
    return { ok: false, errors: result.error.issues.flatMap((issue) => describeIssue(issue, [])), warnings: [] };
  }
  const { errors, warnings } = checkPolicy(result.data);
  return errors.length ? { ok: false, errors, warnings } : { ok: true, policy: result.data, warnings };
}
