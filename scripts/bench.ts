/**
 * Engine benchmark. Each case is a draft of 280, 3,000 or 60,000 characters against a policy of 10, 1,000 or 10,000
 * terms (seeded, from ./bench-fixtures, so every run measures the same work), timed three ways:
 *   engine  `analyze(draft, compiled, null)`, all a keystroke costs;
 *   floor   test/bench/floor.ts, the least work that finds the same matches (a table fold and a typed-array automaton);
 *   naive   one word-bounded regex per term, the baseline an engineer would write first.
 *
 * Method: after a warm-up, rounds run the contenders back to back, in an order rotated every round, so noise from the
 * machine (other processes, GC, clock changes) falls on all of them alike. A run under 0.05 ms is timed in batches; a
 * slow contender leaves after a few rounds, within a time budget per case, while the others go on.
 * Engine and floor run interleaved in a child process per policy that holds what a tab holds: that policy, loaded
 * from its pack as a tab loads it, and drafts. Reported: each one's median, and the median of the per-round ratios
 * (paired, so shared noise cancels). Drafts are flattened first, as the browser hands the content script flat
 * strings. The naive baseline is timed in child processes of its own (10,000 compiled regexes would weigh on the
 * engine's heap): with V8's defaults, and with --no-regexp-tier-up (regexes compiled straight to native code), since
 * V8 reads that flag as it compiles each regex. Two hostile policies are timed on drafts built to hit them, against
 * an ordinary draft. The targets at the end are printed, never asserted: CI machines are loaded.
 *
 *   npm run bench                  tables, then the targets
 *   npm run -s bench -- --json     only one JSON object on stdout (-s: without npm's banner)
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { hashProductNames } from '../src/cli/hash-names';
import { analyze, compile, type CompiledPolicy, type Finding } from '../src/engine';
import { loadPack } from '../src/engine/prepared';
import { packPolicy } from '../src/policy/pack';
import { bundledPolicy } from '../src/policy/bundled';
import { parsePolicy } from '../src/policy/parse';
import type { Policy } from '../src/policy/types';
import { foldTerm } from '../src/text/fold';
import { weightedLength } from '../src/text/weighted-length';
// The floor lives beside the test proving it finds the engine's matches; only the bench times it.
// eslint-disable-next-line @typescript-eslint/no-restricted-imports
import { buildFloor, type Floor, floorScan } from '../test/bench/floor';
import { benchDrafts, benchPolicy, mentionTermCount, termsOf } from './bench-fixtures';

const DRAFT_SIZES = [280, 3_000, 60_000] as const;
const POLICY_SIZES = [10, 1_000, 10_000] as const;
const ORDINARY_CHARS = 3_000;
const TARGETS = { chars: 3_000, terms: 10_000, engineOverFloor: 2, hostileOverOrdinary: 3 } as const;
/** Run by the bench itself, in child processes: only the naive baseline, or only one policy's engine and floor. */
const NAIVE_ONLY = '--naive-only';
const ENGINE_ONLY = '--engine-only=';
const NO_TIER_UP = '--no-regexp-tier-up';

interface Budget {
  /** Enough rounds and time for a stable median… */
  readonly minRounds: number;
  readonly minMs: number;
  /** …unless the case is slow (naive at 60,000 × 10,000 takes from hundreds of ms to seconds a run): past maxMs, fewer do. */
  readonly maxMs: number;
  readonly minSlowRounds: number;
}
const CASE_BUDGET: Budget = { minRounds: 15, minMs: 300, maxMs: 3_000, minSlowRounds: 3 };
const SECTION_BUDGET: Budget = { minRounds: 15, minMs: 150, maxMs: 1_000, minSlowRounds: 3 };
/** Warm-up: each contender runs this many times, or once when one run is longer than a tenth of the budget. */
const WARMUP_RUNS = 10;
/** A run shorter than this is too close to the timer's resolution and the cost of reading it… */
const BATCH_BELOW_MS = 0.05;
/** …so it is timed in batches of about this long, and the time divided by the batch's size. */
const BATCH_MS = 0.25;

/**
 * `text` as one sequential string. Drafts built by `+=` and `slice` are ropes and slices: V8 reads them through an
 * indirection, or flattens them on first use, while the browser hands the content script flat strings
 * (textContent). Decoding a copy of the UTF-16 bytes makes a new string: Node decodes UTF-16 below ~1 MB with V8's
 * String::NewFromTwoByte, which returns a sequential string (one-byte when every unit fits, as the browser's).
 */
