/**
 * Where readers stop reading: the part of a post a network shows before "…see more", and the trailing group of
 * hashtags and links readers skim past. FTC staff guidance asks for a disclosure above the "more" cut and not mixed
 * into a group of hashtags or links (FTC, "Disclosures 101 for Social Media Influencers", 2019; "FTC's Endorsement
 * Guides: What People Are Asking", 2023). Sources of the per-network cuts: README, "Disclosures that meet the rules".
 */
import { DEFAULT_PREVIEWS, type Preview, networks } from '../policy/constants';
import type { Network } from '../policy/types';
import { weightedCut } from '../text/weighted-length';

/** Previews a policy may override per network. */
export type Previews = Partial<Record<Network, Preview>>;

/** How many hashtags, mentions or links in a row make a group a disclosure gets lost in. */
export const TAG_GROUP = 3;

/**
 * Where the preview ends in the draft (a UTF-16 offset): on the given network, or the earliest of all networks when
 * it is not known (the strictest reading). One pass over the draft.
 */
export function previewCut(draft: string, network: Network | undefined, overrides: Previews): number {
  let cut = draft.length;
  for (const n of network ? [network] : networks) {
    const preview: Preview = overrides[n] ?? DEFAULT_PREVIEWS[n];
    const byCharacters = n === 'x' ? weightedCut(draft, preview.characters) : codePointCut(draft, preview.characters);
    cut = Math.min(cut, byCharacters, preview.lines === undefined ? draft.length : lineCut(draft, preview.lines));
  }
  return cut;
}

/**
 * Where the draft's trailing group starts (a UTF-16 offset): the run of hashtags, @mentions, links, emoji and
 * separators that ends it, when it holds at least TAG_GROUP hashtags, mentions or links; else the draft's length.
 * Linear: it reads tokens backwards and stops at the first word.
 */
export function trailingTagGroup(draft: string): number {
  let start = draft.length;
  let tags = 0;
  let end = draft.length;
  for (;;) {
    while (end > 0 && SPACE.test(draft.charAt(end - 1))) end--;
    let begin = end;
    while (begin > 0 && !SPACE.test(draft.charAt(begin - 1))) begin--;
    if (begin === end) break;
    const token = draft.slice(begin, end).replace(EDGE_PUNCTUATION, '');
    if (TAG.test(token) || LINK.test(token)) tags++;
    else if (WORD_CHARACTER.test(token)) break;
    start = begin;
    end = begin;
  }
  return tags >= TAG_GROUP ? start : draft.length;
}

const SPACE = /\s/;
/** Punctuation around a token ("(#ad)", "#ai,"), but not the "#" or "@" that start a tag. */
const EDGE_PUNCTUATION = /^[^\p{L}\p{N}#@]+|[^\p{L}\p{N}_/]+$/gu;
const TAG = /^[#@][\p{L}\p{N}_]/u;
const LINK = /^(?:https?:\/\/|www\.)|^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.[a-z]{2,}(?:\/|$)/iu;
const WORD_CHARACTER = /[\p{L}\p{N}]/u;

function codePointCut(text: string, count: number): number {
  let offset = 0;
  for (let seen = 0; seen < count && offset < text.length; seen++) {
    const unit = text.charCodeAt(offset);
    offset += unit >= 0xd800 && unit <= 0xdbff && offset + 1 < text.length ? 2 : 1;
  }
  return offset;
}

/** Up to the line break that ends line `lines` (the text is cut there), or the whole text. */
function lineCut(text: string, lines: number): number {
  let breakAt = -1;
  for (let line = 0; line < lines; line++) {
    breakAt = text.indexOf('\n', breakAt + 1);
    if (breakAt < 0) return text.length;
  }
  return breakAt;
}
