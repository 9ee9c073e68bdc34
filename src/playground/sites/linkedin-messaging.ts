/**
 * LinkedIn messaging: the `/messaging/` page and the conversation bubble of the overlay docked on feed pages.
 * Both write into `div.msg-form__contenteditable[contenteditable=true][role=textbox][aria-multiline=true]`, a plain
 * contenteditable (no editor library) holding one `<p>` per paragraph, `<p><br></p>` when empty, with the
 * placeholder drawn by a sibling `.msg-form__placeholder[data-placeholder]` that loses its class once there is text.
 */
import { addStyle, exposeFixture, find, initialDraft, mountPoint } from './page';
import { htmlNodes } from '../html';
import { avatar, classicFrame, globalNav, icon, PAGE_CSS } from './linkedin-chrome';

export interface MessageBox {
  readonly element: HTMLElement;
  /** The box's text: its paragraphs' text joined by '\n' (a `<br>` inside a paragraph is a line break too). */
  text(): string;
}

const PLACEHOLDER = 'Write a message…';

/** LinkedIn's `form.msg-form`: the contenteditable box with its placeholder, then the footer with Send. */
export function messageFormMarkup(variant: 'overlay' | 'thread'): string {
  return `
  <form class="msg-form msg-form--${variant}">
    <div class="msg-form__msg-content-container msg-form__message-texteditor relative flex-grow-1 display-flex">
      <div class="msg-form__msg-content-container--scrollable scrollable relative">
        <div class="flex-grow-1 relative">
          <div class="msg-form__contenteditable t-14 t-black--light t-normal flex-grow-1 full-height notranslate" contenteditable="true" role="textbox" aria-multiline="true" aria-label="${PLACEHOLDER}"><p><br></p></div>
          <div aria-hidden="true" class="msg-form__placeholder t-14 t-black--light t-normal" data-placeholder="${PLACEHOLDER}"></div>
        </div>
      </div>
      <div class="msg-form__expand-btn-wrapper">
        <button class="msg-form__expand-btn artdeco-button artdeco-button--circle artdeco-button--muted artdeco-button--1 artdeco-button--tertiary" type="button" aria-expanded="false" aria-label="Maximize compose field">${icon('expand', 16)}</button>
      </div>
    </div>
    <footer class="msg-form__footer">
      <div class="msg-form__left-actions">
        <button class="msg-form__footer-action" type="button" aria-label="Attach an image to your conversation">${icon('media', 20)}</button>
        <button class="msg-form__footer-action" type="button" aria-label="Attach a file to your conversation">${icon('attach', 20)}</button>
        <button class="msg-form__footer-action" type="button" aria-label="Open GIF Keyboard">${icon('gif', 20)}</button>
        <button class="msg-form__footer-action emoji-hoverable-trigger" type="button" aria-label="Open Emoji Keyboard">${icon('emoji', 20)}</button>
      </div>
      <div class="msg-form__right-actions">
        <button class="msg-form__send-button artdeco-button artdeco-button--1" type="submit" disabled>Send</button>
        <button class="msg-form__send-toggle" type="button" aria-label="Open send options">${icon('more', 16)}</button>
      </div>
    </footer>
  </form>`;
}

