/**
 * The X fixture's pages, one per kind of URL (x.ts picks one from `location`): home, the compose modal (a thread) or
 * the phone composer, X Chat, Grok, and X Pro. Markup and its sources: see x.ts.
 */
import { createElement as h, type ReactNode, useState } from 'react';
import { ICONS, type IconName, xLogo } from './x-icons';
import {
  ACCOUNT,
  Avatar,
  DraftBox,
  type DraftModel,
  draftText,
  PEOPLE,
  PlainTextBox,
  Post,
  type PostData,
  POSTS,
  SideNav,
  type TextModel,
  ToolBar,
} from './x-ui';

/** x.com's own placeholder, with its typographic apostrophe. */
const WHATS_HAPPENING = 'What\u2019s happening?';

const TRENDS: ReadonlyArray<[context: string, topic: string, posts: string]> = [
  ['Technology · Trending', '#SpringRelease', '12.4K posts'],
  ['Trending in United States', 'Widgets', '3,210 posts'],
  ['Business and finance · Trending', 'Quarterly results', '48.9K posts'],
  ['Sports · Trending', '#MondayMotivation', '21K posts'],
];

function Sidebar() {
  const trends = TRENDS;
  return h(
    'aside',
    { className: 'sidebar', 'data-testid': 'sidebarColumn', 'aria-label': 'Trending' },
    h(
      'form',
      { className: 'search', role: 'search', onSubmit: (e: { preventDefault(): void }) => e.preventDefault() },
      ICONS.explore(18),
      h('input', { type: 'text', placeholder: 'Search', 'aria-label': 'Search query', 'data-testid': 'SearchBox_Search_Input', role: 'combobox' }),
    ),
    h(
      'section',
      { className: 'card' },
      h('h2', null, 'Subscribe to Premium'),
      h('p', null, 'Subscribe to unlock new features and if eligible, receive a share of revenue.'),
      h('a', { className: 'pill-button dark', href: '/i/premium_sign_up' }, 'Subscribe'),
    ),
    h(
      'section',
      { className: 'card' },
      h('h2', null, 'What\u2019s happening'),
      ...trends.map(([context, topic, count]) =>
        h('div', { key: topic, className: 'trend', 'data-testid': 'trend' }, h('div', { className: 'muted small' }, context), h('div', { className: 'trend-topic' }, topic), h('div', { className: 'muted small' }, count)),
      ),
      h('a', { className: 'show-more', href: '/explore/tabs/for-you' }, 'Show more'),
    ),
    h('div', { className: 'legal muted' }, 'Terms of Service  Privacy Policy  Cookie Policy  Accessibility  Ads info  More ···  © 2026 X Corp.'),
  );
}

interface InlineComposerProps {
  index: number;
  model: DraftModel;
  placeholder: string;
  buttonTestId: string;
  buttonLabel: string;
}

/** The home timeline's composer box and the reply box: avatar, Draft text area, tool row and submit button. */
function InlineComposer({ index, model, placeholder, buttonTestId, buttonLabel }: InlineComposerProps) {
  const [empty, setEmpty] = useState(draftText(model).trim() === '');
  return h(
    'div',
    { className: 'composer' },
    h(Avatar, { handle: ACCOUNT.handle }),
    h(
      'div',
      { className: 'composer-body' },
      h(DraftBox, { index, model, placeholder, onEmptyChange: setEmpty }),
      h(
        ToolBar,
        {
          end: h('button', { className: 'post-button', type: 'button', 'data-testid': buttonTestId, disabled: empty, 'aria-disabled': empty }, buttonLabel),
        },
      ),
    ),
  );
}

function TimelineTabs() {
  return h(
    'div',
    { className: 'tabs', role: 'tablist' },
    h('a', { className: 'tab active', role: 'tab', 'aria-selected': true, href: '/home' }, h('span', null, 'For you')),
    h('a', { className: 'tab', role: 'tab', 'aria-selected': false, href: '/home' }, h('span', null, 'Following')),
  );
}

