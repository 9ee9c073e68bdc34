/**
 * Parsing a policy: JSON text or a value in, a typed policy or every problem out, each with its JSON path and a
 * plain sentence an administrator can act on. Schema problems come from zod; the checks zod cannot express
 * (ids that must be unique or exist, role loops, terms that would match everything) come from `checkPolicy`.
 */
import type { z } from 'zod';
import { foldTerm, isInvisible } from '../text/fold';
import { resolveRole } from './roles';
import { COMMON_WORDS } from './common-words';
import { jsonErrorOffset } from './json-position';
import { policySchema } from './schema';
import type { LocalizedText, Policy } from './types';

export interface PolicyProblem {
  /** Where, as a JSON path: `$.topics[2].approver`. */
  readonly path: string;
  readonly message: string;
}

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
  return parsePolicy(value);
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

type PathPart = PropertyKey;

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

function describeIssue(issue: z.core.$ZodIssue, base: readonly PathPart[]): PolicyProblem[] {
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

function describeSyntaxError(json: string, error: unknown): string {
  const reason = (error instanceof Error ? error.message : String(error)).replace(/\s*(in JSON )?at position \d+.*$/, '');
  const offset = jsonErrorOffset(json) ?? json.length;
  const before = json.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return `Not valid JSON at line ${line}, column ${column}: ${reason.replace(/\.$/, '')}.`;
}

interface Checked {
  errors: PolicyProblem[];
  warnings: PolicyProblem[];
}

/** Checks that need the whole policy: references, uniqueness, loops, and terms that would misfire. */
export function checkPolicy(policy: Policy): Checked {
  const checked: Checked = { errors: [], warnings: [] };
  const error = (path: readonly PathPart[], message: string) => checked.errors.push({ path: formatPath(path), message });
  const warn = (path: readonly PathPart[], message: string) => checked.warnings.push({ path: formatPath(path), message });

  for (const list of ['competitors', 'products', 'topics', 'roles'] as const) {
    const seen = new Set<string>();
    policy[list].forEach(({ id }, i) => {
      if (seen.has(id)) error([list, i, 'id'], `Duplicate id "${id}": each of the ${list} needs its own id.`);
      seen.add(id);
    });
  }

  const roleIds = new Set(policy.roles.map((r) => r.id));
  policy.topics.forEach((t, i) => {
    if (t.action === 'needs-approval' && !t.approver) {
      error(['topics', i, 'approver'], 'A topic that needs approval must say who approves (name and contact).');
    }
  });
  policy.roles.forEach((role, i) => {
    if (role.extends !== undefined && !roleIds.has(role.extends)) {
      error(['roles', i, 'extends'], `No role has the id "${role.extends}".`);
    } else if (role.extends !== undefined) {
      const loop = extendsLoop(policy, role.id);
      if (loop) error(['roles', i, 'extends'], loop);
    }
    // Judge the role as it resolves (base, then the roles it extends, then itself): an approver may be inherited.
    const resolved = resolveRole(policy, role.id);
    for (const topicId of Object.keys(role.topics)) {
      const topic = resolved.topics.find((t) => t.id === topicId);
      if (!topic) error(['roles', i, 'topics', topicId], `No topic has the id "${topicId}".`);
      else if (topic.action === 'needs-approval' && !topic.approver) {
        error(['roles', i, 'topics', topicId, 'approver'], 'This role makes the topic need approval: say who approves.');
      }
    }
  });

  const subjects = new Set([...policy.topics, ...policy.products, ...policy.competitors].map((s) => s.id));
  policy.scenarios.forEach((scenario, i) => {
    scenario.roles.forEach((role, j) => {
      if (!roleIds.has(role)) error(['scenarios', i, 'roles', j], `No role has the id "${role}".`);
    });
    scenario.expect.forEach((key, j) => {
      const subject = key.split(':')[1];
      if (subject !== undefined && !subjects.has(subject)) {
        error(['scenarios', i, 'expect', j], `No topic, product or competitor has the id "${subject}".`);
      }
    });
  });

  for (const [path, text, isVariant] of insertedTexts(policy)) {
    for (const [placeholder] of text.matchAll(/\{[^}]*\}/g)) {
      if (placeholder !== '{company}') {
        error(path, `Unknown placeholder "${placeholder}": only "{company}" is replaced.`);
      }
    }
    if (!/[\p{L}\p{N}]/u.test(text.replaceAll('{company}', ''))) {
      if (isVariant && text.includes('{company}')) warn(path, `"${text}" would count any mention of the company as present.`);
      else error(path, `"${text}" has no letter or digit, so it cannot be recognised.`);
    }
  }

  const owners = new Map<string, string>();
  for (const [path, term, owner] of policyTerms(policy)) {
    const folded = foldTerm(term);
    const invisible = [...term].filter(isInvisible);
    if (!/[\p{L}\p{N}]/u.test(folded)) {
      error(path, `"${term}" has no letter or digit, so it cannot be matched.`);
      continue;
    }
    if (invisible.length) {
      const codes = [...new Set(invisible)].map((c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`);
      warn(path, `"${term}" contains invisible characters (${codes.join(', ')}); they are ignored when matching.`);
    }
    const bare = folded.replace(/^[#@$]/, '');
    if ([...bare].length === 1) warn(path, `"${term}" is a single character: it will match far too many drafts.`);
    else if (COMMON_WORDS.has(bare)) warn(path, `"${term}" is a common word: it will flag many unrelated drafts.`);
    const previous = owners.get(folded);
    if (previous !== undefined && previous !== owner) {
      warn(path, `"${term}" is also listed for ${previous}: one draft will be read as mentioning both.`);
    } else owners.set(folded, owner);
  }
  return checked;
}

/** Follows `extends` from a role; describes the loop it runs into, if any. */
function extendsLoop(policy: Policy, roleId: string): string | undefined {
  const path: string[] = [];
  for (let id: string | undefined = roleId; id !== undefined; id = policy.roles.find((r) => r.id === id)?.extends) {
    const seenAt = path.indexOf(id);
    if (seenAt >= 0) {
      const loop = [...path.slice(seenAt), id].map((r) => `"${r}"`).join(' → ');
      return seenAt === 0
        ? `Roles extend each other in a loop: ${loop}.`
        : `"${roleId}" extends "${path[1]}", which leads into a loop: ${loop}.`;
    }
    path.push(id);
  }
  return undefined;
}

/** Every matchable term with its path and a readable owner ("the company", "competitor \"globex\""…). */
function* policyTerms(policy: Policy): Generator<[PathPart[], string, string]> {
  function* entity(base: PathPart[], owner: string, e: Record<string, unknown>): Generator<[PathPart[], string, string]> {
    yield [[...base, 'name'], e.name as string, owner];
    for (const field of ['aliases', 'hashtags', 'tickers', 'domains'] as const) {
      const list = (e[field] ?? []) as string[];
      for (let i = 0; i < list.length; i++) yield [[...base, field, i], list[i]!, owner];
    }
    for (const [network, list] of Object.entries((e.handles ?? {}) as Record<string, string[]>)) {
      for (let i = 0; i < list.length; i++) yield [[...base, 'handles', network, i], list[i]!, owner];
    }
  }
  yield* entity(['company'], 'the company', policy.company);
  for (const [i, c] of policy.competitors.entries()) yield* entity(['competitors', i], `competitor "${c.id}"`, c);
  for (const [i, p] of policy.products.entries()) yield* entity(['products', i], `product "${p.id}"`, p);
  for (const [i, t] of policy.topics.entries()) {
    for (const [j, term] of t.terms.entries()) yield [['topics', i, 'terms', j], term, `topic "${t.id}"`];
  }
}

/** The disclaimer and disclosure texts and variants, base and roles, each with its path and whether it is a variant. */
function* insertedTexts(policy: Policy): Generator<[PathPart[], string, boolean]> {
  type TextRule = { text?: LocalizedText | undefined; variants?: readonly string[] | undefined };
  function* of(base: PathPart[], rule: TextRule | undefined): Generator<[PathPart[], string, boolean]> {
    const text = rule?.text;
    if (typeof text === 'string') yield [[...base, 'text'], text, false];
    else if (text) for (const [locale, t] of Object.entries(text)) yield [[...base, 'text', locale], t, false];
    for (const [j, v] of (rule?.variants ?? []).entries()) yield [[...base, 'variants', j], v, true];
  }
  for (const kind of ['disclaimer', 'disclosure'] as const) {
    yield* of(['rules', kind], policy.rules[kind]);
    for (const [i, role] of policy.roles.entries()) yield* of(['roles', i, 'rules', kind], role.rules[kind]);
  }
}
