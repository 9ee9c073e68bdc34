/**
 * Engine benchmark: `analyze` on drafts of 280, 3,000 and 60,000 characters against policies of 10, 1,000 and
 * 10,000 terms, next to the naive baseline an engineer would write first (one word-bounded regex per term).
 * Policies and drafts come from fixed seeds, so every run measures the same work.
 *
 *   npm run bench              a table, compile times and the target line
 *   npm run -s bench -- --json    only one JSON object on stdout (-s: without npm's banner)
 */
import { setFlagsFromString } from 'node:v8';
import { analyze, compile, type CompiledPolicy, type Finding } from '../src/engine';
import { entityTerms, policyTerms } from '../src/policy/terms';
import { foldTerm } from '../src/text/fold';
import { bundledPolicy } from '../src/policy/bundled';
import { COMMON_WORDS } from '../src/policy/common-words';
import { parsePolicy } from '../src/policy/parse';
import { mulberry32, type Random } from './seeded-random';
import { weightedLength } from '../src/text/weighted-length';
import { hashProductNames } from '../src/cli/hash-names';
import type { Policy } from '../src/policy/types';

// V8 first runs a new regex in its interpreter and compiles it to native code later; with thousands of regexes
// first run on short drafts, that path left the baseline about 10× slower than regexes compiled straight to
// native code. The baseline is measured at its best, so skip the interpreter (set before any baseline regex exists).
setFlagsFromString('--no-regexp-tier-up');

const DRAFT_SIZES = [280, 3_000, 60_000] as const;
const POLICY_SIZES = [10, 1_000, 10_000] as const;
const TARGET = { chars: 3_000, terms: 10_000, engineMs: 1, speedup: 20 } as const;

const WARMUP_RUNS = 20;
const MIN_RUNS = 15;
const MIN_TIME_MS = 200;
// The naive baseline at 10,000 terms × 60,000 chars takes hundreds of ms a run: past this budget, 3 runs will do.
const MAX_TIME_MS = 2_000;
const MIN_SLOW_RUNS = 3;

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

/** Every term as the engine counts them, mention terms (names, aliases, handles…) first, then topic terms. */
const termsOf = (policy: Policy) => policyTerms(policy).map((term) => term.typed);
/** How many of `termsOf` are mentions of the company, competitors or products. */
const mentionTermCount = (policy: Policy) => policyTerms(policy).filter((term) => term.owner.kind !== 'topic').length;

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

/** The naive approach: one case-insensitive regex per term, word-bounded as the engine is. */
function naivePatterns(terms: readonly string[]): RegExp[] {
  const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return terms.map((term) => new RegExp(`(?<![\\p{L}\\p{N}_])${escapeRegExp(term)}(?![\\p{L}\\p{N}_])`, 'giu'));
}

interface NaiveMatch {
  readonly term: number;
  readonly start: number;
  readonly end: number;
}

function naiveScan(draft: string, patterns: readonly RegExp[]): NaiveMatch[] {
  const matches: NaiveMatch[] = [];
  patterns.forEach((pattern, term) => {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(draft); m !== null; m = pattern.exec(draft)) {
      matches.push({ term, start: m.index, end: m.index + m[0].length });
    }
  });
  return matches;
}

const MENTION_KINDS: ReadonlySet<Finding['kind']> = new Set([
  'employer-mention', 'competitor-mention', 'product-mention', 'unreleased-product', 'confidential-product',
]);

/**
 * Where company, competitor and product mentions start. The engine reports one span per place ("Acme Robotics"),
 * the baseline one match per term ("Acme" and "Acme Robotics"), so start offsets are what both must agree on.
 */
function engineMentionStarts(findings: readonly Finding[]): Set<number> {
  return new Set(findings.filter((f) => MENTION_KINDS.has(f.kind)).flatMap((f) => f.spans.map((s) => s.start)));
}

function naiveMentionStarts(matches: readonly NaiveMatch[], mentionTermCount: number): Set<number> {
  return new Set(matches.filter((m) => m.term < mentionTermCount).map((m) => m.start));
}

const sameSet = (a: ReadonlySet<number>, b: ReadonlySet<number>) => a.size === b.size && [...a].every((x) => b.has(x));

