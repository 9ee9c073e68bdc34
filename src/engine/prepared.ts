/**
 * A policy prepared for analysis, loaded from the plain-data pack the background makes once per policy
 * (`policy/pack.ts`: terms folded and sorted, owners listed, roles resolved, term lists left out). A tab loads it
 * only when a draft first needs analysing, building its automaton from the sorted terms in one linear pass.
 * Content-safe: no policy parser, no term lists, no role resolution here.
 */
import { type AnalysisView, type AnalyzedPolicy, OWNER_KINDS, OWNER_STRIDE, type OwnerCode, type PackContents } from '../policy/pack';
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
export function loadPack(pack: PackContents): LoadedPack {
  return assemble(pack, buildMatcher(pack.terms, groupsOf(pack)));
}

/** The same, building the automaton in short slices with `pause()` between them (tabs). */
export async function loadPackInSlices(pack: PackContents, pause: () => Promise<void>): Promise<LoadedPack> {
  return assemble(pack, await buildMatcherInSlices(pack.terms, groupsOf(pack), pause));
}

export type LoadedPack = PreparedPolicy & { readonly demo: boolean };

/** Terms covering each other when they end at the same place: those with the same owners, never disclosures. */
function groupsOf(pack: PackContents): (term: number) => number {
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

function assemble(pack: PackContents, matcher: Matcher): LoadedPack {
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
