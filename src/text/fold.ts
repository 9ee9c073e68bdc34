/**
 * Folds text so that "ACME", "Acmé", "ＡＣＭＥ" and "acme" read the same, while remembering where every folded
 * character came from in the original, so matches map back to exact offsets (emoji, combining accents included).
 *
 * One pass, constant work per code point: ASCII is folded inline, anything else through a per-code-point cache.
 */

/** Flags per folded UTF-16 unit. */
const WORD = 1; // a letter, digit or "_"
const UPPER = 2; // came from an uppercase letter
const IN_TAG = 4; // inside the word part of a #hashtag
const DIGIT = 8;

export interface FoldedText {
  /** The folded text: lowercase, no accents, compatibility forms unified, whitespace runs collapsed to one space. */
  readonly text: string;
  /** For each folded unit, the original UTF-16 offset where its source code point starts… */
  readonly origStart: Int32Array;
  /** …and where its source ends (dropped marks and invisible characters extend the unit before them). */
  readonly origEnd: Int32Array;
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
const APOSTROPHES = /^[\u2018\u2019\u201B\u02BC\u2032\uFF07\u00B4]$/u;
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

interface FoldedCodePoint {
  /** What the code point folds to; empty when it is dropped. */
  readonly out: string;
  readonly word: boolean;
  readonly upper: boolean;
  readonly digit: boolean;
}

const cache = new Map<number, FoldedCodePoint>();

function foldCodePoint(cp: number): FoldedCodePoint {
  let folded = cache.get(cp);
  if (folded) return folded;
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
  folded = {
    out,
    word: WORD_CHAR.test(ch), // "™" folds to "tm" but is no letter: "Acme™" still ends the word "Acme"

    upper: ch !== ch.toLowerCase(),
    digit: DIGITS.test(out),
  };
  cache.set(cp, folded);
  return folded;
}

/** Folds a whole text and keeps the offset map and word cuts. Linear in the text. */
export function fold(original: string): FoldedText {
  const n = original.length;
  // Folding rarely grows text; compatibility expansions (ligatures, "㈱") are handled by growing the buffers.
  let capacity = n + 16;
  let codes = new Uint16Array(capacity);
  let origStart = new Int32Array(capacity);
  let origEnd = new Int32Array(capacity);
  let flags = new Uint8Array(capacity);
  let len = 0;
  let tagPending = false; // just saw "#"
  let inTag = false;

  const push = (code: number, start: number, end: number, flag: number) => {
    if (len === capacity) {
      capacity *= 2;
      codes = grow(codes, capacity);
      origStart = grow(origStart, capacity);
      origEnd = grow(origEnd, capacity);
      flags = grow(flags, capacity);
    }
    codes[len] = code;
    origStart[len] = start;
    origEnd[len] = end;
    flags[len] = flag;
    len++;
  };

  // A hashtag's word part starts right after "#" and runs to the next non-word character.
  const trackTag = (code: number, isWord: boolean) => {
    if (code === 35 /* # */) {
      tagPending = true;
      inTag = false;
    } else if (isWord) {
      inTag ||= tagPending;
      tagPending = false;
    } else {
      tagPending = inTag = false;
    }
  };

  for (let i = 0; i < n; ) {
    const start = i;
    let c = original.charCodeAt(i);
    if (c < 0x80) {
      i++;
      const isUpper = c >= 65 && c <= 90;
      if (isUpper) c += 32;
      else if (c === 96) c = 39; // a backtick typed for an apostrophe
      else if (c === 9 || c === 10 || c === 11 || c === 12 || c === 13) c = 32;
      if (c === 32 && len > 0 && codes[len - 1] === 32) {
        origEnd[len - 1] = i; // collapse whitespace runs
        continue;
      }
      const isWord = (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95;
      trackTag(c, isWord);
      const isDigit = c >= 48 && c <= 57;
      push(c, start, i, (isWord ? WORD : 0) | (isUpper ? UPPER : 0) | (inTag ? IN_TAG : 0) | (isDigit ? DIGIT : 0));
      continue;
    }
    const cp = original.codePointAt(i)!;
    i += cp > 0xffff ? 2 : 1;
    const { out, word, upper, digit } = foldCodePoint(cp);
    if (out === '' || (out === ' ' && len > 0 && codes[len - 1] === 32)) {
      if (len > 0) origEnd[len - 1] = i; // a dropped mark belongs to the character before it
      continue;
    }
    trackTag(out.charCodeAt(0), word);
    const flag = (word ? WORD : 0) | (upper ? UPPER : 0) | (inTag ? IN_TAG : 0) | (digit ? DIGIT : 0);
    for (let k = 0; k < out.length; k++) push(out.charCodeAt(k), start, i, flag);
  }

  return {
    text: decode(codes, len),
    origStart: origStart.subarray(0, len),
    origEnd: origEnd.subarray(0, len),
    cut: computeCuts(flags, len),
  };
}

function computeCuts(flags: Uint8Array, len: number): Uint8Array {
  const cut = new Uint8Array(len + 1);
  cut[0] = 1;
  cut[len] = 1;
  for (let i = 1; i < len; i++) {
    const prev = flags[i - 1]!;
    const here = flags[i]!;
    if (!(prev & WORD) || !(here & WORD)) cut[i] = 1;
    else if (prev & here & IN_TAG) {
      // "#Acme2026": letters↔digits. "#acmeLife": lower→Upper. "#ACMELife": the last capital of a run that
      // starts a lowercase word.
      const next = i + 1 < len ? flags[i + 1]! : 0;
      if ((prev ^ here) & DIGIT) cut[i] = 1;
      else if (here & UPPER && (!(prev & UPPER) || (next & WORD && !(next & UPPER)))) cut[i] = 1;
    }
  }
  return cut;
}

function grow<T extends Uint16Array | Int32Array | Uint8Array>(array: T, capacity: number): T {
  const bigger = new (array.constructor as new (n: number) => T)(capacity);
  bigger.set(array);
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
