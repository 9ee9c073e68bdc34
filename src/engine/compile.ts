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
import { companyNamer } from '../policy/names';
import type { Policy } from '../policy/types';
import { foldTerm } from '../text/fold';
import { type HashedProducts, hashedProductsOf } from './hashed';
import { buildMatcher, type Matcher } from './matcher';

/**
 * Who a term belongs to: an entity or topic of the policy, a text whose presence is checked (a disclosure is
 * `clear` when it names the company), a link to the company's own domains, or an endorsement cue.
 */
export type Owner =
  | TermOwner
  | { readonly kind: 'disclaimer' | 'company-link' | 'endorsement-cue' }
  | { readonly kind: 'disclosure'; readonly clear: boolean };

// One object per kind: owners are compared by identity when a term is listed twice.
const DISCLAIMER: Owner = { kind: 'disclaimer' };
const CLEAR_DISCLOSURE: Owner = { kind: 'disclosure', clear: true };
const WEAK_DISCLOSURE: Owner = { kind: 'disclosure', clear: false };
const COMPANY_LINK: Owner = { kind: 'company-link' };
const ENDORSEMENT_CUE: Owner = { kind: 'endorsement-cue' };

export interface CompiledPolicy {
  readonly policy: Policy;
  readonly matcher: Matcher;
  /** For each matcher term, everything that term stands for. */
  readonly owners: readonly (readonly Owner[])[];
  readonly base: RoleView;
  readonly roles: ReadonlyMap<string, RoleView>;
  /** Products the policy names only by hash, if any. */
  readonly hashed?: HashedProducts | undefined;
}

/** Puts the company's name where a policy text says "{company}" (a function, so "$" in a name stays literal). */
export function withCompany(text: string, name: string): string {
  return text.replaceAll('{company}', () => name);
}

/** "Views are my own." and "(views are my own)" both count: a presence phrase ignores punctuation at its edges. */
function foldPhrase(phrase: string): string {
  return foldTerm(phrase).replace(/^[^\p{L}\p{N}#@$]+|[^\p{L}\p{N}]+$/gu, '');
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

  for (const { typed, owner, path } of policyTerms(policy)) {
    own(owner, typed);
    if (owner.kind === 'employer' && path[1] === 'domains') own(COMPANY_LINK, typed);
  }

  // A disclaimer or disclosure counts as present in any wording any role would insert or accept, with any of the
  // company's names where the wording says "{company}".
  const names = [policy.company.name, ...policy.company.aliases];
  const namesTheCompany = companyNamer(policy);
  for (const kind of ['disclaimer', 'disclosure'] as const) {
    for (const { rules } of views) {
      const rule = rules[kind];
      for (const phrase of [...rule.variants, ...allTranslations(rule.text), ...allTranslations(rule.short)]) {
        for (const wording of phrase.includes('{company}') ? names.map((name) => withCompany(phrase, name)) : [phrase]) {
          const owner = kind === 'disclaimer' ? DISCLAIMER : namesTheCompany(wording) ? CLEAR_DISCLOSURE : WEAK_DISCLOSURE;
          own(owner, wording, foldPhrase);
        }
      }
    }
  }
  for (const { rules } of views) {
    for (const wording of rules.disclosure.weakVariants) own(WEAK_DISCLOSURE, wording, foldPhrase);
    for (const cue of rules.disclosure.endorsementCues) own(ENDORSEMENT_CUE, cue);
  }

  return { policy, matcher: buildMatcher(byTerm.keys()), owners: [...byTerm.values()], base, roles, hashed: hashedProductsOf(policy) };
}
