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

const GAP = 8;

/**
 * To the right of the box, top-aligned, when there is room; else above it, right-aligned; else below it.
 * Coordinates are viewport pixels (the nudge is `position: fixed`).
 */
export function placeNudge(box: Rect, nudge: Size, viewport: Size): { top: number; left: number } {
  const right = box.left + box.width;
  if (right + GAP + nudge.width <= viewport.width) {
    const top = Math.min(box.top, viewport.height - nudge.height - GAP);
    return { top: Math.max(GAP, top), left: right + GAP };
  }
  const left = Math.max(GAP, right - nudge.width);
  if (box.top - GAP - nudge.height >= 0) return { top: box.top - GAP - nudge.height, left };
  return { top: box.top + box.height + GAP, left };
}
