/**
 * What every LinkedIn fixture page shares: icons, avatars, the global nav, the page frame and its light theme
 * (LinkedIn's 2025–26 tokens: canvas #f4f2ee, white cards edged with rgba(140,140,140,.2), action blue #0a66c2,
 * the system-ui font stack), a feed post, and the "Create a post" share box with its Quill 1 editor.
 * Everything is markup for `htmlNodes` (never innerHTML) plus CSS strings.
 */
import { find } from './page';
import { quillBox, startWith, type QuillBox } from './linkedin-quill';

/** Simple stand-ins for LinkedIn's icons (drawn here; 24×24, currentColor). */
const ICON_PATHS = {
  home: 'M12 3 3 10v11h6v-6h6v6h6V10z',
  network: 'M9 11a4 4 0 1 0 0-8 4 4 0 0 0 0 8Zm8 0a3 3 0 1 0 0-6 3 3 0 0 0 0 6ZM1 21v-2a6 6 0 0 1 6-6h4a6 6 0 0 1 6 6v2Zm17 0v-2a7 7 0 0 0-1.6-4.4A5 5 0 0 1 23 19v2Z',
  jobs: 'M9 3h6a2 2 0 0 1 2 2v2h4a1 1 0 0 1 1 1v11a2 2 0 0 1-2 2H4a2 2 0 0 1-2-2V8a1 1 0 0 1 1-1h4V5a2 2 0 0 1 2-2Zm0 4h6V5H9Zm-5 5v7h16v-7h-6v2h-4v-2Z',
  messaging: 'M4 3h16a2 2 0 0 1 2 2v11a2 2 0 0 1-2 2H9l-5 4v-4a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2Zm3 6v2h10V9Zm0 4v2h7v-2Z',
  bell: 'M12 2a7 7 0 0 1 7 7v5l2 3v1H3v-1l2-3V9a7 7 0 0 1 7-7Zm-3 18h6a3 3 0 0 1-6 0Z',
  grid: 'M3 3h4v4H3Zm7 0h4v4h-4Zm7 0h4v4h-4ZM3 10h4v4H3Zm7 0h4v4h-4Zm7 0h4v4h-4ZM3 17h4v4H3Zm7 0h4v4h-4Zm7 0h4v4h-4Z',
  search: 'M10 3a7 7 0 0 1 5.6 11.2l5.1 5.1-1.4 1.4-5.1-5.1A7 7 0 1 1 10 3Zm0 2a5 5 0 1 0 0 10 5 5 0 0 0 0-10Z',
  caret: 'M7 10l5 5 5-5z',
  close: 'M13.4 12l5.3-5.3-1.4-1.4-5.3 5.3-5.3-5.3-1.4 1.4 5.3 5.3-5.3 5.3 1.4 1.4 5.3-5.3 5.3 5.3 1.4-1.4z',
  globe: 'M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20Zm6.9 6h-3a15 15 0 0 0-1.3-4.1A8 8 0 0 1 18.9 8ZM12 4.1A13 13 0 0 1 13.8 8h-3.6A13 13 0 0 1 12 4.1ZM4.3 14a8 8 0 0 1 0-4h3.4a16 16 0 0 0 0 4Zm.8 2h3a15 15 0 0 0 1.3 4.1A8 8 0 0 1 5.1 16Zm3-8h-3a8 8 0 0 1 4.3-4.1A15 15 0 0 0 8.1 8ZM12 19.9a13 13 0 0 1-1.8-3.9h3.6a13 13 0 0 1-1.8 3.9Zm2.2-5.9H9.8a14 14 0 0 1 0-4h4.4a14 14 0 0 1 0 4Zm.4 6.1a15 15 0 0 0 1.3-4.1h3a8 8 0 0 1-4.3 4.1Zm1.7-6.1a16 16 0 0 0 0-4h3.4a8 8 0 0 1 0 4Z',
  media: 'M19 4H5a3 3 0 0 0-3 3v10a3 3 0 0 0 3 3h14a3 3 0 0 0 3-3V7a3 3 0 0 0-3-3Zm1 13a1 1 0 0 1-1 1H5a1 1 0 0 1-1-1v-1.6l4-4 6 6 3-3 3 3Zm0-3.4-3-3-3 3-6-6-4 4V7a1 1 0 0 1 1-1h14a1 1 0 0 1 1 1ZM16.5 7A1.5 1.5 0 1 0 18 8.5 1.5 1.5 0 0 0 16.5 7Z',
  calendar: 'M7 2h2v2h6V2h2v2h2a2 2 0 0 1 2 2v13a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2h2Zm12 7H5v10h14Zm-9 2v3H7v-3Z',
  celebrate: 'M12 2l2.2 5.2L20 8l-4.3 3.9L17 18l-5-3-5 3 1.3-6.1L4 8l5.8-.8Z',
  plus: 'M13 11V5h-2v6H5v2h6v6h2v-6h6v-2z',
  clock: 'M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20Zm0 18a8 8 0 1 1 0-16 8 8 0 0 1 0 16Zm1-13h-2v6l5 3 1-1.7-4-2.3Z',
  emoji: 'M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20Zm0 18a8 8 0 1 1 0-16 8 8 0 0 1 0 16ZM8.5 11A1.5 1.5 0 1 0 7 9.5 1.5 1.5 0 0 0 8.5 11Zm7 0A1.5 1.5 0 1 0 14 9.5a1.5 1.5 0 0 0 1.5 1.5ZM12 17.5a5.5 5.5 0 0 0 4.9-3l-1.8-.9a3.5 3.5 0 0 1-6.2 0l-1.8.9a5.5 5.5 0 0 0 4.9 3Z',
  like: 'M19.5 10H15l.9-4.4A2 2 0 0 0 14 3.2L8 10H4v11h13.6a2 2 0 0 0 2-1.6l1.4-7a2 2 0 0 0-1.5-2.4ZM6 19v-7h2v7Zm11.6 0H10v-7.6l4.4-5-.9 4.6h6Z',
  comment: 'M7 9h10v1H7Zm0 4h7v-1H7Zm16-2a6.8 6.8 0 0 1-7 7h-3l-5 4v-4H7a6.8 6.8 0 0 1-7-7 6.8 6.8 0 0 1 7-7h9a6.8 6.8 0 0 1 7 7Zm-2 0a4.9 4.9 0 0 0-5-5H7a4.9 4.9 0 0 0-5 5 4.9 4.9 0 0 0 5 5h3v2.2L12.8 16H16a4.9 4.9 0 0 0 5-5Z',
  repost: 'M13.5 3.5 17 7l-3.5 3.5L12 9l1-1H6a2 2 0 0 0-2 2v3H2v-3a4 4 0 0 1 4-4h7l-1-1ZM22 11v3a4 4 0 0 1-4 4h-7l1 1-1.5 1.5L7 17l3.5-3.5L12 15l-1 1h7a2 2 0 0 0 2-2v-3Z',
  send: 'M21 3 0 10l7.7 3.3L16 7l-6.3 8.3L13 23Z',
  more: 'M14 12a2 2 0 1 1-2-2 2 2 0 0 1 2 2ZM4 10a2 2 0 1 0 2 2 2 2 0 0 0-2-2Zm16 0a2 2 0 1 0 2 2 2 2 0 0 0-2-2Z',
  compose: 'M17.6 2.6 21.4 6.4 9 18.8 4 20l1.2-5Zm-1.4 4.2-9 9-.4 1.6 1.6-.4 9-9Z',
  expand: 'M14 3h7v7h-2V6.4l-5.3 5.3-1.4-1.4L17.6 5H14ZM3 14h2v3.6l5.3-5.3 1.4 1.4L6.4 19H10v2H3Z',
  attach: 'M16.5 6v11.5a4.5 4.5 0 0 1-9 0V5a3 3 0 0 1 6 0v10.5a1.5 1.5 0 0 1-3 0V6H9v9.5a3 3 0 0 0 6 0V5a4.5 4.5 0 0 0-9 0v12.5a6 6 0 0 0 12 0V6Z',
  gif: 'M3 5h18a1 1 0 0 1 1 1v12a1 1 0 0 1-1 1H3a1 1 0 0 1-1-1V6a1 1 0 0 1 1-1Zm4.5 4A2.5 2.5 0 0 0 5 11.5v1A2.5 2.5 0 0 0 7.5 15H9v-3H7.5v1.5a1 1 0 0 1-1-1v-1a1 1 0 0 1 1-1H9V9Zm3 0v6H12V9Zm3 0v6H15v-2h2v-1.5h-2v-1h2.5V9Z',
  article: 'M4 3h16a1 1 0 0 1 1 1v16a1 1 0 0 1-1 1H4a1 1 0 0 1-1-1V4a1 1 0 0 1 1-1Zm2 4v2h12V7Zm0 4v2h12v-2Zm0 4v2h7v-2Z',
  video: 'M15 7a2 2 0 0 0-2-2H4a2 2 0 0 0-2 2v10a2 2 0 0 0 2 2h9a2 2 0 0 0 2-2v-2.5l5 3.5h2V6h-2l-5 3.5Z',
  bookmark: 'M6 2h12a1 1 0 0 1 1 1v19l-7-5-7 5V3a1 1 0 0 1 1-1Z',
  chart: 'M3 3h2v16h16v2H3Zm4 10h3v4H7Zm5-5h3v9h-3Zm5-3h3v12h-3Z',
  info: 'M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20Zm1 15h-2v-6h2Zm0-8h-2V7h2Z',
} as const;

