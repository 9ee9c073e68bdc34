/**
 * Folds text so that "ACME", "Acmé", "ＡＣＭＥ" and "acme" read the same, while remembering where every folded
 * character came from in the original, so matches map back to exact offsets (emoji, combining accents included).
 *
 * One pass, constant work per code point: one table read each (the table fills as code points are first met).
 */

/** Flags per folded UTF-16 unit. */
const WORD = 1; // a letter, digit or "_"
const UPPER = 2; // came from an uppercase letter
const IN_TAG = 4; // inside the word part of a #hashtag
const DIGIT = 8;
/** In the fold table, where IN_TAG goes (which depends on the units before): the unit is "#"… */
const HASH_FLAG = 4;
/** …and so in the cuts table's state. */
const HASH = 16;

export interface FoldedText {
  /** The folded text: lowercase, no accents, compatibility forms unified, whitespace runs collapsed to one space… */
  readonly text: string;
  /** …as UTF-16 units (what the matcher reads; `text` is only built when read), and their number. */
  readonly codes: Uint16Array;
  readonly length: number;
  /** The original UTF-16 offset where the source of folded unit `i` starts… */
  startOf(i: number): number;
  /**
   * …and where it ends: where the next source starts (dropped marks, invisible characters and collapsed spaces
   * belong to the unit before them), or the original's end.
   */
  endOf(i: number): number;
  /**
   * `cut[i]` is 1 where a word may start or end at folded offset `i` (length + 1 entries): at the text's edges,
   * between a word character and anything else, and at CamelCase humps inside hashtags ("#Acme|Life").
   */
  readonly cut: Uint8Array;
}

// Invisible characters that change nothing a reader sees: dropped so "Ac\u200Bme" cannot hide a mention.
// (Ranges of code points, as several are combining marks a regex character class would misread.)
const INVISIBLE_RANGES: readonly (readonly [number, number])[] = [
  [0x00ad, 0x00ad], [0x034f, 0x034f], [0x061c, 0x061c], [0x115f, 0x1160], [0x17b4, 0x17b5], [0x180b, 0x180f],
  [0x200b, 0x200f], [0x202a, 0x202e], [0x2060, 0x206f], [0x3164, 0x3164], [0xfe00, 0xfe0f], [0xfeff, 0xfeff],
  [0xffa0, 0xffa0], [0xe0000, 0xe0fff],
];

