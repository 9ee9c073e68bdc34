/** The X fixture's stylesheet: x.com's light theme (colours, radii and spacing as the site draws them). */
export const X_CSS = `
  * { box-sizing: border-box; }
  html, body { margin: 0; background: #fff; color: #0f1419; }
  body { font: 15px/20px TwitterChirp, -apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, Helvetica, Arial, sans-serif;
    -webkit-font-smoothing: antialiased; }
  button, input, textarea { font: inherit; color: inherit; }
  button { cursor: pointer; }
  a { color: inherit; text-decoration: none; }
  .muted { color: #536471; }
  .small { font-size: 13px; line-height: 16px; }
  .link { color: #1d9bf0; }
  .name { font-weight: 700; }
  .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
  .icon-button { width: 36px; height: 36px; flex: none; display: inline-flex; align-items: center; justify-content: center;
    border: 0; border-radius: 50%; background: none; }
  .icon-button:hover { background: rgba(15, 20, 25, 0.1); }
  .icon-button.blue { color: #1d9bf0; }
  .icon-button.blue:hover { background: rgba(29, 155, 240, 0.1); }
  .text-button { border: 0; background: none; color: #1d9bf0; font-weight: 700; padding: 0 12px; height: 36px; border-radius: 9999px; }
  .text-button:hover { background: rgba(29, 155, 240, 0.1); }
  .pill-button { display: inline-block; padding: 8px 16px; border-radius: 9999px; font-weight: 700; }
  .pill-button.dark { background: #0f1419; color: #fff; }

  .avatar { flex: none; position: relative; border-radius: 50%; overflow: hidden; }
  .avatar-link { display: block; width: 100%; height: 100%; }
  .avatar-img { width: 100%; height: 100%; display: flex; align-items: center; justify-content: center;
    color: #fff; font-weight: 700; user-select: none; }
  .avatar-img::after { content: attr(data-initial); }

  .layout { display: flex; justify-content: center; min-height: 100vh; }

  .sidenav { width: 275px; flex: none; display: flex; justify-content: flex-end; }
  .sidenav.collapsed { width: 88px; }
  .sidenav-inner { position: sticky; top: 0; height: 100vh; width: 100%; padding: 0 8px; display: flex; flex-direction: column;
    overflow-y: auto; }
  .sidenav.collapsed .sidenav-inner { align-items: center; }
  .logo { width: 52px; height: 52px; margin-top: 2px; flex: none; display: flex; align-items: center; justify-content: center; border-radius: 50%; }
  .logo:hover { background: rgba(15, 20, 25, 0.1); }
  .sidenav nav { display: flex; flex-direction: column; }
  .sidenav.collapsed nav { align-items: center; }
  .nav-item { display: flex; padding: 2px 0; cursor: pointer; }
  .nav-pill { display: inline-flex; align-items: center; gap: 20px; padding: 12px; border-radius: 9999px; font-size: 20px; line-height: 24px; }
  .nav-item:hover .nav-pill { background: rgba(15, 20, 25, 0.1); }
  .nav-item.active .nav-pill { font-weight: 700; }
  .nav-item.active svg { stroke-width: 2.6; }
  .nav-post { display: flex; align-items: center; justify-content: center; width: 90%; height: 52px; margin: 16px 0; flex: none;
    border-radius: 9999px; background: #0f1419; color: #fff; font-size: 17px; font-weight: 700; }
  .nav-post:hover { background: #272c30; }
  .sidenav.collapsed .nav-post { width: 52px; }
  .account-switcher { margin: auto 0 12px; width: 100%; display: flex; align-items: center; gap: 12px; padding: 12px; flex: none;
    border: 0; border-radius: 9999px; background: none; text-align: left; }
  .account-switcher:hover { background: rgba(15, 20, 25, 0.1); }
  .sidenav.collapsed .account-switcher { width: auto; }
  .switcher-text { flex: 1; min-width: 0; }
  .switcher-text > div { overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
  .account-name { font-weight: 700; }
  .account-handle { color: #536471; }
  .switcher-more { display: flex; }

  .timeline { width: 600px; flex: none; min-height: 100vh; border-left: 1px solid #eff3f4; border-right: 1px solid #eff3f4; }
  .tabs { position: sticky; top: 0; z-index: 2; display: flex; height: 53px; border-bottom: 1px solid #eff3f4;
    background: rgba(255, 255, 255, 0.85); backdrop-filter: blur(12px); }
  .tab { flex: 1; display: flex; align-items: center; justify-content: center; color: #536471; font-weight: 500; }
  .tab:hover { background: rgba(15, 20, 25, 0.1); }
  .tab.active { color: #0f1419; font-weight: 700; }
  .tab.active span { padding: 16px 0 12px; border-bottom: 4px solid #1d9bf0; }

  .composer { display: flex; gap: 8px; padding: 12px 16px 8px; border-bottom: 1px solid #eff3f4; }
  .composer-body { flex: 1; min-width: 0; }
  .editor { display: block; padding: 8px 0 12px; font-size: 20px; line-height: 24px; cursor: text; }
  .editor .public-DraftEditorPlaceholder-root { color: #536471; }
  .editor .public-DraftEditor-content { min-height: 24px; }
  .toolbar { display: flex; align-items: center; justify-content: space-between; gap: 8px; padding-top: 8px; border-top: 1px solid #eff3f4; }
  .tools { display: flex; margin-left: -8px; min-width: 0; overflow: hidden; }
  .tool { width: 34px; height: 34px; flex: none; display: flex; align-items: center; justify-content: center;
    border: 0; border-radius: 50%; background: none; color: #1d9bf0; }
  .tool:hover { background: rgba(29, 155, 240, 0.1); }
  .post-button { min-height: 36px; padding: 0 16px; flex: none; border: 0; border-radius: 9999px; background: #0f1419; color: #fff; font-weight: 700; }
  .post-button:disabled { opacity: 0.5; cursor: default; }
  .toolbar-end { display: flex; align-items: center; gap: 12px; flex: none; }
  .toolbar-divider { width: 1px; height: 31px; background: #cfd9de; }
  .add-button { width: 24px; height: 24px; display: flex; align-items: center; justify-content: center; padding: 0;
    border: 1px solid #cfd9de; border-radius: 50%; background: none; color: #1d9bf0; }

  .tweet { display: flex; gap: 8px; padding: 12px 16px; border-bottom: 1px solid #eff3f4; cursor: pointer; }
  .tweet:hover { background: rgba(0, 0, 0, 0.03); }
  .tweet-body { flex: 1; min-width: 0; }
  .tweet-head { display: flex; align-items: center; gap: 4px; white-space: nowrap; }
  .tweet-head .name:hover { text-decoration: underline; }
  .verified { display: inline-flex; align-items: center; justify-content: center; width: 16px; height: 16px; border-radius: 50%;
    background: #1d9bf0; color: #fff; font-size: 10px; font-weight: 700; }
  .tweet-caret { margin-left: auto; display: flex; }
  .tweet-text { margin-top: 2px; overflow-wrap: anywhere; }
  .tweet-actions { display: flex; justify-content: space-between; max-width: 425px; margin: 8px 0 -4px -8px; }
  .action { display: inline-flex; align-items: center; gap: 4px; padding: 6px 8px; border: 0; border-radius: 9999px;
    background: none; color: #536471; font-size: 13px; }
  .action:hover { color: #1d9bf0; background: rgba(29, 155, 240, 0.1); }
  .tweet.compact { padding: 10px 12px; }
  .tweet.compact .tweet-actions { max-width: none; }
  .replying-to { padding: 12px 16px 0 64px; }
  .replying-to + .composer { padding-top: 4px; }
  [data-testid="cellInnerDiv"] + .replying-to { margin-top: -1px; }

  .sidebar { width: 350px; flex: none; margin-left: 30px; padding-bottom: 64px; }
  .search { position: sticky; top: 0; z-index: 2; display: flex; align-items: center; gap: 12px; height: 44px; margin: 6px 0 16px;
    padding: 0 16px; border: 1px solid #cfd9de; border-radius: 9999px; background: #fff; color: #536471; }
  .search input { flex: 1; border: 0; outline: 0; background: none; color: #0f1419; }
  .card { border: 1px solid #eff3f4; border-radius: 16px; padding: 12px 16px; margin-bottom: 16px; }
  .card h2 { margin: 0 0 8px; font-size: 20px; line-height: 24px; font-weight: 800; }
  .card p { margin: 0 0 12px; }
  .trend { padding: 10px 0; }
  .trend-topic { font-weight: 700; margin: 2px 0; }
  .show-more { display: block; padding-top: 12px; color: #1d9bf0; }
  .legal { padding: 0 16px; font-size: 13px; line-height: 16px; }
  @media (max-width: 1079px) { .sidebar { display: none; } }

  /* Compose modal */
  #layers .mask { position: fixed; inset: 0; z-index: 10; display: flex; justify-content: center; align-items: flex-start;
    padding-top: 5vh; background: rgba(0, 0, 0, 0.4); }
  .modal { width: 600px; max-width: calc(100vw - 32px); max-height: 90vh; overflow-y: auto; border-radius: 16px; background: #fff;
    box-shadow: rgba(101, 119, 134, 0.2) 0 0 15px, rgba(101, 119, 134, 0.15) 0 0 3px 1px; }
  .modal-bar { display: flex; align-items: center; justify-content: space-between; height: 53px; padding: 0 16px 0 8px; }
  .thread-item { display: flex; gap: 12px; padding: 0 16px; }
  .thread-rail { display: flex; flex-direction: column; align-items: center; padding-top: 4px; }
  .thread-line { flex: 1; width: 2px; min-height: 16px; margin: 4px 0 -4px; background: #cfd9de; }
  .thread-body { flex: 1; min-width: 0; padding-bottom: 12px; }
  .thread-item + .thread-item .thread-body { padding-top: 4px; }
  .audience { display: inline-flex; align-items: center; gap: 4px; height: 24px; padding: 0 12px; margin-bottom: 4px;
    border: 1px solid #cfd9de; border-radius: 9999px; background: none; color: #1d9bf0; font-size: 14px; font-weight: 700; }
  .modal-footer { padding: 0 16px 0 68px; }
  .reply-setting { display: inline-flex; align-items: center; gap: 4px; height: 28px; padding: 0 12px; margin: 0 0 0 -12px;
    border: 0; border-radius: 9999px; background: none; color: #1d9bf0; font-size: 14px; font-weight: 700; }
  .reply-setting:hover { background: rgba(29, 155, 240, 0.1); }
  .modal-tools { margin: 0 16px; padding-bottom: 8px; }
  .modal-tools .toolbar { border-top: 1px solid #eff3f4; }

  /* Phone layout composer */
  .phone-compose { min-height: 100vh; display: flex; flex-direction: column; }
  .phone-bar { position: sticky; top: 0; z-index: 2; display: flex; align-items: center; justify-content: space-between; height: 53px;
    padding: 0 16px 0 8px; background: rgba(255, 255, 255, 0.9); backdrop-filter: blur(12px); }
  .phone-bar-end { display: flex; align-items: center; gap: 8px; }
  .phone-body { flex: 1; display: flex; gap: 12px; padding: 4px 16px; }
  .phone-main { flex: 1; min-width: 0; }
  .phone-textarea { display: block; width: 100%; min-height: 120px; padding: 0; border: 0; outline: 0; resize: none; background: none;
    font-size: 20px; line-height: 24px; field-sizing: content; }
  .phone-textarea::placeholder { color: #536471; }
  .phone-footer { position: sticky; bottom: 0; padding: 4px 16px 8px; border-top: 1px solid #eff3f4; background: #fff; }
  .phone-footer .toolbar { border-top: 0; padding-top: 4px; }

  /* X Chat */
  .dm { flex: none; width: 990px; max-width: calc(100vw - 275px); height: 100vh; display: flex;
    border-left: 1px solid #eff3f4; border-right: 1px solid #eff3f4; }
  .sidenav.collapsed + .dm { max-width: calc(100vw - 88px); }
  .dm-inbox { width: 360px; flex: none; display: flex; flex-direction: column; border-right: 1px solid #eff3f4; }
  .dm-inbox-head { display: flex; align-items: center; justify-content: space-between; height: 53px; padding: 0 8px 0 16px; }
  .dm-inbox-head h2 { margin: 0; font-size: 20px; line-height: 24px; font-weight: 800; }
  .dm-head-tools { display: flex; }
  .dm-search { display: flex; align-items: center; gap: 8px; margin: 4px 16px 12px; height: 40px; padding: 0 14px;
    border-radius: 9999px; background: #eff3f4; color: #536471; }
  .dm-search input { flex: 1; border: 0; outline: 0; background: none; }
  .dm-list { list-style: none; margin: 0; padding: 0; overflow-y: auto; }
  .dm-item { display: flex; gap: 12px; padding: 12px 16px; }
  .dm-item:hover { background: #f7f9f9; }
  .dm-item.active { background: #eff3f4; box-shadow: inset -2px 0 0 #1d9bf0; }
  .dm-item-text { flex: 1; min-width: 0; }
  .dm-item-top { display: flex; justify-content: space-between; gap: 8px; }
  .dm-preview { overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
  .dm-conversation { flex: 1; min-width: 0; display: flex; flex-direction: column; }
  .dm-conv-head { display: flex; align-items: center; gap: 10px; height: 53px; padding: 0 8px 0 16px; border-bottom: 1px solid #eff3f4; }
  .dm-conv-title { flex: 1; line-height: 18px; }
  .dm-messages { flex: 1; overflow-y: auto; padding: 16px; display: flex; flex-direction: column; justify-content: flex-end; }
  .dm-messages ul { list-style: none; margin: 0; padding: 0; display: flex; flex-direction: column; gap: 8px; }
  .dm-day { text-align: center; margin-bottom: 12px; }
  .dm-row { display: flex; }
  .dm-row.mine { justify-content: flex-end; }
  .dm-bubble { max-width: 75%; padding: 10px 14px; border-radius: 22px 22px 22px 4px; background: #eff3f4; }
  .dm-row.mine .dm-bubble { border-radius: 22px 22px 4px 22px; background: #1d9bf0; color: #fff; }
  .dm-seen { text-align: right; margin-top: 4px; }
  .dm-composer { display: flex; align-items: flex-end; gap: 2px; margin: 8px 12px 12px; padding: 4px; border-radius: 22px; background: #eff3f4; }
  .dm-input { flex: 1; min-width: 0; display: flex; padding: 8px 6px; }
  .dm-input textarea { flex: 1; min-height: 20px; max-height: 160px; padding: 0; border: 0; outline: 0; resize: none; background: none;
    field-sizing: content; }
  .dm-input textarea::placeholder { color: #536471; }
  .icon-button.send { background: #1d9bf0; color: #fff; }
  .icon-button.send:hover { background: #1a8cd8; }
  @media (max-width: 1000px) { .dm-inbox { width: 300px; } }

  /* Grok */
  .grok { width: 990px; max-width: calc(100vw - 275px); flex: none; height: 100vh; display: flex; flex-direction: column;
    border-left: 1px solid #eff3f4; }
  .sidenav.collapsed + .grok { max-width: calc(100vw - 88px); }
  .grok-top { display: flex; justify-content: flex-end; align-items: center; gap: 4px; height: 53px; padding: 0 12px; }
  .grok-center { flex: 1; display: flex; flex-direction: column; align-items: center; justify-content: center; padding: 0 24px 15vh; }
  .grok-brand { display: flex; align-items: center; gap: 12px; margin-bottom: 32px; font-size: 40px; line-height: 48px; font-weight: 800; }
  .grok-box { width: 100%; max-width: 680px; padding: 14px 12px 8px 18px; border: 1px solid #cfd9de; border-radius: 24px;
    background: #fff; box-shadow: 0 1px 6px rgba(15, 20, 25, 0.08); }
  .grok-box:focus-within { border-color: #8b98a5; }
  .grok-input { display: block; width: 100%; min-height: 24px; max-height: 360px; padding: 0; border: 0; outline: 0; resize: none;
    background: none; font-size: 17px; line-height: 24px; field-sizing: content; }
  .grok-input::placeholder { color: #536471; }
  .grok-row { display: flex; align-items: center; justify-content: space-between; margin-top: 8px; margin-left: -8px; }
  .grok-row-end { display: flex; align-items: center; gap: 8px; }
  .model-pill { display: inline-flex; align-items: center; gap: 4px; height: 32px; padding: 0 12px; border: 1px solid #cfd9de;
    border-radius: 9999px; background: none; font-size: 14px; font-weight: 600; }
  .grok-send { width: 36px; height: 36px; display: flex; align-items: center; justify-content: center; border: 0; border-radius: 50%;
    background: #0f1419; color: #fff; }
  .grok-send:disabled { background: #cfd9de; cursor: default; }
  .grok-presets { display: flex; flex-wrap: wrap; justify-content: center; gap: 8px; margin-top: 16px; }
  .preset { display: inline-flex; align-items: center; gap: 8px; height: 40px; padding: 0 16px; border: 1px solid #cfd9de;
    border-radius: 9999px; background: #fff; font-weight: 600; }
  .preset:hover { background: #f7f9f9; }

  /* X Pro */
  .pro { display: flex; height: 100vh; overflow: hidden; background: #f7f9f9; }
  .pro-rail { width: 68px; flex: none; display: flex; flex-direction: column; align-items: center; gap: 6px; padding: 6px 0 12px;
    border-right: 1px solid #eff3f4; background: #fff; }
  .pro-rail .logo { margin-bottom: 4px; }
  .pro-post { width: 48px; height: 48px; display: flex; align-items: center; justify-content: center; border: 0; border-radius: 50%;
    background: #0f1419; color: #fff; margin-bottom: 8px; }
  .rail-button { width: 48px; height: 48px; }
  .rail-spacer { flex: 1; }
  .rail-account { padding: 4px; border: 0; border-radius: 50%; background: none; }
  .pro-compose { width: 370px; flex: none; display: flex; flex-direction: column; padding: 0 16px 12px; border-right: 1px solid #eff3f4;
    background: #fff; overflow-y: auto; }
  .pro-compose-head { display: flex; align-items: center; justify-content: space-between; height: 53px; }
  .pro-compose-head h2 { margin: 0; font-size: 20px; line-height: 24px; font-weight: 800; }
  .pro-from { display: flex; align-items: center; gap: 10px; padding: 8px 12px; border: 1px solid #eff3f4; border-radius: 16px; }
  .pro-from > div:nth-child(2) { flex: 1; min-width: 0; line-height: 18px; }
  .pro-editor { margin: 12px 0 4px; min-height: 140px; }
  .pro-compose .toolbar { margin-top: 8px; }
  .pro-columns { flex: 1; min-width: 0; display: flex; gap: 8px; padding: 8px; overflow-x: auto; }
  .pro-column { width: 350px; flex: none; display: flex; flex-direction: column; border: 1px solid #eff3f4; border-radius: 12px;
    background: #fff; overflow: hidden; }
  .pro-column-head { display: flex; align-items: center; gap: 8px; height: 50px; padding: 0 8px 0 14px; border-bottom: 1px solid #eff3f4; }
  .pro-column-title { font-size: 17px; font-weight: 800; }
  .pro-column-head .icon-button { margin-left: auto; }
  .pro-column-body { flex: 1; overflow-y: auto; }
  .pro-column-body .trend { padding: 12px 14px; border-bottom: 1px solid #eff3f4; }
  .notification { display: flex; gap: 12px; padding: 12px 14px; border-bottom: 1px solid #eff3f4; color: #f91880; }
  .notification > div { color: #0f1419; }
  .notification p { margin: 8px 0 0; }
`;