/** Median of per-run times after a warm-up, with enough runs to be stable but bounded for slow cases. */
function medianMs(run: () => unknown): number {
  const warmupStart = performance.now();
  for (let i = 0; i < WARMUP_RUNS && (i === 0 || performance.now() - warmupStart < MAX_TIME_MS / 2); i++) run();
  const samples: number[] = [];
  const start = performance.now();
  for (;;) {
    const before = performance.now();
    run();
    samples.push(performance.now() - before);
    const spent = performance.now() - start;
    if (samples.length >= MIN_RUNS && spent >= MIN_TIME_MS) break;
    if (samples.length >= MIN_SLOW_RUNS && spent >= MAX_TIME_MS) break;
  }
  samples.sort((a, b) => a - b);
  const mid = samples.length >> 1;
  return samples.length % 2 ? samples[mid]! : (samples[mid - 1]! + samples[mid]!) / 2;
}

interface BenchPolicy {
  readonly terms: number;
  readonly compiled: CompiledPolicy;
  readonly compileMs: number;
  readonly patterns: readonly RegExp[];
  readonly mentionTermCount: number;
}

interface Case {
  readonly chars: number;
  readonly terms: number;
  readonly engineMedianMs: number;
  readonly naiveMedianMs: number;
}

const acme = bundledPolicy();
const companyTermCount = entityTerms(benchCompany(acme)).length;
const pool = generateTerms(Math.max(...POLICY_SIZES) - companyTermCount, mulberry32(1));

const policies: BenchPolicy[] = POLICY_SIZES.map((terms) => {
  const policy = validated(syntheticPolicy(acme, pool.slice(0, terms - companyTermCount), mulberry32(2)), terms);
  const before = performance.now();
  const compiled = compile(policy);
  const compileMs = performance.now() - before;
  // termsOf lists mention terms first, so a naive match's index says whether it is a mention (cross-check).
  const patterns = naivePatterns(termsOf(policy));
  return { terms, compiled, compileMs, patterns, mentionTermCount: mentionTermCount(policy) };
});

// Drafts mention terms every policy has (so even the 10-term one finds something) and terms only larger ones have.
const draftRandom = mulberry32(3);
const inEveryPolicy = pool.slice(0, Math.min(...POLICY_SIZES) - companyTermCount);
const draftMentions = [...inEveryPolicy, ...Array.from({ length: 50 }, () => pick(draftRandom, pool))];
const drafts = DRAFT_SIZES.map((chars) => generateDraft(chars, draftMentions, draftRandom));

const json = process.argv.includes('--json');
const cases: Case[] = [];
let agreedMentions = 0;
for (const draft of drafts) {
  for (const { terms, compiled, patterns, mentionTermCount } of policies) {
    const engineStarts = engineMentionStarts(analyze(draft, compiled, null));
    const naiveStarts = naiveMentionStarts(naiveScan(draft, patterns), mentionTermCount);
    if (engineStarts.size === 0 || !sameSet(engineStarts, naiveStarts)) {
      console.warn(
        `Warning: ${draft.length} chars × ${terms} terms: the engine found ${engineStarts.size} company, competitor ` +
          `and product mentions, the naive baseline ${naiveStarts.size} (at different places or none at all).`,
      );
    } else agreedMentions += engineStarts.size;

    cases.push({
      chars: draft.length,
      terms,
      engineMedianMs: medianMs(() => analyze(draft, compiled, null)),
      naiveMedianMs: medianMs(() => naiveScan(draft, patterns)),
    });
  }
}

const formatCount = (n: number) => n.toLocaleString('en-US');

/**
 * On X every analysis also weighs the draft as X does (a fix must not pass 280 silently) and each disclosure found
 * (is it before "Show more"?). Drafts a user could paste, including ones built to make a regex backtrack.
 */
