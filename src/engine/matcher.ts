/**
 * Aho–Corasick over folded text: every policy term is found in one left-to-right pass, whatever the number of
 * terms. Built once per policy into typed arrays (a trie whose children are stored sorted, failure links and
 * dictionary-suffix links), so a scan allocates nothing and reads a few array slots per character.
 *
 * Two shortcuts keep hostile policies from multiplying the work per character: terms ending at the same place are
 * skipped together when none of them may end there (no word cut: "aaaa" with terms "a", "aa", "aaa"…), and after a
 * match, shorter terms of the same group (same owners) ending at the same place are skipped, as the longer match
 * already covers them ("go go go" with terms "go", "go go", "go go go"…).
 */
import { isWordChar, type FoldedText, UNSPACED_SCRIPT } from '../text/fold';

const NEEDS_CUT_BEFORE = 1;
const NEEDS_CUT_AFTER = 2;
/** A term whose matches must each be reported (never skipped for a longer one). */
export const NO_GROUP = -1;
/** Children lists this long or shorter are searched one by one; longer ones by halves. */
const LINEAR_SEARCH_MAX = 8;

export interface Matcher {
  /** Folded terms, deduplicated; a match reports an index into this list. */
  readonly terms: readonly string[];
  /** UTF-16 unit → symbol (0: no term contains it). Symbols follow the units' order. */
  readonly symbolOf: Uint16Array;
  /** Root transitions, dense, by symbol (0: none). */
  readonly rootNext: Int32Array;
  /** Children of state `s`: `childSymbol` and `childState` from `childStart[s]` to `childStart[s + 1]`, by symbol. */
  readonly childStart: Int32Array;
  readonly childSymbol: Uint16Array;
  readonly childState: Int32Array;
  readonly fail: Int32Array;
  /** The term ending at a state, or -1. */
  readonly termAt: Int32Array;
  /** The first state of the output chain at a state (itself if a term ends there, else its dictionary-suffix link), or 0. */
  readonly firstOutput: Int32Array;
  /** The next state along the output chain, or 0. */
  readonly nextOutput: Int32Array;
  /** From an output state, the first one along the chain whose term may end without a word cut, or 0. */
  readonly freeEndFrom: Int32Array;
  /** From an output state, the first one along the chain of another group (what a match lets us skip to). */
  readonly afterGroup: Int32Array;
  readonly termLength: Int32Array;
  readonly termEdges: Uint8Array;
}

/**
 * Builds the automaton. `terms` must already be folded; duplicates and empty strings are ignored. `groupOf(i)`
 * says which terms cover one another when they end at the same place (the default: none do).
 */
