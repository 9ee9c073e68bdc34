/**
 * Seeded drafts for fuzzing Candor's insertion path: the text people really post (emoji with ZWJ sequences, skin
 * tones and flags, combining accents, right-to-left and mixed-direction text, CJK, paragraphs and blank lines,
 * mentions, hashtags, URLs, the demo company in the forms the engine matches), from one character to a few
 * thousand. No dependency: a mulberry32 PRNG, so a seed names the same drafts on every machine.
 */

import { mulberry32, type Random } from '../seeded-random';

const int = (random: Random, min: number, max: number) => min + Math.floor(random() * (max - min + 1));
const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

const LATIN = ['hello', 'launch', 'team', 'today', 'proud', 'shipping', 'RoadRunner', 'Globex', 'café', 'naïve', 'Zoë', 'Straße', 'œuvre', 'über'];
const COMBINING = ['cafe\u0301', 'e\u0301', 'a\u0308', 'n\u0303', 'o\u0302\u0323', 'Zoe\u0308', 'A\u030a', 'i\u0307\u0301'];
const EMOJI = ['😀', '🚀', '🎉', '👍🏽', '👩‍👩‍👧', '👨🏿‍💻', '🏳️‍🌈', '❤️', '🇫🇷', '🇯🇵', '🇺🇸', '1️⃣', '🤷‍♀️', '☕', '✨'];
const RTL = ['مرحبا', 'شكرا جزيلا', 'مَرْحَبًا', 'أكمي', 'שלום', 'תודה רבה', 'עִבְרִית', '١٢٣'];
const CJK = ['你好世界', '日本語', '한국어', '「テスト」', '東京', '。', '中文，标点！', 'ｱｸﾒ'];
const SOCIAL = ['@jane_doe', '@acme', '#AcmeLife', '#launch', '#日本', '#café', '@Zoë_92', '#100DaysOfCode'];
const URLS = ['https://acme.com/roadrunner?x=1&y=2#top', 'acme.com', 'www.example.org/a_b', 'http://例え.jp/パス', 'https://x.com/acme/status/123'];
const ACME = ['Acme', 'ACME', 'Acmé', '@acme', '#AcmeLife', 'acme.com', "l'Acme", "Acme's", 'l’Acme', 'Acme’s', 'acme'];
const PUNCTUATION = ['!', '?', '...', '—', '«', '»', '(', ')', '"', '…', ',', '.', ':', '&', '<b>', '$1,000', '3.5%', '2025'];
/** Invisible characters people paste without knowing: RLM, LRM, zero-width space, no-break space. */
const INVISIBLE = ['\u200f', '\u200e', '\u200b', '\u00a0'];

/** Mixed direction within one run of text. */
const MIXED = [`I love ${RTL[0]} at Acme`, `${RTL[0]} Acme ${RTL[4]}`, `Acme (${RTL[1]}) 2025`, `${RTL[4]} 🇫🇷 acme.com ${CJK[0]}`];

function token(random: Random): string {
  const roll = random();
  if (roll < 0.3) return pick(random, LATIN);
  if (roll < 0.4) return pick(random, EMOJI);
  if (roll < 0.47) return pick(random, COMBINING);
  if (roll < 0.54) return pick(random, RTL);
  if (roll < 0.6) return pick(random, CJK);
  if (roll < 0.67) return pick(random, SOCIAL);
  if (roll < 0.72) return pick(random, URLS);
  if (roll < 0.84) return pick(random, ACME);
  if (roll < 0.95) return pick(random, PUNCTUATION);
  if (roll < 0.97) return pick(random, MIXED);
  return pick(random, INVISIBLE);
}

/** A separator between tokens: mostly one space, sometimes none or two, rarely a no-break space. */
function gap(random: Random): string {
  const roll = random();
  return roll < 0.8 ? ' ' : roll < 0.9 ? '' : roll < 0.97 ? '  ' : '\u00a0';
}

function paragraph(random: Random, target: number): string {
  let text = token(random);
  while (text.length < target) text += gap(random) + token(random);
  return text;
}

