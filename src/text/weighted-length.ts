/**
 * The length X (Twitter) counts a post against its limit: the "weighted length" of twitter-text config v3
 * (https://github.com/twitter/twitter-text/blob/master/config/v3.json; counting rules at
 * https://developer.x.com/en/docs/counting-characters; both seen 2026-12-03):
 *
 * - the text is NFC-normalised first;
 * - code points in U+0000–U+10FF, U+2000–U+200D, U+2010–U+201F and U+2032–U+2037 count 1, all others 2;
 * - every URL counts 23 (its t.co form), whatever its length;
 * - every emoji sequence (ZWJ sequences, flags, keycaps, skin tones) counts 2 as a whole.
 *
 * A compact re-implementation: twitter-text itself, with its list of ~1,500 TLDs and its emoji table, is far too big
 * for a content script (~2 KB minified here, ~85 KB there). Where it cannot be exact it errs on the long side, so that
 * a text Candor offers never takes a post past the limit unannounced: any bare "label.letters" counts as a link
 * ("acme.careers" is one on X; "node.js" is not, and counts 23 here). test/text/weighted-length.test.ts checks it
 * against twitter-text 3.1.0 and pins the differences: those over-counts, emoji newer than twitter-text's 2018 table
 * (2 here, as X's rule says), and malformed emoji sequences nobody types (two regional indicators that are no
 * country, pictographs joined by ZWJ into no emoji), which count less here.
 */

export const X_MAX_WEIGHTED_LENGTH = 280;

const URL_WEIGHT = 23;
const EMOJI_WEIGHT = 2;

/** 1 for Latin…Georgian (up to U+10FF) and the spaces, dashes, quotes and primes of General Punctuation; else 2. */
function codePointWeight(codePoint: number): number {
  const light =
    codePoint <= 0x10ff ||
    (codePoint >= 0x2000 && codePoint <= 0x200d) ||
    (codePoint >= 0x2010 && codePoint <= 0x201f) ||
    (codePoint >= 0x2032 && codePoint <= 0x2037);
  return light ? 1 : 2;
}

// TLDs. twitter-text links a domain only under one of the ~1,500 TLDs it knows; listing them would cost ~10 KB. So a
// domain under any TLD of two letters or more is taken as a link, and one under a TLD not listed here counts 23 or its
// length as text, whichever is more: right when X links it, right when X does not, never less than X counts.
const COMMON_GENERIC_TLDS =
  'com|net|org|edu|gov|mil|int|info|biz|pro|app|dev|xyz|top|shop|store|online|site|website|tech|blog|' +
  'news|live|club|cloud|art|design|page|link|media|world|email|agency|studio|space|fun|vip|icu';
// The two-letter country codes twitter-text 3.1 knows, packed: for each first letter a…z, a base-36 mask of the second
// letters (bit 0 for "a"). The test checks they are exactly twitter-text's.
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
const COUNTRY_TLDS = 'sp3ek ybdob 13fegd jznrk 16578 3abk dq22j 10t1c lq8o 153k wkgr4 cepl3 13ycxp kpks5 35s d1hpt 1 3accw 11edb3 o5hbg u4if5 mno5 5mao 0 b8k0 2hzi9';
const countryTlds = () =>
  COUNTRY_TLDS.split(' ').flatMap((mask, first) =>
    [...LETTERS].filter((_, second) => (parseInt(mask, 36) >> second) & 1).map((second) => LETTERS.charAt(first) + second),
  );
// Built on first use, like the pattern below: the content script that carries them loads in every tab of the sites.
let knownTlds: Set<string> | undefined;
const isKnownTld = (tld: string) => (knownTlds ??= new Set([...COMMON_GENERIC_TLDS.split('|'), ...countryTlds()])).has(tld);
const PUNYCODE_TLD = 'xn--[-0-9a-z]+';
/** A TLD ends where no letter, digit, "@", "+" or "-" follows (so "acme.co" is no link inside "acme.corp"). */
const TLD_END = '(?![0-9a-z@+-])';