export type IconName = keyof typeof ICON_PATHS;

export function icon(name: IconName, size = 24, extraClass = ''): string {
  return `<svg class="li-icon ${extraClass}" aria-hidden="true" focusable="false" viewBox="0 0 24 24" width="${size}" height="${size}" fill="currentColor"><path d="${ICON_PATHS[name]}"/></svg>`;
}

/** A photo stand-in: initials on a colour, round for people and square-ish for organisations. */
export function avatar(initials: string, tone: 'jane' | 'sam' | 'acme' | 'robotics' | 'priya' | 'marco' | 'lena', size: number, extraClass = ''): string {
  // Initials drawn by CSS, as a photo would be: they are no part of the page's text (innerText, textContent).
  return `<div class="li-avatar li-avatar--${tone} ${extraClass}" data-initials="${initials}" style="width:${size}px;height:${size}px;font-size:${Math.round(size * 0.38)}px" aria-hidden="true"></div>`;
}

export const JANE = { name: 'Jane Doe', headline: 'Product Marketing Manager at Acme' };

type NavItem = 'home' | 'network' | 'jobs' | 'messaging' | 'notifications' | 'none';

/** LinkedIn's global nav (52px, white, search on the left, icon+label items on the right). */
export function globalNav(active: NavItem): string {
  const item = (key: NavItem, iconName: IconName, label: string, href: string, badge = '') =>
    `<li class="global-nav__primary-item">
      <a class="global-nav__primary-link${active === key ? ' global-nav__primary-link--active' : ''}" href="${href}"${active === key ? ' aria-current="page"' : ''}>
        <span class="global-nav__icon-wrap">${icon(iconName)}${badge && `<span class="notification-badge" aria-hidden="true">${badge}</span>`}</span>
        <span class="global-nav__primary-link-text">${label}</span>
      </a>
    </li>`;
  return `
  <header id="global-nav" class="global-nav" aria-label="Global Navigation">
    <div class="global-nav__content">
      <a class="global-nav__branding" href="/feed/" aria-label="LinkedIn">
        <svg viewBox="0 0 34 34" width="34" height="34" aria-hidden="true"><rect width="34" height="34" rx="4" fill="#0a66c2"/><path fill="#fff" d="M8.2 13.5h3.9v12.3H8.2Zm1.9-6a2.2 2.2 0 1 1 0 4.5 2.2 2.2 0 0 1 0-4.5Zm4.4 6h3.7v1.7h.1a4.1 4.1 0 0 1 3.7-2c3.9 0 4.7 2.6 4.7 6v6.6h-3.9v-5.9c0-1.4 0-3.2-2-3.2s-2.3 1.5-2.3 3.1v6h-3.9Z"/></svg>
      </a>
      <div class="search-global-typeahead">
        ${icon('search', 16, 'search-global-typeahead__icon')}
        <input class="search-global-typeahead__input" type="text" placeholder="Search" aria-label="Search" role="combobox" aria-expanded="false">
      </div>
      <nav class="global-nav__nav" aria-label="Primary Navigation">
        <ul class="global-nav__primary-items">
          ${item('home', 'home', 'Home', '/feed/')}
          ${item('network', 'network', 'My Network', '/mynetwork/')}
          ${item('jobs', 'jobs', 'Jobs', '/jobs/')}
          ${item('messaging', 'messaging', 'Messaging', '/messaging/', '2')}
          ${item('notifications', 'bell', 'Notifications', '/notifications/', '5')}
          <li class="global-nav__primary-item global-nav__me">
            <button class="global-nav__primary-link global-nav__me-trigger" type="button" aria-expanded="false">
              <img class="global-nav__me-photo" alt="${JANE.name}" width="24" height="24" src="data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 24 24'%3E%3Cdefs%3E%3ClinearGradient id='g' x1='0' y1='0' x2='1' y2='1'%3E%3Cstop offset='0' stop-color='%23915907'/%3E%3Cstop offset='1' stop-color='%23e7a33e'/%3E%3C/linearGradient%3E%3C/defs%3E%3Ccircle cx='12' cy='12' r='12' fill='url(%23g)'/%3E%3Ccircle cx='12' cy='9.5' r='4' fill='%23fde7c5'/%3E%3Cpath d='M4.5 20a7.5 7.5 0 0 1 15 0' fill='%23fde7c5'/%3E%3C/svg%3E">
              <span class="global-nav__primary-link-text">Me ${icon('caret', 16)}</span>
            </button>
          </li>
          <li class="global-nav__primary-item global-nav__business">
            <button class="global-nav__primary-link" type="button">
              ${icon('grid')}
              <span class="global-nav__primary-link-text">For Business ${icon('caret', 16)}</span>
            </button>
          </li>
          <li class="global-nav__primary-item global-nav__premium"><a class="global-nav__premium-link" href="/premium/">Try Premium for €0</a></li>
        </ul>
      </nav>
    </div>
  </header>`;
}