/** A draft of about `target` UTF-16 units: paragraphs separated by one newline or a blank line. */
function draftOf(random: Random, target: number): string {
  const paragraphs: string[] = [];
  let length = 0;
  while (length < target) {
    const size = Math.max(1, Math.min(target - length, int(random, 5, 160)));
    const text = paragraph(random, size);
    paragraphs.push(text);
    length += text.length + 1;
    if (random() < 0.2) {
      paragraphs.push(''); // a blank line
      length += 1;
    }
  }
  let draft = paragraphs.join('\n').replace(/\n+$/, '');
  const edges = random();
  if (edges < 0.06) draft = `${pick(random, [' ', '\n', '  ', '\n\n'])}${draft}`;
  else if (edges < 0.12) draft = `${draft}${pick(random, [' ', '\n', '  ', '\n\n', '\u00a0'])}`;
  return draft;
}

const SINGLES = ['a', 'A', '😀', '🇫🇷', 'e\u0301', 'ش', 'ש', '你', '!', '@', '#', '👩‍👩‍👧', 'é'];
const WHITESPACE_ONLY = [' ', '\n', '  ', '\n\n', ' \n '];

/** `count` drafts, always the same for the same seed. */
export function generateDrafts(seed: number, count: number): string[] {
  const random = mulberry32(seed);
  const drafts: string[] = [];
  for (let i = 0; i < count; i++) {
    const roll = random();
    if (roll < 0.06) drafts.push(pick(random, SINGLES));
    else if (roll < 0.08) drafts.push(pick(random, WHITESPACE_ONLY));
    else if (roll < 0.25) drafts.push(draftOf(random, int(random, 2, 30)));
    else if (roll < 0.96) drafts.push(draftOf(random, int(random, 30, 500)));
    else drafts.push(draftOf(random, int(random, 500, 3000)));
  }
  return drafts;
}

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** The user-perceived characters of `text`: never split inside a surrogate pair, a ZWJ sequence or before a combining mark. */
export function graphemes(text: string): string[] {
  return [...segmenter.segment(text)].map((s) => s.segment);
}

/** Every offset a caret can sit at: 0, the end, and each boundary between graphemes. */
export function caretStops(text: string): number[] {
  const stops = [0];
  for (const { index, segment } of segmenter.segment(text)) if (index + segment.length > 0) stops.push(index + segment.length);
  return [...new Set(stops)];
}

/** A caret strictly inside the draft (not at its ends) when it has one; otherwise its end. */
export function middleOffset(draft: string, random: Random): number {
  const inner = caretStops(draft).filter((stop) => stop > 0 && stop < draft.length);
  return inner.length ? pick(random, inner) : draft.length;
}

/**
 * Shorter variants of a failing draft, most aggressive first: drop a paragraph, keep a half, drop a word, drop a
 * grapheme. Every variant is cut at grapheme boundaries.
 */
export function* shrinkCandidates(draft: string): Generator<string> {
  const lines = draft.split('\n');
  if (lines.length > 1) {
    for (let i = 0; i < lines.length; i++) yield [...lines.slice(0, i), ...lines.slice(i + 1)].join('\n');
  }
  const chars = graphemes(draft);
  if (chars.length > 1) {
    const half = Math.ceil(chars.length / 2);
    yield chars.slice(0, half).join('');
    yield chars.slice(half).join('');
    const quarter = Math.ceil(chars.length / 4);
    if (quarter < half) {
      yield chars.slice(quarter).join('');
      yield chars.slice(0, chars.length - quarter).join('');
    }
  }
  const words = draft.split(' ');
  if (words.length > 1 && words.length <= 40) {
    for (let i = 0; i < words.length; i++) yield [...words.slice(0, i), ...words.slice(i + 1)].join(' ');
  }
  if (chars.length > 1 && chars.length <= 40) {
    for (let i = 0; i < chars.length; i++) yield [...chars.slice(0, i), ...chars.slice(i + 1)].join('');
  }
}

/**
 * The smallest variant of `draft` that still `fails`, found greedily: take the first failing candidate and start
 * over from it, until none fails or `budget` checks have run.
 */
export async function shrink(draft: string, fails: (draft: string) => Promise<boolean>, budget = 150): Promise<{ draft: string; checks: number }> {
  let current = draft;
  let checks = 0;
  let progress = true;
  while (progress && checks < budget) {
    progress = false;
    const seen = new Set<string>();
    for (const candidate of shrinkCandidates(current)) {
      if (candidate === '' || candidate === current || seen.has(candidate) || candidate.length > current.length) continue;
      seen.add(candidate);
      if (checks++ >= budget) break;
      if (await fails(candidate)) {
        current = candidate;
        progress = true;
        break;
      }
    }
  }
  return { draft: current, checks };
}
