/**
 * `packPolicy(policy)`: everything a tab needs to analyse drafts, worked out once by the background — every term
 * folded, its owners listed, every role resolved — as plain data (stored in `storage.local`) that a tab loads only
 * when a draft first needs it. Term lists, scenarios and everything else only pages show are left out.
 */
import { sha256Hex } from '../text/sha256';
import { foldTerm } from '../text/fold';
import { allTranslations } from './localize';
import { companyNamer } from './names';
import { resolveRole, type RoleView } from './roles';
import { policyTerms, type TermOwner } from './terms';
import type { Policy, Rules, Topic } from './types';

/** The part of a policy that findings and the nudge name: no term lists (the pack's terms stand for them). */
export interface AnalyzedPolicy {
  readonly version: string;
  readonly defaultLocale: Policy['defaultLocale'];
  readonly feedback?: Policy['feedback'];
  readonly company: Pick<Policy['company'], 'name'>;
  readonly competitors: readonly Pick<Policy['competitors'][number], 'id' | 'name'>[];
  readonly products: readonly Pick<Policy['products'][number], 'id' | 'name' | 'status' | 'embargoUntil' | 'nameHashes'>[];
  readonly corporateAccounts: Policy['corporateAccounts'];
  readonly hashedNames?: Policy['hashedNames'];
}

export type AnalyzedTopic = Omit<Topic, 'terms'>;

/** The rules and topics in force for one role (or none). */
export interface AnalysisView {
  readonly rules: Rules;
  readonly topics: readonly AnalyzedTopic[];
}

/** Bump when the pack's shape changes: a tab ignores a pack of another format until the background rewrites it. */
export const PACK_FORMAT = 1;

/**
 * An owner as a number: its kind's code, plus 16 × its index for competitors, products and topics. Kinds whose
 * matches merge into one span share a code, which is what lets the matcher skip the shorter of them.
 */
export type OwnerCode = number;
export const OWNER_KINDS = ['employer', 'competitor', 'product', 'topic', 'disclaimer', 'company-link', 'endorsement-cue', 'clear-disclosure', 'weak-disclosure'] as const;
export const OWNER_STRIDE = 16;

export interface PackContents {
  readonly format: typeof PACK_FORMAT;
  /** The bundled demo policy: nudges say their advice is about a fictional company. */
  readonly demo: boolean;
  readonly policy: AnalyzedPolicy;
  /** Folded, distinct terms, sorted… */
  readonly terms: readonly string[];
  /** …and, for each, the codes of its owners. */
  readonly owners: readonly (readonly OwnerCode[])[];
  readonly base: AnalysisView;
  /** Each role's rules, and its topics that differ from the base ones (by index). */
  readonly roles: readonly { readonly id: string; readonly rules: Rules; readonly topics: readonly (readonly [number, AnalyzedTopic])[] }[];
}

/** The pack as stored: its contents and a digest of them (the background rewrites it only when that changes). */
export interface PolicyPack extends PackContents {
  readonly key: string;
}

/** Puts the company's name where a policy text says "{company}" (a function, so "$" in a name stays literal). */
export function withCompany(text: string, name: string): string {
  return text.includes('{company}') ? text.replaceAll('{company}', () => name) : text;
}

const code = (kind: (typeof OWNER_KINDS)[number], index = 0): OwnerCode => OWNER_KINDS.indexOf(kind) + OWNER_STRIDE * index;
const codeOf = (owner: TermOwner): OwnerCode => (owner.kind === 'employer' ? code('employer') : code(owner.kind, owner.index));

/** "Views are my own." and "(views are my own)" both count: a presence phrase ignores punctuation at its edges. */
function foldPhrase(phrase: string): string {
  return foldTerm(phrase).replace(/^[^\p{L}\p{N}#@$]+|[^\p{L}\p{N}]+$/gu, '');
}

const withoutTerms = ({ terms: _terms, ...topic }: Topic): AnalyzedTopic => topic;
const view = ({ rules, topics }: RoleView): AnalysisView => ({ rules, topics: topics.map(withoutTerms) });

/** What a tab needs from a policy (pages use it as is; the background stores it with its digest: `storedPack`). */
export function packPolicy(policy: Policy, demo: boolean): PackContents {
  const roleViews = policy.roles.map((r) => [r.id, resolveRole(policy, r.id)] as const);
  const base = resolveRole(policy, null);
  const views = [base, ...roleViews.map(([, v]) => v)];

  const byTerm = new Map<string, OwnerCode[]>();
  const own = (owner: OwnerCode, term: string, foldWith: (t: string) => string = foldTerm) => {
    const folded = foldWith(term);
    if (!folded) return;
    const list = byTerm.get(folded);
    if (!list) byTerm.set(folded, [owner]);
    else if (!list.includes(owner)) list.push(owner);
  };

  for (const { typed, owner, path } of policyTerms(policy)) {
    own(codeOf(owner), typed);
    if (owner.kind === 'employer' && path[1] === 'domains') own(code('company-link'), typed);
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
          const owner = kind === 'disclaimer' ? 'disclaimer' : namesTheCompany(wording) ? 'clear-disclosure' : 'weak-disclosure';
          own(code(owner), wording, foldPhrase);
        }
      }
    }
  }
  for (const { rules } of views) {
    for (const wording of rules.disclosure.weakVariants) own(code('weak-disclosure'), wording, foldPhrase);
    for (const cue of rules.disclosure.endorsementCues) own(code('endorsement-cue'), cue);
  }

  const baseView = view(base);
  // Sorted, so a tab builds its trie without sorting.
  const terms = [...byTerm.keys()].sort((a, b) => (a < b ? -1 : 1));
  return {
    format: PACK_FORMAT,
    demo,
    policy: analyzedPart(policy),
    terms,
    owners: terms.map((term) => byTerm.get(term)!),
    base: baseView,
    roles: roleViews.map(([id, roleView]) => {
      const { rules, topics } = view(roleView);
      const changed = topics.flatMap((topic, i) => (JSON.stringify(topic) === JSON.stringify(baseView.topics[i]) ? [] : [[i, topic] as const]));
      return { id, rules, topics: changed };
    }),
  };
}

/** The pack as the background stores it: with a digest of its contents, so it is rewritten only when they change. */
export function storedPack(policy: Policy, demo: boolean): PolicyPack {
  const contents = packPolicy(policy, demo);
  return { key: sha256Hex(JSON.stringify(contents)), ...contents };
}

function analyzedPart(policy: Policy): AnalyzedPolicy {
  const { version, defaultLocale, feedback, company, competitors, products, corporateAccounts, hashedNames } = policy;
  return {
    version,
    defaultLocale,
    ...(feedback && { feedback }),
    company: { name: company.name },
    competitors: competitors.map(({ id, name }) => ({ id, name })),
    products: products.map(({ id, name, status, embargoUntil, nameHashes }) => ({
      id, name, status, ...(embargoUntil && { embargoUntil }), ...(nameHashes && { nameHashes }),
    })),
    corporateAccounts,
    ...(hashedNames && { hashedNames }),
  };
}
