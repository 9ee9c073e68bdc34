/**
 * Line icons for the X fixture pages (drawn for this fixture, in the spirit of x.com's 24×24 glyphs), plain
 * `createElement` as everywhere in these pages.
 */
import { createElement as h, type ReactNode } from 'react';

export const X_LOGO =
  'M18.244 2.25h3.308l-7.227 8.26 8.502 11.24H16.17l-5.214-6.817L4.99 21.75H1.68l7.73-8.835L1.254 2.25H8.08l4.713 6.231zm-1.161 17.52h1.833L7.084 4.126H5.117z';

/** A 24×24 outline icon from its shapes. */
export function icon(size: number, ...shapes: ReactNode[]): ReactNode {
  return h(
    'svg',
    {
      viewBox: '0 0 24 24',
      width: size,
      height: size,
      fill: 'none',
      stroke: 'currentColor',
      strokeWidth: 2,
      strokeLinecap: 'round',
      strokeLinejoin: 'round',
      'aria-hidden': true,
    },
    ...shapes,
  );
}

const p = (d: string) => h('path', { d });

export function xLogo(size: number): ReactNode {
  return h('svg', { viewBox: '0 0 24 24', width: size, height: size, 'aria-hidden': true, fill: 'currentColor' }, h('path', { d: X_LOGO }));
}

