/**
 * Texts Candor adds must not silently take a post past X's limit: X counts weighted length (twitter-text config v3)
 * and disables Post beyond 280. When the policy's text would pass the limit and its short form would not, the short
 * form is offered; when neither fits, the fix says by how much, so the user decides.
 */
import { pieceToAdd, withPiece } from '../text/join';
import { X_MAX_WEIGHTED_LENGTH, weightedLength } from '../text/weighted-length';
import type { Network } from '../policy/types';
import type { Fix } from './types';

type InsertFix = Extract<Fix, { type: 'insert' }>;
export type Fitter = (text: string, short: string | undefined, placement: 'start' | 'end') => InsertFix;

/** Fits the texts offered for one draft; the draft is weighed once, and only on X. */
export function fitterFor(draft: string, network: Network | undefined): Fitter {
  let draftWeight: number | undefined;
  return (text, short, placement) => {
    const fix: InsertFix = { type: 'insert', text, placement };
    if (network !== 'x') return fix;
    draftWeight ??= weightedLength(draft);
    // A draft already past the limit belongs to an account allowed longer posts.
    if (draftWeight > X_MAX_WEIGHTED_LENGTH) return fix;
    const weighWith = (piece: string) => weightWithPiece(draft, draftWeight!, piece, placement);
    const length = weighWith(text);
    if (length <= X_MAX_WEIGHTED_LENGTH) return fix;
    if (short === undefined) return { ...fix, overLimit: { length, limit: X_MAX_WEIGHTED_LENGTH } };
    const shortLength = weighWith(short);
    const shortened: InsertFix = { ...fix, text: short, shortened: true };
    return shortLength <= X_MAX_WEIGHTED_LENGTH ? shortened : { ...shortened, overLimit: { length: shortLength, limit: X_MAX_WEIGHTED_LENGTH } };
  };
}

/**
 * X's count of the draft with a piece added at its end, from the draft's own count. Where the seam is plain ASCII on
 * both sides (almost always), no link, emoji sequence or composed character spans it, so the whole counts as the
 * draft plus the piece and the draft is not weighed again for each text on offer. At the start, a space before the
 * draft can let its first word begin a link (X links "é.example.com" only after a space), so the whole is weighed.
 */
export function weightWithPiece(draft: string, draftWeight: number, text: string, placement: 'start' | 'end'): number {
  const added = pieceToAdd(draft, text, placement);
  const additive = placement === 'end' && isAscii(draft.charCodeAt(draft.length - 1)) && isAscii(added.charCodeAt(0));
  return additive ? draftWeight + weightedLength(added) : weightedLength(withPiece(draft, text, placement));
}

const isAscii = (unit: number) => unit < 0x80; // NaN (an empty draft) is not
