/**
 * The nudge's colours, as data: one palette per theme, turned into CSS custom properties (`[data-theme=light]`,
 * `[data-theme=dark]`) that the nudge's styles use. `TEXT_PAIRS` lists every text colour and the background it is
 * drawn on; a unit test holds each pair to WCAG's 4.5:1 in both themes.
 */

const light = {
  text: '#1d2a33',
  muted: '#52606b',
  accent: '#1f5f8b',
  surface: '#ffffff',
  pill: '#f5f9fc',
  pillHover: '#e6eef5',
  line: '#c9d6e0',
  rule: '#9fb3c2',
  warn: '#b06f00',
  info: '#6f8798',
  onAccent: '#ffffff',
  status: '#fff8ec',
  statusLine: '#e9c88f',
  shadow: 'rgba(0,0,0,.12)',
};
export type Palette = typeof light;

export const THEMES: Readonly<Record<'light' | 'dark', Palette>> = {
  light,
  dark: {
    text: '#e6edf3',
    muted: '#a9b6c1',
    accent: '#8cc8ff',
    surface: '#1e252c',
    pill: '#252e36',
    pillHover: '#303b45',
    line: '#46535f',
    rule: '#5f7383',
    warn: '#f0a830',
    info: '#8fa3b3',
    onAccent: '#0d1b26',
    status: '#3a2f17',
    statusLine: '#8a6a2b',
    shadow: 'rgba(0,0,0,.5)',
  },
};
export type ThemeName = keyof typeof THEMES;

/** Every text colour on the background it is drawn on (text on hover states too). */
export const TEXT_PAIRS: readonly (readonly [text: keyof Palette, background: keyof Palette])[] = [
  ['text', 'pill'], // the pill's summary
  ['accent', 'pill'], // Show / Hide
  ['text', 'pillHover'],
  ['accent', 'pillHover'],
  ['text', 'surface'], // the card: titles, explanations
  ['muted', 'surface'], // mentions, footer, "This seems wrong"
  ['accent', 'surface'], // links, Dismiss, a link-styled fix
  ['onAccent', 'accent'], // a fix button
  ['text', 'status'], // the status line
];

/** Colours that are no text but must still stand out (WCAG 1.4.11: 3:1): the severity dots, the focus ring. */
export const MARK_PAIRS: readonly (readonly [mark: keyof Palette, background: keyof Palette])[] = [
  ['warn', 'pill'],
  ['info', 'pill'],
  ['accent', 'surface'],
];

/** `[data-theme=light]{--text:#1d2a33;…}[data-theme=dark]{…}`: each theme's palette as custom properties. */
export const THEME_CSS = Object.entries(THEMES)
  .map(([name, palette]) => `[data-theme=${name}]{${Object.entries(palette).map(([key, value]) => `--${key}:${value}`).join(';')}}`)
  .join('');

/** Red, green, blue (0–255) and alpha (0–1) of a colour as computed styles give it: `rgb(…)` or `rgba(…)`. */
export function parseColor(css: string): [red: number, green: number, blue: number, alpha: number] | undefined {
  const parts = /^rgba?\(/.test(css) ? css.match(/[\d.]+%?/g) : null;
  if (!parts || parts.length < 3) return undefined;
  const alpha = parts[3] ?? '1';
  const [r, g, b] = parts.map(Number) as [number, number, number];
  return [r, g, b, alpha.endsWith('%') ? parseFloat(alpha) / 100 : Number(alpha)];
}

/** WCAG 2 relative luminance of an sRGB colour (0 black … 1 white). */
export function luminance([r, g, b]: readonly number[]): number {
  const linear = (c: number) => (c / 255 <= 0.04045 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4);
  return 0.2126 * linear(r!) + 0.7152 * linear(g!) + 0.0722 * linear(b!);
}