export const ICONS = {
  home: (s = 26) => icon(s, p('M3 10.5 12 3l9 7.5V20a1 1 0 0 1-1 1h-5v-6H9v6H4a1 1 0 0 1-1-1z')),
  explore: (s = 26) => icon(s, h('circle', { cx: 11, cy: 11, r: 7 }), p('M20.5 20.5 16 16')),
  bell: (s = 26) => icon(s, p('M6 9a6 6 0 0 1 12 0c0 5 2 7 2 7H4s2-2 2-7'), p('M10 20a2 2 0 0 0 4 0')),
  chat: (s = 26) => icon(s, p('M4 5h16v11H9l-5 4z'), p('M8 9.5h8M8 12.5h5')),
  grok: (s = 26) => icon(s, h('circle', { cx: 12, cy: 12, r: 8.5 }), p('M7 17 17 7')),
  communities: (s = 26) =>
    icon(s, h('circle', { cx: 9, cy: 8, r: 3 }), h('circle', { cx: 17, cy: 9, r: 2.5 }), p('M3 19c0-3.3 2.7-6 6-6s6 2.7 6 6'), p('M15 14c3 0 6 1.8 6 5')),
  premium: (s = 26) => icon(s, p('M4 4l16 16M20 4 4 20')),
  person: (s = 26) => icon(s, h('circle', { cx: 12, cy: 8, r: 4 }), p('M4 21c0-4.4 3.6-8 8-8s8 3.6 8 8')),
  more: (s = 26) =>
    icon(s, h('circle', { cx: 12, cy: 12, r: 9 }), p('M8 12h.01M12 12h.01M16 12h.01')),
  dots: (s = 18) => icon(s, p('M5 12h.01M12 12h.01M19 12h.01')),
  feather: (s = 24) => icon(s, p('M20 4c-7 0-12 5-13 12l-3 4'), p('M7 16c5 0 9-3 10-8'), p('M9 12h6')),
  media: (s = 20) => icon(s, h('rect', { x: 3, y: 4, width: 18, height: 16, rx: 3 }), p('M3 16l5-5 4 4 3-3 6 6'), h('circle', { cx: 15.5, cy: 8.5, r: 1.5 })),
  gif: (s = 20) => icon(s, h('rect', { x: 3, y: 5, width: 18, height: 14, rx: 3 }), p('M9.5 10H8v4h2v-1.5M12.5 10v4M15 14v-4h2M15 12h1.5')),
  grokTool: (s = 20) => icon(s, h('rect', { x: 3, y: 3, width: 18, height: 18, rx: 4 }), p('M8 16 16 8')),
  poll: (s = 20) => icon(s, p('M4 6h10M4 12h16M4 18h7')),
  emoji: (s = 20) => icon(s, h('circle', { cx: 12, cy: 12, r: 9 }), p('M8 14c1 1.5 2.3 2 4 2s3-.5 4-2M9 9.5h.01M15 9.5h.01')),
  schedule: (s = 20) => icon(s, h('rect', { x: 3, y: 5, width: 18, height: 16, rx: 2 }), p('M3 10h18M8 3v4M16 3v4')),
  location: (s = 20) => icon(s, p('M12 21s-7-6.5-7-12a7 7 0 0 1 14 0c0 5.5-7 12-7 12z'), h('circle', { cx: 12, cy: 9, r: 2.5 })),
  globe: (s = 16) => icon(s, h('circle', { cx: 12, cy: 12, r: 9 }), p('M3 12h18M12 3c3 3.5 3 14.5 0 18M12 3c-3 3.5-3 14.5 0 18')),
  close: (s = 20) => icon(s, p('M6 6l12 12M18 6 6 18')),
  back: (s = 20) => icon(s, p('M20 12H5M11 5l-7 7 7 7')),
  plus: (s = 20) => icon(s, p('M12 5v14M5 12h14')),
  reply: (s = 18) => icon(s, p('M4 5h16v11H10l-5 4v-4H4z')),
  repost: (s = 18) => icon(s, p('M4 9V7a2 2 0 0 1 2-2h11l-3-3M20 15v2a2 2 0 0 1-2 2H7l3 3')),
  like: (s = 18) => icon(s, p('M12 20s-7-4.4-7-10a4 4 0 0 1 7-2.6A4 4 0 0 1 19 10c0 5.6-7 10-7 10z')),
  views: (s = 18) => icon(s, p('M5 20V12M10 20V6M15 20v-9M20 20V4')),
  share: (s = 18) => icon(s, p('M12 3v12M7 8l5-5 5 5M4 14v5a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2v-5')),
  send: (s = 18) => icon(s, p('M12 19V5M6 11l6-6 6 6')),
  mic: (s = 20) => icon(s, h('rect', { x: 9, y: 3, width: 6, height: 11, rx: 3 }), p('M5 11a7 7 0 0 0 14 0M12 18v3')),
  paperclip: (s = 20) => icon(s, p('M20 11.5 12.5 19a5 5 0 0 1-7-7L13 4.5a3.3 3.3 0 0 1 4.7 4.7L10.2 16.7a1.7 1.7 0 0 1-2.4-2.4L14.5 7.6')),
  info: (s = 20) => icon(s, h('circle', { cx: 12, cy: 12, r: 9 }), p('M12 11v5M12 8h.01')),
  settings: (s = 20) => icon(s, h('circle', { cx: 12, cy: 12, r: 3 }), p('M12 2v3M12 19v3M2 12h3M19 12h3M4.9 4.9l2.1 2.1M17 17l2.1 2.1M4.9 19.1 7 17M17 7l2.1-2.1')),
  compose: (s = 20) => icon(s, p('M4 20h4L19 9l-4-4L4 16z'), p('M14 6l4 4')),
  image: (s = 18) => icon(s, h('rect', { x: 3, y: 4, width: 18, height: 16, rx: 3 }), p('M3 16l5-5 4 4 3-3 6 6')),
  newspaper: (s = 18) => icon(s, h('rect', { x: 3, y: 5, width: 18, height: 14, rx: 2 }), p('M7 9h6M7 12h10M7 15h10')),
  mask: (s = 18) => icon(s, p('M4 7c5-2 11-2 16 0 0 6-3 11-8 11S4 13 4 7z'), p('M8.5 11h2M13.5 11h2')),
  columns: (s = 22) => icon(s, h('rect', { x: 3, y: 4, width: 5, height: 16, rx: 1 }), h('rect', { x: 10, y: 4, width: 5, height: 16, rx: 1 }), p('M19 9v6M16 12h6')),
  chevron: (s = 16) => icon(s, p('M6 9l6 6 6-6')),
};

export type IconName = keyof typeof ICONS;
