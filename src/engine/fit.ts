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

export function fitInsert(
  draft: string,
  text: string,
  short: string | undefined,
  placement: 'start' | 'end',
  network: Network | undefined,
): InsertFix {
  const fix: InsertFix = { type: 'insert', text, placement };
  // Only X has a limit this small; a draft already past it belongs to an account with longer posts.
  if (network !== 'x' || weightedLength(draft) > X_MAX_WEIGHTED_LENGTH) return fix;
  const length = weightedLength(withPiece(draft, text, placement));
  if (length <= X_MAX_WEIGHTED_LENGTH) return fix;
  if (short !== undefined) {
    const shortLength = weightedLength(withPiece(draft, short, placement));
    if (shortLength <= X_MAX_WEIGHTED_LENGTH) return { ...fix, text: short, shortened: true };
    return { ...fix, text: short, shortened: true, overLimit: { length: shortLength, limit: X_MAX_WEIGHTED_LENGTH } };
  }
  return { ...fix, overLimit: { length, limit: X_MAX_WEIGHTED_LENGTH } };
}
