/** facebook.com's light theme, for the fixture in ./facebook.ts: its colours, type and the layout of feed and Messenger. */
export const FACEBOOK_CSS = `
  :root { --blue: #0866ff; --text: #080809; --muted: #65676b; --bg: #f0f2f5; --card: #fff; --line: #ced0d4; --hover: #f2f2f2;
    --button: #e2e5e9; --left: 0px; --right: 0px; }
  @media (min-width: 900px) { :root { --right: 280px; } }
  @media (min-width: 1100px) { :root { --left: 300px; --right: 320px; } }
  * { box-sizing: border-box; }
  body { margin: 0; background: var(--bg); color: var(--text);
    font: 15px/1.3333 "Segoe UI Historic", "Segoe UI", Helvetica, Arial, sans-serif; }
  input, button { font: inherit; color: inherit; }
  a { color: inherit; text-decoration: none; }
  h1, h2, h3 { margin: 0; }
  hr { border: 0; border-top: 1px solid var(--line); margin: 8px 0; }
  ul { list-style: none; margin: 0; padding: 0; }
  svg { flex: none; }
  .muted { color: var(--muted); }
  .small { font-size: 13px; }
  .tiny { font-size: 12px; }
  .name { font-weight: 600; }
  .avatar { display: block; border-radius: 50%; }
  [role="button"] { cursor: pointer; user-select: none; }
  .online { position: relative; display: inline-block; line-height: 0; }
  .online::after { content: ""; position: absolute; right: 0; bottom: 0; width: 10px; height: 10px; border-radius: 50%;
    background: #31a24c; box-shadow: 0 0 0 2px #fff; }

  /* Top bar */
  .topbar { position: sticky; top: 0; z-index: 4; height: 56px; padding: 0 16px; display: grid;
    grid-template-columns: 1fr auto 1fr; align-items: center; background: var(--card); box-shadow: 0 1px 2px rgba(0, 0, 0, 0.1); }
  .topbar__left { display: flex; align-items: center; gap: 8px; }
  .logo { line-height: 0; }
  .search { height: 40px; padding: 0 12px; display: flex; align-items: center; gap: 8px; border-radius: 9999px;
    background: var(--bg); color: var(--muted); }
  .search input { width: 180px; border: 0; outline: 0; background: none; color: var(--text); }
  .search input::placeholder { color: var(--muted); }
  .tabs { display: flex; height: 56px; }
  .tabs a { position: relative; width: 112px; display: flex; align-items: center; justify-content: center; color: var(--muted); }
  .tabs a::before { content: ""; position: absolute; inset: 4px 2px; border-radius: 8px; }
  .tabs a:hover::before { background: var(--hover); }
  .tabs a svg { position: relative; }
  .tabs a.current { color: var(--blue); box-shadow: inset 0 -3px var(--blue); }
  .tabs a.current:hover::before { background: none; }
  @media (max-width: 1260px) { .tabs a { width: 84px; } .search input { width: 150px; } }
  @media (max-width: 1000px) { .tabs a { width: 72px; } .search input { width: 0; } .search { padding: 0 12px; } }
  .topbar__right { position: relative; display: flex; justify-content: flex-end; align-items: center; gap: 8px; }
  .round { position: relative; width: 40px; height: 40px; border-radius: 50%; display: flex; align-items: center; justify-content: center;
    background: var(--button); color: var(--text); }
  .round:hover { background: #d8dadf; }
  .round--active { background: #ebf5ff; color: var(--blue); }
  .round--ghost { background: none; color: var(--muted); }
  .round--badged::after { content: "3"; position: absolute; top: -4px; right: -4px; min-width: 19px; height: 19px; padding: 0 5px;
    border-radius: 10px; background: #e41e3f; color: #fff; font-size: 12px; font-weight: 700; line-height: 19px; text-align: center; }
  .me { position: relative; line-height: 0; border-radius: 50%; }
  .me__caret { position: absolute; right: -2px; bottom: -2px; width: 14px; height: 14px; border-radius: 50%; display: flex;
    align-items: center; justify-content: center; background: var(--button); box-shadow: 0 0 0 2px #fff; color: var(--text); }
  .menu { position: absolute; top: 48px; right: 0; width: 360px; padding: 8px; border-radius: 8px; background: var(--card);
    box-shadow: 0 12px 28px rgba(0, 0, 0, 0.2), 0 2px 4px rgba(0, 0, 0, 0.1); line-height: 1.3333; }
  .menu__card { margin: 4px 4px 12px; padding: 4px; border-radius: 8px; box-shadow: 0 2px 12px rgba(0, 0, 0, 0.15); }
  .menu__me, .menu__switch, .menu__all, .menu__item { display: flex; align-items: center; gap: 12px; padding: 8px; border-radius: 6px; }
  .menu__me { font-size: 17px; font-weight: 600; }
  .menu__switch { font-weight: 600; }
  .menu__all { justify-content: center; gap: 6px; margin: 4px; background: var(--button); font-weight: 600; }
  .menu__me:hover, .menu__switch:hover, .menu__item:hover { background: var(--hover); }
  .menu__item { font-weight: 500; }
  .menu__icon { width: 36px; height: 36px; border-radius: 50%; display: flex; align-items: center; justify-content: center; background: var(--button); }
  .menu__legal { padding: 8px; color: var(--muted); font-size: 12px; }

  /* Feed */
  .page { padding: 16px var(--right) 32px var(--left); }
  /* Narrow enough that the docked chat window (right: 80px, 328px wide) only grazes the feed, as on facebook.com. */
  .feed { width: 100%; max-width: 500px; margin: 0 auto; display: flex; flex-direction: column; gap: 16px; }
  @media (min-width: 1400px) { .feed { max-width: 590px; } }
  .card { background: var(--card); border-radius: 8px; box-shadow: 0 1px 2px rgba(0, 0, 0, 0.2); }
  .rail { position: fixed; top: 56px; bottom: 0; padding: 16px 8px; overflow: hidden; }
  .rail--left { left: 0; width: 300px; display: flex; flex-direction: column; }
  .rail--right { right: 0; width: var(--right); }
  @media (max-width: 1099px) { .rail--left { display: none; } }
  @media (max-width: 899px) { .rail--right { display: none; } }
  .rail__item { display: flex; align-items: center; gap: 12px; padding: 8px; border-radius: 8px; font-weight: 500; }
  .rail__item:hover { background: var(--button); }
  .rail__glyph { width: 36px; height: 36px; display: flex; align-items: center; justify-content: center; }
  .rail__glyph--grey { border-radius: 50%; background: var(--button); color: var(--text); }
  .rail__legal { margin-top: auto; padding: 8px; color: var(--muted); font-size: 12px; }
  .rail__heading { display: flex; justify-content: space-between; padding: 4px 8px; color: var(--muted); font-size: 17px; font-weight: 600; }
  .rail__tools { display: flex; gap: 16px; }

  /* The editor and its placeholder share the host's padding (--pad), so the placeholder sits where text starts. */
  .editor-host { position: relative; --pad: 0px; }
  .editor-host [contenteditable] { outline: none; padding: var(--pad); }
  .editor-host .paragraph { margin: 0; }
  .placeholder { position: absolute; top: 0; left: 0; padding: var(--pad); color: var(--muted); pointer-events: none; white-space: nowrap; }

  .composer { box-shadow: 0 12px 28px rgba(0, 0, 0, 0.2), 0 2px 4px rgba(0, 0, 0, 0.1); }
  .composer__header { position: relative; height: 60px; display: flex; align-items: center; justify-content: center;
    border-bottom: 1px solid #e5e5e5; }
  .composer__header h2 { font-size: 20px; font-weight: 700; }
  .composer__close { position: absolute; right: 16px; width: 36px; height: 36px; color: var(--muted); }
  .composer__author { display: flex; gap: 11px; padding: 16px 16px 0; }
  .audience { display: inline-flex; align-items: center; gap: 4px; margin-top: 2px; padding: 2px 8px; border-radius: 6px;
    background: var(--button); font-size: 13px; font-weight: 600; }
  .composer__editor { margin: 16px; min-height: 120px; font-size: 24px; line-height: 1.25; }
  .composer__editor [contenteditable] { min-height: 120px; }
  .composer__add { margin: 0 16px; padding: 8px 8px 8px 16px; display: flex; align-items: center; justify-content: space-between;
    border: 1px solid var(--line); border-radius: 8px; font-weight: 600; }
  .composer__tools { display: flex; }
  .composer__tools [role="button"] { width: 36px; height: 36px; border-radius: 50%; display: flex; align-items: center; justify-content: center; }
  .composer__tools [role="button"]:hover { background: var(--hover); }
  .composer__submit { margin: 16px; height: 36px; border-radius: 6px; background: var(--blue); color: #fff; font-weight: 600; line-height: 36px;
    text-align: center; }
  .composer__submit[aria-disabled="true"] { background: var(--button); color: #bcc0c4; cursor: not-allowed; }

  .post { padding-top: 12px; }
  .post__header { display: flex; align-items: flex-start; gap: 8px; padding: 0 16px; }
  .post__byline { flex: 1; }
  .post__byline h3 { font-size: 15px; font-weight: 600; }
  .post__byline .small { display: flex; align-items: center; gap: 4px; }
  .post__header .round { width: 36px; height: 36px; }
  .post__text { padding: 4px 16px 12px; }
  .post__media { height: 240px; display: flex; flex-direction: column; align-items: center; justify-content: center;
    background: radial-gradient(circle at 30% 20%, #ffd58a, transparent 55%), linear-gradient(135deg, #e7892e, #8b2f8f); color: #fff; }
  .post__media-title { font-size: 40px; font-weight: 800; letter-spacing: -1px; }
  .post__media-sub { font-size: 17px; font-weight: 600; opacity: 0.9; }
  .post__counts { display: flex; justify-content: space-between; margin: 0 16px; padding: 10px 0; border-bottom: 1px solid var(--line); }
  .reactions { display: flex; align-items: center; gap: 2px; }
  .reaction { width: 18px; height: 18px; border-radius: 50%; display: inline-flex; align-items: center; justify-content: center; color: #fff;
    font-style: normal; font-size: 10px; box-shadow: 0 0 0 2px #fff; }
  .reaction--like { background: linear-gradient(#18afff, #0062df); }
  .reaction--love { margin-left: -4px; margin-right: 4px; background: linear-gradient(#ff6680, #e61739); }
  .post__actions { display: flex; margin: 0 16px; padding: 4px 0; border-bottom: 1px solid var(--line); }
  .post__actions [role="button"] { flex: 1; display: flex; align-items: center; justify-content: center; gap: 6px; padding: 6px 0;
    border-radius: 4px; color: var(--muted); font-weight: 600; }
  .post__actions [role="button"]:hover { background: var(--hover); }
  .post__comments { padding: 8px 16px 12px; }
  .comments__order { display: inline-flex; align-items: center; gap: 4px; margin-bottom: 8px; color: var(--muted); font-weight: 600; }
  .comments__more { margin: 4px 0 8px; color: var(--muted); font-weight: 600; }
  .comment { display: flex; gap: 6px; }
  .comment__body { flex: 1; min-width: 0; }
  .comment__bubble { display: inline-block; max-width: 100%; padding: 8px 12px; border-radius: 18px; background: var(--bg); }
  .comment__author { display: flex; flex-direction: column; font-size: 13px; font-weight: 600; }
  .badge { display: inline-flex; align-items: center; gap: 4px; color: var(--muted); font-size: 12px; font-weight: 400; }
  .badge::before { content: "✎"; font-size: 11px; }
  .comment__actions { display: flex; gap: 16px; padding: 2px 12px; color: var(--muted); font-size: 12px; }
  .comment__actions [role="button"] { font-weight: 700; }
  .comment__actions [role="button"]:hover { text-decoration: underline; }
  .comment__replies { margin-top: 4px; }
  .comment-box { display: flex; gap: 6px; }
  .comment-box__form { flex: 1; min-width: 0; margin: 0; }
  .comment-box__bubble { border-radius: 18px; background: var(--bg); }
  .comment-box__editor { --pad: 8px 12px 4px; }
  .comment-box--reply .comment-box__editor { --pad: 6px 12px 4px; font-size: 14px; }
  .comment-box__tools { display: flex; align-items: center; justify-content: space-between; padding: 0 8px 6px 8px; color: var(--muted); }
  .comment-box__tools > span { display: flex; gap: 2px; }
  .comment-box__tools > span [role="button"] { width: 28px; height: 28px; border-radius: 50%; display: flex; align-items: center; justify-content: center; }
  .comment-box__tools > span [role="button"]:hover { background: var(--button); }
  .comment-box__submit { width: 32px; height: 28px; border-radius: 50%; display: flex; align-items: center; justify-content: center; color: var(--blue); }
  .comment-box__submit[aria-disabled="true"] { color: #bcc0c4; cursor: not-allowed; }

  /* Docked chat window */
  .dock { position: fixed; right: 0; bottom: 0; z-index: 3; pointer-events: none; }
  .dock > * { pointer-events: auto; }
  .chat { position: fixed; right: 80px; bottom: 0; width: 328px; height: 455px; display: flex; flex-direction: column;
    border-radius: 8px 8px 0 0; background: var(--card); box-shadow: 0 12px 28px rgba(0, 0, 0, 0.2), 0 2px 4px rgba(0, 0, 0, 0.1); outline: none; }
  .chat__header { display: flex; align-items: center; justify-content: space-between; padding: 6px 4px 6px 8px;
    box-shadow: 0 1px 2px rgba(0, 0, 0, 0.1); }
  .chat__who { display: flex; align-items: center; gap: 8px; padding: 4px; border-radius: 6px; line-height: 1.2; }
  .chat__who:hover { background: var(--hover); }
  .chat__who > span:nth-child(2) { display: flex; flex-direction: column; }
  .chat__who strong { font-size: 15px; }
  .chat__tools { display: flex; color: #8a3ffc; }
  .chat__tools [role="button"] { width: 32px; height: 32px; border-radius: 50%; display: flex; align-items: center; justify-content: center; }
  .chat__tools [role="button"]:hover { background: var(--hover); }
  .chat__messages { flex: 1; overflow: auto; padding: 8px; display: flex; flex-direction: column; }
  .thread-start { display: flex; flex-direction: column; align-items: center; gap: 4px; margin: 12px 0 16px; }
  .stamp { align-self: center; margin: 8px 0; }
  .msg { display: flex; margin: 2px 0; }
  .msg--out { justify-content: flex-end; }
  .msg__cell { display: flex; align-items: flex-end; gap: 8px; max-width: 80%; }
  .msg__bubble { padding: 8px 12px; border-radius: 18px; background: var(--bg); }
  .msg--out .msg__bubble { background: #8a3ffc; background: linear-gradient(135deg, #0a7cff, #a033ff); color: #fff; }
  .thread-composer { display: flex; align-items: flex-end; gap: 4px; padding: 8px; color: #8a3ffc; }
  .thread-composer__tools { display: flex; }
  .thread-composer [role="button"] { width: 32px; height: 36px; display: flex; align-items: center; justify-content: center; border-radius: 50%; }
  .thread-composer__bubble { flex: 1; min-width: 0; display: flex; align-items: flex-end; border-radius: 18px; background: var(--bg); }
  .thread-composer__editor { flex: 1; min-width: 0; --pad: 8px 0 8px 12px; color: var(--text); max-height: 120px; overflow: auto; }
  .thread-composer--typing .thread-composer__tools [role="button"]:not(:first-child) { display: none; }
  .thread-composer__bubble .thread-composer__emoji { height: 36px; }
  .dock__new { position: fixed; right: 16px; bottom: 16px; width: 48px; height: 48px; border-radius: 50%; display: flex; align-items: center;
    justify-content: center; background: var(--card); box-shadow: 0 2px 12px rgba(0, 0, 0, 0.2); }

  /* Messenger */
  .messenger { height: calc(100vh - 56px); display: grid; grid-template-columns: 360px minmax(0, 1fr) 300px; background: var(--card); }
  @media (max-width: 1199px) { .messenger { grid-template-columns: 320px minmax(0, 1fr); } .thread-info { display: none !important; } }
  .threads { display: flex; flex-direction: column; padding: 12px 8px; border-right: 1px solid #e5e5e5; overflow: hidden; }
  .threads__head { display: flex; justify-content: space-between; align-items: center; padding: 0 8px 12px; }
  .threads__head h1 { font-size: 24px; font-weight: 700; }
  .threads__head > span { display: flex; gap: 8px; }
  .threads__head .round { width: 36px; height: 36px; }
  .search--wide { margin: 0 8px; }
  .search--wide input { width: 100%; }
  .threads__tabs { display: flex; gap: 4px; padding: 12px 8px 8px; }
  .threads__tab { padding: 8px 12px; border-radius: 18px; font-weight: 600; }
  .threads__tab--current { background: #ebf5ff; color: var(--blue); }
  .thread-row a { display: flex; align-items: center; gap: 12px; padding: 10px 8px; border-radius: 8px; }
  .thread-row a:hover { background: var(--hover); }
  .thread-row--current a { background: #ebf5ff; }
  .thread-row__text { min-width: 0; display: flex; flex-direction: column; }
  .thread-row__name { font-weight: 500; }
  .thread-row .small { white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
  .thread { min-width: 0; display: flex; flex-direction: column; }
  .thread__header { display: flex; justify-content: space-between; align-items: center; padding: 8px 12px; box-shadow: 0 1px 2px rgba(0, 0, 0, 0.1); }
  .thread__header .chat__tools [role="button"] { width: 40px; height: 40px; }
  .thread__messages { padding: 16px; }
  .thread .thread-composer { padding: 12px 16px; }
  .thread-info { display: flex; flex-direction: column; align-items: center; padding: 24px 12px; border-left: 1px solid #e5e5e5; gap: 4px; }
  .thread-info__name { margin-top: 8px; font-size: 17px; }
  .e2ee { margin-top: 8px; padding: 4px 10px; border-radius: 12px; background: var(--bg); }
  .thread-info__actions { display: flex; gap: 24px; margin: 16px 0; }
  .thread-info__action { display: flex; flex-direction: column; align-items: center; gap: 6px; }
  .thread-info__section { width: 100%; display: flex; justify-content: space-between; align-items: center; padding: 12px 8px; border-radius: 8px;
    font-weight: 600; }
  .thread-info__section:hover { background: var(--hover); }
`;