/** https://x.com/home (and any unknown path): the home composer `tweetTextarea_0` and a reply box `tweetTextarea_1`. */
export function HomePage({ composer, reply }: { composer: DraftModel; reply: DraftModel }) {
  return h(
    'div',
    { className: 'layout' },
    h(SideNav, { active: 'home' }),
    h(
      'main',
      { className: 'timeline', role: 'main' },
      h(
        'div',
        { 'data-testid': 'primaryColumn' },
        h(TimelineTabs),
        h(InlineComposer, { index: 0, model: composer, placeholder: WHATS_HAPPENING, buttonTestId: 'tweetButtonInline', buttonLabel: 'Post' }),
        h('div', { 'data-testid': 'cellInnerDiv' }, h(Post, { post: POSTS.acme! })),
        h('div', { className: 'replying-to muted', 'data-testid': 'replyTo' }, 'Replying to ', h('a', { className: 'link', href: '/acme' }, '@acme')),
        h(InlineComposer, { index: 1, model: reply, placeholder: 'Post your reply', buttonTestId: 'tweetButton', buttonLabel: 'Reply' }),
        h('div', { 'data-testid': 'cellInnerDiv' }, h(Post, { post: POSTS.dataviz! })),
        h('div', { 'data-testid': 'cellInnerDiv' }, h(Post, { post: POSTS.orbit! })),
      ),
    ),
    h(Sidebar),
  );
}

/** The compose modal's backdrop: the home timeline without its composer boxes, as x.com leaves it behind the modal. */
function Backdrop() {
  return h(
    'div',
    { className: 'layout', 'aria-hidden': true },
    h(SideNav, { active: 'home' }),
    h(
      'main',
      { className: 'timeline', role: 'main' },
      h('div', { 'data-testid': 'primaryColumn' }, h(TimelineTabs), h(Post, { post: POSTS.acme! }), h(Post, { post: POSTS.dataviz! }), h(Post, { post: POSTS.orbit! })),
    ),
    h(Sidebar),
  );
}

function AudiencePill() {
  return h('button', { type: 'button', className: 'audience', 'aria-label': 'Choose audience' }, 'Everyone', ICONS.chevron(14));
}

function ReplySetting() {
  return h('button', { type: 'button', className: 'reply-setting', 'aria-label': 'Everyone can reply' }, ICONS.globe(16), h('span', null, 'Everyone can reply'));
}

/** The character-count ring x.com draws next to the submit button. */
function ProgressRing() {
  return h(
    'svg',
    { className: 'progress', viewBox: '0 0 20 20', width: 20, height: 20, 'aria-hidden': true },
    h('circle', { cx: 10, cy: 10, r: 9, fill: 'none', stroke: '#cfd9de', strokeWidth: 2 }),
  );
}

/**
 * https://x.com/compose/post at 700px and wider: the compose modal (`div[role=dialog][aria-modal=true]`) holding a
 * thread of three Draft editors, `tweetTextarea_0` … `tweetTextarea_2`, and "Post all" (`tweetButton`).
 */
