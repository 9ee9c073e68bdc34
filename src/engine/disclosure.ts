/**
 * Whether a draft discloses employment where it counts: a wording that names the company (clear, not "#employee"),
 * seen before the network's "see more" cut and not lost in a trailing group of hashtags. Disclaimers ("views are my
 * own") are not judged this way: they may stand at the end.
 */
import type { Network } from '../policy/types';
import type { Span } from './types';
import { type Previews, previewCut, trailingTagGroup } from './visibility';

/** A disclosure wording found in the draft (original offsets). */
export interface Sighting extends Span {
  /** It names the company ("I work at Acme", "#AcmeEmployee"), rather than only "#employee". */
  readonly clear: boolean;
  /** Where it is in the folded draft, as the engine reports places. */
  readonly range: readonly [number, number];
}

export type DisclosureVerdict =
  | { readonly state: 'disclosed' | 'missing' }
  /** Only vague wordings are where readers see them. */
  | { readonly state: 'weak'; readonly sighting: Sighting }
  /** A disclosure is there, but past the cut or in the trailing hashtags. */
  | { readonly state: 'hidden'; readonly sighting: Sighting };

/**
 * What readers of a draft see: a span counts when it ends before the cut and, if it is a hashtag, stands outside the
 * trailing group of tags (or first in the draft, where it is read first). Measured once per draft.
 */
export function readerOf(draft: string, network: Network | undefined, previews: Previews): (span: Span) => boolean {
  const cut = previewCut(draft, network, previews);
  let tagsFrom: number | undefined;
  const firstWord = draft.length - draft.trimStart().length;
  return (span) => {
    if (span.end > cut) return false;
    if (!span.text.startsWith('#') || span.start === firstWord) return true;
    tagsFrom ??= trailingTagGroup(draft);
    return span.start < tagsFrom;
  };
}

export function judgeDisclosure(
  draft: string,
  sightings: readonly Sighting[],
  network: Network | undefined,
  previews: Previews,
): DisclosureVerdict {
  if (sightings.length === 0) return { state: 'missing' };
  const sees = readerOf(draft, network, previews);
  const visible = sightings.filter(sees);
  if (visible.some((s) => s.clear)) return { state: 'disclosed' };
  if (visible.length) return { state: 'weak', sighting: visible[0]! };
  return { state: 'hidden', sighting: sightings.find((s) => s.clear) ?? sightings[0]! };
}
