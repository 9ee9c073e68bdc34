/**
 * The bench's policies and drafts, from fixed seeds so every run (and `npm run bench:page`) measures the same work:
 * synthetic policies of any number of terms built on Acme's rules and roles, and drafts of filler words with a
 * mention every few words.
 */
import { bundledPolicy } from '../src/policy/bundled';
import { COMMON_WORDS } from '../src/policy/common-words';
import { parsePolicy } from '../src/policy/parse';
import { entityTerms, policyTerms } from '../src/policy/terms';
import type { Policy } from '../src/policy/types';
import { foldTerm } from '../src/text/fold';
import { mulberry32, type Random } from './seeded-random';

/** A mention every this many words: a post names a term or two, a long document a few hundred. */
const MENTION_EVERY = 18;

const pick = <T>(random: Random, list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
const intBetween = (random: Random, min: number, max: number) => min + Math.floor(random() * (max - min + 1));
const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

const SYLLABLES = [
  'ka', 'lo', 'ven', 'tri', 'mar', 'sel', 'dor', 'qui', 'bra', 'zen', 'fal', 'rin', 'tho', 'mu', 'pe', 'gra', 'nox',
  'li', 'sta', 'vi', 'ro', 'den', 'cal', 'ex', 'mo', 'tan', 'ur', 'shi', 'ple', 'vor', 'ga', 'ne', 'op', 'sil', 'tek',
  'wa', 'ber', 'lu', 'zo', 'cen',
];

/** Everyday words the drafts are made of (some accented or with a curly apostrophe, as typed text is). */
const FILLER_WORDS = [
  'we', 'our', 'the', 'a', 'and', 'to', 'of', 'in', 'on', 'for', 'with', 'this', 'it', 'was', 'is', 'more', 'just',
  'team', 'week', 'today', 'launch', 'shipped', 'customers', 'proud', 'engineers', 'feature', 'morning', 'coffee',
  'meeting', 'design', 'support', 'release', 'working', 'together', 'built', 'thanks', 'great', 'learned', 'talk',
  'conference', 'people', 'data', 'users', 'feedback', 'quick', 'update', 'really', 'excited', 'about', 'hard',
  'work', 'new', 'office', 'remote', 'hiring', 'question', 'answer', 'story', 'years', 'first', 'always', 'café',
  'résumé', 'naïve', 'déjà', 'vu', 'it’s', 'we’re', 'don’t',
];

const SENTENCE_ENDS = ['. ', '. ', '. ', '! ', '? ', '.\n', '.\n\n', ' 🚀 '];

/** A pronounceable made-up word of 4 to 10 letters. */
function pseudoWord(random: Random): string {
  for (;;) {
    const length = intBetween(random, 4, 10);
    let word = '';
    while (word.length < length) word += pick(random, SYLLABLES);
    if (word.length <= 10) return word;
  }
}

/**
 * `count` distinct lowercase terms, about a quarter of them two-word phrases. Everyday words are left out so the
 * filler never hits a term by chance and the parser has no common word to warn about.
 */
function generateTerms(count: number, random: Random): string[] {
  const reserved = new Set([...FILLER_WORDS.map(foldTerm), ...COMMON_WORDS]);
  const terms = new Set<string>();
  while (terms.size < count) {
    const term = random() < 0.25 ? `${pseudoWord(random)} ${pseudoWord(random)}` : pseudoWord(random);
    if (!reserved.has(term)) terms.add(term);
  }
  return [...terms];
}

/** Acme's company reduced to its name and aliases (4 terms): its handles, hashtags… would not fit in 10 terms. */
function benchCompany(acme: Policy): Policy['company'] {
  return { ...acme.company, handles: {}, hashtags: [], tickers: [], domains: [] };
}


/**
 * Acme's policy (rules, roles, topic settings) with `generated` terms as its competitors, products and topics:
 * a fifth each to competitors and products, in groups of a name and up to two aliases, the rest to topics.
 */
function syntheticPolicy(acme: Policy, generated: readonly string[], random: Random): Policy {
  let taken = 0;
  const groups = (count: number, min: number, max: number): string[][] => {
    const end = taken + count;
    const result: string[][] = [];
    while (taken < end) {
      const size = Math.min(end - taken, intBetween(random, min, max));
      result.push(generated.slice(taken, taken + size));
      taken += size;
    }
    return result;
  };
  const entityShare = Math.round(generated.length / 5);

  const competitors: Policy['competitors'] = groups(entityShare, 1, 3).map(([name, ...aliases], i) => ({
    id: `competitor-${i}`,
    name: capitalize(name!),
    aliases: aliases.map(capitalize),
    handles: {},
    hashtags: [],
    tickers: [],
    domains: [],
  }));
  const statuses = ['released', 'unreleased', 'confidential'] as const;
  const products: Policy['products'] = groups(entityShare, 1, 3).map(([name, ...aliases], i) => ({
    id: `product-${i}`,
    name: capitalize(name!),
    aliases: aliases.map(capitalize),
    hashtags: [],
    status: statuses[i % statuses.length]!,
  }));
  // Topics cycle through acme's, so they keep its real actions, scopes and approvers; the first ones keep their ids.
  const topics: Policy['topics'] = groups(generated.length - taken, 5, 30).map((terms, i) => {
    const template = acme.topics[i % acme.topics.length]!;
    return { ...template, id: i < acme.topics.length ? template.id : `${template.id}-${i}`, terms };
  });
  // A role may only change topics that exist, and the smallest policy has fewer topics than acme.
  const topicIds = new Set(topics.map((t) => t.id));
  const roles = acme.roles.map((role) => ({
    ...role,
    topics: Object.fromEntries(Object.entries(role.topics).filter(([id]) => topicIds.has(id))),
  }));

  // Acme's scenarios name its own products and competitors, which the synthetic policy replaces.
  return { ...acme, company: benchCompany(acme), competitors, products, topics, roles, scenarios: [] };
}

/** Runs the policy through the real parser, so the bench only ever measures policies Candor would accept. */
function validated(policy: Policy, expectedTerms: number): Policy {
  const result = parsePolicy(policy);
  if (!result.ok) {
    const problems = result.errors.slice(0, 5).map((e) => `${e.path}: ${e.message}`).join('\n  ');
    throw new Error(`The synthetic ${expectedTerms}-term policy is invalid:\n  ${problems}`);
  }
  const terms = termsOf(result.policy).length;
  if (terms !== expectedTerms) throw new Error(`The synthetic policy has ${terms} terms, not ${expectedTerms}.`);
  return result.policy;
}

/** Sentences of filler with a mention every MENTION_EVERY words, half of them "Acme"; cut to exactly `chars`. */
function generateDraft(chars: number, mentions: readonly string[], random: Random): string {
  let draft = '';
  let words = 0;
  let mentionCount = 0;
  while (draft.length < chars) {
    const sentenceWords = intBetween(random, 6, 18);
    for (let i = 0; i < sentenceWords; i++, words++) {
      const isMention = words % MENTION_EVERY === 2;
      const word = !isMention ? pick(random, FILLER_WORDS) : mentionCount++ % 2 === 0 ? 'Acme' : pick(random, mentions);
      draft += i === 0 ? capitalize(word) : (random() < 0.08 ? ', ' : ' ') + word;
    }
    draft += pick(random, SENTENCE_ENDS);
  }
  return draft.slice(0, chars);
}

/** Every term as the engine counts them, mention terms (names, aliases, handles…) first, then topic terms. */
export const termsOf = (policy: Policy) => policyTerms(policy).map((term) => term.typed);
/** How many of `termsOf` are mentions of the company, competitors or products. */
export const mentionTermCount = (policy: Policy) => policyTerms(policy).filter((term) => term.owner.kind !== 'topic').length;

const acme = bundledPolicy();
const companyTermCount = entityTerms(benchCompany(acme)).length;
const poolFor = (() => {
  let pool: string[] = [];
  return (size: number) => {
    if (pool.length < size) pool = generateTerms(size, mulberry32(1));
    return pool.slice(0, size);
  };
})();

/** A validated synthetic policy of exactly `terms` terms (at least the company's 4). */
export function benchPolicy(terms: number): Policy {
  return validated(syntheticPolicy(acme, poolFor(terms - companyTermCount), mulberry32(2)), terms);
}

/**
 * Drafts of the given lengths. They mention terms every policy of at least `smallestPolicy` terms has (so even the
 * smallest finds something) and 50 terms of the largest.
 */
export function benchDrafts(lengths: readonly number[], smallestPolicy: number, largestPolicy: number): string[] {
  const draftRandom = mulberry32(3);
  const pool = poolFor(largestPolicy - companyTermCount);
  const inEveryPolicy = pool.slice(0, smallestPolicy - companyTermCount);
  const mentions = [...inEveryPolicy, ...Array.from({ length: 50 }, () => pick(draftRandom, pool))];
  return lengths.map((chars) => generateDraft(chars, mentions, draftRandom));
}
