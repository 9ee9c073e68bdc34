/**
 * Ids made from names. Topics, products, competitors, roles and scenarios each have an id others refer to; while
 * the author has not chosen one, the studio makes it from the item's name, so naming an item never brings an
 * "Expected an id" problem, and an id something refers to never changes by itself.
 */
import type { FindingKind } from '../engine/types';
import type { Policy } from '../policy/types';
import { getAt, isObject, type Json } from './json';

const MAX_ID = 64;

/** Letters NFKD does not take apart into a plain letter and an accent. */
const LIGATURES: Readonly<Record<string, string>> = { œ: 'oe', æ: 'ae', ß: 'ss', ø: 'o', ł: 'l', đ: 'd' };

/**
 * An id for a name, as the format wants it (lowercase ascii letters, digits and dashes, at most 64): accents
 * dropped, anything else a dash; `fallback` when nothing is left; "-2", "-3"… added while another item has it.
 */
export function idFrom(text: string, fallback: string, taken: ReadonlySet<string>): string {
  const ascii = text
    .toLowerCase()
    .replace(/[œæßøłđ]/g, (c) => LIGATURES[c]!)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '');
  const base = ascii.replace(/[^a-z0-9]+/g, '-').replace(/^-+/, '').slice(0, MAX_ID).replace(/-+$/, '') || fallback;
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? '' : `-${n}`;
    const id = `${base.slice(0, MAX_ID - suffix.length).replace(/-+$/, '')}${suffix}`;
    if (!taken.has(id)) return id;
  }
}

const listAt = (value: Json | undefined, path: readonly string[]): readonly Json[] => {
  const list = getAt(value, path);
  return Array.isArray(list) ? (list as Json[]) : [];
};

/** The ids of a list's items, but the one at `except`. */
export function idsOf(list: Json | undefined, except?: number): Set<string> {
  return new Set(listAt(list, []).flatMap((item, i) => (i !== except && typeof getAt(item, ['id']) === 'string' ? [getAt(item, ['id']) as string] : [])));
}

/** The id a new item of `list` starts with, before it has a name: the fallback, made unique. */
export const newId = (list: Json | undefined, fallback: string): string => idFrom('', fallback, idsOf(list));

/**
 * A text of the policy (a name, a title: a string, or one by language) as the studio shows it: in the first of
 * `languages` that has it, else in any; empty when it has none.
 */
export function textOf(text: Json | undefined, ...languages: string[]): string {
  if (typeof text === 'string') return text;
  if (!isObject(text)) return '';
  const found = [...languages.map((tag) => text[tag]), ...Object.values(text)].find((t) => typeof t === 'string' && t.trim() !== '');
  return typeof found === 'string' ? found : '';
}

/** The findings whose subject is an item of each list: scenarios expect them as "kind:id", such as "avoid:layoffs". */
const SUBJECT_KINDS = {
  topics: ['needs-approval', 'avoid', 'protected'],
  products: ['product-mention', 'unreleased-product', 'confidential-product'],
  competitors: ['competitor-mention'],
  roles: [],
} as const satisfies Record<string, readonly FindingKind[]>;

export type ReferencedList = keyof typeof SUBJECT_KINDS;

/**
 * Whether something refers to an id of `list`, so that renaming its item must not change it: a scenario (what it
 * expects, whom it is for), a role (its changes to topics, the role it builds on), or the policy in force.
 */
export function referencesTo(value: Json | undefined, list: ReferencedList, inForce: Policy | undefined): (id: string) => boolean {
  const scenarios = listAt(value, ['scenarios']);
  const roles = listAt(value, ['roles']);
  const expected = new Set(scenarios.flatMap((scenario) => listAt(scenario, ['expect'])));
  const kinds: readonly FindingKind[] = SUBJECT_KINDS[list];
  return (id) =>
    kinds.some((kind) => expected.has(`${kind}:${id}`)) ||
    (list === 'topics' && roles.some((role) => isObject(getAt(role, ['topics'])) && Object.hasOwn(getAt(role, ['topics']) as object, id))) ||
    // A role building on itself is a problem to fix, not a reference.
    (list === 'roles' && roles.some((role) => getAt(role, ['extends']) === id && getAt(role, ['id']) !== id)) ||
    (list === 'roles' && scenarios.some((scenario) => listAt(scenario, ['roles']).includes(id))) ||
    (inForce?.[list] ?? []).some((item) => item.id === id);
}
