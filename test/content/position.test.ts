import { describe, expect, it } from 'vitest';
import { cardWidth, MIN_CARD, type Obstacle, overlap, placeCard, placeNudge, type Rect, type Scene } from '../../src/content/position';

const viewport = { width: 1280, height: 800 };
const pill = { width: 260, height: 28 };
const card = { width: cardWidth(viewport), height: 330 };

const rect = (left: number, top: number, width: number, height: number): Rect => ({ top, left, width, height });
const ob = (kind: Obstacle['kind'], left: number, top: number, width: number, height: number): Obstacle => ({ ...rect(left, top, width, height), kind });
const right = (r: Rect) => r.left + r.width;
const bottom = (r: Rect) => r.top + r.height;
const inside = (r: Rect, v = viewport) => r.left >= 0 && r.top >= 0 && right(r) <= v.width && bottom(r) <= v.height;
const covered = (r: Rect, obstacles: readonly Obstacle[]) => obstacles.filter((o) => overlap(r, o) > 0).map((o) => o.kind);

/**
 * A composer as sites draw them: the editor box, its text on the first line, a tool row and the submit button under
 * it, a close button above it.
 */
function composer(box: Rect): Obstacle[] {
  return [
    ob('text', box.left, box.top, box.width, 24),
    ob('toolbar', box.left, bottom(box) + 8, 200, 36),
    ob('control', box.left, bottom(box) + 8, 36, 36),
    ob('submit', right(box) - 70, bottom(box) + 8, 70, 36),
    ob('close', right(box) - 40, box.top - 60, 40, 40),
  ];
}

describe('the pill', () => {
  it('goes right of the box when there is room there', () => {
    const box = rect(300, 200, 600, 160);
    expect(placeNudge({ box, pill, viewport, obstacles: composer(box) }).pill).toEqual(rect(908, 200, 260, 28));
  });

  it('goes into the bottom-right corner of the box, under the text, when the right is short of room', () => {
    const box = rect(164, 144, 696, 168);
    const placed = placeNudge({ box, pill, viewport: { width: 1024, height: 700 }, obstacles: composer(box) });
    expect(placed.pill).toEqual(rect(860 - 8 - 260, 312 - 8 - 28, 260, 28));
  });

  it('goes above the box, right-aligned, when the box is one line of text', () => {
    const box = rect(200, 300, 1000, 40);
    const obstacles = composer(box).filter((o) => o.kind !== 'close');
    expect(placeNudge({ box, pill, viewport, obstacles }).pill).toEqual(rect(940, 300 - 8 - 28, 260, 28));
  });

  it('slides below the tool row when above and beside are taken, and the card has room under it', () => {
    const box = rect(415, 65, 518, 40); // X's home composer at 1024 px: tabs above, tool row and Post below
    const obstacles = [...composer(box).filter((o) => o.kind !== 'close'), ob('control', 351, 0, 598, 53)];
    const placed = placeNudge({ box, pill, card, viewport: { width: 1024, height: 700 }, obstacles });
    expect(placed.pill.top).toBe(bottom(box) + 8 + 36 + 8);
    expect(covered(placed.pill, obstacles)).toEqual([]);
    expect(covered(placed.card!, obstacles)).toEqual([]);
  });

  it('prefers a clear spot from which the card can open over one that leaves the card no room', () => {
    // Right of the box is clear, but a wall of controls right under and over it leaves a card nowhere to go.
    const box = rect(300, 300, 600, 100);
    const obstacles = [ob('control', 880, 0, 400, 296), ob('control', 880, 332, 400, 468)];
    const placed = placeNudge({ box, pill, card, viewport, obstacles });
    expect(placed.pill.left).not.toBe(908);
    expect(covered(placed.pill, obstacles)).toEqual([]);
    expect(placed.card!.ignored).toBe(0);
  });

  it('never covers an obstacle when some spot is clear, and always stays in the viewport', () => {
    for (const v of [{ width: 1024, height: 700 }, viewport, { width: 1440, height: 900 }, { width: 1920, height: 1080 }]) {
      for (let left = 0; left < v.width - 200; left += 97) {
        for (let top = 80; top < v.height - 100; top += 61) {
          const box = rect(left, top, Math.min(600, v.width - left), 120);
          const obstacles = composer(box);
          const placed = placeNudge({ box, pill, viewport: v, obstacles });
          const where = JSON.stringify({ v, box, placed });
          expect(inside(placed.pill, v), where).toBe(true);
          // A clear spot exists whenever there is room above the close button's row or under the tool row.
          if (top > 60 + 8 + 28 + 8 || bottom(box) + 8 + 36 + 8 + 28 < v.height) expect(covered(placed.pill, obstacles), where).toEqual([]);
        }
      }
    }
  });

  it('does not move when the card opens', () => {
    const box = rect(164, 144, 696, 168);
    const scene: Scene = { box, pill, viewport: { width: 1024, height: 700 }, obstacles: composer(box) };
    expect(placeNudge({ ...scene, card }).pill).toEqual(placeNudge(scene).pill);
  });

  it('is narrowed to the viewport on a phone-sized window (its summary ellipsizes)', () => {
    const v = { width: 240, height: 600 };
    const placed = placeNudge({ box: rect(0, 100, 240, 120), pill, viewport: v, obstacles: [] });
    expect(placed.maxWidth).toBe(224);
    expect(inside(placed.pill, v)).toBe(true);
  });

  it('covers the least when nothing is clear, and the text last', () => {
    const v = { width: 400, height: 200 };
    const box = rect(0, 0, 400, 200);
    const obstacles = [ob('text', 0, 0, 400, 150), ob('control', 0, 150, 400, 50)];
    const placed = placeNudge({ box, pill, viewport: v, obstacles });
    expect(covered(placed.pill, obstacles)).toEqual(['control']);
  });
});