/**
 * facebook.com's dark mode (`?theme=dark`): Facebook switches themes with the `__fb-dark-mode` class on `<html>`
 * (tylerclark/FacebookAutoDarkMode, content.js, commit ea874945, toggles exactly that class; DimensionDev/Maskbook
 * reads the theme from `html`'s class containing "dark-mode": packages/mask/content-script/site-adaptors/facebook.com/
 * collecting/theme.ts, HEAD 9d5778f, 2024-10-17). Comment fields #3a3b3c with text #e4e6eb and placeholder #b0b3b8:
 * Maskbook's CommentBox.tsx, which matches Facebook's dark comment box. The wash #18191a, cards #242526 and lines
 * #3e4042 are Facebook's dark palette as user styles reproduce it (index excerpts that name no repository: not cited).
 */
export const FACEBOOK_DARK_CSS = `
  .__fb-dark-mode { color-scheme: dark; --text: #e4e6eb; --muted: #b0b3b8; --bg: #18191a; --card: #242526; --line: #3e4042;
    --hover: #3a3b3c; --button: #3a3b3c; }
  .__fb-dark-mode .comment-box__bubble, .__fb-dark-mode .comment__bubble, .__fb-dark-mode .search { background: #3a3b3c; }
  .__fb-dark-mode .round:hover { background: #4e4f50; }
  .__fb-dark-mode .round--active, .__fb-dark-mode .threads__tab--current, .__fb-dark-mode .thread-row--current a { background: #263951; }
  .__fb-dark-mode .composer__header, .__fb-dark-mode .threads, .__fb-dark-mode .thread-info { border-color: #3e4042; }
  .__fb-dark-mode .composer__submit[aria-disabled="true"], .__fb-dark-mode .comment-box__submit[aria-disabled="true"] { color: #6d6f72; }
  .__fb-dark-mode .online::after, .__fb-dark-mode .me__caret, .__fb-dark-mode .reaction { box-shadow: 0 0 0 2px #242526; }
`;
