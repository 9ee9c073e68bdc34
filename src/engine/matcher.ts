/**
 * Aho–Corasick over folded text: every policy term is found in one left-to-right pass, whatever the number of
 * terms. Built once per policy; plain typed arrays and one Map, so a scan allocates nothing per character.
 */
import { type FoldedText, isWordChar, UNSPACED_SCRIPT } from '../text/fold';


const NEEDS_CUT_BEFORE = 1;
const NEEDS_CUT_AFTER = 2;

export interface Matcher {
  /** Folded terms, deduplicated; a match reports an index into this list. */
  readonly terms: readonly string[];
  /** UTF-16 unit → symbol (0: no term contains it). */
  readonly symbolOf: Uint16Array;
  readonly alphabetSize: number;
  /** Root transitions, dense, by symbol (0: none). */
  readonly rootNext: Int32Array;
  /** Other transitions, keyed by `state * alphabetSize + symbol`. */
  readonly next: Map<number, number>;
  readonly fail: Int32Array;
  /** The term ending at a state, or -1. */
  readonly termAt: Int32Array;
  /** The nearest state along the failure chain where a term ends, or 0. */
  readonly outputLink: Int32Array;
  readonly termLength: Int32Array;
  readonly termEdges: Uint8Array;
}

/** Builds the automaton. `terms` must already be folded; duplicates and empty strings are ignored. */
export function buildMatcher(terms: Iterable<string>): Matcher {
  const unique: string[] = [];
  const seen = new Set<string>();
  for (const t of terms) {
    if (t && !seen.has(t)) {
      seen.add(t);
      unique.push(t);
    }
  }

  const symbolOf = new Uint16Array(65536);
  let alphabetSize = 1;
  for (const t of unique) {
    for (let i = 0; i < t.length; i++) {
      const c = t.charCodeAt(i);
      if (symbolOf[c] === 0) symbolOf[c] = alphabetSize++;
    }
  }

  // Trie: state 0 is the root.
  const rootNext = new Int32Array(alphabetSize);
  const next = new Map<number, number>();
  const termAtList: number[] = [-1];
  let states = 1;
  unique.forEach((t, index) => {
    let s = 0;
    for (let i = 0; i < t.length; i++) {
      const sym = symbolOf[t.charCodeAt(i)]!;
      let child = s === 0 ? rootNext[sym]! : (next.get(s * alphabetSize + sym) ?? 0);
      if (child === 0) {
        child = states++;
        termAtList.push(-1);
        if (s === 0) rootNext[sym] = child;
        else next.set(s * alphabetSize + sym, child);
      }
      s = child;
    }
    termAtList[s] = index;
  });

  // Failure and output links, breadth first. Children are listed once per state to walk the trie.
  const children: number[][] = Array.from({ length: states }, () => []);
  const childSymbol = new Int32Array(states);
  for (let sym = 1; sym < alphabetSize; sym++) {
    const child = rootNext[sym]!;
    if (child) {
      children[0]!.push(child);
      childSymbol[child] = sym;
    }
  }
  for (const [key, child] of next) {
    children[Math.floor(key / alphabetSize)]!.push(child);
    childSymbol[child] = key % alphabetSize;
  }
  const termAt = Int32Array.from(termAtList);
  const fail = new Int32Array(states);
  const outputLink = new Int32Array(states);
  const queue = new Int32Array(states);
  let head = 0;
  let tail = 0;
  for (const child of children[0]!) queue[tail++] = child;
  while (head < tail) {
    const s = queue[head++]!;
    for (const child of children[s]!) {
      const sym = childSymbol[child]!;
      let f = fail[s]!;
      let target = 0;
      for (;;) {
        target = f === 0 ? rootNext[sym]! : (next.get(f * alphabetSize + sym) ?? 0);
        if (target !== 0 || f === 0) break;
        f = fail[f]!;
      }
      fail[child] = target;
      outputLink[child] = termAt[target]! >= 0 ? target : outputLink[target]!;
      queue[tail++] = child;
    }
  }

  const termLength = Int32Array.from(unique, (t) => t.length);
  const termEdges = Uint8Array.from(unique, edgesNeedingCuts);
  return { terms: unique, symbolOf, alphabetSize, rootNext, next, fail, termAt, outputLink, termLength, termEdges };
}

/** A term edge needs a word cut when it is a word character, unless its script is written without spaces (terms in them match without word cuts at that edge). */
function edgesNeedingCuts(term: string): number {
  const chars = [...term];
  const needsCut = (ch: string) => isWordChar(ch) && !UNSPACED_SCRIPT.test(ch);
  return (needsCut(chars[0]!) ? NEEDS_CUT_BEFORE : 0) | (needsCut(chars[chars.length - 1]!) ? NEEDS_CUT_AFTER : 0);
}

/**
 * Calls `visit(term, start, end)` for every word-bounded occurrence of every term in the folded text
 * (offsets into the folded text, end exclusive), in order of their end. Overlapping occurrences are all reported.
 */
export function scan(
  matcher: Matcher,
  folded: FoldedText,
  visit: (term: number, start: number, end: number) => void,
): void {
  const { symbolOf, alphabetSize, rootNext, next, fail, termAt, outputLink, termLength, termEdges } = matcher;
  const { text, cut } = folded;
  let s = 0;
  for (let i = 0; i < text.length; i++) {
    const sym = symbolOf[text.charCodeAt(i)]!;
    if (sym === 0) {
      s = 0;
      continue;
    }
    for (;;) {
      const target = s === 0 ? rootNext[sym]! : (next.get(s * alphabetSize + sym) ?? 0);
      if (target !== 0 || s === 0) {
        s = target;
        break;
      }
      s = fail[s]!;
    }
    for (let o = termAt[s]! >= 0 ? s : outputLink[s]!; o !== 0; o = outputLink[o]!) {
      const term = termAt[o]!;
      const end = i + 1;
      const start = end - termLength[term]!;
      const edges = termEdges[term]!;
      if ((edges & NEEDS_CUT_BEFORE && !cut[start]) || (edges & NEEDS_CUT_AFTER && !cut[end])) continue;
      visit(term, start, end);
    }
  }
}
