import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { luminance } from '../../src/ui/nudge/theme';

const css = readFileSync(new URL('../../src/studio/ui/studio.css', import.meta.url), 'utf8');

/** The custom properties of the first `:root { … }` after `from` in the stylesheet. */
function palette(from: number): Record<string, string> {
  const block = /:root\s*\{([^}]*)\}/.exec(css.slice(from))![1]!;
  return Object.fromEntries([...block.matchAll(/--([\w-]+):\s*(#[0-9a-f]{6})/g)].map((m) => [m[1]!, m[2]!]));
}
const THEMES = { light: palette(0), dark: palette(css.indexOf('@media (prefers-color-scheme: dark)')) };

const hex = (colour: string) => [1, 3, 5].map((i) => parseInt(colour.slice(i, i + 2), 16));
const contrast = (a: string, b: string) => {
  const [la, lb] = [a, b].map((c) => luminance(hex(c)));
  return (Math.max(la!, lb!) + 0.05) / (Math.min(la!, lb!) + 0.05);
};

/** Every text colour on every background the studio draws it on. */
const TEXT_PAIRS = [
  ['text', 'page'], ['text', 'surface'], ['text', 'field'], ['text', 'current'], ['text', 'ok-bg'], ['text', 'bad-bg'],
  ['muted', 'page'], ['muted', 'surface'], ['muted', 'bad-bg'],
  ['accent', 'page'], ['accent', 'surface'], ['accent', 'current'], ['on-accent', 'accent'],
  ['bad', 'page'], ['bad', 'surface'], ['bad', 'bad-bg'],
  ['warn', 'page'], ['warn', 'surface'], ['warn', 'warn-bg'],
  ['ok', 'page'], ['ok', 'surface'], ['ok', 'ok-bg'],
] as const;

describe('the studio\'s colours', () => {
  it('has the same colours named in both themes', () => {
    expect(Object.keys(THEMES.dark).sort()).toEqual(Object.keys(THEMES.light).sort());
    expect(Object.keys(THEMES.light).length).toBeGreaterThan(15);
  });

  it.each(Object.entries(THEMES).flatMap(([theme, colours]) => TEXT_PAIRS.map(([fg, bg]) => [theme, fg, bg, contrast(colours[fg]!, colours[bg]!)] as const)))(
    '%s: %s on %s reaches 4.5:1 (%f)',
    (_theme, _fg, _bg, ratio) => expect(ratio).toBeGreaterThanOrEqual(4.5),
  );
});
