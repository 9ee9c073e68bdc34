import { describe, expect, it } from 'vitest';
import { luminance, MARK_PAIRS, parseColor, type Palette, TEXT_PAIRS, THEME_CSS, THEMES } from '../../src/ui/nudge/theme';

/** `#rrggbb` as red, green, blue. */
const hex = (colour: string) => [1, 3, 5].map((i) => parseInt(colour.slice(i, i + 2), 16));
/** WCAG 2 contrast ratio of two opaque colours. */
function contrast(a: string, b: string): number {
  const [la, lb] = [a, b].map((c) => luminance(hex(c)));
  return (Math.max(la!, lb!) + 0.05) / (Math.min(la!, lb!) + 0.05);
}

const rows = (pairs: typeof TEXT_PAIRS) =>
  Object.entries(THEMES).flatMap(([theme, palette]) =>
    pairs.map(([fg, bg]) => [theme, fg, bg, palette[fg], palette[bg], contrast(palette[fg], palette[bg])] as const),
  );

describe('the nudge themes', () => {
  it.each(rows(TEXT_PAIRS))('%s: %s on %s (%s on %s) reaches 4.5:1 — %f', (_theme, _fg, _bg, _a, _b, ratio) => {
    expect(ratio).toBeGreaterThanOrEqual(4.5);
  });

  it.each(rows(MARK_PAIRS))('%s: the %s mark on %s (%s on %s) reaches 3:1 — %f', (_theme, _fg, _bg, _a, _b, ratio) => {
    expect(ratio).toBeGreaterThanOrEqual(3);
  });

  it('checks a text colour on every background it is drawn on, and every palette colour is opaque hex but the shadow', () => {
    for (const palette of Object.values(THEMES)) {
      for (const [key, value] of Object.entries(palette) as [keyof Palette, string][]) {
        if (key !== 'shadow') expect(value, key).toMatch(/^#[0-9a-f]{6}$/);
      }
    }
    expect(new Set(TEXT_PAIRS.map(([fg]) => fg))).toEqual(new Set(['text', 'accent', 'muted', 'onAccent']));
  });

  it('is dark where it should be: dark backgrounds, light text', () => {
    expect(luminance(hex(THEMES.dark.surface))).toBeLessThan(0.05);
    expect(luminance(hex(THEMES.dark.text))).toBeGreaterThan(0.7);
  });

  it('becomes CSS custom properties, one rule per theme', () => {
    expect(THEME_CSS).toContain(`[data-theme=light]{--text:${THEMES.light.text};`);
    expect(THEME_CSS).toContain(`[data-theme=dark]{--text:${THEMES.dark.text};`);
  });

  it('the contrast arithmetic is WCAG’s: black on white is 21:1, a mid grey about 4.5:1', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });
});

describe('parseColor', () => {
  it.each([
    ['rgb(24, 25, 26)', [24, 25, 26, 1]],
    ['rgba(0, 0, 0, 0)', [0, 0, 0, 0]],
    ['rgba(255, 255, 255, 0.85)', [255, 255, 255, 0.85]],
    ['rgb(0 0 0 / 50%)', [0, 0, 0, 0.5]],
  ])('%s', (css, rgba) => {
    expect(parseColor(css)).toEqual(rgba);
  });

  it('says nothing of colours it cannot read (the walk then goes on to the next background)', () => {
    expect(parseColor('oklch(0.2 0.01 250)')).toBeUndefined();
    expect(parseColor('transparent')).toBeUndefined();
    expect(parseColor('color(srgb 0 0 0)')).toBeUndefined();
  });
});
