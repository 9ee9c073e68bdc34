/**
 * Where readers stop reading: the part of a post a network shows before "…see more", and the trailing run of
 * hashtags readers skim past. FTC staff guidance asks for a disclosure above the "more" cut and not mixed into a
 * group of hashtags (FTC, "Disclosures 101 for Social Media Influencers", 2019; "FTC's Endorsement Guides: What
 * People Are Asking", 2023). Sources of the per-network cuts: README, "Where readers stop reading".
 */
import { DEFAULT_PREVIEWS, type Preview, networks } from '../policy/constants';
import type { Network } from '../policy/types';
import { weightedLength } from '../text/weighted-length';

/** Previews a policy may override per network. */
export type Previews = Partial<Record<Network, Preview>>;

/** How many hashtags in a row make a cluster a disclosure gets lost in. */
export const HASHTAG_CLUSTER = 3;

/**
 * Whether the draft up to `end` (a UTF-16 offset) is all within the preview: on the given network, or on every
 * network when it is not known (the strictest reading).
 */
export function withinPreview(draft: string, end: number, network: Network | undefined, overrides: Previews): boolean {
  const shown = draft.slice(0, end);
  return (network ? [network] : networks).every((n) => {
    const preview: Preview = overrides[n] ?? DEFAULT_PREVIEWS[n];
    const length = n === 'x' ? weightedLength(shown) : codePoints(shown);
    return length <= preview.characters && (preview.lines === undefined || lineBreaks(shown) < preview.lines);
  });
}

/**
 * Where the draft's trailing run of at least HASHTAG_CLUSTER hashtags starts (a UTF-16 offset), or the draft's length
 * when it ends otherwise. Only spaces and punctuation may stand between the hashtags.
 */
export function trailingHashtagRun(draft: string): number {
  let start = draft.length;
  let count = 0;
  let i = draft.length;
  for (;;) {
    while (i > 0 && isSeparator(draft[i - 1]!)) i--;
    let j = i;
    while (j > 0 && isTagChar(draft, j - 1)) j--;
    if (j === i || j === 0 || draft[j - 1] !== '#') break;
    count++;
    start = j - 1;
    i = j - 1;
  }
  return count >= HASHTAG_CLUSTER ? start : draft.length;
}

const TAG_CHAR = /[\p{L}\p{N}\p{M}_]/u;
const SEPARATOR = /[\s\p{P}]/u;

function isTagChar(text: string, i: number): boolean {
  const unit = text.charCodeAt(i);
  // Low surrogates: judge the whole code point (letters outside the BMP).
  if (unit >= 0xdc00 && unit <= 0xdfff && i > 0) return TAG_CHAR.test(text.slice(i - 1, i + 1));
  if (unit >= 0xd800 && unit <= 0xdbff) return TAG_CHAR.test(text.slice(i, i + 2));
  return TAG_CHAR.test(text[i]!);
}

function isSeparator(ch: string): boolean {
  return ch !== '#' && SEPARATOR.test(ch);
}

function codePoints(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0xdc00 || unit > 0xdfff || i === 0 || text.charCodeAt(i - 1) < 0xd800 || text.charCodeAt(i - 1) > 0xdbff) count++;
  }
  return count;
}

function lineBreaks(text: string): number {
  let count = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) count++;
  return count;
}