describe('the card', () => {
  const v = { width: 1024, height: 700 };
  const w = cardWidth(v);

  it('opens below the pill, right-aligned to it, when it fits there', () => {
    const at = placeCard(rect(700, 100, 260, 28), card, v, []);
    expect(at).toEqual({ ...rect(960 - w, 132, w, 330), maxHeight: 700 - 8 - 132, ignored: 0 });
  });

  it('opens above when below is short, and where there is more room, scrolling, when neither has enough', () => {
    const up = placeCard(rect(700, 500, 260, 28), card, v, []);
    expect(up).toMatchObject({ top: 496 - 330, height: 330, ignored: 0 });
    const tall = { width: w, height: 600 };
    expect(placeCard(rect(700, 300, 260, 28), tall, v, [])).toMatchObject({ top: 332, height: 360, maxHeight: 360 }); // below: 700 - 8 - 332
    expect(placeCard(rect(700, 400, 260, 28), tall, v, [])).toMatchObject({ top: 8, height: 388, maxHeight: 388 }); // above: 396 - 8
  });

  it('shifts sideways past an obstacle rather than cover it, as long as it still touches the pill', () => {
    // LinkedIn's share box at 1024×700: the pill in the editor's corner, Schedule and Post under it.
    const pillAt = rect(592, 276, 260, 28);
    const obstacles = [ob('control', 756, 428, 40, 40), ob('submit', 796, 432, 64, 32), ob('close', 828, 56, 40, 40)];
    const at = placeCard(pillAt, card, v, obstacles);
    expect(covered(at, obstacles)).toEqual([]);
    expect(at).toMatchObject({ top: 308, height: 330, ignored: 0 });
    expect(right(at)).toBeLessThanOrEqual(756 - 4);
    expect(Math.min(right(at), right(pillAt)) - Math.max(at.left, pillAt.left)).toBeGreaterThanOrEqual(48);
  });

  it('takes the room there is between obstacles, its body scrolling, before it covers one', () => {
    const pillAt = rect(700, 300, 260, 28);
    const obstacles = [ob('submit', 0, 560, 1024, 40), ob('close', 0, 60, 1024, 40)];
    const at = placeCard(pillAt, card, v, obstacles);
    expect(covered(at, obstacles)).toEqual([]);
    expect(at.maxHeight).toBe(560 - 4 - 332);
    expect(at.height).toBe(at.maxHeight);
  });

  it('gives way on other controls first, then the tool row, close and submit, and on the text last', () => {
    const pillAt = rect(700, 300, 260, 28);
    const wall = (kind: Obstacle['kind'], top: number) => ob(kind, 0, top, 1024, 10);
    const obstacles = [wall('text', 250), wall('control', 340), wall('submit', 520)];
    const at = placeCard(pillAt, card, v, obstacles);
    expect(covered(at, obstacles)).toEqual(['control']);
    expect(at.ignored).toBe(1);
  });

  it('where both edges fit, opens away from the compose box, over less of its column', () => {
    const box = rect(400, 200, 460, 40); // the pill right of the box, room on both sides of it
    const pillAt = rect(868, 200, 120, 28);
    expect(placeCard(pillAt, card, v, [], box).left).toBe(1024 - 8 - w); // left-aligned, pushed in from the edge
    expect(placeCard(pillAt, card, v, []).left).toBe(988 - w); // without a box: right-aligned to the pill
  });

  it('stays inside the viewport, whatever the pill', () => {
    for (let left = 8; left < 1024 - 260; left += 53) {
      for (let top = 8; top < 700 - 28; top += 37) {
        const at = placeCard(rect(left, top, 260, 28), card, v, []);
        expect(inside(at, v), JSON.stringify({ left, top, at })).toBe(true);
        expect(at.height).toBeGreaterThanOrEqual(Math.min(card.height, MIN_CARD));
      }
    }
  });
});