export function ComposeModalPage({ thread }: { thread: readonly DraftModel[] }) {
  const [filled, setFilled] = useState(() => thread.map((model) => draftText(model).trim() !== ''));
  const setItem = (index: number, empty: boolean) => setFilled((old) => old.map((value, i) => (i === index ? !empty : value)));
  const ready = filled.length > 0 && filled.every(Boolean);
  return h(
    'div',
    null,
    h(Backdrop),
    h(
      'div',
      { id: 'layers' },
      h(
        'div',
        { className: 'mask', 'data-testid': 'mask' },
        h(
          'div',
          { className: 'modal', role: 'dialog', 'aria-modal': true, 'aria-labelledby': 'modal-header' },
          h(
            'div',
            { className: 'modal-bar' },
            h('button', { type: 'button', className: 'icon-button', 'aria-label': 'Close', 'data-testid': 'app-bar-close' }, ICONS.close(20)),
            h('h2', { id: 'modal-header', className: 'visually-hidden' }, 'Compose new post'),
            h('button', { type: 'button', className: 'text-button', 'data-testid': 'unsentButton' }, 'Drafts'),
          ),
          ...thread.map((model, index) =>
            h(
              'div',
              { key: index, className: 'thread-item' },
              h('div', { className: 'thread-rail' }, h(Avatar, { handle: ACCOUNT.handle }), index < thread.length - 1 ? h('div', { className: 'thread-line' }) : null),
              h(
                'div',
                { className: 'thread-body' },
                index === 0 ? h(AudiencePill) : null,
                h(DraftBox, { index, model, placeholder: index === 0 ? WHATS_HAPPENING : 'Add another post', onEmptyChange: (empty: boolean) => setItem(index, empty) }),
              ),
            ),
          ),
          h('div', { className: 'modal-footer' }, h(ReplySetting)),
          h(
            'div',
            { className: 'modal-tools' },
            h(ToolBar, {
              end: h(
                'div',
                { className: 'toolbar-end' },
                h(ProgressRing),
                h('div', { className: 'toolbar-divider' }),
                h('button', { type: 'button', className: 'add-button', 'aria-label': 'Add post', 'data-testid': 'addButton' }, ICONS.plus(18)),
                h('button', { className: 'post-button', type: 'button', 'data-testid': 'tweetButton', disabled: !ready, 'aria-disabled': !ready }, 'Post all'),
              ),
            }),
          ),
        ),
      ),
    ),
  );
}

/**
 * https://x.com/compose/post narrower than 700px: the phone layout's full-screen composer. Its text area is the plain
 * TextInput, a React-controlled `<textarea data-testid="tweetTextarea_0">` inside the container divs, not Draft.js.
 */
export function PhoneComposePage({ composer }: { composer: TextModel }) {
  const [empty, setEmpty] = useState(composer.current.trim() === '');
  return h(
    'main',
    { className: 'phone-compose', role: 'main' },
    h(
      'div',
      { className: 'phone-bar' },
      h('button', { type: 'button', className: 'icon-button', 'aria-label': 'Back', 'data-testid': 'app-bar-back' }, ICONS.back(20)),
      h('div', { className: 'phone-bar-end' }, h('button', { type: 'button', className: 'text-button', 'data-testid': 'unsentButton' }, 'Drafts'), h('button', { className: 'post-button', type: 'button', 'data-testid': 'tweetButton', disabled: empty, 'aria-disabled': empty }, 'Post')),
    ),
    h(
      'div',
      { className: 'phone-body', 'data-testid': 'primaryColumn' },
      h(Avatar, { handle: ACCOUNT.handle }),
      h(
        'div',
        { className: 'phone-main' },
        h(AudiencePill),
        h(
          'label',
          { className: 'editor', 'data-testid': 'tweetTextarea_0_label' },
          h(
            'div',
            { 'data-testid': 'tweetTextarea_0RichTextInputContainer' },
            h(PlainTextBox, { model: composer, placeholder: WHATS_HAPPENING, className: 'phone-textarea', testId: 'tweetTextarea_0', ariaLabel: 'Post text', rows: 4, onValueChange: (value: string) => setEmpty(value.trim() === '') }),
          ),
        ),
      ),
    ),
    h(
      'div',
      { className: 'phone-footer' },
      h(ReplySetting),
      h(ToolBar, { tools: 6, end: h('div', { className: 'toolbar-end' }, h(ProgressRing), h('div', { className: 'toolbar-divider' }), h('button', { type: 'button', className: 'add-button', 'aria-label': 'Add post', 'data-testid': 'addButton' }, ICONS.plus(18))) }),
    ),
  );
}

interface Conversation {
  id: string;
  handle: string;
  preview: string;
  time: string;
}

interface ChatMessage {
  mine: boolean;
  text: string;
}

const MESSAGES: readonly ChatMessage[] = [
  { mine: false, text: 'Are you coming to the meetup on Thursday?' },
  { mine: true, text: 'Yes! I\u2019ll bring the demo laptop.' },
  { mine: false, text: 'Great, the room is booked from 6. See you there.' },
];

