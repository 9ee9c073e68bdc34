/**
 * The parts every X fixture page shares (see x.ts for the URL contract and the public evidence): the editor models,
 * the signed-in account from the URL, avatars, the side nav with its account switcher, the Draft.js text area with
 * x.com's markers, the React-controlled plain text areas, and timeline posts.
 */
import { ContentState, Editor, EditorState } from 'draft-js';
import { type ChangeEvent, createElement as h, type ReactNode, useState } from 'react';
import { ICONS, type IconName, xLogo } from './x-icons';

/** The latest state of a Draft editor, written on every change so tests read the model without React. */
export interface DraftModel {
  current: EditorState;
}

/** The React state value of a controlled text area, written on every change. */
export interface TextModel {
  current: string;
}

export function draftModel(text = ''): DraftModel {
  return { current: text ? EditorState.createWithContent(ContentState.createFromText(text)) : EditorState.createEmpty() };
}

export const draftText = (model: DraftModel): string => model.current.getCurrentContent().getPlainText('\n');

const params = new URLSearchParams(location.search);

/** The signed-in user: `?account=` (handle), `?name=` (display name; it may itself contain "@something"). */
export const ACCOUNT = {
  handle: params.get('account') ?? 'jane_doe',
  get name(): string {
    return params.get('name') ?? (this.handle === 'jane_doe' ? 'Jane Doe' : this.handle);
  },
};

/** `?nav=collapsed`: the narrow, icon-only side nav (x.com below ~1265px, or when the user collapses it). */
export const NAV_COLLAPSED = params.get('nav') === 'collapsed';

/** Other accounts seen on the pages: their avatar colours and display names. */
export const PEOPLE: Readonly<Record<string, { name: string; colors: [string, string] }>> = {
  acme: { name: 'Acme Corp', colors: ['#f91880', '#ffd400'] },
  samrivera: { name: 'Sam Rivera', colors: ['#00ba7c', '#1d9bf0'] },
  dataviz_daily: { name: 'DataViz Daily', colors: ['#7856ff', '#f91880'] },
  nasa_fan: { name: 'Orbit Watcher', colors: ['#0f1419', '#536471'] },
  cityrail: { name: 'City Rail', colors: ['#ff7a00', '#f4212e'] },
};

function colorsOf(handle: string): [string, string] {
  return PEOPLE[handle]?.colors ?? ['#1d9bf0', '#7856ff'];
}

function initialOf(handle: string): string {
  const name = handle === ACCOUNT.handle ? ACCOUNT.name : (PEOPLE[handle]?.name ?? handle);
  return (/[A-Za-z0-9]/.exec(name)?.[0] ?? '?').toUpperCase();
}

/**
 * x.com's avatar: `div[data-testid="UserAvatar-Container-<handle>"]` around the picture (a link to the profile,
 * except inside buttons such as the account switcher).
 */
export function Avatar({ handle, size = 40, link = true }: { handle: string; size?: number; link?: boolean }) {
  const [from, to] = colorsOf(handle);
  const picture = h(
    'div',
    {
      className: 'avatar-img',
      // The letter is drawn by CSS (`::after`), so like x.com's <img alt=""> it adds no text to the page.
      'data-initial': initialOf(handle),
      style: { background: `linear-gradient(135deg, ${from}, ${to})`, fontSize: Math.round(size * 0.42) },
    },
  );
  return h(
    'div',
    { className: 'avatar', 'data-testid': `UserAvatar-Container-${handle}`, style: { width: size, height: size } },
    link ? h('a', { href: `/${handle}`, tabIndex: -1, 'aria-hidden': true, className: 'avatar-link' }, picture) : picture,
  );
}

interface NavItem {
  label: string;
  icon: IconName;
  href: string;
  testId?: string;
}

export type NavPage = 'home' | 'chat' | 'grok' | 'none';