/** A post's social bar: reaction counts, then Like / Comment / Repost / Send. */
export function socialBar(reactions: string, comments: string): string {
  return `
    <div class="social-details-social-counts">
      <span class="social-details-social-counts__reactions">
        <span class="reactions-icon reactions-icon--like" aria-hidden="true">${icon('like', 10)}</span><span class="reactions-icon reactions-icon--celebrate" aria-hidden="true">${icon('celebrate', 10)}</span>
        <span class="social-details-social-counts__reactions-count">${reactions}</span>
      </span>
      <span class="social-details-social-counts__comments">${comments}</span>
    </div>
    <div class="feed-shared-social-action-bar" role="group" aria-label="Post actions">
      <button class="social-actions-button react-button__trigger" type="button" aria-pressed="false" aria-label="React Like">${icon('like', 20)}<span>Like</span></button>
      <button class="social-actions-button comment-button" type="button" aria-label="Comment">${icon('comment', 20)}<span>Comment</span></button>
      <button class="social-actions-button" type="button" aria-label="Repost">${icon('repost', 20)}<span>Repost</span></button>
      <button class="social-actions-button send-privately-button" type="button" aria-label="Send in a private message">${icon('send', 20)}<span>Send</span></button>
    </div>`;
}

/** The image block under the sample post: a product card drawn in CSS. */
export function postMedia(): string {
  return `
    <div class="update-components-image" role="img" aria-label="Acme spring release: the new analytics dashboard">
      <div class="post-visual">
        <div class="post-visual__kicker">Spring release</div>
        <div class="post-visual__title">The new Acme dashboard</div>
        <div class="post-visual__bars" aria-hidden="true"><i style="height:38%"></i><i style="height:62%"></i><i style="height:48%"></i><i style="height:80%"></i><i style="height:70%"></i><i style="height:92%"></i></div>
      </div>
    </div>`;
}

