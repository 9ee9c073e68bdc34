/**
 * What the nudge must not cover around one compose box, found the same way on every site (no per-site selectors,
 * so a redesign keeps working): the draft's text, and the controls of the compose widget — its submit and close
 * buttons, its tool rows, any other button.
 *
 * The widget is the closest dialog or form around the box: sites put a composer's own buttons there, and a form or a
 * composer's dialog holds little else. Without one (X's inline composers), it is the first ancestor, at most six
 * levels up, that holds a submit-like button (Post, Reply…): composers keep it within a few levels of the text, and
 * stopping there keeps the timeline around it out. Without that either, three levels up.
 *
 * The elements are looked up once per content change (`forget()`); their rectangles are measured on every
 * placement, which runs at most once a frame.
 */
import type { Obstacle, ObstacleKind } from './position';

const CONTROLS = 'button,[role=button],input:not([type=hidden]),select';
const SUBMIT = /^(post|post all|reply|comment|send|share|publish|tweet|publier|répondre|commenter|envoyer|partager)$/i;
const CLOSE = /\b(close|dismiss|cancel|fermer|annuler)\b/i;
/** A row of at least this many controls under one parent is a tool row: the gaps between its buttons count too. */
const ROW = 3;
/** Enough for any composer; a page-sized form would otherwise cost a measure per button on every frame. */
const MOST = 80;

type Found = readonly [group: readonly Element[], kind: ObstacleKind];

export class ObstacleFinder {
  private found: Found[] | undefined;
  private readonly editor: HTMLElement;

  constructor(private readonly anchor: HTMLElement) {
    this.editor = anchor.matches('[contenteditable]:not([contenteditable=false]),textarea,input')
      ? anchor
      : (anchor.querySelector<HTMLElement>('[contenteditable]:not([contenteditable=false]),textarea') ?? anchor);
  }

  /** The page's content changed: look the elements up again at the next measure. */
  forget(): void {
    this.found = undefined;
  }

  /** Every obstacle's rectangle now, in viewport pixels; the draft's text first. */
  measure(): Obstacle[] {
    if (!this.found || this.found.some(([group]) => group.some((el) => !el.isConnected))) this.found = this.collect();
    const obstacles: Obstacle[] = [];
    const text = this.textRect();
    if (text) obstacles.push({ ...text, kind: 'text' });
    for (const [group, kind] of this.found) {
      let top = Infinity, left = Infinity, bottom = -Infinity, right = -Infinity;
      for (const el of group) {
        const r = el.getBoundingClientRect();
        if (!r.width || !r.height) continue; // hidden, or not laid out
        top = Math.min(top, r.top);
        left = Math.min(left, r.left);
        bottom = Math.max(bottom, r.bottom);
        right = Math.max(right, r.right);
      }
      if (right > left) obstacles.push({ top, left, width: right - left, height: bottom - top, kind });
    }
    return obstacles;
  }

  private collect(): Found[] {
    const controls = [...widgetOf(this.anchor).querySelectorAll(CONTROLS)]
      // Not the editor's own content, and not a clickable wrapper around the whole composer.
      .filter((el) => !this.editor.contains(el) && !el.contains(this.anchor))
      .slice(0, MOST);
    const rows = new Map<Element, Element[]>();
    for (const el of controls) {
      const row = el.closest('[role=toolbar]') ?? el.parentElement;
      if (row) rows.set(row, [...(rows.get(row) ?? []), el]);
    }
    return [
      ...controls.map((el): Found => [[el], kindOf(el)]),
      ...[...rows].filter(([row, els]) => els.length >= ROW || row.matches('[role=toolbar]')).map(([, els]): Found => [els, 'toolbar']),
    ];
  }

  /**
   * The extent of the draft: every line box the editor's content occupies (a Range over it), clipped to the editor;
   * a text area's content box (its text is not in the DOM).
   */
  private textRect() {
    const box = this.editor.getBoundingClientRect();
    let r: { top: number; left: number; right: number; bottom: number } = box;
    if (this.editor instanceof HTMLTextAreaElement || this.editor instanceof HTMLInputElement) {
      const s = getComputedStyle(this.editor);
      const inset = (side: string) => parseFloat(s.getPropertyValue(`padding-${side}`)) + parseFloat(s.getPropertyValue(`border-${side}-width`));
      r = { top: box.top + inset('top'), left: box.left + inset('left'), right: box.right - inset('right'), bottom: box.bottom - inset('bottom') };
    } else {
      const range = this.editor.ownerDocument.createRange();
      range.selectNodeContents(this.editor);
      r = range.getBoundingClientRect();
    }
    const top = Math.max(r.top, box.top);
    const left = Math.max(r.left, box.left);
    const width = Math.min(r.right, box.right) - left;
    const height = Math.min(r.bottom, box.bottom) - top;
    return width > 0 && height > 0 ? { top, left, width, height } : undefined;
  }
}

export function widgetOf(anchor: HTMLElement): Element {
  const scope = anchor.closest('[role=dialog],dialog,form');
  if (scope) return scope;
  let el: Element = anchor;
  for (let level = 1; level <= 6 && el.parentElement; level++) {
    el = el.parentElement;
    if ([...el.querySelectorAll(CONTROLS)].some((c) => kindOf(c) === 'submit')) return el;
  }
  let near: Element = anchor;
  for (let level = 0; level < 3 && near.parentElement; level++) near = near.parentElement;
  return near;
}

function kindOf(el: Element): ObstacleKind {
  const label = el.getAttribute('aria-label') ?? '';
  if (el.getAttribute('type') === 'submit' || SUBMIT.test((label || el.textContent || '').trim())) return 'submit';
  return CLOSE.test(label || el.getAttribute('title') || '') ? 'close' : 'control';
}