const weighedDrafts: [string, string][] = [
  ...drafts.map((draft): [string, string] => [`generated, ${formatCount(draft.length)} chars`, draft]),
  ['"a.a.a.…", 24,000 chars', 'a.'.repeat(12_000)],
  ['"a-a-a-…", 24,000 chars', 'a-'.repeat(12_000)],
  ['"https://a.a.a.…", 24,008 chars', `https://${'a.'.repeat(12_000)}`],
  ['emoji ZWJ sequences, 24,000 units', '👩\u200d💻'.repeat(4_800)],
];
const weighed = weighedDrafts.map(([name, draft]) => ({ name, medianMs: medianMs(() => weightedLength(draft)) }));
const acmeCompiled = compile(acme);
const onX = [drafts[0]!, drafts[1]!].map((draft) => {
  const withDisclosure = `${draft} I work at Acme. #logistics #robots #AcmeEmployee`;
  return { chars: withDisclosure.length, medianMs: medianMs(() => analyze(withDisclosure, acmeCompiled, null, { network: 'x' })) };
});

/**
 * The same Acme policy with its unreleased and confidential products named by hash (`hash-names`): each run of words
 * of the draft is hashed once, then remembered, so a keystroke hashes only the runs it changed.
 */
const hashedAcme = parsePolicy(hashProductNames(acme as unknown as Record<string, unknown>, () => '5a'.repeat(16)).policy);
if (!hashedAcme.ok) throw new Error('The hashed Acme policy is invalid.');
const acmeHashed = compile(hashedAcme.policy);
const hashedNames = drafts.map((draft) => ({
  chars: draft.length,
  clearMedianMs: medianMs(() => analyze(draft, acmeCompiled, null)),
  hashedMedianMs: medianMs(() => analyze(draft, acmeHashed, null)),
}));

const ratio = (c: Case) => c.naiveMedianMs / c.engineMedianMs;
const formatRatio = (r: number) => `${r >= 10 ? Math.round(r).toLocaleString('en-US') : r.toFixed(1)}×`;

if (json) {
  const compileTimes = policies.map(({ terms, compileMs }) => ({ terms, compileMs }));
  console.log(JSON.stringify({ cases, compile: compileTimes, weightedLength: weighed, analyzeOnX: onX, hashedNames }, null, 2));
} else {
  const header = ['chars', 'terms', 'engine median ms', 'naive median ms', 'naive/engine'];
  const rows = cases.map((c) => [
    formatCount(c.chars),
    formatCount(c.terms),
    c.engineMedianMs.toFixed(3),
    c.naiveMedianMs.toFixed(3),
    formatRatio(ratio(c)),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: readonly string[]) => cells.map((cell, i) => cell.padStart(widths[i]!)).join('  ');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of rows) console.log(line(row));

  console.log('\nCompile (once per policy):');
  for (const { terms, compileMs } of policies) {
    console.log(`  ${formatCount(terms).padStart(6)} terms: ${compileMs.toFixed(3)} ms`);
  }

  console.log(`\nCross-check: engine and naive baseline agree on ${formatCount(agreedMentions)} mention offsets.`);

  console.log("\nX's weighted length (every analysis on X):");
  for (const { name, medianMs: ms } of weighed) console.log(`  ${name}: ${ms.toFixed(3)} ms`);
  console.log('Analysis on X, Acme policy, disclosures at the end (visibility and limit checked):');
  for (const { chars, medianMs: ms } of onX) console.log(`  ${formatCount(chars)} chars: ${ms.toFixed(3)} ms`);

  console.log('Acme policy, products in clear vs named by hash (every keystroke after the first):');
  for (const { chars, clearMedianMs, hashedMedianMs } of hashedNames) {
    console.log(`  ${formatCount(chars)} chars: ${clearMedianMs.toFixed(3)} ms in clear, ${hashedMedianMs.toFixed(3)} ms hashed`);
  }

  const target = cases.find((c) => c.chars === TARGET.chars && c.terms === TARGET.terms)!;
  const fastEnough = target.engineMedianMs < TARGET.engineMs;
  const speedup = ratio(target);
  const verdict =
    fastEnough && speedup >= TARGET.speedup
      ? 'both targets met'
      : `NOT met: ${[!fastEnough && 'latency', speedup < TARGET.speedup && 'speed-up'].filter(Boolean).join(' and ')}`;
  console.log(
    `${formatCount(TARGET.chars)} chars × ${formatCount(TARGET.terms)} terms: engine median ` +
      `${target.engineMedianMs.toFixed(3)} ms (target < ${TARGET.engineMs} ms), ` +
      `${formatRatio(speedup)} faster than naive (target ≥ ${TARGET.speedup}×): ${verdict}.`,
  );
}
