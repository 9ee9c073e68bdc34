/**
 * The element that carries one nudge: a shadow root (isolated from the page's styles and scripts' selectors),
 * fixed-positioned beside its compose box and kept there on scroll, resize and layout changes.
 *
 * It sits in the DOM right after the compose box, so Tab from the editor reaches the nudge next. Being fixed, it
 * takes no room in the site's layout; where an ancestor's transform shifts fixed positioning, placement measures
 * the shift and corrects it. The element is as big as the pill (and the status line); the opened card is
 * positioned from the pill, so opening it never moves the pill. Its colours follow the page's: a dark page gets
 * the dark theme, decided again at every placement (sites switch theme without reloading).
 */
import { type ComponentChild, render } from 'preact';
import { NUDGE_CSS } from '../ui/nudge/styles';
import { luminance, parseColor } from '../ui/nudge/theme';
import { ObstacleFinder } from './obstacles';
import { cardWidth, placeNudge } from './position';

export class NudgeHost {
  private readonly element: HTMLElement;
  private readonly mount: HTMLElement;
  private readonly resizeObserver: ResizeObserver;
  private readonly obstacles: ObstacleFinder;
  private frame = 0;

  constructor(private readonly anchor: HTMLElement) {
    const doc = anchor.ownerDocument;
    // A plain div, not a custom element: the page owns the custom-element registry and could define ours first.
    // No attribute, class or id: nothing in the page's DOM names Candor.
    this.element = doc.createElement('div');
    // Sized by its content, not by the room left to the right of wherever it was last placed.
    this.element.style.cssText =
      'all:initial;position:fixed;z-index:2147483647;top:0;left:0;visibility:hidden;width:max-content;display:block;';
    // Closed, and held only here: the page's scripts get `null` from `shadowRoot`, so they can neither read what
    // the nudge says (employer, role, confidential names) nor rewrite or click it.
    const shadow = this.element.attachShadow({ mode: 'closed' });
    const style = doc.createElement('style');
    style.textContent = NUDGE_CSS;
    this.mount = doc.createElement('div');
    this.mount.dataset.theme = 'light';
    shadow.append(style, this.mount);
    anchor.after(this.element);
    this.obstacles = new ObstacleFinder(anchor);

    this.resizeObserver = new ResizeObserver(this.schedulePlacement);
    this.resizeObserver.observe(anchor);
    this.resizeObserver.observe(this.mount);
    const view = doc.defaultView!;
    view.addEventListener('scroll', this.schedulePlacement, { capture: true, passive: true });
    view.addEventListener('resize', this.schedulePlacement, { passive: true });
  }

  show(content: ComponentChild): void {
    // Sites re-render wrappers and may drop our element while keeping the editor: put it back.
    if (!this.element.isConnected && this.anchor.isConnected) this.anchor.after(this.element);
    render(content, this.mount);
    this.obstacles.forget(); // the draft changed, and the site's buttons may have with it
    this.schedulePlacement();
  }

  destroy(): void {
    const view = this.anchor.ownerDocument.defaultView;
    view?.removeEventListener('scroll', this.schedulePlacement, { capture: true });
    view?.removeEventListener('resize', this.schedulePlacement);
    this.resizeObserver.disconnect();
    cancelAnimationFrame(this.frame);
    render(null, this.mount);
    this.element.remove();
  }

  private readonly schedulePlacement = () => {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.place();
    });
  };

  private place(): void {
    const doc = this.anchor.ownerDocument;
    const { style } = this.element;
    const mount = this.mount.style;
    // The viewport without its scrollbars (the root element's client box; the body's in quirks mode).
    const root = doc.scrollingElement ?? doc.documentElement;
    const viewport = { width: root.clientWidth, height: root.clientHeight };
    const box = this.anchor.getBoundingClientRect();
    const visible = box.width > 0 && box.height > 0 && box.bottom > 0 && box.top < viewport.height;
    if (!this.mount.querySelector('.pill, .status-line')) {
      // Nothing shows yet (a box the user has not written in, a draft with nothing to say): only the empty live
      // region, which must be in the page before it speaks. No theme, no measuring, no obstacles: at page load, and
      // in every tab, this is what the nudge costs.
      style.visibility = visible ? 'visible' : 'hidden';
      return;
    }
    const theme = isDark(this.anchor) ? 'dark' : 'light'; // set inside the closed root: the page never sees it
    if (this.mount.dataset.theme !== theme) this.mount.dataset.theme = theme;
    const width = cardWidth(viewport);
    mount.setProperty('--card-w', `${width}px`);
    mount.removeProperty('--pill-w'); // measure at the width it would like
    const pill = this.element.getBoundingClientRect(); // the card is positioned out of the flow: this is the pill
    const panel = this.mount.querySelector<HTMLElement>('.panel');
    const list = panel?.querySelector<HTMLElement>('.findings');
    const hidden = (el: HTMLElement | null | undefined) => (el ? el.scrollHeight - el.clientHeight : 0);
    const card = panel ? { width, height: panel.offsetHeight + hidden(panel) + hidden(list) } : undefined;
    const placed = placeNudge({ box, pill, card, viewport, obstacles: visible ? this.obstacles.measure() : [] });
    const { top, left } = placed.pill;
    if (placed.maxWidth !== undefined) mount.setProperty('--pill-w', `${placed.maxWidth}px`);
    if (placed.card) {
      mount.setProperty('--card-top', `${placed.card.top - top}px`);
      mount.setProperty('--card-left', `${placed.card.left - left}px`);
      mount.setProperty('--card-h', `${placed.card.maxHeight}px`);
    }
    style.top = `${top}px`;
    style.left = `${left}px`;
    const actual = this.element.getBoundingClientRect();
    if (Math.abs(actual.top - top) > 0.5 || Math.abs(actual.left - left) > 0.5) {
      style.top = `${2 * top - actual.top}px`;
      style.left = `${2 * left - actual.left}px`;
    }
    style.visibility = visible ? 'visible' : 'hidden';
  }
}

/**
 * Whether the page behind the compose box is dark: the first background that is mostly opaque, walking up from
 * the box (through shadow roots), is closer to black than to white; where every background is transparent, the
 * canvas, which the root's `color-scheme` paints dark.
 */
export function isDark(from: Element): boolean {
  const view = from.ownerDocument.defaultView!;
  for (let el: Element | null = from; el; el = el.parentElement ?? ((el.getRootNode() as ShadowRoot).host || null)) {
    const color = parseColor(view.getComputedStyle(el).backgroundColor);
    if (color && color[3] >= 0.5) return luminance(color) < 0.18; // white text would contrast more than black
  }
  const scheme = view.getComputedStyle(from.ownerDocument.documentElement).colorScheme;
  return /dark/.test(scheme) && (!/light/.test(scheme) || view.matchMedia('(prefers-color-scheme: dark)').matches);
}