export const POST_TEXT = 'Our spring release is out today. Tell us what you think of the new dashboard! #product #analytics';

/** The left column's profile card (feed pages). */
export function profileCard(): string {
  return `
  <section class="feed-identity-module artdeco-card" aria-label="Your profile">
    <div class="feed-identity-module__cover" aria-hidden="true"></div>
    <a class="feed-identity-module__actor-meta" href="/in/jane-doe/">
      ${avatar('JD', 'jane', 72, 'feed-identity-module__photo')}
      <div class="feed-identity-module__name">${JANE.name}</div>
      <div class="feed-identity-module__headline">${JANE.headline}</div>
      <div class="feed-identity-module__location">Lisbon, Portugal</div>
    </a>
    <div class="feed-identity-module__stats">
      <a href="/analytics/profile-views/"><span>Profile viewers</span><strong>48</strong></a>
      <a href="/analytics/creator/"><span>Post impressions</span><strong>1,204</strong></a>
    </div>
    <a class="feed-identity-module__item" href="/my-items/">${icon('bookmark', 16)}Saved items</a>
  </section>`;
}

/** The right column's news card (feed pages). */
export function newsCard(): string {
  const story = (title: string, meta: string) => `<li class="news-module__story"><span class="news-module__title">${title}</span><span class="news-module__meta">${meta}</span></li>`;
  return `
  <section class="news-module artdeco-card" aria-label="LinkedIn News">
    <h2 class="news-module__header">LinkedIn News ${icon('info', 16)}</h2>
    <h3 class="news-module__subheader">Top stories</h3>
    <ul class="news-module__stories">
      ${story('Robotics hiring picks up again', '2h ago · 3,811 readers')}
      ${story('What a four-day week did to output', '5h ago · 12,207 readers')}
      ${story('Europe’s chip plants get a green light', '1d ago · 6,540 readers')}
      ${story('The return of the office party', '1d ago · 2,975 readers')}
    </ul>
  </section>`;
}

export interface ShareBoxOptions {
  /** Who the post goes out as, shown in the header button (a member, or a page its admin posts for). */
  readonly actor: { readonly name: string; readonly avatar: string };
  readonly placeholder?: string;
}

/**
 * The "Create a post" share box as LinkedIn renders it: an artdeco modal `[role=dialog]` labelled by
 * `#share-to-linkedin-modal__header`, the acting member or page on `.share-unified-settings-entry-button` (name,
 * then "Post to Anyone"), and `.share-creation-state` holding `.editor-content`, which Quill makes `.ql-container`.
 * The overlay takes no clicks (this fixture keeps the page behind it usable; LinkedIn's scrim would close the box).
 */
