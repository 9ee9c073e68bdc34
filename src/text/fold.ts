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

export interface FoldedText {
  /** The folded text: lowercase, no accents, compatibility forms unified, whitespace runs collapsed to one space… */
  readonly text: string;
  /** …as UTF-16 units (what the matcher reads; `text` is only built when read), and their number. */
  readonly codes: Uint16Array;
  readonly length: number;
  /** For each folded unit, the original UTF-16 offset where its source code point starts. */
  readonly origStart: Int32Array;
  /**
   * Where the source of folded unit `i` ends in the original: where the next source starts (dropped marks,
   * invisible characters and collapsed spaces belong to the unit before them), or the original's end.
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

/** Folds of several units ("ß" → "ss", "ﬁ" → "fi", "㈱" → "(株)"). */
const EXPANSIONS: string[] = [];
const expansionIndex = new Map<string, number>();
/**
 * The fold of every BMP code point met so far, by code point: one typed-array read per character of a draft. Fixed
 * size (256 KiB), allocated on the first non-ASCII character; ASCII is filled at once.
 */
let bmpTable: Uint32Array | undefined;
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
    (DIGITS.test(out) ? DIGIT : 0);
  const info = KNOWN | (flags << FLAGS_SHIFT);
  if (out === '') return info | DROPPED;
  if (out.length === 1) return info | out.charCodeAt(0);
  let index = expansionIndex.get(out);
  if (index === undefined) {
    index = EXPANSIONS.push(out) - 1;
    expansionIndex.set(out, index);
  }
  return info | EXPANDS | index;
}

const ASCII_TABLE = Uint32Array.from({ length: 128 }, (_, c) => foldCodePoint(c));

function infoOfBmp(c: number): number {
  bmpTable ??= new Uint32Array(65536);
  return bmpTable[c] || (bmpTable[c] = foldCodePoint(c));
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
  origStart = new Int32Array(0);
  flags = new Uint8Array(0);
  cut = new Uint8Array(0);
  static readonly LIMIT = 1 << 16;

  reserve(capacity: number): this {
    if (this.codes.length >= capacity) return this;
    this.codes = new Uint16Array(capacity);
    this.origStart = new Int32Array(capacity);
    this.flags = new Uint8Array(capacity);
    this.cut = new Uint8Array(capacity + 1);
    return this;
  }
}

/** Folds a whole text and keeps the offset map and word cuts. Linear in the text. */
export function fold(original: string, reuse?: FoldBuffers): FoldedText {
  const n = original.length;
  // Folding rarely grows text; compatibility expansions (ligatures, "㈱") grow the buffers when they must.
  let buffers = (reuse && n + 16 <= FoldBuffers.LIMIT ? reuse : new FoldBuffers()).reserve(n + 16);
  let { codes, origStart, flags } = buffers;
  let len = 0;
  let tagPending = false; // just saw "#"
  let inTag = false;

  for (let i = 0; i < n; ) {
    const start = i;
    const c = original.charCodeAt(i++);
    let info: number;
    if (c < 128) info = ASCII_TABLE[c]!;
    else if (c < 0xd800 || c > 0xdfff) info = infoOfBmp(c);
    else {
      const low = c <= 0xdbff && i < n ? original.charCodeAt(i) : 0;
      if (low >= 0xdc00 && low <= 0xdfff) {
        i++;
        info = infoOfAstral(((c - 0xd800) << 10) + (low - 0xdc00) + 0x10000);
      } else info = KNOWN | c; // a lone surrogate stays as it is
    }
    if (info & DROPPED) continue; // a dropped mark belongs to the character before it
    const expansion = info & EXPANDS ? EXPANSIONS[info & UNIT]! : undefined;
    const first = expansion ? expansion.charCodeAt(0) : info & UNIT;
    if (first === 32 && len > 0 && codes[len - 1] === 32) continue; // so does a run of spaces
    // A hashtag's word part starts right after "#" and runs to the next non-word character.
    const word = info & (WORD << FLAGS_SHIFT);
    if (first === 35 /* # */) {
      tagPending = true;
      inTag = false;
    } else if (word) {
      inTag ||= tagPending;
      tagPending = false;
    } else tagPending = inTag = false;
    const flag = ((info >>> FLAGS_SHIFT) & 0xff) | (inTag ? IN_TAG : 0);
    if (expansion) {
      // Room for this expansion and one unit per character still to come.
      if (len + expansion.length + (n - i) > codes.length) {
        buffers = grown(buffers, len, 2 * (len + expansion.length + (n - i)));
        ({ codes, origStart, flags } = buffers);
      }
      for (let k = 0; k < expansion.length; k++) {
        codes[len] = expansion.charCodeAt(k);
        origStart[len] = start;
        flags[len++] = flag;
      }
      continue;
    }
    codes[len] = first;
    origStart[len] = start;
    flags[len++] = flag;
  }

  const cut = computeCuts(buffers, len);
  const starts = origStart.subarray(0, len);
  let text: string | undefined;
  return {
    length: len,
    codes: codes.subarray(0, len),
    get text() {
      return (text ??= decode(codes, len));
    },
    origStart: starts,
    endOf(i) {
      let next = i + 1;
      while (next < len && starts[next] === starts[i]) next++; // the units of one expansion share their source
      return next < len ? starts[next]! : n;
    },
    cut,
  };
}

function computeCuts({ flags, cut: buffer }: FoldBuffers, len: number): Uint8Array {
  const cut = buffer.subarray(0, len + 1);
  cut[0] = 1;
  cut[len] = 1;
  for (let i = 1; i < len; i++) {
    const prev = flags[i - 1]!;
    const here = flags[i]!;
    let at = 0;
    if (!(prev & WORD) || !(here & WORD)) at = 1;
    else if (prev & here & IN_TAG) {
      // "#Acme2026": letters↔digits. "#acmeLife": lower→Upper. "#ACMELife": the last capital of a run that
      // starts a lowercase word.
      const next = i + 1 < len ? flags[i + 1]! : 0;
      if ((prev ^ here) & DIGIT) at = 1;
      else if (here & UPPER && (!(prev & UPPER) || (next & WORD && !(next & UPPER)))) at = 1;
    }
    cut[i] = at;
  }
  return cut;
}

/** Fresh, bigger buffers holding the first `len` units (a fold that expanded past its guess). */
function grown(buffers: FoldBuffers, len: number, capacity: number): FoldBuffers {
  const bigger = new FoldBuffers().reserve(capacity);
  bigger.codes.set(buffers.codes.subarray(0, len));
  bigger.origStart.set(buffers.origStart.subarray(0, len));
  bigger.flags.set(buffers.flags.subarray(0, len));
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
  return fold(term).text.trim();
}

/** Scripts written without spaces between words. */
export const UNSPACED_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;

/** True when a code point (as a string) is a letter, digit or "_": such term edges need a word cut. */
export function isWordChar(ch: string): boolean {
  return WORD_CHAR.test(ch);
}
