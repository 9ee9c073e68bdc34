import { describe, expect, it } from 'vitest';
import { MIN_BESIDE_WIDTH, placeNudge } from '../../src/content/position';

const viewport = { width: 1280, height: 800 };
const nudge = { width: 260, height: 40 };

describe('placeNudge', () => {
  it.each([
    ['beside, when there is room on the right', { top: 100, left: 300, width: 600, height: 120 }, { top: 100, left: 908 }],
    ['beside but narrower, when the room is short yet readable', { top: 100, left: 300, width: 720, height: 120 }, { top: 100, left: 1028, maxWidth: 244 }],
    ['above, right-aligned, when the box reaches the right edge', { top: 200, left: 200, width: 1000, height: 120 }, { top: 152, left: 940 }],
    ['below, when there is room neither right nor above', { top: 10, left: 200, width: 1000, height: 120 }, { top: 138, left: 940 }],
    ['kept inside the viewport when beside a box low on the page', { top: 790, left: 300, width: 600, height: 120 }, { top: 752, left: 908 }],
    ['never off the left edge', { top: 300, left: 0, width: 1280, height: 100 }, { top: 252, left: 1020 }],
  ])('%s', (_, box, expected) => {
    expect(placeNudge(box, nudge, viewport)).toEqual(expected);
  });

  it('never overlaps the compose box it belongs to, and never goes narrower than readable', () => {
    for (let left = 0; left < 1200; left += 97) {
      for (let top = 0; top < 760; top += 53) {
        const box = { top, left, width: Math.min(600, 1280 - left), height: 120 };
        const at = placeNudge(box, nudge, viewport);
        const width = at.maxWidth ?? nudge.width;
        const overlaps = at.left < box.left + box.width && at.left + width > box.left && at.top < box.top + box.height && at.top + nudge.height > box.top;
        expect(overlaps, JSON.stringify({ box, at })).toBe(false);
        expect(width).toBeGreaterThanOrEqual(MIN_BESIDE_WIDTH);
        expect(at.left + width, JSON.stringify({ box, at })).toBeLessThanOrEqual(viewport.width);
      }
    }
  });
});