export function shareBoxMarkup({ actor }: ShareBoxOptions): string {
  return `
  <div class="share-box-overlay artdeco-modal-overlay artdeco-modal-overlay--layer-default artdeco-modal-overlay--is-top-layer">
    <div class="artdeco-modal artdeco-modal--layer-default share-box-v2__modal" role="dialog" aria-labelledby="share-to-linkedin-modal__header" size="large">
      <h2 id="share-to-linkedin-modal__header" class="visually-hidden">Create a post</h2>
      <button class="artdeco-modal__dismiss artdeco-button artdeco-button--circle artdeco-button--muted artdeco-button--tertiary" type="button" aria-label="Dismiss">${icon('close')}</button>
      <div class="share-box-v2__modal-header artdeco-modal__header">
        <button class="share-unified-settings-entry-button" type="button" aria-label="${actor.name}, Post to Anyone. Edit settings">
          ${actor.avatar}
          <span class="share-unified-settings-entry-button__text">
            <span class="share-unified-settings-entry-button__title">${actor.name}</span>
            <span class="share-unified-settings-entry-button__subtitle">Post to Anyone ${icon('caret', 16, 'share-unified-settings-entry-button__chevron-icon')}</span>
          </span>
        </button>
      </div>
      <div class="artdeco-modal__content share-box-modal-content__container">
        <div class="share-creation-state">
          <div class="share-creation-state__text-editor">
            <div class="editor-container"><div class="editor-content"></div></div>
          </div>
          <div class="share-creation-state__emoji">
            <button class="artdeco-button artdeco-button--circle artdeco-button--muted artdeco-button--tertiary" type="button" aria-label="Open Emoji Keyboard">${icon('emoji', 20)}</button>
          </div>
          <div class="share-creation-state__additional-toolbar" role="toolbar" aria-label="Add to your post">
            <button class="share-promoted-detour-button share-promoted-detour-button--media" type="button" aria-label="Add media">${icon('media')}</button>
            <button class="share-promoted-detour-button share-promoted-detour-button--event" type="button" aria-label="Create an event">${icon('calendar')}</button>
            <button class="share-promoted-detour-button share-promoted-detour-button--celebrate" type="button" aria-label="Celebrate an occasion">${icon('celebrate')}</button>
            <button class="share-promoted-detour-button" type="button" aria-label="More">${icon('plus')}</button>
          </div>
        </div>
      </div>
      <div class="share-box-footer share-creation-state__footer">
        <div class="share-box-footer__main-actions">
          <button class="share-actions__scheduled-post-btn artdeco-button artdeco-button--circle artdeco-button--muted artdeco-button--tertiary" type="button" aria-label="Schedule post">${icon('clock')}</button>
          <button class="share-actions__primary-action artdeco-button artdeco-button--2 artdeco-button--primary" type="button" disabled>Post</button>
        </div>
      </div>
    </div>
  </div>`;
}

/** Turns the share box's `.editor-content` into LinkedIn's Quill 1 editor and wires the Post button to it. */
export function mountShareComposer(shareBox: ParentNode, draft: string): QuillBox {
  const post = find<HTMLButtonElement>(shareBox, '.share-actions__primary-action');
  const box = quillBox({
    host: find(shareBox, '.editor-content'),
    placeholder: 'What do you want to talk about?',
    onChange: (hasText) => (post.disabled = !hasText),
  });
  startWith(box, draft);
  return box;
}

/** The share box's look; used in the document (classic pages) and in the interop shadow root (new front end). */
export const SHARE_BOX_CSS = `
  .visually-hidden { position: absolute !important; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden;
    clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
  .share-box-overlay { position: fixed; inset: 0; z-index: 3000; display: flex; justify-content: center; align-items: flex-start;
    padding: 40px 16px 16px; pointer-events: none; }
  .artdeco-modal { pointer-events: auto; position: relative; box-sizing: border-box; width: 744px; max-width: 100%; max-height: calc(100vh - 56px);
    display: flex; flex-direction: column; background: #fff; border-radius: 8px; color: rgba(0, 0, 0, 0.9);
    box-shadow: 0 0 0 1px rgba(140, 140, 140, 0.2), 0 12px 28px rgba(0, 0, 0, 0.22), 0 2px 4px rgba(0, 0, 0, 0.12);
    font: 14px/1.42857 -apple-system, system-ui, BlinkMacSystemFont, "Segoe UI", Roboto, "Helvetica Neue", "Fira Sans", Ubuntu, Oxygen, Cantarell, "Droid Sans", Arial, sans-serif; }
  .artdeco-modal * { box-sizing: border-box; }
  .artdeco-modal button { font: inherit; }
  .artdeco-modal__dismiss { position: absolute; top: 16px; right: 16px; width: 40px; height: 40px; border: 0; border-radius: 50%;
    display: grid; place-items: center; background: none; color: rgba(0, 0, 0, 0.6); cursor: pointer; }
  .artdeco-modal__dismiss:hover { background: rgba(140, 140, 140, 0.15); color: rgba(0, 0, 0, 0.9); }
  .share-box-v2__modal-header { padding: 20px 72px 8px 16px; }
  .share-unified-settings-entry-button { display: inline-flex; align-items: center; gap: 12px; padding: 8px 12px 8px 8px; border: 0;
    border-radius: 8px; background: none; color: inherit; text-align: left; cursor: pointer; }
  .share-unified-settings-entry-button:hover { background: rgba(140, 140, 140, 0.15); }
  .share-unified-settings-entry-button__text { display: flex; flex-direction: column; }
  .share-unified-settings-entry-button__title { font-size: 20px; line-height: 1.3; font-weight: 600; }
  .share-unified-settings-entry-button__subtitle { display: inline-flex; align-items: center; gap: 2px; font-size: 14px; color: rgba(0, 0, 0, 0.9); }
  .share-box-modal-content__container { overflow-y: auto; flex: 1 1 auto; min-height: 0; }
  .share-creation-state { display: flex; flex-direction: column; }
  .share-creation-state__text-editor { padding: 0 24px; }
  .share-creation-state__text-editor .editor-container { min-height: 168px; }
  .share-creation-state__text-editor .ql-container { font: inherit; height: auto; }
  .share-creation-state__text-editor .ql-editor { min-height: 168px; padding: 12px 0; font-size: 18px; line-height: 1.4;
    color: rgba(0, 0, 0, 0.9); overflow-y: visible; }
  .share-creation-state__text-editor .ql-editor.ql-blank::before { left: 0; right: 0; font-style: normal; color: rgba(0, 0, 0, 0.6); }
  .share-creation-state__emoji { padding: 0 16px; }
  .share-creation-state__additional-toolbar { display: flex; gap: 8px; padding: 4px 24px 16px; }
  .share-promoted-detour-button { width: 48px; height: 48px; border: 0; border-radius: 50%; display: grid; place-items: center;
    background: none; color: rgba(0, 0, 0, 0.6); cursor: pointer; }
  .share-promoted-detour-button:hover { background: rgba(140, 140, 140, 0.15); }
  .share-promoted-detour-button--media { color: #378fe9; }
  .share-promoted-detour-button--event { color: #c37d16; }
  .share-promoted-detour-button--celebrate { color: #5f9b41; }
  .share-box-footer { display: flex; align-items: center; padding: 12px 24px; border-top: 1px solid rgba(140, 140, 140, 0.2); }
  .share-box-footer__main-actions { margin-left: auto; display: flex; align-items: center; gap: 8px; }
  .artdeco-button { border: 0; cursor: pointer; }
  .artdeco-button--circle { width: 40px; height: 40px; border-radius: 50%; display: grid; place-items: center; background: none; color: rgba(0, 0, 0, 0.6); }
  .artdeco-button--circle:hover { background: rgba(140, 140, 140, 0.15); }
  .share-actions__primary-action { min-height: 32px; padding: 6px 16px; border-radius: 9999px; background: #0a66c2; color: #fff;
    font-size: 16px !important; font-weight: 600; }
  .share-actions__primary-action:hover { background: #004182; }
  .share-actions__primary-action:disabled { background: rgba(0, 0, 0, 0.08); color: rgba(0, 0, 0, 0.3); cursor: not-allowed; }
`;

