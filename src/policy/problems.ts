/**
 * What went wrong in a policy, said so an administrator can act on it: a JSON path (`$.topics[2].approver`) and a
 * plain sentence, for zod's schema issues and for JSON syntax errors (by line and column).
 */
import type { z } from 'zod';
import { jsonErrorOffset } from './json-position';

export interface PolicyProblem {
  /** Where, as a JSON path: `$.topics[2].approver`. */
  readonly path: string;
  readonly message: string;
}

/** A key or index on the way to a value (zod may report symbols too). */
export type PathPart = PropertyKey;

export function formatPath(path: readonly PathPart[]): string {
  let out = '$';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else if (typeof part === 'string' && /^[A-Za-z_$][\w$]*$/.test(part)) out += `.${part}`;
    else out += `[${JSON.stringify(String(part))}]`;
  }
  return out;
}

const NOUNS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  record: 'an object',
};

function kindOf(input: unknown): string {
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'a list';
  switch (typeof input) {
    case 'string': return 'text';
    case 'number': return 'a number';
    case 'boolean': return String(input);
    case 'object': return 'an object';
    default: return typeof input;
  }
}

function sentence(message: string): string {
  const s = message.charAt(0).toUpperCase() + message.slice(1);
  return /[.!?]$/.test(s) ? s : `${s}.`;
}

export function describeIssue(issue: z.core.$ZodIssue, base: readonly PathPart[]): PolicyProblem[] {
  const path = [...base, ...issue.path];
  const at = (message: string, where: readonly PathPart[] = path) => [{ path: formatPath(where), message }];
  const missing = issue.code === 'invalid_type' || issue.code === 'invalid_value' || issue.code === 'invalid_union';
  if (missing && 'input' in issue && issue.input === undefined) return at('This field is required.');
  switch (issue.code) {
    case 'invalid_type':
      return at(`Expected ${NOUNS[issue.expected] ?? issue.expected}, got ${kindOf(issue.input)}.`);
    case 'unrecognized_keys':
      return issue.keys.map((key) => ({
        path: formatPath([...path, key]),
        message: `Unknown field "${key}": Candor does not read it. Check its spelling or remove it.`,
      }));
    case 'too_small':
      if (issue.origin === 'string') return at('Must not be empty.');
      if (issue.origin === 'array') return at(`Needs at least ${issue.minimum} item${issue.minimum === 1 ? '' : 's'}.`);
      return at(`Must be at least ${issue.minimum}.`);
    case 'too_big':
      if (issue.origin === 'string') return at(`Too long: at most ${issue.maximum} characters.`);
      if (issue.origin === 'array') return at(`Too many items: at most ${issue.maximum}.`);
      return at(`Must be at most ${issue.maximum}.`);
    case 'invalid_value':
      return at(
        `Expected ${issue.values.length === 1 ? '' : 'one of '}${issue.values.map((v) => JSON.stringify(v)).join(', ')}; got ${JSON.stringify(issue.input)}.`,
      );
    case 'invalid_key':
      return issue.issues.flatMap((inner) =>
        at(`The key "${String(path[path.length - 1])}" is not allowed here. ${sentence(inner.message)}`),
      );
    case 'invalid_union': {
      // The union here is "text, or text per language": report the branch that matches what was written.
      const branch = issue.errors.find((errors) => !errors.some((e) => e.code === 'invalid_type' && e.path.length === 0));
      if (branch) return branch.flatMap((inner) => describeIssue(inner, path));
      return at(`Expected text, or an object with one text per language tag ("en", "fr"…); got ${kindOf(issue.input)}.`);
    }
    default:
      return at(sentence(issue.message));
  }
}

export function describeSyntaxError(json: string, error: unknown): string {
  const reason = (error instanceof Error ? error.message : String(error))
    .replace(/\s*(in JSON )?at position \d+.*$/s, '')
    // V8 quotes the text around the error ('Unexpected token ']', ..."2,\n  ]" is not valid JSON'): the position says it.
    .replace(/, (\.\.\.)?".*" is not valid JSON$/s, '');
  const offset = jsonErrorOffset(json) ?? json.length;
  // The commonest slip: a comma after the last item. JSON.parse blames the bracket after it; point at the comma.
  const comma = /,\s*$/.exec(json.slice(0, offset));
  if (comma && (json[offset] === ']' || json[offset] === '}')) {
    return `Not valid JSON at ${lineAndColumn(json, comma.index)}: a comma after the last item (JSON allows none before "${json[offset]}"). Remove it.`;
  }
  return `Not valid JSON at ${lineAndColumn(json, offset)}: ${reason.replace(/\.$/, '')}.`;
}

function lineAndColumn(json: string, offset: number): string {
  const before = json.slice(0, offset);
  return `line ${before.split('\n').length}, column ${offset - before.lastIndexOf('\n')}`;
}