/** Brings a `form.msg-form` to life: placeholder, Send button, focus underline, and one `<p>` per paragraph. */
export function mountMessageBox(form: HTMLElement, draft = ''): MessageBox {
  const element = find(form, '.msg-form__contenteditable');
  const placeholder = find(form, '[data-placeholder]');
  const container = find(form, '.msg-form__msg-content-container');
  const send = find<HTMLButtonElement>(form, '.msg-form__send-button');
  const text = () => messageText(element);
  const refresh = () => {
    const empty = text() === '';
    placeholder.classList.toggle('msg-form__placeholder', empty);
    send.disabled = text().trim() === '';
  };
  // The browser keeps typing inside the paragraph it is in; the box must never be left without one.
  const keepParagraph = () => {
    if ([...element.childNodes].some((node) => node.nodeName === 'P')) return;
    const doc = element.ownerDocument;
    const paragraph = doc.createElement('p');
    if (messageText(element) === '') paragraph.append(doc.createElement('br'));
    else paragraph.append(...element.childNodes);
    element.replaceChildren(paragraph);
    if (doc.activeElement !== element) return;
    const range = doc.createRange();
    range.selectNodeContents(paragraph);
    range.collapse(false);
    doc.getSelection()?.removeAllRanges();
    doc.getSelection()?.addRange(range);
  };
  element.addEventListener('beforeinput', keepParagraph);
  element.addEventListener('input', () => {
    keepParagraph();
    refresh();
  });
  element.addEventListener('focus', () => container.classList.add('msg-form__msg-content-container--is-active'));
  element.addEventListener('blur', () => container.classList.remove('msg-form__msg-content-container--is-active'));
  // Sending is not part of the fixture: the button is there, the draft stays.
  form.addEventListener('submit', (event) => event.preventDefault());
  if (draft) {
    element.replaceChildren(
      ...draft.split('\n').map((line) => {
        const paragraph = element.ownerDocument.createElement('p');
        paragraph.append(line || element.ownerDocument.createElement('br'));
        return paragraph;
      }),
    );
  }
  refresh();
  return { element, text };
}

/** Paragraph texts joined by '\n'; inside a paragraph a `<br>` that is not its last child is a line break. */
function messageText(box: HTMLElement): string {
  const lines: string[] = [];
  let loose: string | undefined;
  for (const node of box.childNodes) {
    if (node.nodeName === 'P' || node.nodeName === 'DIV') {
      if (loose !== undefined) lines.push(loose);
      loose = undefined;
      lines.push(inlineText(node));
    } else if (node.nodeName !== 'BR' || node.nextSibling) {
      loose = (loose ?? '') + (node.nodeName === 'BR' ? '\n' : inlineText(node));
    }
  }
  if (loose !== undefined) lines.push(loose);
  return lines.join('\n');
}

function inlineText(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return (node as Text).data;
  if (node.nodeName === 'BR') return node.nextSibling ? '\n' : '';
  return [...node.childNodes].map(inlineText).join('');
}

interface ChatMessage {
  readonly from: 'sam' | 'jane';
  readonly time: string;
  readonly text: string;
}

const SAM = { name: 'Sam Lee', headline: 'Staff Engineer at Northwind Labs', initials: 'SL' };

const THREAD: readonly ChatMessage[] = [
  { from: 'sam', time: '9:41 AM', text: 'Hi Jane! Great meeting you at the product summit last week.' },
  { from: 'jane', time: '9:52 AM', text: 'Likewise, Sam! Your talk on observability was the highlight for our team.' },
  { from: 'sam', time: '10:05 AM', text: 'Thanks! Are you around for a quick call about the integration next week?' },
];

function messageEvents(messages: readonly ChatMessage[]): string {
  return messages
    .map(({ from, time, text }) => {
      const who = from === 'sam' ? { name: SAM.name, face: avatar(SAM.initials, 'sam', 32) } : { name: 'Jane Doe', face: avatar('JD', 'jane', 32) };
      return `
      <li class="msg-s-message-list__event">
        <div class="msg-s-event-listitem msg-s-event-listitem--${from === 'sam' ? 'other' : 'self'}">
          <a class="msg-s-event-listitem__link" href="/in/${from === 'sam' ? 'sam-lee' : 'jane-doe'}/">${who.face}</a>
          <div class="msg-s-event-listitem__content">
            <div class="msg-s-message-group__meta">
              <span class="msg-s-message-group__name">${who.name}</span>
              <time class="msg-s-message-group__timestamp">${time}</time>
            </div>
            <div class="msg-s-event-listitem__message-bubble"><p class="msg-s-event-listitem__body" dir="ltr">${text}</p></div>
          </div>
        </div>
      </li>`;
    })
    .join('');
}

