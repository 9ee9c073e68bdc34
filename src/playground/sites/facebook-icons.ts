/**
 * Glyphs and avatars for the Facebook fixture, drawn here (no network: the tests serve only facebook.com, and
 * Facebook's own sprites and fbcdn photos are not ours to copy). Facebook draws avatars as SVG too (an `<image>`
 * in a masked `<svg>`); ours are a gradient circle with initials.
 */

/** An SVG icon of `size` px from one or more paths drawn on a 24-unit grid. */
function icon(paths: string, size = 20, stroke = false): string {
  const paint = stroke
    ? 'fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"'
    : 'fill="currentColor"';
  return `<svg viewBox="0 0 24 24" width="${size}" height="${size}" ${paint} aria-hidden="true">${paths}</svg>`;
}

const p = (d: string) => `<path d="${d}"/>`;

export const ICONS = {
  home: (size?: number) => icon(p('M3 11.2 12 3l9 8.2V21a1 1 0 0 1-1 1h-5v-6.5h-6V22H4a1 1 0 0 1-1-1z'), size),
  video: (size?: number) =>
    icon(`<rect x="2.5" y="4.5" width="19" height="15" rx="3"/>${p('M10 9v6l5-3z')}`, size, true),
  marketplace: (size?: number) =>
    icon(p('M4 9.5V20h16V9.5M3 4h18l1 4.5c0 1.4-1.1 2.5-2.5 2.5S17 9.9 17 8.5c0 1.4-1.1 2.5-2.5 2.5S12 9.9 12 8.5c0 1.4-1.1 2.5-2.5 2.5S7 9.9 7 8.5C7 9.9 5.9 11 4.5 11S2 9.9 2 8.5zM9.5 20v-5h5v5'), size, true),
  groups: (size?: number) =>
    icon(
      `<circle cx="12" cy="8" r="3.2"/><circle cx="5.5" cy="10" r="2.3"/><circle cx="18.5" cy="10" r="2.3"/>${p('M6.5 20c0-3.3 2.5-6 5.5-6s5.5 2.7 5.5 6zM1.5 19c0-2.4 1.6-4.3 3.8-4.3 1 0 1.6.3 2.1.7M22.5 19c0-2.4-1.6-4.3-3.8-4.3-1 0-1.6.3-2.1.7')}`,
      size,
    ),
  gaming: (size?: number) =>
    icon(p('M7 7h10a5 5 0 0 1 5 5v1.5a3.5 3.5 0 0 1-6.3 2.1L14.5 14h-5l-1.2 1.6A3.5 3.5 0 0 1 2 13.5V12a5 5 0 0 1 5-5zM7.5 9.5v4M5.5 11.5h4M16 10.5h.01M18 12.5h.01'), size, true),
  menu: (size?: number) =>
    icon(
      [4, 12, 20].flatMap((y) => [4, 12, 20].map((x) => `<circle cx="${x}" cy="${y}" r="2.2"/>`)).join(''),
      size,
    ),
  messenger: (size?: number) =>
    icon(
      p('M12 2C6.4 2 2 6.1 2 11.7c0 2.9 1.2 5.5 3.2 7.3v3.5l3.3-1.8c1.1.3 2.3.5 3.5.5 5.6 0 10-4.1 10-9.6S17.6 2 12 2zm1 12.7-2.6-2.7-5 2.7 5.5-5.8 2.6 2.7 5-2.7z'),
      size,
    ),
  bell: (size?: number) =>
    icon(p('M12 2.5a6.5 6.5 0 0 0-6.5 6.5v4.2L3.6 16.6c-.4.7.1 1.6.9 1.6h15c.8 0 1.3-.9.9-1.6L18.5 13.2V9A6.5 6.5 0 0 0 12 2.5zM9.2 19.5a2.9 2.9 0 0 0 5.6 0z'), size),
  search: (size?: number) => icon('<circle cx="10.5" cy="10.5" r="6.5"/><path d="m20 20-4.8-4.8"/>', size, true),
  like: (size?: number) =>
    icon(p('M7 10v11H3.5a1 1 0 0 1-1-1v-9a1 1 0 0 1 1-1zM7 10l4.2-7.3c.3-.5.9-.7 1.4-.5 1.3.5 2 1.9 1.7 3.3L13.6 9h5.9a2 2 0 0 1 2 2.4l-1.6 8A2 2 0 0 1 18 21H7'), size, true),
  comment: (size?: number) =>
    icon(p('M12 3c5 0 9 3.6 9 8.1s-4 8.1-9 8.1c-1 0-2-.1-2.9-.4L4 21l1.2-4.1C3.8 15.4 3 13.4 3 11.1 3 6.6 7 3 12 3z'), size, true),
  share: (size?: number) => icon(p('M14 4.5 21 11l-7 6.5V14c-5 0-8.5 1.5-11 5.5 1-5.5 4-10 11-10.8z'), size, true),
  smile: (size?: number) =>
    icon(`<circle cx="12" cy="12" r="9"/>${p('M8 14.5c1 1.4 2.4 2 4 2s3-.6 4-2M9 9.5h.01M15 9.5h.01')}`, size, true),
  camera: (size?: number) =>
    icon(`${p('M4 7.5h3l1.8-2.5h6.4L17 7.5h3a1 1 0 0 1 1 1V19a1 1 0 0 1-1 1H4a1 1 0 0 1-1-1V8.5a1 1 0 0 1 1-1z')}<circle cx="12" cy="13" r="3.5"/>`, size, true),
  gif: (size?: number) =>
    icon(`<rect x="2.5" y="5" width="19" height="14" rx="3"/>${p('M9.5 10H7.5v4h2v-1.7M12 10v4M14.5 14v-4h2.5M14.5 12h2')}`, size, true),
  sticker: (size?: number) =>
    icon(p('M20 13.5V6a2 2 0 0 0-2-2H6a2 2 0 0 0-2 2v12a2 2 0 0 0 2 2h7.5zM20 13.5h-4.5a2 2 0 0 0-2 2V20M8.5 10h.01M14.5 10h.01M8.5 14c1 1 2.2 1.5 3.5 1.5'), size, true),
  send: (size?: number) => icon(p('M3.4 20.4 21 12 3.4 3.6 3.5 10l12.5 2-12.5 2z'), size),
  plus: (size?: number) => icon(`<circle cx="12" cy="12" r="10"/>${'<path d="M12 7v10M7 12h10" stroke="#fff" stroke-width="2.2" stroke-linecap="round"/>'}`, size),
  photo: (size?: number) =>
    icon(`<rect x="3" y="4" width="18" height="16" rx="3"/>${p('m3 16 5-5 4 4 3-3 6 6')}<circle cx="15.5" cy="8.5" r="1.5"/>`, size, true),
  thumb: (size?: number) =>
    icon(p('M2.5 10.5h3.8v10H2.5zM8 20.5V10.2l3.9-7c.3-.5 1-.7 1.5-.4 1.2.7 1.8 2.1 1.4 3.5L14 9.5h6a2.2 2.2 0 0 1 2.1 2.7l-1.7 6.6a2.5 2.5 0 0 1-2.4 1.7z'), size),
  phone: (size?: number) =>
    icon(p('M6.6 2.5 9.4 3l1.3 4.4-2.2 1.9c1 2.3 2.9 4.2 5.2 5.2l1.9-2.2 4.4 1.3.5 2.8c.1.8-.4 1.5-1.2 1.7C11.4 19.6 4.4 12.6 4.9 4c.1-.9.9-1.5 1.7-1.5z'), size),
  camcorder: (size?: number) => icon(p('M3 7a2 2 0 0 1 2-2h9a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2zM17 10l4.5-3v10L17 14z'), size),
  info: (size?: number) => icon(`<circle cx="12" cy="12" r="10"/>${'<path d="M12 11v6M12 7.5v.01" stroke="#fff" stroke-width="2.2" stroke-linecap="round"/>'}`, size),
  minimize: (size?: number) => icon(p('M5 12h14'), size, true),
  close: (size?: number) => icon(p('M6 6l12 12M18 6 6 18'), size, true),
  compose: (size?: number) => icon(p('M4 20h4L19.5 8.5a2.1 2.1 0 0 0-3-3L5 17zM14.5 7.5l2 2'), size, true),
  globe: (size?: number) => icon(`<circle cx="12" cy="12" r="9"/>${p('M3 12h18M12 3c2.5 2.7 3.5 5.7 3.5 9s-1 6.3-3.5 9c-2.5-2.7-3.5-5.7-3.5-9s1-6.3 3.5-9z')}`, size, true),
  caret: (size?: number) => icon(p('M6 9l6 6 6-6'), size, true),
  dots: (size?: number) => icon('<circle cx="5" cy="12" r="2"/><circle cx="12" cy="12" r="2"/><circle cx="19" cy="12" r="2"/>', size),
  people: (size?: number) => icon(`<circle cx="9" cy="8" r="3.5"/>${p('M2.5 20c0-3.6 2.9-6.5 6.5-6.5s6.5 2.9 6.5 6.5zM16 4.8a3.5 3.5 0 0 1 0 6.4M18.5 13.8c1.9.8 3 2.7 3 6.2h-3')}`, size),
  clock: (size?: number) => icon(`<circle cx="12" cy="12" r="9"/>${p('M12 7v5l3.5 2')}`, size, true),
  bookmark: (size?: number) => icon(p('M6 3h12v18l-6-4.5L6 21z'), size),
};

export interface Person {
  readonly name: string;
  readonly initials: string;
  /** Two colours for the avatar's gradient. */
  readonly colors: readonly [string, string];
}

let gradients = 0;

/** A round avatar of `size` px: the person's initials on a gradient of their colours. */
export function avatar(who: Person, size: number, attrs = 'aria-hidden="true"'): string {
  const [from, to] = who.colors;
  const id = `fb-avatar-${++gradients}`;
  const half = size / 2;
  return `<svg class="avatar" width="${size}" height="${size}" viewBox="0 0 ${size} ${size}" ${attrs}>
    <defs><linearGradient id="${id}" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${from}"/><stop offset="1" stop-color="${to}"/></linearGradient></defs>
    <circle cx="${half}" cy="${half}" r="${half}" fill="url(#${id})"/>
    <text x="${half}" y="${half}" dy=".35em" text-anchor="middle" fill="#fff" font-size="${Math.round(size * 0.4)}" font-weight="700">${who.initials}</text>
  </svg>`;
}