// Characters as twitter-text's URL patterns have them.
const LATIN_ACCENTED = '\\xc0-\\xd6\\xd8-\\xf6\\xf8-\\u024f\\u0300-\\u036f\\u1e00-\\u1eff';
const PATH_LETTERS = `a-z0-9\\u0400-\\u04ff${LATIN_ACCENTED}`; // with Cyrillic
const PATH_CHAR = `[-${PATH_LETTERS}!*';:=+,.$/%#[\\]\\u2013_~@|&]`;
const PATH_END_CHAR = `[-${PATH_LETTERS}+=_#/]`;
/** Up to two levels of balanced parentheses, as in Wikipedia links: /wiki/Primer_(film). */
const PATH_PARENS = `\\((?:${PATH_CHAR}+|${PATH_CHAR}*\\(${PATH_CHAR}+\\)${PATH_CHAR}*)\\)`;
/** A path ends on a letter, a digit, "+-=_#/" or parentheses after those: "acme.com/jobs." leaves out the full stop. */
const PATH = `/(?:(?:${PATH_CHAR}|${PATH_PARENS})*${PATH_END_CHAR})?(?:${PATH_PARENS})*`;
const QUERY = "\\?[-a-z0-9!?*'@();:&=+$/%#[\\]_.,~|]*[-a-z0-9_&=#/]";
/** After a scheme, a domain label may hold any character but punctuation, spaces and bidi controls ("日本.jp"). */
const DOMAIN_CHAR = '[^\\s!#-/:-@[-_{-~\\u061c\\u200e\\u200f\\u202a-\\u202e\\u2066-\\u2069\\ufffe\\uffff]';
const SUBDOMAIN = `(?:(?:${DOMAIN_CHAR}(?:[-_]|${DOMAIN_CHAR})*)?${DOMAIN_CHAR}\\.)`; // "_" only here, as in twitter-text
const DOMAIN_NAME = `(?:(?:${DOMAIN_CHAR}(?:-|${DOMAIN_CHAR})*)?${DOMAIN_CHAR}\\.)`;
const SCHEME_DOMAIN =
  `(?<![\\uff20\\uff03])https?://${SUBDOMAIN}*${DOMAIN_NAME}` +
  `(?:[a-z]{2,}|[\\p{L}\\p{M}]{2,}|${PUNYCODE_TLD})${TLD_END}`;
/**
 * A bare domain is ASCII or accented Latin. Its labels are at most 63 characters (as in DNS) and at most ten: the
 * analysis runs on every keystroke, and unbounded, "a.a.a.a…" or "a-a-a-…" would make every position scan to the end
 * of the draft (quadratic time).
 */
const BARE_LABEL = `(?=[-a-z0-9${LATIN_ACCENTED}]{1,63}\\.)[a-z0-9${LATIN_ACCENTED}]+(?:-+[a-z0-9${LATIN_ACCENTED}]+)*`;
const BARE_DOMAIN = `(?:${BARE_LABEL}\\.){1,10}(?:[a-z]{2,63}|${PUNYCODE_TLD})${TLD_END}`;
/**
 * A link starts after a character that is no ASCII letter or digit, "@", "$" or "#" ("jane@acme.com" and "#acme.com"
 * are no links; a scheme neither after full-width "＠" or "＃", which a bare domain takes as part of itself), or with an
 * ASCII letter or digit at the very start: twitter-text takes a first "é" in "éacme.com" for the character before.
 */
const URL_START = '(?:(?<=[^a-z0-9@$#\\ufeff\\ufffe\\uffff])|^(?=[a-z0-9]))';

// Emoji. twitter-text (via twemoji-parser) matches the sequences of its emoji table; this matches their shapes: a
// flag's pair of regional indicators, a keycap, a subdivision flag (🏴 + tag letters), or pictographs joined by ZWJs,
// each with its skin tone or its VS16. Like twemoji-parser, a pictograph that defaults to text ("©", "❤") needs its
// VS16 to be emoji, and one that defaults to emoji takes a VS16 only in the BMP ("⭐" + VS16 is one emoji, "😀" + VS16
// two). A lone "😀" matched here counts 2, as it would as a character.
const PICTOGRAPH = '(?:\\p{EBase}\\p{EMod}|\\p{EPres}(?:(?<=[\\0-\\uffff])\\ufe0f)?|\\p{ExtPict}\\ufe0f)';
const EMOJI =
  `\\p{RI}{2}|[#*0-9]\\ufe0f?\\u20e3|\\u{1f3f4}[\\u{e0020}-\\u{e007e}]+\\u{e007f}|` +
  `${PICTOGRAPH}(?:\\u200d${PICTOGRAPH}){0,3}`; // the longest emoji, a family, joins four

