/**
 * The studio edits the policy as plain JSON, valid or not: an author mid-way through a change holds a policy the
 * parser refuses, and the form must still show (and keep) every word typed. Edits are immutable: each returns a new
 * value, so the JSON view, the autosave and the preview see one consistent draft.
 */
import { describeSyntaxError } from '../policy/problems';

export type Json = null | boolean | number | string | readonly Json[] | { readonly [key: string]: Json };
export type JsonObject = { readonly [key: string]: Json };
export type Path = readonly (string | number)[];

export const isObject = (value: Json | undefined): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export function getAt(value: Json | undefined, path: Path): Json | undefined {
  let here = value;
  for (const key of path) {
    if (Array.isArray(here) && typeof key === 'number') here = here[key];
    else if (isObject(here) && typeof key === 'string' && Object.hasOwn(here, key)) here = here[key];
    else return undefined;
  }
  return here;
}

/**
 * The value with `next` at `path`, making the objects and lists on the way; `undefined` removes the key (or the
 * item, from a list).
 */
export function setAt(value: Json | undefined, path: Path, next: Json | undefined): Json | undefined {
  if (path.length === 0) return next;
  const [key, ...rest] = path as [string | number, ...Path];
  if (typeof key === 'number') {
    const list = Array.isArray(value) ? [...(value as Json[])] : [];
    const item = setAt(list[key], rest, next);
    if (item === undefined) list.splice(key, 1);
    else list[key] = item;
    return list;
  }
  const object: Record<string, Json> = isObject(value) ? { ...value } : {};
  const child = setAt(object[key], rest, next);
  if (child === undefined) delete object[key];
  else object[key] = child;
  return object;
}

/** The list at `path` with `item` added at its end (or at `index`). */
export function insertAt(value: Json | undefined, path: Path, item: Json, index?: number): Json | undefined {
  const list = getAt(value, path);
  const items = Array.isArray(list) ? [...(list as Json[])] : [];
  items.splice(index ?? items.length, 0, item);
  return setAt(value, path, items);
}

/** The list at `path` with the item at `from` moved to `to`. */
export function moveAt(value: Json | undefined, path: Path, from: number, to: number): Json | undefined {
  const list = getAt(value, path);
  if (!Array.isArray(list) || to < 0 || to >= list.length) return value;
  const items = [...(list as Json[])];
  const [item] = items.splice(from, 1);
  items.splice(to, 0, item!);
  return setAt(value, path, items);
}

/** The JSON text the studio shows, saves and exports: two-space indents and a final newline, as the templates. */
export const jsonText = (value: Json | undefined): string => `${JSON.stringify(value ?? {}, null, 2)}\n`;

/** `value` without the objects the change at `path` left empty, from its parent up to `floor` keys deep. */
export function withoutEmptyObjects(value: Json | undefined, path: Path, floor: number): Json | undefined {
  let pruned = value;
  for (let depth = path.length - 1; depth >= floor; depth--) {
    const parent = path.slice(0, depth);
    const here = getAt(pruned, parent);
    if (!isObject(here) || Object.keys(here).length > 0) break;
    pruned = setAt(pruned, parent, undefined);
  }
  return pruned;
}

/** As the parser: no policy nests deeper; deeper input is hostile, and would overflow the studio's walks. */
export const MAX_DEPTH = 32;

/** True when `value` nests more than `MAX_DEPTH` levels (checked without recursion, so any depth is safe to ask). */
export function tooDeep(value: Json): boolean {
  const stack: [Json, number][] = [[value, 0]];
  for (let next = stack.pop(); next; next = stack.pop()) {
    const [here, depth] = next;
    if (typeof here !== 'object' || here === null) continue;
    if (depth >= MAX_DEPTH) return true;
    for (const inner of Array.isArray(here) ? here : Object.values(here)) stack.push([inner as Json, depth + 1]);
  }
  return false;
}

/**
 * Text (a file, the JSON view) as a draft, or why it cannot be one: not JSON (where, from the parser's words), not one
 * object, or nested deeper than any policy.
 */
export function draftFromText(text: string): JsonObject | string {
  let value: Json;
  try {
    value = JSON.parse(text) as Json;
  } catch (error) {
    return describeSyntaxError(text, error);
  }
  if (!isObject(value)) return 'A policy is one JSON object ({ … }).';
  return tooDeep(value) ? `It is nested more than ${MAX_DEPTH} levels deep: no policy is.` : value;
}
