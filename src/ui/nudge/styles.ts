/**
 * The nudge's styles, inside its shadow root, so neither the page nor Candor can restyle the other. Colours come
 * from the theme's custom properties (./theme.ts); the card's place and room from the host (`--card-top`,
 * `--card-left`, `--card-w`, `--card-h`, relative to the pill), which positions it from the pill.
 */
import { THEME_CSS } from './theme';

export const NUDGE_CSS = `${THEME_CSS}
:host{all:initial}
[data-theme=dark]{color-scheme:dark}
.nudge{position:relative;max-width:var(--pill-w,440px);font:13px/1.4 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--text)}
.live{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
button,a.action{font:inherit;cursor:pointer}
.status-line{margin:0 0 6px;padding:6px 10px;background:var(--status);border:1px solid var(--statusLine);border-radius:8px}
.pill{display:inline-flex;align-items:center;gap:6px;max-width:100%;box-sizing:border-box;padding:4px 10px;border:1px solid var(--line);
border-radius:999px;background:var(--pill);color:var(--text);box-shadow:0 1px 3px var(--shadow);white-space:nowrap;overflow:hidden}
.pill:hover{background:var(--pillHover)}
.dot,.toggle{flex:none}
.summary{min-width:0;overflow:hidden;text-overflow:ellipsis}
.dot{width:8px;height:8px;border-radius:50%;background:var(--info)}
.warn .dot{background:var(--warn)}
.toggle{display:inline-grid;color:var(--accent);font-weight:600}
.toggle>*{grid-area:1/1}
.toggle>[aria-hidden]{visibility:hidden}
.panel{position:absolute;top:var(--card-top);left:var(--card-left);width:var(--card-w);max-height:var(--card-h);box-sizing:border-box;
display:flex;flex-direction:column;overflow:auto;overscroll-behavior:contain;padding:10px 12px;background:var(--surface);border:1px solid var(--line);border-radius:10px;
box-shadow:0 4px 14px var(--shadow)}
.panel>*{flex:none}
.panel>.findings{flex:0 1 auto;min-height:3em;overflow:auto;overscroll-behavior:contain;margin:-4px;padding:4px}
ul{list-style:none;margin:0;padding:0;display:grid;gap:10px}
li{padding-left:8px;border-left:3px solid var(--rule)}
li.warn{border-left-color:var(--warn)}
strong{display:block;font-weight:600}
p{margin:2px 0 4px}
.action{display:inline-block;padding:3px 10px;border-radius:6px;border:1px solid var(--accent);background:var(--accent);color:var(--onAccent);text-decoration:none}
a.action{background:var(--surface);color:var(--accent)}
.seems-wrong{margin-left:8px;font-size:12px;color:var(--muted)}
.mentions{color:var(--muted);margin-top:10px}
.demo{margin:0 0 6px;color:var(--muted);font-size:12px}
.footer{display:flex;justify-content:space-between;align-items:center;gap:8px;margin-top:10px;color:var(--muted);font-size:12px}
.quiet{border:none;background:none;color:var(--accent);padding:2px 4px;text-decoration:underline}
button:focus-visible,a:focus-visible{outline:2px solid var(--accent);outline-offset:2px}
`;