/**
 * A link (group 1 its domain after a scheme, or group 2 a bare domain; group 3 its path), or an emoji sequence (group
 * 4). Links first, as in twitter-text.
 */
let urlOrEmoji: RegExp | undefined;
const urlOrEmojiPattern = () =>
  (urlOrEmoji ??= new RegExp(
    // eslint-disable-next-line no-misleading-character-class -- ranges of combining accents, as twitter-text has them
    `${URL_START}(?:(${SCHEME_DOMAIN})|(${BARE_DOMAIN}))(?::\\d+)?(${PATH})?(?:${QUERY})?|(${EMOJI})`,
    'giu',
  ));

/**
 * Calls `piece(weight, end)` for each piece of the normalised text X weighs as one — a link, an emoji sequence, a code
 * point — in order, `end` being where the piece ends; stops when `piece` returns false.
 */
/** Weight of text with no link or emoji sequence in it (a lone surrogate is a code point of its own: 2). */
function plainWeight(text: string): number {
  let weight = 0;
  for (const char of text) weight += codePointWeight(char.codePointAt(0)!);
  return weight;
}

/** A link under a TLD listed here counts 23; under another, 23 or its length as text, whichever is more. */
function linkWeight(link: string, domain: string): number {
  const tld = domain.slice(domain.lastIndexOf('.') + 1).toLowerCase();
  return isKnownTld(tld) ? URL_WEIGHT : Math.max(URL_WEIGHT, plainWeight(link));
}

function eachPiece(normalized: string, piece: (weight: number, end: number) => boolean): void {
  let plainStart = 0;
  const plain = (to: number): boolean => {
    for (let i = plainStart; i < to; ) {
      const codePoint = normalized.codePointAt(i)!;
      i += codePoint > 0xffff ? 2 : 1;
      if (!piece(codePointWeight(codePoint), i)) return false;
    }
    return true;
  };
  for (const match of normalized.matchAll(urlOrEmojiPattern())) {
    const [token, schemeDomain, bareDomain = '', path, emoji] = match;
    if (!plain(match.index)) return;
    plainStart = match.index + token.length;
    if (emoji) {
      if (!piece(EMOJI_WEIGHT, plainStart)) return;
      continue;
    }
    // As in twitter-text: a bare domain right after "-", "_", "." or "/" is no link, and nothing inside it starts one;
    // a bare domain takes its port and query only with a path ("acme.com:8080" is a link and ":8080").
    const isLink = schemeDomain !== undefined || !/[-_./]/.test(normalized.charAt(match.index - 1));
    const linkText = !isLink ? '' : schemeDomain !== undefined || path !== undefined ? token : bareDomain;
    const linkEnd = match.index + linkText.length;
    if (isLink && !piece(linkWeight(linkText, schemeDomain ?? bareDomain), linkEnd)) return;
    const tokenEnd = plainStart;
    plainStart = linkEnd; // what the link leaves of the token (a port, a query) is plain text
    if (!plain(tokenEnd)) return;
    plainStart = tokenEnd;
  }
  plain(normalized.length);
}

/** The length X counts for `text` (compare with X_MAX_WEIGHTED_LENGTH). */
export function weightedLength(text: string): number {
  let length = 0;
  eachPiece(text.normalize('NFC'), (weight) => {
    length += weight;
    return true;
  });
  return length;
}

/**
 * How much of `text` (a UTF-16 offset) X's count keeps within `limit`: where a post shown up to `limit` weighted
 * characters stops. Links and emoji are whole or out.
 */
export function weightedCut(text: string, limit: number): number {
  const normalized = text.normalize('NFC');
  let length = 0;
  let cut = 0;
  eachPiece(normalized, (weight, end) => {
    length += weight;
    if (length > limit) return false;
    cut = end;
    return true;
  });
  return normalized === text ? cut : originalOffset(text, cut);
}

/**
 * Where in `text` its NFC form reaches `offset` (rare: decomposed accents, compatibility ideographs). A prefix's NFC
 * form never shrinks as the prefix grows, so bisection finds the longest prefix whose NFC form fits.
 */
function originalOffset(text: string, offset: number): number {
  let within = 0;
  let beyond = text.length + 1;
  while (beyond - within > 1) {
    const middle = Math.floor((within + beyond) / 2);
    if (text.slice(0, middle).normalize('NFC').length <= offset) within = middle;
    else beyond = middle;
  }
  return within;
}
