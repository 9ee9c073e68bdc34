/**
 * Role overlays: a role starts from the base policy, applies the role it `extends` (recursively), then its own
 * changes. Each rule and topic is merged field by field, so a role can switch a rule off, tighten its severity
 * or action, or change its texts, and inherits everything it does not mention.
 */
import type { Policy, RoleOverlay, Rules, Topic } from './types';

export interface RoleView {
  /** The role in force, or null for the base policy (no role chosen, or an unknown one). */
  readonly role: RoleOverlay | null;
  readonly rules: Rules;
  readonly topics: readonly Topic[];
}

/** The chain of roles to apply, ancestors first. Stops at an unknown id or a loop (the parser reports both). */
function roleChain(policy: Policy, roleId: string): RoleOverlay[] {
  const chain: RoleOverlay[] = [];
  const seen = new Set<string>();
  let id: string | undefined = roleId;
  while (id !== undefined && !seen.has(id)) {
    seen.add(id);
    const role = policy.roles.find((r) => r.id === id);
    if (!role) break;
    chain.unshift(role);
    id = role.extends;
  }
  return chain;
}

export function resolveRole(policy: Policy, roleId: string | null | undefined): RoleView {
  const chain = roleId ? roleChain(policy, roleId) : [];
  if (chain.length === 0) return { role: null, rules: policy.rules, topics: policy.topics };
  const rules = { ...policy.rules } as Record<keyof Rules, object>;
  const topicChanges = new Map<string, object>();
  for (const overlay of chain) {
    for (const [name, change] of Object.entries(overlay.rules) as [keyof Rules, object | undefined][]) {
      if (change) rules[name] = { ...rules[name], ...change };
    }
    for (const [topicId, change] of Object.entries(overlay.topics)) {
      topicChanges.set(topicId, { ...topicChanges.get(topicId), ...change });
    }
  }
  const topics = policy.topics.map((t) => (topicChanges.has(t.id) ? { ...t, ...topicChanges.get(t.id) } : t));
  return { role: chain[chain.length - 1]!, rules: rules as Rules, topics };
}

export interface RoleChanges {
  readonly rules: ReadonlySet<keyof Rules>;
  readonly topics: ReadonlySet<string>;
}

/** What a role changes compared with the base policy, so pages can point out what is different for this role. */
export function roleChanges(base: RoleView, role: RoleView): RoleChanges {
  const differs = (a: unknown, b: unknown) => JSON.stringify(a) !== JSON.stringify(b);
  const rules = (Object.keys(base.rules) as (keyof Rules)[]).filter((id) => differs(base.rules[id], role.rules[id]));
  const topics = base.topics.filter((t, i) => differs(t, role.topics[i])).map((t) => t.id);
  return { rules: new Set(rules), topics: new Set(topics) };
}