/**
 * https://x.com/i/chat/<id> and https://x.com/messages/<id>: X Chat's conversation view (`dm-container`, the inbox
 * panel, the conversation header, the message list) with its composer `form[data-testid=dm-composer-form]` and the
 * React-controlled `textarea[data-testid=dm-composer-textarea]`. Send appears once there is text, a voice button before.
 */
export function ChatPage({ message, conversationId }: { message: TextModel; conversationId: string }) {
  const [hasText, setHasText] = useState(message.current !== '');
  const conversations: readonly Conversation[] = [
    { id: conversationId, handle: 'samrivera', preview: 'Great, the room is booked from 6…', time: '5m' },
    { id: '789-456', handle: 'dataviz_daily', preview: 'Thanks for the share!', time: '2h' },
    { id: '555-456', handle: 'cityrail', preview: 'We have passed this on to the team.', time: 'Mon' },
  ];
  return h(
    'div',
    { className: 'layout chat-layout' },
    h(SideNav, { active: 'chat' }),
    h(
      'section',
      { className: 'dm', 'data-testid': 'dm-container', role: 'main' },
      h(
        'aside',
        { className: 'dm-inbox', 'data-testid': 'dm-inbox-panel' },
        h(
          'div',
          { className: 'dm-inbox-head' },
          h('h2', null, 'Chat'),
          h('div', { className: 'dm-head-tools' }, h('button', { type: 'button', className: 'icon-button', 'aria-label': 'Settings' }, ICONS.settings(20)), h('button', { type: 'button', className: 'icon-button', 'aria-label': 'New chat' }, ICONS.compose(20))),
        ),
        h('label', { className: 'dm-search bg-gray-0', 'data-testid': 'dm-search-bar' }, ICONS.explore(16), h('input', { type: 'text', placeholder: 'Search', 'aria-label': 'Search chats' })),
        h(
          'ul',
          { className: 'dm-list', role: 'list' },
          ...conversations.map((c) =>
            h(
              'li',
              { key: c.id },
              h(
                'a',
                { href: `/i/chat/${c.id}`, className: c.id === conversationId ? 'dm-item active' : 'dm-item', 'data-testid': `dm-conversation-item-${c.id}` },
                h(Avatar, { handle: c.handle, size: 44, link: false }),
                h('div', { className: 'dm-item-text' }, h('div', { className: 'dm-item-top' }, h('span', { className: 'name' }, PEOPLE[c.handle]?.name ?? c.handle), h('span', { className: 'muted small' }, c.time)), h('div', { className: 'muted dm-preview' }, c.preview)),
              ),
            ),
          ),
        ),
      ),
      h(
        'section',
        { className: 'dm-conversation', 'aria-label': 'Conversation' },
        h(
          'div',
          { className: 'dm-conv-head', 'data-testid': 'dm-conversation-header' },
          h(Avatar, { handle: 'samrivera', size: 36 }),
          h('div', { className: 'dm-conv-title' }, h('div', { className: 'name' }, 'Sam Rivera'), h('a', { className: 'muted small', href: '/samrivera' }, '@samrivera')),
          h('button', { type: 'button', className: 'icon-button', 'aria-label': 'Conversation info' }, ICONS.info(20)),
        ),
        h(
          'div',
          { className: 'dm-messages', 'data-testid': 'dm-message-list' },
          h('div', { className: 'dm-day muted small' }, 'Today'),
          h(
            'ul',
            { role: 'list' },
            ...MESSAGES.map((m, i) =>
              h('li', { key: i, className: m.mine ? 'dm-row mine' : 'dm-row' }, h('div', { className: 'dm-bubble', 'data-testid': `message-text-${i + 1}` }, h('span', { className: 'text-body' }, m.text))),
            ),
          ),
          h('div', { className: 'dm-seen muted small' }, 'Seen'),
        ),
        h(
          'form',
          { className: 'dm-composer', 'data-testid': 'dm-composer-form', onSubmit: (e: { preventDefault(): void }) => e.preventDefault() },
          h('button', { type: 'button', className: 'icon-button blue', 'aria-label': 'Add photos or video' }, ICONS.image(20)),
          h('button', { type: 'button', className: 'icon-button blue', 'aria-label': 'Add a GIF' }, ICONS.gif(20)),
          h(
            'div',
            { className: 'dm-input' },
            h(PlainTextBox, { model: message, placeholder: 'Start a new message', testId: 'dm-composer-textarea', ariaLabel: 'Start a new message', onValueChange: (value: string) => setHasText(value !== '') }),
          ),
          hasText
            ? h('button', { type: 'submit', className: 'icon-button send', 'aria-label': 'Send', 'data-testid': 'dm-composer-send-button' }, ICONS.send(18))
            : h('button', { type: 'button', className: 'icon-button blue', 'aria-label': 'Voice message', 'data-testid': 'dm-composer-voice-button' }, ICONS.mic(20)),
        ),
      ),
    ),
  );
}

