/**
 * A policy prepared for analysis, and the plain-data pack it is loaded from. The background makes the pack once per
 * policy (`pack.ts`: terms folded, owners listed, roles resolved, term lists left out); a tab loads it only when a
 * draft first needs analysing, building its automaton from the folded terms in one linear pass. Content-safe: no
 * policy parser, no term lists, no role resolution here.
 */
import type { Policy, Rules, Topic } from '../policy/types';
import type { TermOwner } from '../policy/terms';
import { type HashedProducts, hashedProductsOf } from './hashed';
import { buildMatcher, buildMatcherInSlices, type Matcher, NO_GROUP } from './matcher';

/**
 * Who a term belongs to: an entity or topic of the policy, a text whose presence is checked (a disclosure is
 * `clear` when it names the company), a link to the company's own domains, or an endorsement cue.
 */
export type Owner =
  | TermOwner
  | { readonly kind: 'disclaimer' | 'company-link' | 'endorsement-cue' }
  | { readonly kind: 'disclosure'; readonly clear: boolean };

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

/** What `analyze` reads. A full `CompiledPolicy` (pages) is one too. */
export interface PreparedPolicy {
  readonly policy: AnalyzedPolicy;
  readonly matcher: Matcher;
  /** For each matcher term, everything that term stands for. */
  readonly owners: readonly (readonly Owner[])[];
  readonly base: AnalysisView;
  readonly roles: ReadonlyMap<string, AnalysisView>;
  /** Products the policy names only by hash, if any. */
  readonly hashed?: HashedProducts | undefined;
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

export interface PolicyPack {
  readonly format: typeof PACK_FORMAT;
  /** A digest of everything else: the background rewrites the pack only when it changes. */
  readonly key: string;
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

/** Puts the company's name where a policy text says "{company}" (a function, so "$" in a name stays literal). */
export function withCompany(text: string, name: string): string {
  return text.replaceAll('{company}', () => name);
}

const SHARED_OWNERS: Partial<Record<(typeof OWNER_KINDS)[number], Owner>> = {
  employer: { kind: 'employer' },
  disclaimer: { kind: 'disclaimer' },
  'company-link': { kind: 'company-link' },
  'endorsement-cue': { kind: 'endorsement-cue' },
  'clear-disclosure': { kind: 'disclosure', clear: true },
  'weak-disclosure': { kind: 'disclosure', clear: false },
};

function ownerOf(code: OwnerCode): Owner {
  const kind = OWNER_KINDS[code % OWNER_STRIDE];
  if (kind === 'competitor' || kind === 'product' || kind === 'topic') return { kind, index: Math.floor(code / OWNER_STRIDE) };
  const owner = kind && SHARED_OWNERS[kind];
  if (!owner) throw new Error(`Unknown owner code ${code}.`);
  return owner;
}

/** Disclosures are judged one wording at a time: a longer one never stands in for a shorter one. */
const isDisclosure = (code: OwnerCode) => OWNER_KINDS[code % OWNER_STRIDE]!.endsWith('-disclosure');

/** Builds what `analyze` reads from a pack, at once (pages). Throws on a pack it cannot read. */
export function loadPack(pack: PolicyPack): LoadedPack {
  return assemble(pack, buildMatcher(pack.terms, groupsOf(pack)));
}

/** The same, building the automaton in short slices with `pause()` between them (tabs). */
export async function loadPackInSlices(pack: PolicyPack, pause: () => Promise<void>): Promise<LoadedPack> {
  return assemble(pack, await buildMatcherInSlices(pack.terms, groupsOf(pack), pause));
}

export type LoadedPack = PreparedPolicy & { readonly demo: boolean };

/** Terms covering each other when they end at the same place: those with the same owners, never disclosures. */
function groupsOf(pack: PolicyPack): (term: number) => number {
  const groups = new Map<string, number>();
  return (term) => {
    const codes = pack.owners[term]!;
    if (codes.some(isDisclosure)) return NO_GROUP;
    if (codes.length === 1) return codes[0]!;
    const key = codes.join();
    let group = groups.get(key);
    if (group === undefined) groups.set(key, (group = -2 - groups.size)); // below NO_GROUP: never a single code
    return group;
  };
}

function assemble(pack: PolicyPack, matcher: Matcher): LoadedPack {
  if (matcher.terms.length !== pack.terms.length || pack.owners.length !== pack.terms.length) {
    throw new Error('The pack lists a term twice, or owners for other terms.');
  }
  const roles = new Map<string, AnalysisView>();
  for (const role of pack.roles) {
    const topics = [...pack.base.topics];
    for (const [index, topic] of role.topics) topics[index] = topic;
    roles.set(role.id, { rules: role.rules, topics });
  }
  return {
    demo: pack.demo,
    policy: pack.policy,
    matcher,
    owners: pack.owners.map((codes) => codes.map(ownerOf)),
    base: pack.base,
    roles,
    hashed: hashedProductsOf(pack.policy),
  };
}
