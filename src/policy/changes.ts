/**
 * What changed between two versions of a policy, in terms an employee cares about: names and terms added or
 * removed, topics whose action changed, roles, and the texts to add to posts. Plain data in and out (no zod).
 */
import { policyTerms } from './terms';
import type { Policy } from './types';

export interface PolicyChanges {
  readonly termsAdded: readonly string[];
  readonly termsRemoved: readonly string[];
  readonly topicsAdded: readonly string[];
  readonly topicsRemoved: readonly string[];
  readonly topicActions: readonly { readonly id: string; readonly from: string; readonly to: string }[];
  readonly rolesAdded: readonly string[];
  readonly rolesRemoved: readonly string[];
  readonly rolesChanged: readonly string[];
  readonly disclaimerChanged: boolean;
  readonly disclosureChanged: boolean;
}

/** The ways the policy writes things, except those of the products listed (now known only by their hashes). */
function terms(policy: Policy, hashedLater: ReadonlySet<string> = new Set()): Set<string> {
  const hidden = (index: number) => hashedLater.has(policy.products[index]!.id);
  return new Set(policyTerms(policy).filter(({ owner }) => owner.kind !== 'product' || !hidden(owner.index)).map((term) => term.typed));
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const minus = <T>(a: Iterable<T>, b: Set<T>) => [...a].filter((x) => !b.has(x));

export function policyChanges(before: Policy, after: Policy): PolicyChanges {
  // A product whose names became hashes is still covered: its names are not "no longer covered".
  const oldTerms = terms(before, new Set(after.products.filter((p) => p.nameHashes?.length).map((p) => p.id)));
  const newTerms = terms(after);
  const oldTopics = new Map(before.topics.map((t) => [t.id, t]));
  const newTopics = new Map(after.topics.map((t) => [t.id, t]));
  const oldRoles = new Map(before.roles.map((r) => [r.id, r]));
  const newRoles = new Map(after.roles.map((r) => [r.id, r]));
  const textOf = (p: Policy, rule: 'disclaimer' | 'disclosure') => [p.rules[rule].text, p.rules[rule].enabled, p.roles.map((r) => r.rules[rule])];
  return {
    termsAdded: minus(newTerms, oldTerms),
    termsRemoved: minus(oldTerms, newTerms),
    topicsAdded: minus(newTopics.keys(), new Set(oldTopics.keys())),
    topicsRemoved: minus(oldTopics.keys(), new Set(newTopics.keys())),
    topicActions: [...newTopics.values()].flatMap((t) => {
      const old = oldTopics.get(t.id);
      return old && old.action !== t.action ? [{ id: t.id, from: old.action, to: t.action }] : [];
    }),
    rolesAdded: minus(newRoles.keys(), new Set(oldRoles.keys())),
    rolesRemoved: minus(oldRoles.keys(), new Set(newRoles.keys())),
    rolesChanged: [...newRoles.values()].filter((r) => oldRoles.has(r.id) && !same(oldRoles.get(r.id), r)).map((r) => r.id),
    disclaimerChanged: !same(textOf(before, 'disclaimer'), textOf(after, 'disclaimer')),
    disclosureChanged: !same(textOf(before, 'disclosure'), textOf(after, 'disclosure')),
  };
}

/** True when nothing an employee would notice changed. */
export function isEmpty(changes: PolicyChanges): boolean {
  return Object.values(changes).every((v) => v === false || (Array.isArray(v) && v.length === 0));
}