const flat = (text: string) => Buffer.from(text, 'utf16le').toString('utf16le');

/** Rounds a contender sat out hold NaN (see timeRounds). */
const median = (values: readonly number[]) => {
  const sorted = values.filter((v) => !Number.isNaN(v)).sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
/** The median of the per-round ratios, over the rounds that timed both: under the same load. */
const pairedRatio = (numerators: readonly number[], denominators: readonly number[]) =>
  median(numerators.map((n, round) => n / denominators[round]!));
const roundsTimed = (samples: readonly number[]) => samples.filter((v) => !Number.isNaN(v)).length;

/**
 * Per-run times of each contender, one per round, NaN for a round it sat out: interleaved, warmed up, batched when
 * short. A contender leaves once it has its own rounds and time (a slow naive baseline after a few rounds); the others
 * go on, so the fast ones get enough rounds however slow the slowest is.
 */
function timeRounds<Name extends string>(contenders: Record<Name, () => unknown>, budget: Budget): Record<Name, number[]> {
  const names = Object.keys(contenders) as Name[];
  const batchSize = new Map<Name, number>();
  for (const name of names) {
    let fastest = Infinity;
    const warmupStart = performance.now();
    for (let n = 0; n < WARMUP_RUNS && (n === 0 || performance.now() - warmupStart < budget.maxMs / 10); n++) {
      const before = performance.now();
      contenders[name]();
      fastest = Math.min(fastest, performance.now() - before);
    }
    batchSize.set(name, fastest >= BATCH_BELOW_MS ? 1 : Math.ceil(BATCH_MS / Math.max(fastest, 0.001)));
  }

  const samples = Object.fromEntries(names.map((name) => [name, []])) as unknown as Record<Name, number[]>;
  const timed = new Map(names.map((name) => [name, { rounds: 0, ms: 0 }]));
  const start = performance.now();
  const done = (name: Name) => {
    const { rounds, ms } = timed.get(name)!;
    return (rounds >= budget.minRounds && performance.now() - start >= budget.minMs) || (rounds >= budget.minSlowRounds && ms >= budget.maxMs);
  };
  for (let round = 0; ; round++) {
    const running = names.filter((name) => !done(name));
    if (running.length === 0) return samples;
    for (const name of names) samples[name][round] = NaN;
    for (let i = 0; i < running.length; i++) {
      const name = running[(round + i) % running.length]!;
      const run = contenders[name];
      const size = batchSize.get(name)!;
      const before = performance.now();
      for (let n = 0; n < size; n++) run();
      const ms = performance.now() - before;
      samples[name][round] = ms / size;
      const sofar = timed.get(name)!;
      timed.set(name, { rounds: sofar.rounds + 1, ms: sofar.ms + ms });
    }
  }
}

/** The median of one contender timed alone. */
const medianMs = (run: () => unknown, budget = SECTION_BUDGET) => median(timeRounds({ run }, budget).run);

/** The naive approach: one case-insensitive regex per term, word-bounded as the engine is. */
function naivePatterns(terms: readonly string[]): RegExp[] {
  const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return terms.map((term) => new RegExp(`(?<![\\p{L}\\p{N}_])${escapeRegExp(term)}(?![\\p{L}\\p{N}_])`, 'giu'));
}

interface NaiveMatch {
  readonly term: number;
  readonly start: number;
}

function naiveScan(draft: string, patterns: readonly RegExp[]): NaiveMatch[] {
  const matches: NaiveMatch[] = [];
  patterns.forEach((pattern, term) => {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(draft); m !== null; m = pattern.exec(draft)) matches.push({ term, start: m.index });
  });
  return matches;
}

const MENTION_KINDS: ReadonlySet<Finding['kind']> = new Set([
  'employer-mention', 'competitor-mention', 'product-mention', 'unreleased-product', 'confidential-product',
]);

/**
 * Where company, competitor and product mentions start. The engine reports one span per place ("Acme Robotics"),
 * the baseline and the floor one match per term ("Acme" and "Acme Robotics"), so starts are what all must agree on.
 */
const engineMentionStarts = (findings: readonly Finding[]) =>
  new Set(findings.filter((f) => MENTION_KINDS.has(f.kind)).flatMap((f) => f.spans.map((s) => s.start)));