/** The side nav: x.com's `header[role=banner]` with `nav[aria-label=Primary]`, the Post button, the account switcher. */
export function SideNav({ active }: { active: NavPage }) {
  const items: NavItem[] = [
    { label: 'Home', icon: 'home', href: '/home', testId: 'AppTabBar_Home_Link' },
    { label: 'Explore', icon: 'explore', href: '/explore', testId: 'AppTabBar_Explore_Link' },
    { label: 'Notifications', icon: 'bell', href: '/notifications', testId: 'AppTabBar_Notifications_Link' },
    { label: 'Chat', icon: 'chat', href: '/i/chat', testId: 'AppTabBar_DirectMessage_Link' },
    { label: 'Grok', icon: 'grok', href: '/i/grok' },
    { label: 'Communities', icon: 'communities', href: `/${ACCOUNT.handle}/communities` },
    { label: 'Premium', icon: 'premium', href: '/i/premium_sign_up' },
    { label: 'Profile', icon: 'person', href: `/${ACCOUNT.handle}`, testId: 'AppTabBar_Profile_Link' },
  ];
  const activeLabel = { home: 'Home', chat: 'Chat', grok: 'Grok', none: '' }[active];
  const collapsed = NAV_COLLAPSED;
  return h(
    'header',
    { className: collapsed ? 'sidenav collapsed' : 'sidenav', role: 'banner' },
    h(
      'div',
      { className: 'sidenav-inner' },
      h('a', { className: 'logo', href: '/home', 'aria-label': 'X' }, xLogo(30)),
      h(
        'nav',
        { 'aria-label': 'Primary', role: 'navigation' },
        ...items.map(({ label, icon, href, testId }) =>
          h(
            'a',
            {
              key: label,
              href,
              role: 'link',
              'aria-label': label,
              'data-testid': testId,
              'aria-current': label === activeLabel ? 'page' : undefined,
              className: label === activeLabel ? 'nav-item active' : 'nav-item',
            },
            h('div', { className: 'nav-pill' }, ICONS[icon](26), collapsed ? null : h('span', null, label)),
          ),
        ),
        h(
          'div',
          { className: 'nav-item', role: 'button', tabIndex: 0, 'aria-label': 'More menu items', 'data-testid': 'AppTabBar_More_Menu' },
          h('div', { className: 'nav-pill' }, ICONS.more(26), collapsed ? null : h('span', null, 'More')),
        ),
      ),
      h(
        'a',
        { className: 'nav-post', href: '/compose/post', role: 'link', 'aria-label': 'Post', 'data-testid': 'SideNav_NewTweet_Button' },
        collapsed ? ICONS.feather(24) : 'Post',
      ),
      AccountSwitcher({ collapsed }),
    ),
  );
}

/**
 * `button[data-testid="SideNav_AccountSwitcher_Button"]`: the avatar in its first child div, then (expanded nav
 * only) a div with the display name and "@handle", then the "…" glyph. Collapsed, the avatar is the only child.
 */
function AccountSwitcher({ collapsed }: { collapsed: boolean }) {
  return h(
    'button',
    { className: 'account-switcher', type: 'button', 'data-testid': 'SideNav_AccountSwitcher_Button', 'aria-label': 'Account menu' },
    h('div', { className: 'switcher-avatar' }, h(Avatar, { handle: ACCOUNT.handle, size: 40, link: false })),
    collapsed
      ? null
      : h(
          'div',
          { className: 'switcher-text' },
          h('div', { className: 'account-name', dir: 'ltr' }, h('span', null, ACCOUNT.name)),
          h('div', { className: 'account-handle', dir: 'ltr' }, h('span', null, `@${ACCOUNT.handle}`)),
        ),
    collapsed ? null : h('div', { className: 'switcher-more' }, ICONS.dots(18)),
  );
}

interface DraftBoxProps {
  /** x.com numbers its text areas: `tweetTextarea_<index>`. */
  index: number;
  model: DraftModel;
  placeholder: string;
  onEmptyChange?: (empty: boolean) => void;
}

const isEmpty = (state: EditorState) => state.getCurrentContent().getPlainText().trim() === '';

/**
 * x.com's rich text area: `label[data-testid=tweetTextarea_N_label]` > `div[data-testid=tweetTextarea_NRichTextInputContainer]`
 * > Draft.js `.DraftEditor-root` … `div.public-DraftEditor-content[contenteditable][role=textbox][data-testid=tweetTextarea_N]`
 * (Draft puts `webDriverTestID` on the content element).
 */
export function DraftBox({ index, model, placeholder, onEmptyChange }: DraftBoxProps) {
  // Controlled, as on x.com: every change goes through React state, so Draft's undo stack is the page's.
  const [editorState, setEditorState] = useState(model.current);
  const onChange = (next: EditorState) => {
    if (onEmptyChange && isEmpty(next) !== isEmpty(model.current)) onEmptyChange(isEmpty(next));
    model.current = next;
    setEditorState(next);
  };
  const testId = `tweetTextarea_${index}`;
  return h(
    'label',
    { className: 'editor', 'data-testid': `${testId}_label` },
    h(
      'div',
      { 'data-testid': `${testId}RichTextInputContainer` },
      h(Editor, { editorState, onChange, placeholder, webDriverTestID: testId, ariaLabel: 'Post text', ariaMultiline: true, spellCheck: true, tabIndex: 0 }),
    ),
  );
}

interface PlainTextBoxProps {
  model: TextModel;
  placeholder: string;
  className?: string;
  testId?: string;
  ariaLabel?: string;
  rows?: number;
  autoFocus?: boolean;
  onValueChange?: (value: string) => void;
}

/**
 * A React-controlled `<textarea>` as React Native for Web renders x.com's plain TextInput (the phone composer, Grok,
 * and X Chat's box): `value` from state, `onChange` writes it back. The model is the state value, updated on every
 * change (typing, execCommand('insertText'), native undo: all reach React as input events).
 */
export function PlainTextBox({ model, placeholder, className, testId, ariaLabel, rows = 1, autoFocus, onValueChange }: PlainTextBoxProps) {
  const [value, setValue] = useState(model.current);
  const onChange = (event: ChangeEvent<HTMLTextAreaElement>) => {
    model.current = event.target.value;
    setValue(event.target.value);
    onValueChange?.(event.target.value);
  };
  return h('textarea', {
    className,
    'data-testid': testId,
    'aria-label': ariaLabel,
    placeholder,
    value,
    onChange,
    rows,
    autoFocus,
    autoCapitalize: 'sentences',
    autoComplete: 'on',
    autoCorrect: 'on',
    spellCheck: true,
    dir: 'auto',
  });
}

