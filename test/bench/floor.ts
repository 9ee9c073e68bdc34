/**
 * The floor the engine is measured against: the least work that finds the same matches. A fold by table lookup
 * (one typed-array read per UTF-16 unit, whitespace runs collapsed) and an Aho–Corasick automaton in typed arrays
 * (dense root, open-addressing transitions, dictionary-suffix links), checking word edges as the engine does.
 *
 * It knows none of what the engine adds (offsets into the original, hashtag humps, owners, findings), and its
 * table keeps only the first unit of a fold that expands ("ß" → "s"): drafts that rely on those differ on purpose.
 * Building it is slow (it folds every BMP unit with the engine's `foldTerm` once); only `floorScan` is timed.
 */
import { foldTerm } from '../../src/text/fold';

const WORD = /^[\p{L}\p{Nd}\p{Nl}_]$/u;
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
/** Folded unit per UTF-16 unit (0: dropped); a unit outside the BMP's letters folds to itself. */
let foldTable: Uint16Array | undefined;
let wordTable: Uint8Array | undefined;

function tables(): [Uint16Array, Uint8Array] {
  if (!foldTable || !wordTable) {
    foldTable = new Uint16Array(65536);
    wordTable = new Uint8Array(65536);
    for (let c = 0; c < 65536; c++) {
      const ch = String.fromCharCode(c);
      if (c >= 0xd800 && c <= 0xdfff) foldTable[c] = c;
      else if (/^\s$/u.test(ch)) foldTable[c] = 32;
      else {
        const folded = foldTerm(ch);
        foldTable[c] = folded.length ? folded.charCodeAt(0) : 0;
      }
      wordTable[c] = WORD.test(ch) ? 1 : 0;
    }
  }
  return [foldTable, wordTable];
}

export interface Floor {
  readonly symbolOf: Uint16Array;
  readonly rootNext: Int32Array;
  /** Transitions: slot → (state, symbol) → target; empty slots hold state -1. */
  readonly slotState: Int32Array;
  readonly slotSymbol: Int32Array;
  readonly slotTarget: Int32Array;
  readonly slotMask: number;
  readonly fail: Int32Array;
  readonly termAt: Int32Array;
  readonly dictLink: Int32Array;
  readonly termLength: Int32Array;
  /** Bit 1: needs a word edge before; bit 2: after. */
  readonly termEdges: Uint8Array;
  codes: Uint16Array;
  words: Uint8Array;
}

const slotOf = (state: number, symbol: number, mask: number) => (Math.imul(state, 0x9e3779b1) ^ Math.imul(symbol, 0x85ebca6b)) & mask;