/** True for a character (one code point) that folding drops as invisible: zero-width, bidi controls, selectors… */
export function isInvisible(ch: string): boolean {
  const cp = ch.codePointAt(0)!;
  return INVISIBLE_RANGES.some(([from, to]) => cp >= from && cp <= to);
}
const APOSTROPHES = /^[`\u2018\u2019\u201B\u02BC\u2032\uFF07\u00B4]$/u;
const DASHES = /^[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]$/u;
const WHITESPACE = /^\s$/u;
const MARKS = /\p{M}/gu;
// Superscripts, circled numbers and the like are not word characters: "Acme²" and "Acme™" end the word "Acme".
const WORD_CHAR = /^[\p{L}\p{Nd}\p{Nl}_]$/u;
const DIGITS = /^\p{N}/u;
/** Letters and ligatures that Unicode decomposition leaves whole but readers treat as their base letters. */
const EXTRA_FOLDS: Readonly<Record<string, string>> = {
  ß: 'ss', ẞ: 'ss', æ: 'ae', œ: 'oe', ø: 'o', đ: 'd', ð: 'd', ł: 'l', ı: 'i', ħ: 'h', þ: 'th', ŀ: 'l',
};

/**
 * What one code point folds to, packed in a number so a table holds it: the folded unit (bits 0–15) or, for a fold
 * of several units, an index into EXPANSIONS; the unit's flags (bits 16–23); then what kind of fold it is.
 */
const UNIT = 0xffff;
const FLAGS_SHIFT = 16;
const KNOWN = 1 << 24;
const DROPPED = 1 << 25;
const EXPANDS = 1 << 26;
/** One unit from one code point: what most characters fold to, added without further checks. */
const SINGLE = 1 << 27;
/**
 * An astral code point that folds to itself (most emoji and supplementary ideographs): its two units are copied from
 * the text, never kept in EXPANSIONS, which would otherwise grow with every new one met and outgrow its 16-bit index.
 */
const SELF = 1 << 28;

/** Folds of several units ("ß" → "ss", "ﬁ" → "fi", "㈱" → "(株)"): bounded by the code points that have one. */
const EXPANSIONS: string[] = [];
const expansionIndex = new Map<string, number>();
/**
 * The fold of every BMP code point met so far, by code point: one typed-array read per character of a draft. Fixed
 * size (256 KiB), allocated by the first fold (nothing is worked out when a tab loads the script).
 */
let bmpTable: Uint32Array | undefined;
const bmp = () => (bmpTable ??= new Uint32Array(65536));
/** Astral code points (emoji, mathematical letters) met so far; bounded: cleared when full. */
const astral = new Map<number, number>();
const ASTRAL_LIMIT = 4_096;

function foldCodePoint(cp: number): number {
  const ch = String.fromCodePoint(cp);
  let out: string;
  if (isInvisible(ch)) out = '';
  else if (WHITESPACE.test(ch)) out = ' ';
  else if (APOSTROPHES.test(ch)) out = "'";
  else if (DASHES.test(ch)) out = '-';
  else {
    const lower = ch.normalize('NFKD').replace(MARKS, '').toLowerCase().normalize('NFKD').replace(MARKS, '');
    out = '';
    for (const c of lower) out += EXTRA_FOLDS[c] ?? c;
  }
  const flags =
    (WORD_CHAR.test(ch) ? WORD : 0) | // "™" folds to "tm" but is no letter: "Acme™" still ends the word "Acme"
    (ch !== ch.toLowerCase() ? UPPER : 0) |
    (DIGITS.test(out) ? DIGIT : 0) |
    (out.startsWith('#') ? HASH_FLAG : 0);
  const info = KNOWN | (flags << FLAGS_SHIFT);
  if (out === '') return info | DROPPED;
  if (out.length === 1) return info | SINGLE | out.charCodeAt(0);
  if (out === ch) return info | EXPANDS | SELF; // two units (one-unit folds are above)
  let index = expansionIndex.get(out);
  if (index === undefined) {
    index = EXPANSIONS.push(out) - 1;
    expansionIndex.set(out, index);
  }
  return info | EXPANDS | index;
}

function infoOfBmp(c: number): number {
  // A lone surrogate stays as it is, and never enters the table: `fold` reads pairs where it finds no fold there.
  if (c >= 0xd800 && c <= 0xdfff) return KNOWN | c;
  const table = bmp();
  return table[c] || (table[c] = foldCodePoint(c));
}

function infoOfAstral(cp: number): number {
  let info = astral.get(cp);
  if (info === undefined) {
    if (astral.size >= ASTRAL_LIMIT) astral.clear();
    info = foldCodePoint(cp);
    astral.set(cp, info);
  }
  return info;
}

/**
 * Buffers one reader reuses from fold to fold (a keystroke's analysis allocates nothing that grows with the draft).
 * A fold made with them is valid until the next fold made with them; drafts longer than the limit get their own.
 */
export class FoldBuffers {
  codes = new Uint16Array(0);
  cut = new Uint8Array(0);
  /**
   * The offset map, kept sparse: from folded unit `shiftAt[j]` on, the original offset is the folded one plus
   * `shiftBy[j]` (until the next entry). Plain text has one entry; each dropped mark, collapsed space run or
   * expansion adds one.
   */
  shiftAt: number[] = [];
  shiftBy: number[] = [];
  static readonly LIMIT = 1 << 16;

  reserve(capacity: number): this {
    this.shiftAt.length = this.shiftBy.length = 0;
    if (this.codes.length >= capacity) return this;
    // Doubling: a draft growing a character per keystroke must not reallocate at every keystroke.
    const size = Math.max(capacity, Math.min(2 * this.codes.length, FoldBuffers.LIMIT));
    this.codes = new Uint16Array(size);
    this.cut = new Uint8Array(size + 1);
    return this;
  }
}

/**
 * Whether a word may start or end between two units with these flags, before knowing the next one: a word
 * character next to anything else; inside a hashtag, letters↔digits ("#Acme|2026") and lower→Upper ("#acme|Life").
 */
function cutBetween(prev: number, here: number): boolean {
  if (!(prev & WORD) || !(here & WORD)) return true;
  if (!(prev & here & IN_TAG)) return false;
  return ((prev ^ here) & DIGIT) !== 0 || ((here & UPPER) !== 0 && !(prev & UPPER));
}

/** "#ACMELife": the last capital of a run starts a word when a lowercase letter follows it. */
function humpBefore(twoBack: number, prev: number, here: number): boolean {
  return (twoBack & prev & IN_TAG) !== 0 && !((twoBack ^ prev) & DIGIT) && (twoBack & prev & UPPER) !== 0 && (here & WORD) !== 0 && !(here & UPPER);
}

/**
 * Word cuts as a state machine, one table read per unit. The state: the flags of the last two units, the last one's
 * with HASH (a hashtag's word part starts after "#"). The key: the state, then the new unit's flags as the fold table
 * has them (HASH_FLAG where IN_TAG goes). An entry: bit 1, a cut before the new unit; bit 2, a cut before the one
 * before it; then the next state.
 */
let cutsTable: Uint16Array | undefined;
const cutsByState = () =>
  (cutsTable ??= Uint16Array.from({ length: 1 << 13 }, (_, key) => {
    const [twoBack, prev, raw] = [key >> 9, (key >> 4) & 31, key & 15];
    // A hashtag's word part starts right after "#" and runs to the next non-word character.
    const here = (raw & (WORD | UPPER | DIGIT)) | (raw & WORD && prev & (HASH | IN_TAG) ? IN_TAG : 0);
    const next = ((prev & 15) << 5) | here | (raw & HASH_FLAG ? HASH : 0);
    return (cutBetween(prev, here) ? 1 : 0) | (humpBefore(twoBack, prev, here) ? 2 : 0) | (next << 2);
  }));

/** Folds a whole text and keeps the offset map and word cuts. Linear in the text. */
export function fold(original: string, reuse?: FoldBuffers): FoldedText {
  const n = original.length;
  // Folding rarely grows text; compatibility expansions (ligatures, "㈱") grow the buffers when they must.
  let buffers = (reuse && n + 16 <= FoldBuffers.LIMIT ? reuse : new FoldBuffers()).reserve(n + 16);
  let { codes, cut } = buffers;
  const { shiftAt, shiftBy } = buffers; // kept when the buffers grow
  let len = 0;
  let shift = -1; // original offset minus folded offset, as last recorded
  let state = 0; // of the cuts table (no units before the text: a cut at its start)
  let last = -1; // the last unit added
  const cuts = cutsByState();
  const table = bmp(); // read inline below: one array read per character
  let unit = 0; // the next unit of an expansion (its source is read again for each: they share its offset and flags)

  for (let i = 0; i < n; ) {
    const start = i;
    const c = original.charCodeAt(i);
    let info = table[c]!;
    let code: number;
    if (info & SINGLE) {
      // Most characters: one unit, nothing else to check.
      code = info & UNIT;
      i++;
    } else {
      let width = 1;
      if (c < 0xd800 || c > 0xdfff) info ||= table[c] = foldCodePoint(c);
      else {
        const low = c <= 0xdbff && i + 1 < n ? original.charCodeAt(i + 1) : 0;
        if (low >= 0xdc00 && low <= 0xdfff) {
          width = 2;
          info = infoOfAstral(((c - 0xd800) << 10) + (low - 0xdc00) + 0x10000);
        } else info = KNOWN | c; // a lone surrogate stays as it is
      }
      if (info & DROPPED) {
        i += width; // a dropped mark belongs to the character before it
        continue;
      }
      if (info & EXPANDS) {
        const expansion = info & SELF ? undefined : EXPANSIONS[info & UNIT]!;
        const length = expansion?.length ?? 2;
        // Room for this expansion and one unit per character still to come.
        if (unit === 0 && len + length + (n - i) > codes.length) {
          buffers = grown(buffers, len, 2 * (len + length + (n - i)));
          ({ codes, cut } = buffers);
        }
        code = expansion ? expansion.charCodeAt(unit) : original.charCodeAt(i + unit);
        if (++unit === length) unit = 0;
      } else code = info & UNIT;
      if (unit === 0) i += width;
    }
    if (code === 32 && last === 32) continue; // so do the spaces after the first of a run
    last = code;
    if (start - len !== shift) {
      shift = start - len;
      shiftAt.push(len);
      shiftBy.push(shift);
    }
    codes[len] = code;
    state = cuts[(state << 4) | ((info >>> FLAGS_SHIFT) & 15)]!;
    cut[len] = state & 1;
    if (state & 2) cut[len - 1] = 1;
    state >>= 2;
    len++;
  }
  cut[len] = 1;

  return new Folded(codes.subarray(0, len), cut.subarray(0, len + 1), shiftAt, shiftBy, n);
}

/** A fold's result: a class, so a keystroke's fold allocates one object rather than a set of closures. */
class Folded implements FoldedText {
  private decoded: string | undefined;
  constructor(
    readonly codes: Uint16Array,
    readonly cut: Uint8Array,
    private readonly shiftAt: readonly number[],
    private readonly shiftBy: readonly number[],
    private readonly originalLength: number,
  ) {}

  get length(): number {
    return this.codes.length;
  }

  get text(): string {
    return (this.decoded ??= decode(this.codes, this.codes.length));
  }

  startOf(unit: number): number {
    const { shiftAt, shiftBy } = this;
    let low = 0;
    let high = shiftAt.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >>> 1;
      if (shiftAt[mid]! <= unit) low = mid;
      else high = mid - 1;
    }
    return unit + shiftBy[low]!;
  }

  endOf(unit: number): number {
    const start = this.startOf(unit);
    let next = unit + 1;
    while (next < this.length && this.startOf(next) === start) next++; // the units of one expansion share their source
    return next < this.length ? this.startOf(next) : this.originalLength;
  }
}

/** Fresh, bigger buffers holding the first `len` units and the offset map so far (a fold that expanded past its guess). */
function grown(buffers: FoldBuffers, len: number, capacity: number): FoldBuffers {
  const bigger = new FoldBuffers().reserve(capacity);
  bigger.codes.set(buffers.codes.subarray(0, len));
  bigger.cut.set(buffers.cut.subarray(0, len));
  bigger.shiftAt = buffers.shiftAt;
  bigger.shiftBy = buffers.shiftBy;
  return bigger;
}

function decode(codes: Uint16Array, len: number): string {
  let text = '';
  // Chunked so huge drafts never exceed the engine's argument limit.
  for (let i = 0; i < len; i += 8192) {
    text += String.fromCharCode.apply(null, codes.subarray(i, Math.min(len, i + 8192)) as unknown as number[]);
  }
  return text;
}

/** Folds a policy term the same way drafts are folded, trimming the spaces folding may leave at its edges. */
export function foldTerm(term: string): string {
  // Its own loop, not `fold`'s: folding thousands of short terms would teach the engine's per-keystroke loop about
  // strings it never sees in a tab (V8 optimises a function for what it was given).
  let folded = '';
  for (let i = 0; i < term.length; ) {
    const cp = term.codePointAt(i)!;
    i += cp > 0xffff ? 2 : 1;
    const info = cp <= 0xffff ? infoOfBmp(cp) : infoOfAstral(cp);
    if (info & DROPPED) continue;
    const out = info & SELF ? String.fromCodePoint(cp) : info & EXPANDS ? EXPANSIONS[info & UNIT]! : String.fromCharCode(info & UNIT);
    if (!(out === ' ' && folded.endsWith(' '))) folded += out;
  }
  return folded.trim();
}

/** Scripts written without spaces between words. */
export const UNSPACED_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;

/** True when a code point (as a string) is a letter, digit or "_": such term edges need a word cut. */
export function isWordChar(ch: string): boolean {
  return WORD_CHAR.test(ch);
}
