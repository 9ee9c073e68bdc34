/** Where the nudge goes: beside the compose box, never over its text or the Post button below it. */

export interface Rect {
  readonly top: number;
  readonly left: number;
  readonly width: number;
  readonly height: number;
}
export interface Size {
  readonly width: number;
  readonly height: number;
}
export interface Placement {
  readonly top: number;
  readonly left: number;
  /** Set when the nudge must wrap narrower than it would like, to stay beside the box. */
  readonly maxWidth?: number;
}

const GAP = 8;
/** Narrower than this, the nudge is too cramped to read beside the box. */
export const MIN_BESIDE_WIDTH = 220;

/**
 * To the right of the box, top-aligned, when there is room (wrapping narrower if need be); else above it,
 * right-aligned; else below it. Coordinates are viewport pixels (the nudge is `position: fixed`).
 */
export function placeNudge(box: Rect, nudge: Size, viewport: Size): Placement {
  const right = box.left + box.width;
  const roomRight = viewport.width - right - 2 * GAP;
  if (roomRight >= Math.min(nudge.width, MIN_BESIDE_WIDTH)) {
    const top = Math.max(GAP, Math.min(box.top, viewport.height - nudge.height - GAP));
    return { top, left: right + GAP, ...(roomRight < nudge.width && { maxWidth: roomRight }) };
  }
  const left = Math.max(GAP, right - nudge.width);
  if (box.top - GAP - nudge.height >= 0) return { top: box.top - GAP - nudge.height, left };
  return { top: box.top + box.height + GAP, left };
}