/**
 * https://x.com/i/grok: Grok's home, its prompt a React-controlled multiline `<textarea placeholder="Ask anything">`
 * (x.com's plain TextInput with `value`/`onChange`), the send button labelled "Grok something".
 */
export function GrokPage({ prompt }: { prompt: TextModel }) {
  const [empty, setEmpty] = useState(prompt.current.trim() === '');
  const presets: ReadonlyArray<[label: string, glyph: IconName]> = [
    ['Create Images', 'image'],
    ['Edit Image', 'media'],
    ['Latest News', 'newspaper'],
    ['Personas', 'mask'],
  ];
  return h(
    'div',
    { className: 'layout grok-layout' },
    h(SideNav, { active: 'grok' }),
    h(
      'main',
      { className: 'grok', role: 'main', 'data-testid': 'primaryColumn' },
      h(
        'div',
        { className: 'grok-top' },
        h('button', { type: 'button', className: 'text-button', 'aria-label': 'Chat history' }, 'History'),
        h('button', { type: 'button', className: 'icon-button', 'aria-label': 'New chat' }, ICONS.compose(20)),
      ),
      h(
        'div',
        { className: 'grok-center' },
        h('div', { className: 'grok-brand' }, ICONS.grok(44), h('span', null, 'Grok')),
        h(
          'form',
          { className: 'grok-box', onSubmit: (e: { preventDefault(): void }) => e.preventDefault() },
          h(PlainTextBox, { model: prompt, placeholder: 'Ask anything', className: 'grok-input', rows: 1, autoFocus: true, onValueChange: (value: string) => setEmpty(value.trim() === '') }),
          h(
            'div',
            { className: 'grok-row' },
            h('button', { type: 'button', className: 'icon-button', 'aria-label': 'Attach' }, ICONS.paperclip(20)),
            h('div', { className: 'grok-row-end' }, h('button', { type: 'button', className: 'model-pill', 'aria-label': 'Choose model' }, 'Auto', ICONS.chevron(14)), h('button', { type: 'submit', className: 'grok-send', role: 'button', 'aria-label': 'Grok something', disabled: empty }, ICONS.send(18))),
          ),
        ),
        h(
          'div',
          { className: 'grok-presets' },
          ...presets.map(([label, glyph]) => h('button', { key: label, type: 'button', className: 'preset' }, ICONS[glyph](18), h('span', null, label))),
        ),
      ),
    ),
  );
}

function ProColumn({ title, glyph, children }: { title: string; glyph: IconName; children: ReactNode }) {
  return h(
    'section',
    { className: 'pro-column', 'aria-label': title },
    h('div', { className: 'pro-column-head' }, ICONS[glyph](20), h('span', { className: 'pro-column-title' }, title), h('span', { className: 'muted small' }, `@${ACCOUNT.handle}`), h('button', { type: 'button', className: 'icon-button', 'aria-label': 'Column options' }, ICONS.settings(18))),
    h('div', { className: 'pro-column-body' }, children),
  );
}

