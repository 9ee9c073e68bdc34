/**
 * Where the nudge goes, as pure geometry: rectangles in, placement out, in viewport pixels (the nudge is fixed).
 *
 * The pill first, beside the compose box where it covers none of the obstacles (the draft's text, the submit and
 * close buttons, the editor's tools) and where a card would have room to open from it. Then the card, from the
 * pill: below it or above it, touching it, inside the viewport and clear of the obstacles, as tall as the room
 * there allows (its body scrolls). The pill never moves because the card opened: its place does not depend on the
 * card (the card is placed from the pill), and its width does not change (its toggle keeps room for both words).
 */

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

/** In the order the card gives way when nothing is clear: other controls first, the draft's text never before last. */
export const KINDS = ['control', 'toolbar', 'close', 'submit', 'text'] as const;
export type ObstacleKind = (typeof KINDS)[number];
export interface Obstacle extends Rect {
  readonly kind: ObstacleKind;
}

export interface CardPlacement extends Rect {
  /** The room the card has: its body scrolls when its content is taller. */
  readonly maxHeight: number;
  /** How many kinds of obstacle it had to ignore (0: it covers none). */
  readonly ignored: number;
}
export interface Placement {
  readonly pill: Rect;
  /** Set when the pill must be narrower than it would like (its summary then ellipsizes). */
  readonly maxWidth?: number;
  readonly card?: CardPlacement;
}

export interface Scene {
  /** The compose box the nudge belongs to. */
  readonly box: Rect;
  /** The pill's natural size (with the status line above it, if any). */
  readonly pill: Size;
  /** The opened card's natural size, when it is open (its width is `cardWidth(viewport)`). */
  readonly card?: Size;
  readonly viewport: Size;
  readonly obstacles: readonly Obstacle[];
}

/** Between the box and the pill, and from the viewport's edges. */
const GAP = 8;
/** Between the pill and its card, and between the card and an obstacle. */
const NEAR = 4;
/** The least room that makes a card readable (a title, a line, the footer; the rest scrolls). */
export const MIN_CARD = 160;
const CARD_WIDTH = 340;
/** A card opens from the pill: it must share at least this much of the pill's width. */
const TOUCH = 48;
/** How far the pill may slide past obstacles (a tool row) above or below the box. */
const SLIDE = 120;

export const cardWidth = (viewport: Size) => Math.min(CARD_WIDTH, viewport.width - 2 * GAP);

const right = (r: Rect) => r.left + r.width;
const bottom = (r: Rect) => r.top + r.height;
const clamp = (value: number, low: number, high: number) => Math.max(low, Math.min(value, high));
/** The area two rectangles share. */
export const overlap = (a: Rect, b: Rect) =>
  Math.max(0, Math.min(right(a), right(b)) - Math.max(a.left, b.left)) * Math.max(0, Math.min(bottom(a), bottom(b)) - Math.max(a.top, b.top));
const within = (r: Rect, v: Size) => r.left >= 0 && r.top >= 0 && right(r) <= v.width && bottom(r) <= v.height;

export function placeNudge(scene: Scene): Placement {
  const { viewport, obstacles } = scene;
  const pill = placePill(scene);
  const maxWidth = pill.width < scene.pill.width ? pill.width : undefined;
  const card = scene.card && placeCard(pill, scene.card, viewport, obstacles, scene.box);
  return { pill, ...(maxWidth !== undefined && { maxWidth }), ...(card && { card }) };
}