/** The overlay's open conversation bubble, docked bottom right on feed pages (classic front end). */
export function overlayBubbleMarkup(): string {
  return `
  <aside id="msg-overlay" class="msg-overlay-container" aria-label="Messaging overlay">
    <section class="msg-overlay-conversation-bubble msg-overlay-conversation-bubble--default-inactive" aria-label="Conversation with ${SAM.name}">
      <header class="msg-overlay-bubble-header">
        <div class="msg-overlay-bubble-header__details">
          <span class="presence-entity presence-entity--size-2">${avatar(SAM.initials, 'sam', 32)}<span class="presence-indicator presence-indicator--is-reachable" aria-hidden="true"></span></span>
          <span class="msg-overlay-bubble-header__title-wrap">
            <a class="msg-overlay-bubble-header__title" href="/in/sam-lee/">${SAM.name}</a>
            <span class="msg-overlay-bubble-header__subtitle">Active now</span>
          </span>
        </div>
        <div class="msg-overlay-bubble-header__controls">
          <button class="msg-overlay-bubble-header__control" type="button" aria-label="Open the options list in your conversation with ${SAM.name}">${icon('more', 16)}</button>
          <button class="msg-overlay-bubble-header__control" type="button" aria-label="Open video meeting options">${icon('video', 16)}</button>
          <button class="msg-overlay-bubble-header__control" type="button" aria-label="Minimize your conversation with ${SAM.name}">${icon('caret', 20)}</button>
          <button class="msg-overlay-bubble-header__control" type="button" aria-label="Close your conversation with ${SAM.name}">${icon('close', 16)}</button>
        </div>
      </header>
      <div class="msg-overlay-conversation-bubble__content-wrapper">
        <div class="msg-s-message-list scrollable">
          <ul class="msg-s-message-list-content">
            <li class="msg-s-message-list__time-heading">Today</li>
            ${messageEvents(THREAD)}
          </ul>
        </div>
        ${messageFormMarkup('overlay')}
      </div>
    </section>
  </aside>`;
}

