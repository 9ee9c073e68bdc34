/**
 * `compile(policy)` for pages (popup, options, playground, CLI): the same pack a tab loads, plus the whole policy
 * and every role's view, which pages show. Runs once per policy.
 */
import { resolveRole, type RoleView } from '../policy/roles';
import type { Policy } from '../policy/types';
import { packPolicy } from '../policy/pack';
import { loadPack, type PreparedPolicy } from './prepared';

export { withCompany } from '../policy/pack';

export interface CompiledPolicy extends PreparedPolicy {
  readonly policy: Policy;
  readonly base: RoleView;
  readonly roles: ReadonlyMap<string, RoleView>;
}

/**
 * `compile`, or nothing when the stored policy cannot be compiled (corrupt storage the background has not re-checked
 * yet): a reader then waits for a good policy instead of throwing on every page and keystroke.
 */
export function compileIfReadable(policy: Policy | undefined): CompiledPolicy | undefined {
  try {
    return policy && compile(policy);
  } catch {
    return undefined;
  }
}

export function compile(policy: Policy): CompiledPolicy {
  const { matcher, owners, hashed } = loadPack(packPolicy(policy, false));
  const roles = new Map(policy.roles.map((r) => [r.id, resolveRole(policy, r.id)]));
  return { policy, matcher, owners, base: resolveRole(policy, null), roles, hashed };
}