/** Avatars (any page) */
export const AVATAR_CSS = `
  .li-avatar { flex: none; display: grid; place-items: center; border-radius: 50%; color: #fff; font-weight: 600; letter-spacing: 0.02em;
    font-family: -apple-system, system-ui, "Segoe UI", Roboto, Arial, sans-serif; user-select: none; }
  .li-avatar::before { content: attr(data-initials); }
  .li-avatar--jane { background: linear-gradient(135deg, #915907, #e7a33e); }
  .li-avatar--sam { background: linear-gradient(135deg, #0a66c2, #70b5f9); }
  .li-avatar--priya { background: linear-gradient(135deg, #5f2e8a, #b47ed8); }
  .li-avatar--marco { background: linear-gradient(135deg, #2c6e49, #7fc8a9); }
  .li-avatar--lena { background: linear-gradient(135deg, #9e2a2b, #e07a5f); }
  .li-avatar--acme { border-radius: 4px; background: linear-gradient(135deg, #0b3d91, #3a7bd5); }
  .li-avatar--robotics { border-radius: 4px; background: linear-gradient(135deg, #c2410c, #f59e0b); }
`;

/** The page frame, nav, cards, rails and the feed post (document styles for every LinkedIn page). */
export const PAGE_CSS = `
  * { box-sizing: border-box; }
  html { -webkit-font-smoothing: antialiased; }
  body { margin: 0; background: #f4f2ee; color: rgba(0, 0, 0, 0.9);
    font: 14px/1.42857 -apple-system, system-ui, BlinkMacSystemFont, "Segoe UI", Roboto, "Helvetica Neue", "Fira Sans", Ubuntu, Oxygen, Cantarell, "Droid Sans", "Apple Color Emoji", "Segoe UI Emoji", Arial, sans-serif; }
  button, input { font: inherit; color: inherit; }
  a { color: inherit; text-decoration: none; }
  ul { margin: 0; padding: 0; list-style: none; }
  h1, h2, h3, p { margin: 0; }
  .li-icon { flex: none; display: block; }
  ${SHARE_BOX_CSS}
  ${AVATAR_CSS}

  .global-nav { position: sticky; top: 0; z-index: 100; height: 52px; background: #fff; border-bottom: 1px solid rgba(140, 140, 140, 0.2); }
  .global-nav__content { width: min(1128px, calc(100% - 48px)); height: 100%; margin: 0 auto; display: flex; align-items: center; }
  .global-nav__branding { display: block; margin-right: 8px; }
  .search-global-typeahead { position: relative; width: 280px; }
  .search-global-typeahead__icon { position: absolute; left: 12px; top: 9px; color: rgba(0, 0, 0, 0.75); }
  .search-global-typeahead__input { width: 100%; height: 34px; padding: 0 12px 0 40px; border: 0; border-radius: 4px; background: #edf3f8; font-size: 14px; }
  .search-global-typeahead__input::placeholder { color: rgba(0, 0, 0, 0.6); }
  .global-nav__nav { margin-left: auto; height: 100%; }
  .global-nav__primary-items { display: flex; height: 100%; align-items: stretch; }
  .global-nav__primary-item { display: flex; }
  .global-nav__primary-link { position: relative; display: flex; flex-direction: column; align-items: center; justify-content: center; min-width: 80px;
    padding: 0 4px; border: 0; background: none; color: rgba(0, 0, 0, 0.6); font-size: 12px; line-height: 1.33; cursor: pointer; }
  .global-nav__primary-link:hover, .global-nav__primary-link--active { color: rgba(0, 0, 0, 0.9); }
  .global-nav__primary-link--active::after { content: ""; position: absolute; left: 0; right: 0; bottom: 0; height: 2px; background: rgba(0, 0, 0, 0.9); }
  .global-nav__primary-link-text { display: inline-flex; align-items: center; white-space: nowrap; }
  .global-nav__icon-wrap { position: relative; }
  .notification-badge { position: absolute; top: -4px; right: -8px; min-width: 16px; height: 16px; padding: 0 4px; border-radius: 8px;
    background: #cb112d; color: #fff; font-size: 11px; font-weight: 600; line-height: 16px; text-align: center; }
  .global-nav__me-photo { width: 24px; height: 24px; border-radius: 50%; }
  .global-nav__me { border-right: 1px solid rgba(140, 140, 140, 0.2); }
  .global-nav__premium { align-items: center; padding-left: 12px; }
  .global-nav__premium-link { width: 92px; font-size: 12px; line-height: 1.33; text-align: center; color: #915907; text-decoration: underline; }

  .artdeco-card { background: #fff; border-radius: 8px; box-shadow: 0 0 0 1px rgba(140, 140, 140, 0.2); overflow: hidden; }
  .scaffold-layout { width: min(1128px, calc(100% - 48px)); margin: 24px auto; display: grid; gap: 24px;
    grid-template-columns: 225px minmax(0, 555px) 300px; align-items: start; }
  .scaffold-layout__sidebar, .scaffold-layout__aside { display: flex; flex-direction: column; gap: 8px; position: sticky; top: 76px; }
  .scaffold-layout__main { display: flex; flex-direction: column; gap: 8px; min-width: 0; }

  .feed-identity-module__cover { height: 56px; background: linear-gradient(120deg, #a0b4b7, #d8e1e0 55%, #e9e5dc); }
  .feed-identity-module__actor-meta { display: block; padding: 0 16px 12px; }
  .feed-identity-module__photo { margin-top: -36px; border: 2px solid #fff; box-sizing: content-box; }
  .feed-identity-module__name { margin-top: 12px; font-size: 18px; font-weight: 600; line-height: 1.33; }
  .feed-identity-module__headline { font-size: 12px; color: rgba(0, 0, 0, 0.9); }
  .feed-identity-module__location { margin-top: 4px; font-size: 12px; color: rgba(0, 0, 0, 0.6); }
  .feed-identity-module__stats { border-top: 1px solid rgba(140, 140, 140, 0.2); padding: 12px 0; }
  .feed-identity-module__stats a { display: flex; justify-content: space-between; padding: 4px 16px; font-size: 12px; font-weight: 600; color: rgba(0, 0, 0, 0.6); }
  .feed-identity-module__stats strong { color: #0a66c2; }
  .feed-identity-module__item { display: flex; gap: 8px; align-items: center; padding: 12px 16px; border-top: 1px solid rgba(140, 140, 140, 0.2);
    font-size: 12px; font-weight: 600; }

  .news-module { padding: 12px 0 8px; }
  .news-module__header { display: flex; justify-content: space-between; align-items: center; padding: 0 16px; font-size: 16px; font-weight: 600; }
  .news-module__header .li-icon { color: rgba(0, 0, 0, 0.6); }
  .news-module__subheader { padding: 8px 16px 0; font-size: 14px; font-weight: 600; color: rgba(0, 0, 0, 0.6); }
  .news-module__story { display: flex; flex-direction: column; padding: 6px 16px 6px 32px; position: relative; }
  .news-module__story::before { content: ""; position: absolute; left: 18px; top: 14px; width: 6px; height: 6px; border-radius: 50%; background: rgba(0, 0, 0, 0.6); }
  .news-module__title { font-weight: 600; font-size: 14px; line-height: 1.3; }
  .news-module__meta { font-size: 12px; color: rgba(0, 0, 0, 0.6); }

  .share-box-feed-entry { padding: 12px 16px 4px; }
  .share-box-feed-entry__top-bar { display: flex; align-items: center; gap: 8px; }
  .share-box-feed-entry__trigger { flex: 1; height: 48px; padding: 0 16px; border: 1px solid rgba(140, 140, 140, 0.6); border-radius: 35px; background: #fff;
    text-align: left; font-size: 14px; font-weight: 600; color: rgba(0, 0, 0, 0.6); cursor: pointer; }
  .share-box-feed-entry__trigger:hover { background: rgba(140, 140, 140, 0.1); }
  .share-box-feed-entry-toolbar__wrapper { display: flex; justify-content: space-around; padding: 4px 0; }
  .share-box-feed-entry-toolbar__item { display: flex; align-items: center; gap: 8px; height: 48px; padding: 0 16px; border: 0; border-radius: 4px;
    background: none; font-size: 14px; font-weight: 600; color: rgba(0, 0, 0, 0.6); cursor: pointer; }
  .share-box-feed-entry-toolbar__item:hover { background: rgba(140, 140, 140, 0.1); }
  .share-box-feed-entry-toolbar__item--video .li-icon { color: #5f9b41; }
  .share-box-feed-entry-toolbar__item--photo .li-icon { color: #378fe9; }
  .share-box-feed-entry-toolbar__item--article .li-icon { color: #e06847; }

  .feed-sort-toggle { display: flex; align-items: center; gap: 8px; margin: 0 4px; font-size: 12px; color: rgba(0, 0, 0, 0.6); }
  .feed-sort-toggle::before { content: ""; flex: 1; height: 1px; background: rgba(140, 140, 140, 0.4); }
  .feed-sort-toggle strong { color: rgba(0, 0, 0, 0.9); }

  .update-components-actor { display: flex; gap: 8px; padding: 12px 16px 0; }
  .update-components-actor__meta { display: flex; flex-direction: column; min-width: 0; }
  .update-components-actor__title { font-size: 14px; font-weight: 600; line-height: 1.43; }
  .update-components-actor__description, .update-components-actor__sub-description { font-size: 12px; line-height: 1.33; color: rgba(0, 0, 0, 0.6); }
  .update-components-actor__sub-description { display: inline-flex; align-items: center; gap: 4px; }
  .update-components-actor__follow-button { margin-left: auto; align-self: flex-start; display: flex; align-items: center; gap: 4px; height: 32px;
    padding: 0 8px; border: 0; border-radius: 4px; background: none; color: #0a66c2; font-weight: 600; font-size: 16px; cursor: pointer; }
  .update-components-text { padding: 8px 16px 4px; font-size: 14px; line-height: 1.43; }
  .update-components-text .hashtag { color: #0a66c2; font-weight: 600; }
  .update-components-image { margin-top: 8px; }
  .post-visual { position: relative; height: 210px; padding: 28px 32px; overflow: hidden; color: #fff;
    background: radial-gradient(circle at 80% 20%, rgba(255, 255, 255, 0.25), transparent 40%), linear-gradient(135deg, #0b3d91 0%, #1d5fbf 55%, #35a2d6 100%); }
  .post-visual__kicker { font-size: 13px; font-weight: 600; letter-spacing: 0.08em; text-transform: uppercase; opacity: 0.85; }
  .post-visual__title { margin-top: 6px; font-size: 26px; font-weight: 700; line-height: 1.15; max-width: 60%; }
  .post-visual__bars { position: absolute; right: 32px; bottom: 0; display: flex; align-items: flex-end; gap: 10px; height: 150px; }
  .post-visual__bars i { display: block; width: 22px; border-radius: 4px 4px 0 0; background: rgba(255, 255, 255, 0.75); }
  .social-details-social-counts { display: flex; justify-content: space-between; align-items: center; margin: 0 16px; padding: 8px 0;
    border-bottom: 1px solid rgba(140, 140, 140, 0.2); font-size: 12px; color: rgba(0, 0, 0, 0.6); }
  .social-details-social-counts__reactions { display: inline-flex; align-items: center; }
  .reactions-icon { width: 16px; height: 16px; border-radius: 50%; display: grid; place-items: center; color: #fff; box-shadow: 0 0 0 1px #fff; }
  .reactions-icon + .reactions-icon { margin-left: -3px; }
  .reactions-icon--like { background: #378fe9; }
  .reactions-icon--celebrate { background: #44712e; }
  .social-details-social-counts__reactions-count { margin-left: 4px; }
  .feed-shared-social-action-bar { display: flex; padding: 4px 8px; }
  .social-actions-button { flex: 1; display: flex; align-items: center; justify-content: center; gap: 6px; height: 44px; border: 0; border-radius: 4px;
    background: none; color: rgba(0, 0, 0, 0.6); font-size: 14px; font-weight: 600; cursor: pointer; }
  .social-actions-button:hover { background: rgba(140, 140, 140, 0.1); color: rgba(0, 0, 0, 0.9); }

  @media (max-width: 1199px) {
    .scaffold-layout { grid-template-columns: 225px minmax(0, 1fr); max-width: 804px; }
    .scaffold-layout__aside { display: none; }
    .global-nav__premium, .global-nav__business { display: none; }
    .global-nav__primary-link { min-width: 72px; }
    .search-global-typeahead { width: 220px; }
  }
`;

/**
 * The classic (Ember) front end's frame: no `body > #root` and no `data-rehydrated` on body, which is how the new
 * front end is told apart. The mount point stays the element the page is built in; it just loses its id.
 */
export function classicFrame(root: HTMLElement): void {
  root.removeAttribute('id');
  root.classList.add('application-outlet');
  document.body.classList.add('ember-application', 'boot-complete');
}
