/**
 * Texts Candor adds must not silently take a post past X's limit: X counts weighted length (twitter-text config v3)
 * and disables Post beyond 280. When the policy's text would pass the limit and its short form would not, the short
 * form is offered; when neither fits, the fix says by how much, so the user decides.
 */
import { withPiece } from '../text/join';
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
    const length = weightedLength(withPiece(draft, text, placement));
    if (length <= X_MAX_WEIGHTED_LENGTH) return fix;
    if (short === undefined) return { ...fix, overLimit: { length, limit: X_MAX_WEIGHTED_LENGTH } };
    const shortLength = weightedLength(withPiece(draft, short, placement));
    const shortened: InsertFix = { ...fix, text: short, shortened: true };
    return shortLength <= X_MAX_WEIGHTED_LENGTH ? shortened : { ...shortened, overLimit: { length: shortLength, limit: X_MAX_WEIGHTED_LENGTH } };
  };
}
