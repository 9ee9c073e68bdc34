/** The nudge's styles, inside its shadow root, so neither the page nor Candor can restyle the other. */
export const NUDGE_CSS = `
:host { all: initial; }
.nudge { font: 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1d2a33; }
.pill { max-width: 100%; }
.status-line { margin: 0 0 6px; padding: 6px 10px; background: #fff8ec; border: 1px solid #e9c88f; border-radius: 8px; }
.live { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
button, a.action { font: inherit; cursor: pointer; }
.pill { display: inline-flex; align-items: center; gap: 6px; padding: 4px 10px; border: 1px solid #c9d6e0; border-radius: 999px;
  background: #f5f9fc; color: #1d2a33; box-shadow: 0 1px 3px rgba(0,0,0,.08); white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.pill:hover { background: #eaf2f8; }
.dot { width: 8px; height: 8px; border-radius: 50%; background: #6f8798; }
.warn .dot { background: #d58a00; }
.toggle { color: #1f5f8b; font-weight: 600; }
.panel { margin-top: 6px; padding: 10px 12px; background: #fff; border: 1px solid #c9d6e0; border-radius: 10px;
  box-shadow: 0 4px 14px rgba(0,0,0,.12); }
ul { list-style: none; margin: 0; padding: 0; display: grid; gap: 10px; }
li { padding-left: 8px; border-left: 3px solid #9fb3c2; }
li.warn { border-left-color: #d58a00; }
strong { display: block; font-weight: 600; }
p { margin: 2px 0 4px; }
.action { display: inline-block; padding: 3px 10px; border-radius: 6px; border: 1px solid #1f5f8b; background: #1f5f8b; color: #fff;
  text-decoration: none; }
a.action { background: #fff; color: #1f5f8b; }
.seems-wrong { margin-left: 8px; font-size: 12px; color: #52606b; }
.mentions { color: #52606b; margin-top: 10px; }
.footer { display: flex; justify-content: space-between; align-items: center; gap: 8px; margin-top: 10px; color: #52606b; font-size: 12px; }
.quiet { border: none; background: none; color: #1f5f8b; padding: 2px 4px; text-decoration: underline; }
button:focus-visible, a:focus-visible { outline: 2px solid #1f5f8b; outline-offset: 2px; }
`;