/**
 * x.com's "Lights out" theme (`?theme=dark`): the page's body carries `background-color: rgb(0, 0, 0)` inline, as
 * x.com sets it (control-panel-for-twitter's script.js tells the theme from exactly that inline colour and keeps
 * the palette: text rgb(231, 233, 234), secondary rgb(113, 118, 123), borders rgb(47, 51, 54), hover
 * rgb(22, 24, 28), raised rgb(32, 35, 39); insin/control-panel-for-twitter, commit 0962235a, 2026-08-17). The light
 * Post button and the modal's blue-grey backdrop are as x.com draws them on dark themes (no public source names
 * those colours).
 */
export const X_LIGHTS_OUT_CSS = `
  html, body { background: rgb(0, 0, 0); color: rgb(231, 233, 234); color-scheme: dark; }
  .muted, .tab, .account-handle, .action, .search, .dm-search, .editor .public-DraftEditorPlaceholder-root,
  textarea::placeholder, input::placeholder { color: rgb(113, 118, 123); }
  .tab.active, .search input, .notification > div { color: rgb(231, 233, 234); }
  .timeline, .tabs, .composer, .tweet, .toolbar, .card, .modal-tools .toolbar, .phone-footer, .pro-rail, .pro-compose, .pro-from,
  .pro-column, .pro-column-head, .pro-column-body .trend, .notification, .dm, .dm-inbox, .dm-conv-head, .grok, .search, .audience,
  .add-button, .model-pill, .preset, .grok-box { border-color: rgb(47, 51, 54); }
  .tabs { background: rgba(0, 0, 0, 0.65); }
  .phone-bar { background: rgba(0, 0, 0, 0.65); }
  .modal, .phone-footer, .pro-rail, .pro-compose, .pro-column, .search, .grok-box, .preset { background: rgb(0, 0, 0); }
  .pro { background: rgb(22, 24, 28); }
  .dm-search, .dm-composer, .dm-bubble, .dm-item.active { background: rgb(32, 35, 39); }
  .tweet:hover, .dm-item:hover, .preset:hover { background: rgb(22, 24, 28); }
  .toolbar-divider, .thread-line { background: rgb(47, 51, 54); }
  .post-button, .nav-post, .pro-post, .grok-send, .pill-button.dark { background: rgb(239, 243, 244); color: rgb(15, 20, 25); }
  #layers .mask { background: rgba(91, 112, 131, 0.4); }
`;