const naiveMentionStarts = (matches: readonly NaiveMatch[], mentionTerms: number) =>
  new Set(matches.filter((m) => m.term < mentionTerms).map((m) => m.start));

/** In folded offsets (where whitespace runs count once), so only their number compares with the engine's. */
function floorMentionStarts(bench: BenchPolicy, draft: string): Set<number> {
  const starts = new Set<number>();
  floorScan(bench.floor, draft, (term, start) => {
    if (bench.isMentionTerm[term]) starts.add(start);
  });
  return starts;
}

const sameSet = (a: ReadonlySet<number>, b: ReadonlySet<number>) => a.size === b.size && [...a].every((x) => b.has(x));

interface BenchPolicy {
  readonly terms: number;
  readonly policy: Policy;
  readonly compiled: CompiledPolicy;
  readonly floor: Floor;
  readonly patterns: readonly RegExp[];
  /** termsOf lists mention terms first: a naive match of a term below this index is a mention. */
  readonly mentionTerms: number;
  /** For each of the floor's terms (`compiled.matcher.terms`, folded): is it a mention? */
  readonly isMentionTerm: readonly boolean[];
}

interface Case {
  readonly chars: number;
  readonly terms: number;
  readonly rounds: number;
  readonly engineMedianMs: number;
  readonly floorMedianMs: number;
  readonly naiveMedianMs: number;
  readonly naiveNoTierUpMedianMs: number;
  readonly engineOverFloor: number;
  readonly naiveOverEngine: number;
}

interface NaiveTiming {
  readonly chars: number;
  readonly terms: number;
  readonly naiveMedianMs: number;
}

const caseKey = (c: { chars: number; terms: number }) => `${c.chars}×${c.terms}`;
const json = process.argv.includes('--json');
/** A line on stderr while a long run goes, when someone is watching. */
const progress = (line: string) => {
  if (process.stderr.isTTY && !process.argv.some((arg) => arg === NAIVE_ONLY || arg.startsWith(ENGINE_ONLY))) process.stderr.write(`\r\x1b[K${line}`);
};

const drafts = benchDrafts(DRAFT_SIZES, Math.min(...POLICY_SIZES), Math.max(...POLICY_SIZES)).map(flat);
const policies = POLICY_SIZES.map((terms) => ({ terms, policy: benchPolicy(terms) }));

/**
 * The naive baseline alone, for every case: what the child process with NO_TIER_UP measures. Its regexes are made
 * once per policy and first run on the shortest draft, as in the parent (and in a content script, whose first drafts
 * are short): with thousands of regexes, V8's speed depends on what they ran on before.
 */
function naiveTimings(): NaiveTiming[] {
  const patterns = policies.map(({ policy }) => naivePatterns(termsOf(policy)));
  return drafts.flatMap((draft) =>
    policies.map(({ terms }, i) => ({ chars: draft.length, terms, naiveMedianMs: medianMs(() => naiveScan(draft, patterns[i]!), CASE_BUDGET) })),
  );
}