/** Styles for the message box, the overlay bubble and the messaging page. */
export const MESSAGING_CSS = `
  .msg-form { display: flex; flex-direction: column; background: #fff; }
  .msg-form__msg-content-container { position: relative; display: flex; flex: 1 1 auto; border-top: 1px solid rgba(140, 140, 140, 0.2); overflow: hidden; }
  .msg-form__msg-content-container::before { content: ""; position: absolute; top: 0; left: 0; width: 200%; height: 2px; transform: translateX(-50%);
    background: linear-gradient(90deg, #01754f 50%, transparent 50%); transition: transform 0.167s; }
  .msg-form__msg-content-container--is-active::before { transform: translateX(0); }
  .msg-form__msg-content-container--scrollable { flex: 1; max-height: 144px; margin: 12px 48px 12px 12px; overflow: auto; border-radius: 8px; background: #f4f2ee; }
  .msg-form__msg-content-container--scrollable > .flex-grow-1 { position: relative; }
  .msg-form__contenteditable { min-height: 60px; padding: 12px; font-size: 14px; line-height: 1.42857; color: rgba(0, 0, 0, 0.9);
    white-space: pre-wrap; overflow-wrap: anywhere; }
  .msg-form__contenteditable:focus { outline: 0; }
  .msg-form__contenteditable p { margin: 0; }
  .msg-form__placeholder::before { content: attr(data-placeholder); position: absolute; top: 0; left: 0; padding: 12px; pointer-events: none;
    color: rgba(0, 0, 0, 0.6); font-size: 14px; line-height: 1.42857; }
  .msg-form__expand-btn-wrapper { position: absolute; top: 12px; right: 8px; }
  .msg-form__expand-btn { width: 32px; height: 32px; border: 0; border-radius: 50%; display: grid; place-items: center; background: none; color: rgba(0, 0, 0, 0.6); cursor: pointer; }
  .msg-form__footer { display: flex; align-items: center; justify-content: space-between; padding: 8px 12px; border-top: 1px solid rgba(140, 140, 140, 0.2); }
  .msg-form__left-actions, .msg-form__right-actions { display: flex; align-items: center; gap: 2px; }
  .msg-form__footer-action, .msg-form__send-toggle { width: 32px; height: 32px; border: 0; border-radius: 50%; display: grid; place-items: center;
    background: none; color: rgba(0, 0, 0, 0.6); cursor: pointer; }
  .msg-form__footer-action:hover, .msg-form__send-toggle:hover { background: rgba(140, 140, 140, 0.15); }
  .msg-form__send-button { height: 24px; padding: 0 12px; border-radius: 9999px; background: #0a66c2; color: #fff; font-size: 14px; font-weight: 600; }
  .msg-form__send-button:disabled { background: rgba(0, 0, 0, 0.08); color: rgba(0, 0, 0, 0.3); cursor: not-allowed; }

  .msg-s-message-list { flex: 1 1 auto; min-height: 0; overflow-y: auto; padding: 4px 0 8px; }
  .msg-s-message-list__time-heading { margin: 8px 16px; font-size: 12px; font-weight: 600; color: rgba(0, 0, 0, 0.6); text-align: center; }
  .msg-s-event-listitem { display: flex; gap: 8px; padding: 6px 16px; }
  .msg-s-event-listitem__link { padding-top: 2px; }
  .msg-s-message-group__name { font-weight: 600; font-size: 14px; }
  .msg-s-message-group__timestamp { margin-left: 6px; font-size: 12px; color: rgba(0, 0, 0, 0.6); }
  .msg-s-event-listitem__body { font-size: 14px; line-height: 1.42857; }

  .msg-overlay-container { position: fixed; right: 16px; bottom: 0; z-index: 1000; display: flex; flex-direction: row-reverse; align-items: flex-end; }
  .msg-overlay-conversation-bubble { display: flex; flex-direction: column; width: 336px; height: 400px; max-height: calc(100vh - 100px);
    background: #fff; border-radius: 8px 8px 0 0; box-shadow: 0 0 0 1px rgba(140, 140, 140, 0.2), 0 4px 12px rgba(0, 0, 0, 0.15); overflow: hidden; }
  .msg-overlay-bubble-header { display: flex; align-items: center; min-height: 48px; padding: 0 4px 0 8px; border-bottom: 1px solid rgba(140, 140, 140, 0.2); }
  .msg-overlay-bubble-header__details { display: flex; align-items: center; gap: 8px; min-width: 0; flex: 1; }
  .presence-entity { position: relative; display: block; }
  .presence-indicator { position: absolute; right: -1px; bottom: -1px; width: 10px; height: 10px; border-radius: 50%; background: #01754f; box-shadow: 0 0 0 2px #fff; }
  .msg-overlay-bubble-header__title-wrap { display: flex; flex-direction: column; min-width: 0; }
  .msg-overlay-bubble-header__title { font-size: 14px; font-weight: 600; line-height: 1.3; }
  .msg-overlay-bubble-header__subtitle { font-size: 12px; color: rgba(0, 0, 0, 0.6); }
  .msg-overlay-bubble-header__controls { display: flex; margin-left: auto; }
  .msg-overlay-bubble-header__control { width: 32px; height: 32px; border: 0; border-radius: 50%; display: grid; place-items: center; background: none;
    color: rgba(0, 0, 0, 0.6); cursor: pointer; }
  .msg-overlay-bubble-header__control:hover { background: rgba(140, 140, 140, 0.15); }
  .msg-overlay-conversation-bubble__content-wrapper { display: flex; flex-direction: column; flex: 1; min-height: 0; }
  .msg-form--overlay .msg-form__msg-content-container--scrollable { margin: 8px 48px 8px 12px; max-height: 96px; }
  .msg-form--overlay .msg-form__contenteditable { min-height: 48px; }

  .msg-page { display: grid; grid-template-columns: minmax(0, 804px) 300px; gap: 24px; width: min(1128px, calc(100% - 48px)); margin: 24px auto; align-items: start; }
  .msg-card { display: grid; grid-template-columns: 316px minmax(0, 1fr); height: calc(100vh - 52px - 48px); min-height: 480px; }
  .msg-conversations-container { display: flex; flex-direction: column; border-right: 1px solid rgba(140, 140, 140, 0.2); min-height: 0; }
  .msg-conversations-container__title-row { display: flex; align-items: center; gap: 4px; padding: 8px 8px 8px 16px; border-bottom: 1px solid rgba(140, 140, 140, 0.2); }
  .msg-conversations-container__title-row h1 { font-size: 16px; font-weight: 600; margin-right: auto; }
  .msg-conversations-container__search { position: relative; margin: 8px 12px 4px; }
  .msg-conversations-container__search .li-icon { position: absolute; left: 10px; top: 9px; color: rgba(0, 0, 0, 0.6); }
  .msg-conversations-container__search input { width: 100%; height: 34px; padding: 0 10px 0 34px; border: 0; border-radius: 4px; background: #edf3f8; }
  .msg-conversations-container__pills { display: flex; gap: 8px; padding: 8px 12px; border-bottom: 1px solid rgba(140, 140, 140, 0.2); overflow: hidden; }
  .msg-pill { flex: none; height: 32px; padding: 0 12px; border: 1px solid rgba(140, 140, 140, 0.6); border-radius: 16px; background: #fff;
    font-size: 14px; font-weight: 600; color: rgba(0, 0, 0, 0.6); cursor: pointer; }
  .msg-pill--selected { border-color: #01754f; background: #01754f; color: #fff; }
  .msg-conversations-container__conversations-list { overflow-y: auto; min-height: 0; }
  .msg-conversation-listitem { position: relative; display: flex; gap: 10px; padding: 12px 12px 12px 14px; border-bottom: 1px solid rgba(140, 140, 140, 0.2); }
  .msg-conversation-listitem--active { background: #edf3f8; }
  .msg-conversation-listitem--active::before { content: ""; position: absolute; left: 0; top: 0; bottom: 0; width: 4px; background: #01754f; }
  .msg-conversation-listitem__body { display: flex; flex-direction: column; min-width: 0; flex: 1; }
  .msg-conversation-listitem__row { display: flex; justify-content: space-between; gap: 8px; }
  .msg-conversation-listitem__participant-names { font-size: 14px; font-weight: 600; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
  .msg-conversation-listitem__time-stamp { font-size: 12px; color: rgba(0, 0, 0, 0.6); }
  .msg-conversation-card__message-snippet { font-size: 13px; color: rgba(0, 0, 0, 0.6); white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
  .msg-thread { display: flex; flex-direction: column; min-width: 0; min-height: 0; }
  .msg-title-bar { display: flex; align-items: center; gap: 8px; min-height: 56px; padding: 8px 8px 8px 16px; border-bottom: 1px solid rgba(140, 140, 140, 0.2); }
  .msg-entity-lockup__entity-title { font-size: 16px; font-weight: 600; line-height: 1.25; }
  .msg-entity-lockup__entity-info { font-size: 12px; color: rgba(0, 0, 0, 0.6); }
  .msg-title-bar__controls { display: flex; margin-left: auto; }
  .msg-thread .msg-s-message-list { padding: 8px 0; }
  .msg-s-profile-card { display: flex; flex-direction: column; align-items: flex-start; gap: 4px; padding: 16px; margin: 0 16px 8px; border-bottom: 1px solid rgba(140, 140, 140, 0.2); }
  .msg-s-profile-card__name { font-size: 16px; font-weight: 600; }
  .msg-s-profile-card__headline { font-size: 14px; color: rgba(0, 0, 0, 0.9); }
  .msg-s-profile-card__meta { font-size: 12px; color: rgba(0, 0, 0, 0.6); }
  .msg-form--thread .msg-form__contenteditable { min-height: 72px; }
  .msg-promo { padding: 16px; }
  .msg-promo__label { font-size: 12px; color: rgba(0, 0, 0, 0.6); text-align: right; }
  .msg-promo__title { margin-top: 8px; font-size: 16px; font-weight: 600; }
  .msg-promo__text { margin: 8px 0 12px; color: rgba(0, 0, 0, 0.6); }
  .msg-promo__button { height: 32px; padding: 0 16px; border: 1px solid #0a66c2; border-radius: 16px; background: none; color: #0a66c2; font-weight: 600; cursor: pointer; }
  @media (max-width: 1199px) {
    .msg-page { grid-template-columns: minmax(0, 1fr); max-width: 804px; }
    .msg-page .scaffold-layout__aside { display: none; }
  }
`;

