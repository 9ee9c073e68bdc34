/**
 * `compile(policy)` runs once per policy: it folds every term, builds one automaton for all of them, and resolves
 * every role, so that `analyze` only scans the draft and assembles findings.
 *
 * The input is a validated policy (plain data). The result holds typed arrays and Maps, so each place that
 * analyses (content script, popup) compiles the policy it receives once, rather than receiving the automaton.
 */
import type { Policy } from '../policy/types';
import { allTranslations } from '../policy/localize';
import { buildMatcher, type Matcher } from './matcher';
import { foldTerm } from '../text/fold';
import { resolveRole, type RoleView } from '../policy/roles';

/** Who a term belongs to. `index` points into the policy's competitors, products or topics. */
export type Owner =
  | { readonly kind: 'employer' }
  | { readonly kind: 'competitor' | 'product' | 'topic'; readonly index: number }
  | { readonly kind: 'disclaimer' | 'disclosure' };

export interface CompiledPolicy {
  readonly policy: Policy;
  readonly matcher: Matcher;
  /** For each matcher term, everything that term stands for. */
  readonly owners: readonly (readonly Owner[])[];
  readonly base: RoleView;
  readonly roles: ReadonlyMap<string, RoleView>;
}

interface Entity {
  readonly name: string;
  readonly aliases: readonly string[];
  readonly handles?: Partial<Record<string, readonly string[]>>;
  readonly hashtags: readonly string[];
  readonly tickers?: readonly string[];
  readonly domains?: readonly string[];
}

/** Every way a company, competitor or product may be written, each prefixed as people type it. */
export function entityTerms(entity: Entity): string[] {
  const handles = Object.values(entity.handles ?? {}).flatMap((list) => list ?? []);
  return [
    entity.name,
    ...entity.aliases,
    ...handles.map((h) => withPrefix('@', h)),
    ...entity.hashtags.map((h) => withPrefix('#', h)),
    ...(entity.tickers ?? []).map((t) => withPrefix('$', t)),
    ...(entity.domains ?? []),
  ];
}

const withPrefix = (prefix: string, s: string) => (s.startsWith(prefix) ? s : prefix + s);

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

  const employer: Owner = { kind: 'employer' };
  for (const term of entityTerms(policy.company)) own(employer, term);
  policy.competitors.forEach((c, index) => {
    const owner: Owner = { kind: 'competitor', index };
    for (const term of entityTerms(c)) own(owner, term);
  });
  policy.products.forEach((p, index) => {
    const owner: Owner = { kind: 'product', index };
    for (const term of entityTerms(p)) own(owner, term);
  });
  policy.topics.forEach((t, index) => {
    const owner: Owner = { kind: 'topic', index };
    for (const term of t.terms) own(owner, term);
  });

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