function placePill({ box, pill: size, viewport, obstacles }: Scene): Rect {
  const width = Math.min(size.width, viewport.width - 2 * GAP);
  const height = size.height;
  const at = (left: number, top: number): Rect => ({ top, left, width, height });
  // Weighted by kind, so that when every spot covers something the text is the last thing covered.
  const cost = (r: Rect) => obstacles.reduce((sum, o) => sum + overlap(r, o) * (KINDS.indexOf(o.kind) + 1), 0);
  const clear = (r: Rect) => within(r, viewport) && cost(r) === 0;

  // Past whatever sits right above or below the box (a tool row, the submit button), not further than SLIDE.
  const slide = (r: Rect, down: boolean): Rect => {
    let top = r.top;
    for (let i = 0; i < 4; i++) {
      const hit = obstacles.find((o) => overlap({ ...r, top }, o) > 0);
      if (!hit) break;
      top = down ? bottom(hit) + GAP : hit.top - GAP - height;
    }
    return Math.abs(top - r.top) <= SLIDE ? { ...r, top } : r;
  };
  const besideTop = clamp(box.top, GAP, viewport.height - GAP - height);
  const alignedRight = clamp(right(box) - width, GAP, viewport.width - GAP - width);
  const spots = [
    at(right(box) + GAP, besideTop), // right of the box
    ...(box.width >= width + 2 * GAP && box.height >= height + 2 * GAP ? [at(right(box) - GAP - width, bottom(box) - GAP - height)] : []), // its bottom-right corner, under the text
    slide(at(alignedRight, box.top - GAP - height), false), // above it
    slide(at(alignedRight, bottom(box) + GAP), true), // below it
    at(box.left - GAP - width, besideTop), // left of it
  ];
  const clearSpots = spots.filter(clear);
  const cardWide = { width: cardWidth(viewport), height: MIN_CARD };
  const chosen = clearSpots.find((s) => placeCard(s, cardWide, viewport, obstacles, box).ignored === 0) ?? clearSpots[0];
  if (chosen) return chosen;
  // Nothing is clear: the spot that covers least, moved into the viewport.
  const inView = spots.map((s) => at(clamp(s.left, GAP, viewport.width - GAP - width), clamp(s.top, GAP, viewport.height - GAP - height)));
  return inView.reduce((best, s) => (cost(s) < cost(best) ? s : best));
}

/**
 * Below the pill when the card fits there (or has more room there than above), else above; touching the pill
 * horizontally (aligned to its right or left edge, or shifted just past an obstacle), inside the viewport, and
 * clear of obstacles; where several fit, the one that leaves more of the compose box's column uncovered (the post
 * or thread the user is reading). When no card of readable height is clear, it ignores other controls first, then the tool
 * row, the close and submit buttons, and the draft's text last.
 */
export function placeCard(pill: Rect, card: Size, viewport: Size, obstacles: readonly Obstacle[], box?: Rect): CardPlacement {
  const width = Math.min(card.width, viewport.width - 2 * GAP);
  let best: Candidate | undefined;
  let ignored = 0;
  for (; ignored <= KINDS.length; ignored++) {
    const active = obstacles.filter((o) => KINDS.indexOf(o.kind) >= ignored);
    best = undefined;
    for (const below of [true, false]) {
      const edge = below ? bottom(pill) + NEAR : pill.top - NEAR;
      const lefts = [right(pill) - width, pill.left, ...active.flatMap((o) => [o.left - NEAR - width, right(o) + NEAR])];
      for (const wanted of lefts) {
        const left = clamp(wanted, GAP, viewport.width - GAP - width);
        if (Math.min(right(pill), left + width) - Math.max(pill.left, left) < Math.min(pill.width, TOUCH)) continue;
        let room = below ? viewport.height - GAP - edge : edge - GAP;
        for (const o of active) {
          if (o.left >= left + width || right(o) <= left) continue;
          if (below && bottom(o) > edge) room = Math.min(room, o.top - NEAR - edge);
          if (!below && o.top < edge) room = Math.min(room, edge - NEAR - bottom(o));
        }
        const spill = box ? Math.max(0, Math.min(right(box), left + width) - Math.max(box.left, left)) : 0;
        const candidate = { below, left, room: Math.max(0, room), spill, shift: Math.abs(left - (right(pill) - width)) };
        if (!best || better(candidate, best, card.height)) best = candidate;
      }
    }
    if (best && best.room >= Math.min(card.height, MIN_CARD)) break;
  }
  // Only a pill wider than the viewport leaves no candidate at all.
  const { below, left, room } = best ?? { below: true, left: GAP, room: Math.max(0, viewport.height - GAP - bottom(pill) - NEAR) };
  const height = Math.min(card.height, room);
  const top = below ? bottom(pill) + NEAR : pill.top - NEAR - height;
  return { top, left, width, height, maxHeight: room, ignored: Math.min(ignored, KINDS.length) };
}

type Candidate = { below: boolean; left: number; room: number; spill: number; shift: number };
/** A card that fits beats one that must scroll; then below beats above, less over the box's column, less shifted. */
function better(a: Candidate, b: Candidate, wanted: number): boolean {
  const fitsA = a.room >= wanted;
  const fitsB = b.room >= wanted;
  if (fitsA !== fitsB) return fitsA;
  if (!fitsA && a.room !== b.room) return a.room > b.room;
  if (a.below !== b.below) return a.below;
  if (a.spill !== b.spill) return a.spill < b.spill;
  return a.shift < b.shift;
}
