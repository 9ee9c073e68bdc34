/**
 * The element that carries one nudge: a shadow root (isolated from the page's styles and scripts' selectors),
 * fixed-positioned beside its compose box and kept there on scroll, resize and layout changes.
 *
 * It sits in the DOM right after the compose box, so Tab from the editor reaches the nudge next. Being fixed, it
 * takes no room in the site's layout; where an ancestor's transform shifts fixed positioning, placement measures
 * the shift and corrects it.
 */
import { type ComponentChild, render } from 'preact';
import { NUDGE_CSS } from '../ui/nudge/styles';
import { placeNudge } from './position';

const NATURAL_MAX_WIDTH = 320;

export class NudgeHost {
  private readonly element: HTMLElement;
  private readonly mount: HTMLElement;
  private readonly resizeObserver: ResizeObserver;
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
    shadow.append(style, this.mount);
    anchor.after(this.element);

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
    const box = this.anchor.getBoundingClientRect();
    const view = this.anchor.ownerDocument.defaultView!;
    const visible = box.width > 0 && box.height > 0 && box.bottom > 0 && box.top < view.innerHeight;
    this.element.style.maxWidth = `${NATURAL_MAX_WIDTH}px`; // measure at the width it would like
    const size = this.mount.getBoundingClientRect();
    const { top, left, maxWidth } = placeNudge(box, size, { width: view.innerWidth, height: view.innerHeight });
    if (maxWidth !== undefined) this.element.style.maxWidth = `${maxWidth}px`;
    this.element.style.top = `${top}px`;
    this.element.style.left = `${left}px`;
    const actual = this.element.getBoundingClientRect();
    if (Math.abs(actual.top - top) > 0.5 || Math.abs(actual.left - left) > 0.5) {
      this.element.style.top = `${2 * top - actual.top}px`;
      this.element.style.left = `${2 * left - actual.left}px`;
    }
    this.element.style.visibility = visible ? 'visible' : 'hidden';
  }
}
