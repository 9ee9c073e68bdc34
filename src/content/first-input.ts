/**
 * The part of Candor every tab of the sites runs at page load: nothing but listeners waiting for the user's first
 * input in an editable element. Only then is the rest of Candor (the coach: watcher, sessions, engine, nudge)
 * brought into the tab, into this same isolated world (entrypoints/content.ts). A tab where nobody writes pays for
 * under a kilobyte of script instead of the whole coach (`npm run bench:page` measures both).
 */

/** What the user does to write in a box: typing and IME keys, edits the editor handles itself, paste, drop. */
export const USER_INPUT_EVENTS = ['keydown', 'beforeinput', 'paste', 'drop'] as const;

/** The coach's script, as built from entrypoints/coach.ts (the one file the sites' pages may load: wxt.config.ts). */
export const COACH_FILE = 'coach.js';

/**
 * Where the first input's element waits for the coach: a property of this isolated world's own global object, which
 * the page's scripts (another world, another global) never see. (`Symbol.for` only gives both scripts the same key.)
 */
const FIRST_INPUT = Symbol.for('candor.firstInput');
type Handoff = { [FIRST_INPUT]?: Node };

const editableAt = (target: EventTarget | undefined): target is Node => {
  if (!(target instanceof Node)) return false;
  const element = target instanceof Element ? target : target.parentElement;
  return !!element && ((element as HTMLElement).isContentEditable || element.localName === 'textarea');
};

/**
 * Calls `onFirstInput` once, at the first trusted input into an editable element of `win`'s document (inside open
 * shadow roots too: the composed path names the element itself), after leaving that element for `takeFirstInput`.
 */
export function awaitFirstInput(win: Window, onFirstInput: () => void): void {
  const listener = (event: Event) => {
    const target = event.composedPath()[0];
    if (!event.isTrusted || !editableAt(target)) return;
    for (const type of USER_INPUT_EVENTS) win.removeEventListener(type, listener, true);
    (globalThis as Handoff)[FIRST_INPUT] = target;
    onFirstInput();
  };
  for (const type of USER_INPUT_EVENTS) win.addEventListener(type, listener, true);
}

/** The element the user first wrote in, for the coach (once: later calls get undefined). */
export function takeFirstInput(): Node | undefined {
  const handoff = globalThis as Handoff;
  const target = handoff[FIRST_INPUT];
  delete handoff[FIRST_INPUT];
  return target;
}