export function buildMatcher(terms: Iterable<string>, groupOf: (term: number) => number = () => NO_GROUP): Matcher {
  const steps = matcherSteps(distinct(terms), groupOf);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * The same, in slices of about `sliceMs` with `pause()` between them, so a tab building a large policy's automaton
 * never holds the page for long.
 */
export async function buildMatcherInSlices(
  terms: readonly string[],
  groupOf: (term: number) => number,
  pause: () => Promise<void>,
  sliceMs = 8,
): Promise<Matcher> {
  const steps = matcherSteps(distinct(terms), groupOf);
  for (;;) {
    const deadline = performance.now() + sliceMs;
    for (;;) {
      const step = steps.next();
      if (step.done) return step.value;
      if (performance.now() >= deadline) break;
    }
    await pause();
  }
}

/** Units of work between two chances to pause (a few hundred microseconds). */
const WORK_PER_YIELD = 4_096;

function* matcherSteps(unique: readonly string[], groupOf: (term: number) => number): Generator<void, Matcher> {
  let work = 0;
  // Symbols numbered in the order of their units, so the terms' sorted order is their symbols' order.
  const symbolOf = new Uint16Array(65536);
  const units: number[] = [];
  let totalLength = 0;
  for (const t of unique) {
    totalLength += t.length;
    for (let i = 0; i < t.length; i++) {
      const unit = t.charCodeAt(i);
      if (symbolOf[unit] === 0) {
        symbolOf[unit] = 1;
        units.push(unit);
      }
    }
    if ((work += t.length) > WORK_PER_YIELD) {
      yield;
      work = 0;
    }
  }
  units.sort((x, y) => x - y).forEach((unit, i) => (symbolOf[unit] = i + 1));
  const alphabetSize = units.length + 1;

  // The trie, inserting terms in sorted order: each term shares its prefix with the one before it.
  const maxStates = totalLength + 1;
  const parent = new Int32Array(maxStates);
  const symbolAt = new Uint16Array(maxStates);
  const depth = new Int32Array(maxStates);
  const termAt = new Int32Array(maxStates).fill(-1);
  const order = unique.map((_, i) => i);
  if (!ascending(unique)) order.sort((x, y) => (unique[x]! < unique[y]! ? -1 : 1));
  const path = new Int32Array(maxStates); // the states along the previous term
  let states = 1;
  let previous = '';
  for (const index of order) {
    const term = unique[index]!;
    let shared = 0;
    while (shared < term.length && shared < previous.length && term.charCodeAt(shared) === previous.charCodeAt(shared)) shared++;
    for (let d = shared; d < term.length; d++) {
      const s = states++;
      parent[s] = d === 0 ? 0 : path[d - 1]!;
      symbolAt[s] = symbolOf[term.charCodeAt(d)]!;
      depth[s] = d + 1;
      path[d] = s;
    }
    termAt[path[term.length - 1]!] = index; // terms are distinct, so each ends on a state of its own
    previous = term;
    if ((work += term.length) > WORK_PER_YIELD) {
      yield;
      work = 0;
    }
  }

  // Children by state, in symbol order (states were created in sorted order).
  const childStart = new Int32Array(states + 1);
  for (let s = 1; s < states; s++) childStart[parent[s]! + 1]!++;
  for (let s = 0; s < states; s++) childStart[s + 1]! += childStart[s]!;
  const childSymbol = new Uint16Array(states);
  const childState = new Int32Array(states);
  const filled = childStart.slice(0, states);
  for (let s = 1; s < states; s++) {
    const at = filled[parent[s]!]!++;
    childSymbol[at] = symbolAt[s]!;
    childState[at] = s;
  }
  const rootNext = new Int32Array(alphabetSize);
  for (let at = childStart[0]!; at < childStart[1]!; at++) rootNext[childSymbol[at]!] = childState[at]!;
  yield;

  const matcher = {
    terms: unique,
    symbolOf,
    rootNext,
    childStart,
    childSymbol,
    childState,
    fail: new Int32Array(states),
    termAt: termAt.slice(0, states),
    firstOutput: new Int32Array(states),
    nextOutput: new Int32Array(states),
    freeEndFrom: new Int32Array(states),
    afterGroup: new Int32Array(states),
    termLength: Int32Array.from(unique, (t) => t.length),
    termEdges: Uint8Array.from(unique, edgesNeedingCuts),
  };
  const group = Int32Array.from(unique, (_, i) => groupOf(i));
  yield;

  // Failure and output links, breadth first (states sorted by depth): a state's links only need shallower ones.
  const { fail, firstOutput, nextOutput, freeEndFrom, afterGroup, termEdges } = matcher;
  const byDepth = new Int32Array(states);
  const depthStart = new Int32Array(maxStates + 2);
  for (let s = 1; s < states; s++) depthStart[depth[s]! + 1]!++;
  for (let d = 0; d <= maxStates; d++) depthStart[d + 1]! += depthStart[d]!;
  for (let s = 1; s < states; s++) byDepth[depthStart[depth[s]!]!++] = s;
  for (let k = 0; k < states - 1; k++) {
    const s = byDepth[k]!;
    if (depth[s] !== 1) {
      let f = fail[parent[s]!]!;
      let target = step(matcher, f, symbolAt[s]!);
      while (target < 0) {
        f = fail[f]!;
        target = step(matcher, f, symbolAt[s]!);
        work++;
      }
      fail[s] = target;
    }
    const term = termAt[s]!;
    const suffix = firstOutput[fail[s]!]!;
    firstOutput[s] = term >= 0 ? s : suffix;
    if (term >= 0) {
      nextOutput[s] = suffix;
      freeEndFrom[s] = termEdges[term]! & NEEDS_CUT_AFTER ? freeEndFrom[suffix]! : s;
      const sameGroup = suffix !== 0 && group[term] !== NO_GROUP && group[termAt[suffix]!] === group[term];
      afterGroup[s] = sameGroup ? afterGroup[suffix]! : suffix;
    }
    if (++work > WORK_PER_YIELD) {
      yield;
      work = 0;
    }
  }
  return matcher;
}

/** The terms without duplicates or empty strings, in their order. */
function distinct(terms: Iterable<string>): string[] {
  const list = [...terms];
  if (ascending(list) && list[0] !== '') return list; // a pack's terms: sorted and distinct already
  const seen = new Set<string>();
  return list.filter((t) => t !== '' && !seen.has(t) && Boolean(seen.add(t)));
}

/** Strictly ascending in UTF-16 order (so also distinct): the trie is then built without sorting. */
function ascending(list: readonly string[]): boolean {
  for (let i = 1; i < list.length; i++) if (!(list[i - 1]! < list[i]!)) return false;
  return true;
}

/** The state reached from `s` on `symbol`, or -1 (the root never fails: it stays at itself). */
function step(matcher: Matcher, s: number, symbol: number): number {
  return s === 0 ? matcher.rootNext[symbol]! : childOf(matcher.childStart, matcher.childSymbol, matcher.childState, s, symbol);
}

/**
 * The child of state `s` (not the root) on `symbol`, or -1. Given the arrays rather than the matcher, so the scan
 * reads them once, not at every character (its callback might, for all V8 knows, change the matcher).
 */
function childOf(childStart: Int32Array, childSymbol: Uint16Array, childState: Int32Array, s: number, symbol: number): number {
  let low = childStart[s]!;
  let high = childStart[s + 1]!;
  if (high - low <= LINEAR_SEARCH_MAX) {
    // Children are sorted by symbol: past it, it is not there.
    for (; low < high; low++) {
      const at = childSymbol[low]!;
      if (at >= symbol) return at === symbol ? childState[low]! : -1;
    }
    return -1;
  }
  while (low < high) {
    const mid = (low + high) >>> 1;
    const at = childSymbol[mid]!;
    if (at === symbol) return childState[mid]!;
    if (at < symbol) low = mid + 1;
    else high = mid;
  }
  return -1;
}

/** A term edge needs a word cut when it is a word character, unless its script is written without spaces (terms in them match without word cuts at that edge). */
function edgesNeedingCuts(term: string): number {
  return (needsCut(term.codePointAt(0)!) ? NEEDS_CUT_BEFORE : 0) | (needsCut(lastCodePoint(term)) ? NEEDS_CUT_AFTER : 0);
}

function needsCut(cp: number): boolean {
  if (cp < 128) return (cp >= 97 && cp <= 122) || (cp >= 48 && cp <= 57) || cp === 95 || (cp >= 65 && cp <= 90);
  const ch = String.fromCodePoint(cp);
  return isWordChar(ch) && !UNSPACED_SCRIPT.test(ch);
}

function lastCodePoint(term: string): number {
  const last = term.charCodeAt(term.length - 1);
  return last >= 0xdc00 && last <= 0xdfff && term.length > 1 ? term.codePointAt(term.length - 2)! : last;
}

/**
 * Calls `visit(term, start, end)` for every word-bounded occurrence of every term in the folded text (offsets into
 * the folded text, end exclusive), in order of their end, except shorter terms of a group a longer match of the same
 * group ending at the same place covers. Returns how many output states it examined (the work beyond one step per
 * character, which tests bound).
 */
export function scan(matcher: Matcher, folded: FoldedText, visit: (term: number, start: number, end: number) => void): number {
  const { symbolOf, rootNext, childStart, childSymbol, childState, fail } = matcher;
  const { termAt, firstOutput, nextOutput, freeEndFrom, afterGroup, termLength, termEdges } = matcher;
  const { codes, length, cut } = folded;
  let examined = 0;
  let s = 0;
  for (let i = 0; i < length; i++) {
    const symbol = symbolOf[codes[i]!]!;
    if (symbol === 0) {
      s = 0;
      continue;
    }
    for (;;) {
      if (s === 0) {
        s = rootNext[symbol]!;
        break;
      }
      const target = childOf(childStart, childSymbol, childState, s, symbol);
      if (target >= 0) {
        s = target;
        break;
      }
      s = fail[s]!;
    }
    let o = firstOutput[s]!;
    if (o === 0) continue; // no term ends here (most characters): their cut is not read
    const end = i + 1;
    const endsWord = cut[end] === 1;
    while (o !== 0) {
      if (!endsWord && (o = freeEndFrom[o]!) === 0) break;
      examined++;
      const term = termAt[o]!;
      const start = end - termLength[term]!;
      if (termEdges[term]! & NEEDS_CUT_BEFORE && !cut[start]) {
        o = nextOutput[o]!;
        continue;
      }
      visit(term, start, end);
      o = afterGroup[o]!;
    }
  }
  return examined;
}
