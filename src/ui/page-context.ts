/**
 * Everything a Candor page reads from the shared state, worked out once by the page shell (`PageRoot`): the policy
 * in force, compiled; the role and its view of the policy; the language, its page words and a policy-text picker.
 */
import { compile, type CompiledPolicy } from '../engine/compile';
import type { RoleView } from '../policy/roles';
import type { LocalizedText, Policy } from '../policy/types';
import { inForce } from '../store/in-force';
import type { SharedState } from '../store/state';
import { localizer } from './localizer';
import { type PageMessages, pageMessagesFor } from './page-messages';

export interface PageContext {
  readonly state: SharedState;
  readonly policy: Policy;
  readonly compiled: CompiledPolicy;
  /** The role id in force, or undefined for the base policy. */
  readonly role: string | undefined;
  /** The policy as the role in force sees it (the base policy for none, or for an id the policy no longer has). */
  readonly view: RoleView;
  readonly locale: 'en' | 'fr';
  readonly messages: PageMessages;
  /** A policy text in the page's language. */
  readonly text: (text: LocalizedText) => string;
}

/**
 * The context for a state that has an active policy. Pass the `compiled` policy when it is already at hand
 * (the shell compiles once per policy, not per state change).
 */
export function pageContext(state: SharedState, browserLanguage: string, compiled?: CompiledPolicy): PageContext {
  const { policy, role, locale } = inForce(state, browserLanguage);
  if (!policy) throw new Error('pageContext needs an active policy');
  const ready = compiled?.policy === policy ? compiled : compile(policy);
  return {
    state,
    policy,
    compiled: ready,
    role,
    view: (role && ready.roles.get(role)) || ready.base,
    locale,
    messages: pageMessagesFor(locale),
    text: localizer(policy, locale),
  };
}