/** The floor for already folded, distinct terms (`compiled.matcher.terms`): a match reports an index into them. */
export function buildFloor(terms: readonly string[]): Floor {
  tables();
  const symbolOf = new Uint16Array(65536);
  let alphabet = 1;
  const children: Map<number, number>[] = [new Map()];
  const termAtList = [-1];
  terms.forEach((term, index) => {
    let s = 0;
    for (let i = 0; i < term.length; i++) {
      const c = term.charCodeAt(i);
      if (!symbolOf[c]) symbolOf[c] = alphabet++;
      let next = children[s]!.get(symbolOf[c]!);
      if (next === undefined) {
        next = children.length;
        children.push(new Map());
        termAtList.push(-1);
        children[s]!.set(symbolOf[c]!, next);
      }
      s = next;
    }
    termAtList[s] = index;
  });
  const states = children.length;
  const goto = (s: number, sym: number) => children[s]!.get(sym) ?? (s === 0 ? 0 : -1);
  const fail = new Int32Array(states);
  const dictLink = new Int32Array(states);
  const termAt = Int32Array.from(termAtList);
  const queue = [...children[0]!.values()];
  for (let head = 0; head < queue.length; head++) {
    const s = queue[head]!;
    for (const [sym, child] of children[s]!) {
      let f = fail[s]!;
      while (goto(f, sym) < 0) f = fail[f]!;
      const target = s === 0 ? 0 : goto(f, sym);
      fail[child] = target;
      dictLink[child] = termAt[target]! >= 0 ? target : dictLink[target]!;
      queue.push(child);
    }
  }

  const rootNext = new Int32Array(alphabet);
  for (const [sym, child] of children[0]!) rootNext[sym] = child;
  let size = 2;
  while (size < states * 2) size *= 2;
  const slotMask = size - 1;
  const slotState = new Int32Array(size).fill(-1);
  const slotSymbol = new Int32Array(size);
  const slotTarget = new Int32Array(size);
  children.forEach((map, s) => {
    if (s === 0) return;
    for (const [sym, child] of map) {
      let slot = slotOf(s, sym, slotMask);
      while (slotState[slot] !== -1) slot = (slot + 1) & slotMask;
      slotState[slot] = s;
      slotSymbol[slot] = sym;
      slotTarget[slot] = child;
    }
  });
  const edge = (ch: string) => WORD.test(ch) && !UNSPACED.test(ch);
  const termEdges = Uint8Array.from(terms, (t) => {
    const chars = [...t];
    return (edge(chars[0]!) ? 1 : 0) | (edge(chars[chars.length - 1]!) ? 2 : 0);
  });
  return {
    symbolOf, rootNext, slotState, slotSymbol, slotTarget, slotMask, fail, termAt, dictLink,
    termLength: Int32Array.from(terms, (t) => t.length), termEdges,
    codes: new Uint16Array(1024), words: new Uint8Array(1024),
  };
}

/**
 * Folds `draft` into the floor's buffers and calls `visit(term, start, end)` for every word-bounded match, in
 * folded offsets (as the engine's `scan` reports them). Returns the number of matches.
 */
export function floorScan(floor: Floor, draft: string, visit?: (term: number, start: number, end: number) => void): number {
  const [table, wordOf] = tables();
  if (floor.codes.length < draft.length) {
    floor.codes = new Uint16Array(draft.length * 2);
    floor.words = new Uint8Array(draft.length * 2);
  }
  const { codes, words } = floor;
  let len = 0;
  for (let i = 0; i < draft.length; i++) {
    const unit = draft.charCodeAt(i);
    const code = table[unit]!;
    if (code === 0 || (code === 32 && len > 0 && codes[len - 1] === 32)) continue;
    codes[len] = code;
    words[len++] = wordOf[unit]!;
  }

  const { symbolOf, rootNext, slotState, slotSymbol, slotTarget, slotMask, fail, termAt, dictLink, termLength, termEdges } = floor;
  let count = 0;
  let s = 0;
  for (let i = 0; i < len; i++) {
    const sym = symbolOf[codes[i]!]!;
    if (sym === 0) {
      s = 0;
      continue;
    }
    for (;;) {
      if (s === 0) {
        s = rootNext[sym]!;
        break;
      }
      let slot = slotOf(s, sym, slotMask);
      let target = -1;
      for (let at = slotState[slot]!; at !== -1; at = slotState[slot]!) {
        if (at === s && slotSymbol[slot] === sym) {
          target = slotTarget[slot]!;
          break;
        }
        slot = (slot + 1) & slotMask;
      }
      if (target >= 0) {
        s = target;
        break;
      }
      s = fail[s]!;
    }
    for (let o = termAt[s]! >= 0 ? s : dictLink[s]!; o !== 0; o = dictLink[o]!) {
      const term = termAt[o]!;
      const end = i + 1;
      const start = end - termLength[term]!;
      const edges = termEdges[term]!;
      if (edges & 1 && start > 0 && words[start - 1] && words[start]) continue;
      if (edges & 2 && end < len && words[end - 1] && words[end]) continue;
      count++;
      visit?.(term, start, end);
    }
  }
  return count;
}