function Notification({ handle, text }: { handle: string; text: string }) {
  return h('article', { className: 'notification', 'data-testid': 'notification' }, ICONS.like(22), h('div', null, h(Avatar, { handle, size: 32 }), h('p', null, h('b', null, PEOPLE[handle]?.name ?? handle), ' ', text)));
}

/**
 * https://pro.x.com/ (any path): X Pro, TweetDeck's successor — the icon rail, the docked composer panel with the
 * same Draft.js text area and markers as x.com (`tweetTextarea_0`, `tweetButton`), and columns of timelines.
 */
export function ProPage({ composer }: { composer: DraftModel }) {
  const [empty, setEmpty] = useState(draftText(composer).trim() === '');
  const rail: ReadonlyArray<[label: string, glyph: IconName]> = [
    ['Home', 'home'],
    ['Explore', 'explore'],
    ['Notifications', 'bell'],
    ['Chat', 'chat'],
    ['Add column', 'columns'],
  ];
  const posts: readonly PostData[] = [POSTS.acme!, POSTS.rail!, POSTS.dataviz!, POSTS.orbit!];
  return h(
    'div',
    { className: 'pro' },
    h(
      'nav',
      { className: 'pro-rail', 'aria-label': 'Primary' },
      h('a', { className: 'logo', href: '/', 'aria-label': 'X Pro' }, xLogo(26)),
      h('button', { type: 'button', className: 'pro-post', 'aria-label': 'Post', 'aria-pressed': true }, ICONS.feather(22)),
      ...rail.map(([label, glyph]) => h('button', { key: label, type: 'button', className: 'icon-button rail-button', 'aria-label': label }, ICONS[glyph](24))),
      h('div', { className: 'rail-spacer' }),
      h('button', { type: 'button', className: 'icon-button rail-button', 'aria-label': 'Settings' }, ICONS.settings(22)),
      h('button', { type: 'button', className: 'rail-account', 'aria-label': 'Account menu' }, h(Avatar, { handle: ACCOUNT.handle, size: 36, link: false })),
    ),
    h(
      'section',
      { className: 'pro-compose', 'aria-label': 'Post' },
      h('div', { className: 'pro-compose-head' }, h('h2', null, 'Post'), h('button', { type: 'button', className: 'icon-button', 'aria-label': 'Close' }, ICONS.close(18))),
      h('div', { className: 'pro-from' }, h(Avatar, { handle: ACCOUNT.handle, size: 36, link: false }), h('div', null, h('div', { className: 'name' }, ACCOUNT.name), h('div', { className: 'muted small' }, `@${ACCOUNT.handle}`)), ICONS.chevron(16)),
      h('div', { className: 'pro-editor' }, h(DraftBox, { index: 0, model: composer, placeholder: WHATS_HAPPENING, onEmptyChange: setEmpty })),
      h(ReplySetting),
      h(ToolBar, { tools: 5, end: h('button', { className: 'post-button', type: 'button', 'data-testid': 'tweetButton', disabled: empty, 'aria-disabled': empty }, 'Post') }),
    ),
    h(
      'div',
      { className: 'pro-columns', role: 'main' },
      h(ProColumn, { title: 'Home', glyph: 'home', children: posts.map((post) => h(Post, { key: post.id, post, compact: true })) }),
      h(ProColumn, {
        title: 'Notifications',
        glyph: 'bell',
        children: [
          h(Notification, { key: 'n1', handle: 'dataviz_daily', text: 'liked your post' }),
          h(Notification, { key: 'n2', handle: 'samrivera', text: 'and 3 others liked your reply' }),
          h(Notification, { key: 'n3', handle: 'cityrail', text: 'followed you' }),
        ],
      }),
      h(ProColumn, {
        title: 'Trending',
        glyph: 'explore',
        children: TRENDS.map(([context, topic, count]) =>
          h('div', { key: topic, className: 'trend', 'data-testid': 'trend' }, h('div', { className: 'muted small' }, context), h('div', { className: 'trend-topic' }, topic), h('div', { className: 'muted small' }, count)),
        ),
      }),
    ),
  );
}