const COMPOSER_TOOLS: ReadonlyArray<[label: string, icon: IconName, testId?: string]> = [
  ['Add photos or video', 'media', 'fileInput'],
  ['Add a GIF', 'gif', 'gifSearchButton'],
  ['Enhance your post with Grok', 'grokTool'],
  ['Add poll', 'poll', 'createPollButton'],
  ['Add emoji', 'emoji'],
  ['Schedule post', 'schedule', 'scheduleOption'],
  ['Tag location', 'location', 'geoButton'],
];

/** The composer's tool row (`div[data-testid=toolBar]`), its blue icon buttons and whatever ends the row. */
export function ToolBar({ end, tools = COMPOSER_TOOLS.length }: { end: ReactNode; tools?: number }) {
  return h(
    'div',
    { className: 'toolbar', 'data-testid': 'toolBar' },
    h(
      'div',
      { className: 'tools', 'data-testid': 'ScrollSnap-List', role: 'tablist' },
      ...COMPOSER_TOOLS.slice(0, tools).map(([label, glyph, testId]) =>
        h('button', { key: label, className: 'tool', type: 'button', 'aria-label': label, 'data-testid': testId, role: 'button' }, ICONS[glyph](20)),
      ),
    ),
    end,
  );
}

export interface PostData {
  id: string;
  handle: string;
  time: string;
  text: string;
  stats: [replies: string, reposts: string, likes: string, views: string];
  verified?: boolean;
}

/** A timeline post: `article[data-testid=tweet]` with the author's avatar container, `User-Name`, `tweetText`. */
export function Post({ post, compact = false }: { post: PostData; compact?: boolean }) {
  const person = PEOPLE[post.handle];
  const actions: ReadonlyArray<[label: string, icon: IconName, testId: string, value: string]> = [
    ['Reply', 'reply', 'reply', post.stats[0]],
    ['Repost', 'repost', 'retweet', post.stats[1]],
    ['Like', 'like', 'like', post.stats[2]],
    ['View post analytics', 'views', 'analytics', post.stats[3]],
  ];
  return h(
    'article',
    { className: compact ? 'tweet compact' : 'tweet', 'data-testid': 'tweet', role: 'article', tabIndex: 0, 'aria-labelledby': `post-${post.id}` },
    h(Avatar, { handle: post.handle, size: compact ? 36 : 40 }),
    h(
      'div',
      { className: 'tweet-body' },
      h(
        'div',
        { className: 'tweet-head', 'data-testid': 'User-Name', id: `post-${post.id}` },
        h('a', { href: `/${post.handle}`, className: 'name' }, person?.name ?? post.handle),
        post.verified ? h('span', { className: 'verified', 'aria-label': 'Verified account' }, '✓') : null,
        h('a', { href: `/${post.handle}`, className: 'muted' }, `@${post.handle}`),
        h('span', { className: 'muted' }, '·'),
        h('a', { href: `/${post.handle}/status/${post.id}`, className: 'muted' }, h('time', null, post.time)),
        h('span', { className: 'tweet-caret muted' }, ICONS.dots(16)),
      ),
      h('div', { 'data-testid': 'tweetText', className: 'tweet-text', lang: 'en', dir: 'auto' }, post.text),
      h(
        'div',
        { className: 'tweet-actions', role: 'group' },
        ...actions.map(([label, glyph, testId, value]) =>
          h('button', { key: testId, type: 'button', className: 'action', 'aria-label': `${value} ${label}`, 'data-testid': testId }, ICONS[glyph](18), h('span', null, value)),
        ),
        h('button', { type: 'button', className: 'action', 'aria-label': 'Share post' }, ICONS.share(18)),
      ),
    ),
  );
}

export const POSTS: Readonly<Record<string, PostData>> = {
  acme: {
    id: '1790000000000000001',
    handle: 'acme',
    time: '2h',
    text: 'Our spring release is out today. Tell us what you think of the new dashboard!',
    stats: ['48', '112', '1.2K', '96K'],
    verified: true,
  },
  dataviz: {
    id: '1790000000000000002',
    handle: 'dataviz_daily',
    time: '4h',
    text: 'Small multiples beat one crowded chart almost every time. Here is a before and after from this week.',
    stats: ['12', '40', '389', '21K'],
  },
  rail: {
    id: '1790000000000000003',
    handle: 'cityrail',
    time: '31m',
    text: 'Weekend works: the Riverside line runs every 12 minutes on Saturday. Plan ahead and check the app.',
    stats: ['9', '22', '64', '8.1K'],
    verified: true,
  },
  orbit: {
    id: '1790000000000000004',
    handle: 'nasa_fan',
    time: '6h',
    text: 'Clear skies tonight. Look south-east after 10pm for Jupiter and three of its moons in binoculars.',
    stats: ['31', '204', '2.4K', '130K'],
  },
};
