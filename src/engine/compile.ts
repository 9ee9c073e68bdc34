/**
 * `compile(policy)` runs once per policy: it folds every term, builds one automaton for all of them, and resolves
 * every role, so that `analyze` only scans the draft and assembles findings.
 *
 * The input is a validated policy (plain data). The result holds typed arrays and Maps, so each place that
 * analyses (content script, popup) compiles the policy it receives once, rather than receiving the automaton.
 */
import { allTranslations } from '../policy/localize';
import { resolveRole, type RoleView } from '../policy/roles';
import { policyTerms, type TermOwner } from '../policy/terms';
import type { Policy } from '../policy/types';
import { foldTerm } from '../text/fold';
import { buildMatcher, type Matcher } from './matcher';

/** Who a term belongs to: an entity or topic of the policy, or the texts whose presence is checked. */
export type Owner = TermOwner | { readonly kind: 'disclaimer' | 'disclosure' };

export interface CompiledPolicy {
  readonly policy: Policy;
  readonly matcher: Matcher;
  /** For each matcher term, everything that term stands for. */
  readonly owners: readonly (readonly Owner[])[];
  readonly base: RoleView;
  readonly roles: ReadonlyMap<string, RoleView>;
}

/** Puts the company's name where a policy text says "{company}" (a function, so "$" in a name stays literal). */
export function withCompany(text: string, name: string): string {
  return text.replaceAll('{company}', () => name);
}

/** "Views are my own." and "(views are my own)" both count: a presence phrase ignores punctuation at its edges. */
function foldPhrase(phrase: string): string {
  return foldTerm(phrase).replace(/^[^\p{L}\p{N}#@$]+|[^\p{L}\p{N}]+$/gu, '');
}

export function compile(policy: Policy): CompiledPolicy {
  const roles = new Map(policy.roles.map((r) => [r.id, resolveRole(policy, r.id)]));
  const base = resolveRole(policy, null);
  const views = [base, ...roles.values()];

  const byTerm = new Map<string, Owner[]>();
  const own = (owner: Owner, term: string, foldWith: (t: string) => string = foldTerm) => {
    const folded = foldWith(term);
    if (!folded) return;
    const list = byTerm.get(folded);
    if (!list) byTerm.set(folded, [owner]);
    else if (!list.includes(owner)) list.push(owner);
  };

  for (const { typed, owner } of policyTerms(policy)) own(owner, typed);

  // A disclaimer or disclosure counts as present in any wording any role would insert or accept, with any of the
  // company's names where the wording says "{company}".
  const names = [policy.company.name, ...policy.company.aliases];
  for (const kind of ['disclaimer', 'disclosure'] as const) {
    const owner: Owner = { kind };
    for (const { rules } of views) {
      for (const phrase of [...rules[kind].variants, ...allTranslations(rules[kind].text)]) {
        for (const wording of phrase.includes('{company}') ? names.map((name) => withCompany(phrase, name)) : [phrase]) {
          own(owner, wording, foldPhrase);
        }
      }
    }
  }

  return { policy, matcher: buildMatcher(byTerm.keys()), owners: [...byTerm.values()], base, roles };
}
