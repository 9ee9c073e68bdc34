/**
 * Finds compose editors as they come and go in single-page apps and modals: one MutationObserver for the whole
 * document, with scans batched so a busy page costs at most one query per interval.
 */
import { GENERIC_EDITOR_SELECTOR, type SiteAdapter } from '../sites/adapter';

const SCAN_INTERVAL_MS = 100;
const MIN_GENERIC_WIDTH = 120;

export interface EditorWatcher {
  stop(): void;
}

export function watchEditors(
  doc: Document,
  adapter: SiteAdapter,
  onAdded: (editor: HTMLElement) => void,
  onRemoved: (editor: HTMLElement) => void,
): EditorWatcher {
  const tracked = new Set<HTMLElement>();
  let timer: ReturnType<typeof setTimeout> | undefined;

  const scan = () => {
    timer = undefined;
    for (const editor of tracked) {
      if (!editor.isConnected) {
        tracked.delete(editor);
        onRemoved(editor);
      }
    }
    for (const editor of findEditors(doc, adapter)) {
      if (!tracked.has(editor)) {
        tracked.add(editor); // even if it fails below: never retry an editor in a loop
        try {
          onAdded(editor);
        } catch {
          // A hostile or broken page can make one editor fail; the others still get their nudge.
        }
      }
    }
  };
  const schedule = () => {
    timer ??= setTimeout(scan, SCAN_INTERVAL_MS);
  };

  // Typing changes the editors' own DOM many times a second; those changes cannot add or remove an editor.
  const insideTracked = (node: Node) => [...tracked].some((editor) => editor !== node && editor.contains(node));
  const observer = new MutationObserver((mutations) => {
    if (mutations.some((m) => !insideTracked(m.target))) schedule();
  });
  observer.observe(doc.documentElement, { childList: true, subtree: true, attributes: true, attributeFilter: ['contenteditable'] });
  // Focusing a box that was there all along (shown by a class change, a textarea that typing never mutates)
  // is also a moment to look.
  doc.addEventListener('focusin', schedule, true);
  scan();
  return {
    stop() {
      doc.removeEventListener('focusin', schedule, true);
      observer.disconnect();
      clearTimeout(timer);
      for (const editor of tracked) onRemoved(editor);
      tracked.clear();
    },
  };
}

/** The site's own editors; if a redesign renamed them all, any sizeable editable element instead. */
export function findEditors(doc: Document, adapter: SiteAdapter): HTMLElement[] {
  const specific = [...doc.querySelectorAll<HTMLElement>(adapter.editorSelector)];
  if (specific.length > 0) return specific;
  return [...doc.querySelectorAll<HTMLElement>(GENERIC_EDITOR_SELECTOR)].filter(
    (el) =>
      // The outermost editable only, and only boxes big enough to write a post in (not search fields).
      !el.parentElement?.closest(GENERIC_EDITOR_SELECTOR) && el.getBoundingClientRect().width >= MIN_GENERIC_WIDTH,
  );
}