/** What this script prints, as JSON, when run again in a child process with these V8 flags and arguments. */
function child<T>(flags: readonly string[], args: readonly string[]): T {
  const script = fileURLToPath(import.meta.url);
  // execArgv carries tsx's loader.
  const run = spawnSync(process.execPath, [...process.execArgv, ...flags, script, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  if (run.status !== 0) throw new Error(`The run with ${[...flags, ...args].join(' ')} failed (${run.error?.message ?? `exit ${run.status}`}).`);
  return JSON.parse(run.stdout) as T;
}

/** The naive baseline's timings by case, in a child process: V8 flags hold only for regexes compiled after they are set. */
function naiveInChild(flags: readonly string[]): Map<string, number> {
  return new Map(child<NaiveTiming[]>(flags, [NAIVE_ONLY]).map((t) => [caseKey(t), t.naiveMedianMs]));
}

interface EngineTiming {
  readonly chars: number;
  readonly terms: number;
  readonly rounds: number;
  readonly engineMedianMs: number;
  readonly floorMedianMs: number;
  readonly engineOverFloor: number;
}

/**
 * One policy's engine and floor, interleaved, in a process holding what a tab holds: that policy, loaded from its
 * pack as a tab loads it, and drafts. (Thousands of naive regexes, other policies, or the folding of their terms in
 * the same process would change what the engine is measured against: its heap, and what V8 optimised it for.)
 */
function engineTimings(terms: number): EngineTiming[] {
  const prepared = loadPack(JSON.parse(JSON.stringify(packPolicy(benchPolicy(terms), false))));
  const floor = buildFloor(prepared.matcher.terms);
  return drafts.map((draft) => {
    const times = timeRounds({ engine: () => analyze(draft, prepared, null), floor: () => floorScan(floor, draft) }, CASE_BUDGET);
    return {
      chars: draft.length,
      terms,
      rounds: roundsTimed(times.engine),
      engineMedianMs: median(times.engine),
      floorMedianMs: median(times.floor),
      engineOverFloor: pairedRatio(times.engine, times.floor),
    };
  });
}

/**
 * Acme's policy with `terms` as one more topic (needing approval, anywhere: every match becomes a finding), less the
 * terms the parser refuses (with its reason for the first).
 */
function hostilePolicy(terms: readonly string[]): { policy: Policy; accepted: readonly string[]; refusal?: string } {
  const acme = bundledPolicy();
  const withTopic = (list: readonly string[]) => ({
    ...acme,
    topics: [...acme.topics, { ...acme.topics[0]!, id: 'hostile', terms: [...list] }],
  });
  const termPath = new RegExp(`^\\$\\.topics\\[${acme.topics.length}\\]\\.terms\\[(\\d+)\\]$`);
  const first = parsePolicy(withTopic(terms));
  if (first.ok) return { policy: first.policy, accepted: terms };
  const refused = new Set(first.errors.map((e) => termPath.exec(e.path)?.[1]).filter((i) => i !== undefined).map(Number));
  const accepted = terms.filter((_, i) => !refused.has(i));
  const second = parsePolicy(withTopic(accepted));
  if (!second.ok) throw new Error(`The hostile policy is invalid: ${second.errors[0]?.path} ${second.errors[0]?.message}`);
  return { policy: second.policy, accepted, refusal: first.errors[0]?.message };
}

const HOSTILE_FAMILIES = [
  // No term is word-bounded inside a 3,000-letter word, but every one of them ends at every letter.
  { name: '"a" … 200 × "a"', terms: Array.from({ length: 200 }, (_, i) => 'a'.repeat(i + 1)), draft: 'a'.repeat(3_000) },
  // Every term matches at every word: as many findings as a draft can hold.
  { name: '"go" … "go go … go"', terms: Array.from({ length: 200 }, (_, i) => 'go '.repeat(i + 1).trimEnd()), draft: 'go '.repeat(1_000) },
];

function report(): void {
  const benchPolicies: BenchPolicy[] = policies.map(({ terms, policy }) => {
    progress(`Compiling the ${terms}-term policy and its floor…`);
    const compiled = compile(policy);
    const mentionTerms = mentionTermCount(policy);
    const foldedMentions = new Set(termsOf(policy).slice(0, mentionTerms).map(foldTerm));
    return {
      terms,
      policy,
      compiled,
      floor: buildFloor(compiled.matcher.terms),
      patterns: naivePatterns(termsOf(policy)),
      mentionTerms,
      isMentionTerm: compiled.matcher.terms.map((term) => foldedMentions.has(term)),
    };
  });

  const disagreements: string[] = [];
  let agreedMentions = 0;
  for (const draft of drafts) {
    for (const bench of benchPolicies) {
      const label = `${draft.length} chars × ${bench.terms} terms`;
      const engineStarts = engineMentionStarts(analyze(draft, bench.compiled, null));
      const naiveStarts = naiveMentionStarts(naiveScan(draft, bench.patterns), bench.mentionTerms);
      const floorStarts = floorMentionStarts(bench, draft);
      if (engineStarts.size === 0 || !sameSet(engineStarts, naiveStarts)) {
        disagreements.push(`${label}: the engine found ${engineStarts.size} mentions, the naive baseline ${naiveStarts.size} (at different places or none).`);
      } else agreedMentions += engineStarts.size;
      if (floorStarts.size !== engineStarts.size) {
        disagreements.push(`${label}: the engine found ${engineStarts.size} mentions, the floor ${floorStarts.size}.`);
      }
    }
  }
  const engine = POLICY_SIZES.flatMap((terms) => {
    progress(`Timing the engine and its floor with the ${terms}-term policy…`);
    return child<EngineTiming[]>([], [`${ENGINE_ONLY}${terms}`]);
  });
  progress('Timing the naive baseline…');
  const naive = naiveInChild([]);
  progress(`Timing the naive baseline again, with ${NO_TIER_UP}…`);
  const noTierUp = naiveInChild([NO_TIER_UP]);
  const cases: Case[] = DRAFT_SIZES.flatMap((chars) =>
    POLICY_SIZES.map((terms) => {
      const timing = engine.find((e) => e.chars === chars && e.terms === terms)!;
      const naiveMedianMs = naive.get(caseKey(timing))!;
      return {
        chars,
        terms,
        rounds: timing.rounds,
        engineMedianMs: timing.engineMedianMs,
        floorMedianMs: timing.floorMedianMs,
        naiveMedianMs,
        naiveNoTierUpMedianMs: noTierUp.get(caseKey(timing))!,
        engineOverFloor: timing.engineOverFloor,
        naiveOverEngine: naiveMedianMs / timing.engineMedianMs,
      };
    }),
  );

  const ordinaryDraft = drafts.find((d) => d.length === ORDINARY_CHARS)!;
  const adversarial = HOSTILE_FAMILIES.map(({ name, terms, draft }) => {
    progress(`Timing the hostile policy ${name}…`);
    const { policy, accepted, refusal } = hostilePolicy(terms);
    const compiled = compile(policy);
    const hostileDraft = flat(draft);
    const times = timeRounds(
      { adversarial: () => analyze(hostileDraft, compiled, null), ordinary: () => analyze(ordinaryDraft, compiled, null) },
      CASE_BUDGET,
    );
    return {
      name,
      terms: accepted.length,
      longestTermChars: Math.max(...accepted.map((t) => t.length)),
      refusedTerms: terms.length - accepted.length,
      ...(refusal && { refusal }),
      chars: hostileDraft.length,
      adversarialMedianMs: median(times.adversarial),
      ordinaryMedianMs: median(times.ordinary),
      adversarialOverOrdinary: pairedRatio(times.adversarial, times.ordinary),
    };
  });

  progress('Timing compile, X and hashed names…');
  const compileTimes = benchPolicies.map(({ terms, policy }) => ({ terms, compileMedianMs: medianMs(() => compile(policy)) }));

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
  const weighed = weighedDrafts.map(([name, draft]) => {
    const flatDraft = flat(draft);
    return { name, medianMs: medianMs(() => weightedLength(flatDraft)) };
  });

  const acme = bundledPolicy();
  const acmeCompiled = compile(acme);
  const analyzeOnX = drafts.slice(0, 2).map((draft) => {
    const withDisclosure = flat(`${draft} I work at Acme. #logistics #robots #AcmeEmployee`);
    return { chars: withDisclosure.length, medianMs: medianMs(() => analyze(withDisclosure, acmeCompiled, null, { network: 'x' })) };
  });

  /**
   * The same Acme policy with its unreleased and confidential products named by hash (`hash-names`): each run of
   * words of the draft is hashed once, then remembered, so a keystroke hashes only the runs it changed.
   */
  const hashedAcme = parsePolicy(hashProductNames(acme as unknown as Record<string, unknown>, () => '5a'.repeat(16)).policy);
  if (!hashedAcme.ok) throw new Error('The hashed Acme policy is invalid.');
  const acmeHashed = compile(hashedAcme.policy);
  const hashedNames = drafts.map((draft) => {
    const times = timeRounds({ clear: () => analyze(draft, acmeCompiled, null), hashed: () => analyze(draft, acmeHashed, null) }, SECTION_BUDGET);
    return {
      chars: draft.length,
      clearMedianMs: median(times.clear),
      hashedMedianMs: median(times.hashed),
      hashedOverClear: pairedRatio(times.hashed, times.clear),
    };
  });
  progress('');
  for (const line of disagreements) console.warn(`Warning: ${line}`);

  if (json) {
    console.log(JSON.stringify({ cases, adversarial, compile: compileTimes, weightedLength: weighed, analyzeOnX, hashedNames, disagreements }, null, 2));
    return;
  }

  printTable(
    ['chars', 'terms', 'rounds', 'engine ms', 'floor ms', 'naive ms', `naive ms ${NO_TIER_UP}`, 'engine/floor', 'naive/engine'],
    cases.map((c) => [
      formatCount(c.chars), formatCount(c.terms), String(c.rounds), formatMs(c.engineMedianMs), formatMs(c.floorMedianMs),
      formatMs(c.naiveMedianMs), formatMs(c.naiveNoTierUpMedianMs), formatRatio(c.engineOverFloor), formatRatio(c.naiveOverEngine),
    ]),
  );
  console.log(
    'Medians. Engine and floor: interleaved in a process per policy, as a tab holds it; engine/floor is the median of ' +
      `per-round ratios. Naive: a child process with V8's defaults, another with ${NO_TIER_UP}; naive/engine, of medians.`,
  );
  console.log(`Cross-check: engine, naive baseline and floor agree on ${formatCount(agreedMentions)} mentions${disagreements.length ? ` (${disagreements.length} disagreements, above)` : ''}.`);

  console.log(`\nHostile policies (Acme + one topic of these terms), analyze on a draft built to hit them vs an ordinary ${formatCount(ORDINARY_CHARS)}-char draft:`);
  printTable(
    ['terms', 'count', 'longest', 'hostile ms', 'ordinary ms', 'hostile/ordinary'],
    adversarial.map((a) => [
      a.name, String(a.terms), `${a.longestTermChars} chars`, formatMs(a.adversarialMedianMs), formatMs(a.ordinaryMedianMs), formatRatio(a.adversarialOverOrdinary),
    ]),
  );
  for (const a of adversarial) {
    if (a.refusal) console.log(`  ${a.name}: the parser refused ${a.refusedTerms} longer terms ("${a.refusal}"); the longest it accepts are timed.`);
  }

  console.log('\nCompile (once per policy):');
  for (const { terms, compileMedianMs } of compileTimes) console.log(`  ${formatCount(terms).padStart(6)} terms: ${formatMs(compileMedianMs)} ms`);

  console.log("\nX's weighted length (every analysis on X):");
  for (const { name, medianMs: ms } of weighed) console.log(`  ${name}: ${formatMs(ms)} ms`);
  console.log('Analysis on X, Acme policy, disclosures at the end (visibility and limit checked):');
  for (const { chars, medianMs: ms } of analyzeOnX) console.log(`  ${formatCount(chars)} chars: ${formatMs(ms)} ms`);
  console.log('Acme policy, products in clear vs named by hash (every keystroke after the first):');
  for (const { chars, clearMedianMs, hashedMedianMs, hashedOverClear } of hashedNames) {
    console.log(`  ${formatCount(chars)} chars: ${formatMs(clearMedianMs)} ms in clear, ${formatMs(hashedMedianMs)} ms hashed (${formatRatio(hashedOverClear)})`);
  }

  const target = cases.find((c) => c.chars === TARGETS.chars && c.terms === TARGETS.terms)!;
  const verdict = (met: boolean) => (met ? 'met' : 'NOT met');
  const worstHostile = Math.max(...adversarial.map((a) => a.adversarialOverOrdinary));
  console.log(
    `\nTargets: analyze ≤ ${TARGETS.engineOverFloor}× floor at ${formatCount(TARGETS.chars)} chars × ${formatCount(TARGETS.terms)} terms: ` +
      `${formatRatio(target.engineOverFloor)}, ${verdict(target.engineOverFloor <= TARGETS.engineOverFloor)}; ` +
      `hostile ≤ ${TARGETS.hostileOverOrdinary}× ordinary: ${adversarial.map((a) => formatRatio(a.adversarialOverOrdinary)).join(' and ')}, ` +
      `${verdict(worstHostile <= TARGETS.hostileOverOrdinary)}.`,
  );
}

function formatCount(n: number): string {
  return n.toLocaleString('en-US');
}
function formatMs(ms: number): string {
  return ms < 1 ? ms.toFixed(4) : ms.toFixed(2);
}
function formatRatio(r: number): string {
  return `${r >= 100 ? Math.round(r).toLocaleString('en-US') : r.toFixed(2)}×`;
}

function printTable(header: readonly string[], rows: readonly (readonly string[])[]): void {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: readonly string[]) => cells.map((cell, i) => cell.padStart(widths[i]!)).join('  ');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of rows) console.log(line(row));
}

const engineOnly = process.argv.find((arg) => arg.startsWith(ENGINE_ONLY));
if (process.argv.includes(NAIVE_ONLY)) console.log(JSON.stringify(naiveTimings()));
else if (engineOnly) console.log(JSON.stringify(engineTimings(Number(engineOnly.slice(ENGINE_ONLY.length)))));
else report();
