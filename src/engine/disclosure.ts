/**
 * Whether a draft discloses employment where it counts: a wording that names the company (clear, not "#employee"),
 * seen before the network's "see more" cut and not lost in a trailing run of hashtags. Disclaimers ("views are my
 * own") are not judged this way: they may stand at the end.
 */
import type { Network } from '../policy/types';
import type { Span } from './types';
import { type Previews, trailingHashtagRun, withinPreview } from './visibility';

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
  /** A disclosure is there, but past the cut or in the hashtags. */
  | { readonly state: 'hidden'; readonly sighting: Sighting };

export function judgeDisclosure(
  draft: string,
  sightings: readonly Sighting[],
  network: Network | undefined,
  previews: Previews,
): DisclosureVerdict {
  if (sightings.length === 0) return { state: 'missing' };
  const hashtagsFrom = trailingHashtagRun(draft);
  const seen = (s: Sighting) => !(s.text.startsWith('#') && s.start >= hashtagsFrom) && withinPreview(draft, s.end, network, previews);
  const visible = sightings.filter(seen);
  if (visible.some((s) => s.clear)) return { state: 'disclosed' };
  if (visible.length) return { state: 'weak', sighting: visible[0]! };
  return { state: 'hidden', sighting: sightings.find((s) => s.clear) ?? sightings[0]! };
}