/** `/messaging/thread/…/`: the conversation list, the open thread with Sam, and its message box ("message"). */
export function renderMessagingPage(): void {
  const root = mountPoint();
  classicFrame(root);
  const conversation = (name: string, tone: Parameters<typeof avatar>[1], initials: string, time: string, snippet: string, active = false) => `
    <li class="msg-conversation-listitem${active ? ' msg-conversation-listitem--active' : ''}">
      ${avatar(initials, tone, 48)}
      <a class="msg-conversation-listitem__body" href="/messaging/thread/2-${initials.toLowerCase()}/"${active ? ' aria-current="page"' : ''}>
        <span class="msg-conversation-listitem__row"><span class="msg-conversation-listitem__participant-names">${name}</span><time class="msg-conversation-listitem__time-stamp">${time}</time></span>
        <span class="msg-conversation-card__message-snippet">${snippet}</span>
      </a>
    </li>`;
  root.replaceChildren(
    ...htmlNodes(`
    ${globalNav('messaging')}
    <main class="msg-page" id="main">
      <section class="msg-card artdeco-card" aria-label="Messaging">
        <div class="msg-conversations-container">
          <header class="msg-conversations-container__title-row">
            <h1>Messaging</h1>
            <button class="msg-overlay-bubble-header__control" type="button" aria-label="See more options">${icon('more', 20)}</button>
            <button class="msg-overlay-bubble-header__control" type="button" aria-label="Compose message">${icon('compose', 20)}</button>
          </header>
          <div class="msg-conversations-container__search">${icon('search', 16)}<input type="text" placeholder="Search messages" aria-label="Search messages"></div>
          <div class="msg-conversations-container__pills" role="toolbar" aria-label="Filter conversations">
            <button class="msg-pill msg-pill--selected" type="button">Focused</button><button class="msg-pill" type="button">Unread</button>
            <button class="msg-pill" type="button">My Connections</button><button class="msg-pill" type="button">InMail</button>
          </div>
          <ul class="msg-conversations-container__conversations-list">
            ${conversation(SAM.name, 'sam', 'SL', '10:05 AM', 'Sam: Are you around for a quick call about the integration next week?', true)}
            ${conversation('Priya Nair', 'priya', 'PN', 'Mon', 'You: Sounds good, talk then!')}
            ${conversation('Marco Rossi', 'marco', 'MR', 'Mar 28', 'Marco: Thanks for the intro!')}
            ${conversation('Lena Fischer', 'lena', 'LF', 'Mar 21', 'Lena: Sharing the deck here.')}
          </ul>
        </div>
        <div class="msg-thread msg-convo-wrapper">
          <div class="msg-title-bar">
            ${avatar(SAM.initials, 'sam', 32)}
            <div>
              <h2 class="msg-entity-lockup__entity-title">${SAM.name}</h2>
              <div class="msg-entity-lockup__entity-info">Active now</div>
            </div>
            <div class="msg-title-bar__controls">
              <button class="msg-overlay-bubble-header__control" type="button" aria-label="Open the options list in your conversation with ${SAM.name}">${icon('more', 20)}</button>
              <button class="msg-overlay-bubble-header__control" type="button" aria-label="Open video meeting options">${icon('video', 20)}</button>
            </div>
          </div>
          <div class="msg-s-message-list scrollable">
            <ul class="msg-s-message-list-content">
              <li class="msg-s-profile-card">
                ${avatar(SAM.initials, 'sam', 72)}
                <span class="msg-s-profile-card__name">${SAM.name} · 1st</span>
                <span class="msg-s-profile-card__headline">${SAM.headline}</span>
                <span class="msg-s-profile-card__meta">Seattle, Washington · 500+ connections</span>
              </li>
              <li class="msg-s-message-list__time-heading">Today</li>
              ${messageEvents(THREAD)}
            </ul>
          </div>
          ${messageFormMarkup('thread')}
        </div>
      </section>
      <aside class="scaffold-layout__aside" aria-label="Promoted">
        <section class="msg-promo artdeco-card">
          <div class="msg-promo__label">Promoted ···</div>
          <div class="msg-promo__title">Meet your next hire faster</div>
          <p class="msg-promo__text">Post a job on LinkedIn and reach the people you want to hire.</p>
          <button class="msg-promo__button" type="button">Post a free job</button>
        </section>
      </aside>
    </main>`),
  );
  addStyle(PAGE_CSS);
  addStyle(MESSAGING_CSS);
  const box = mountMessageBox(find(root, '.msg-form'), initialDraft());
  exposeFixture(`(2) Messaging | LinkedIn`, { message: () => box.text() });
}
