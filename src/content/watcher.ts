/**
 * Finds compose editors as they come and go in single-page apps and modals: one MutationObserver for the document
 * and for the open shadow roots that hold editors, with scans batched so a busy page costs at most one query per
 * interval. Editors are recognised by their engine, then the site says which are posts, replies and comments;
 * private and out-of-scope boxes (messages, search, prompts) are never tracked.
 */
import { EDITABLE_SELECTOR, ENGINE_SELECTOR } from '../editor/engines';
import { genericSurface, isPublic, type PublicSurface, type SiteAdapter, type Surface } from '../sites/adapter';

const SCAN_INTERVAL_MS = 100;
/** Narrower than this, a box nobody's markers explain is a search or chat field, not a composer. */
const MIN_GENERIC_WIDTH = 120;

export interface EditorWatcher {
  stop(): void;
}

type Root = Document | ShadowRoot;

export function watchEditors(
  doc: Document,
  adapter: SiteAdapter,
  onAdded: (editor: HTMLElement, surface: PublicSurface) => void,
  onRemoved: (editor: HTMLElement) => void,
  /** Where the user just wrote, if Candor came after it: its shadow root, if any, is watched from the first scan. */
  firstInput?: Node,
): EditorWatcher {
  const tracked = new Set<HTMLElement>();
  const roots = new Set<Root>([doc]);
  let timer: ReturnType<typeof setTimeout> | undefined;

  const scan = () => {
    timer = undefined;
    for (const editor of tracked) {
      if (!editor.isConnected) {
        tracked.delete(editor);
        onRemoved(editor);
      }
    }
    // A shadow tree taken out of the page holds nothing to nudge (and would hand back editors just released).
    for (const root of roots) if (root instanceof ShadowRoot && !root.host.isConnected) roots.delete(root);
    if (adapter.shadowHosts) {
      for (const host of doc.querySelectorAll(adapter.shadowHosts)) if (host.shadowRoot) observeRoot(host.shadowRoot);
    }
    for (const [editor, surface] of findEditors([...roots], adapter, new URL(doc.URL))) {
      if (!tracked.has(editor)) {
        tracked.add(editor); // even if it fails below: never retry an editor in a loop
        try {
          onAdded(editor, surface);
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
  const insideTracked = (node: Node) => {
    for (const editor of tracked) if (editor !== node && editor.contains(node)) return true;
    return false;
  };
  const observer = new MutationObserver((mutations) => {
    if (mutations.some((m) => !insideTracked(m.target))) schedule();
  });
  const observeOptions = { childList: true, subtree: true, attributes: true, attributeFilter: ['contenteditable'] };
  function observeRoot(root: ShadowRoot) {
    // Candor's own nudges are closed shadow roots: focus inside them reaches this listener retargeted to their host.
    if (roots.has(root)) return;
    roots.add(root);
    observer.observe(root, observeOptions);
    schedule();
  }
  observer.observe(doc.documentElement, observeOptions);

  // Focusing a box that was there all along (shown by a class change, a textarea that typing never mutates, an
  // editor inside a shadow root nobody told us about) is also a moment to look. Focus inside a shadow tree reaches
  // the document retargeted to its host: the composed path names the element itself.
  const onFocus = (event: FocusEvent) => {
    const target = event.composedPath()[0];
    const root = target instanceof Node ? target.getRootNode() : undefined;
    if (root instanceof ShadowRoot) observeRoot(root);
    schedule();
  };
  doc.addEventListener('focusin', onFocus, true);
  // The focus that put the user in that box came before this script, and so did any shadow root around it.
  const firstRoot = firstInput?.getRootNode();
  if (firstRoot instanceof ShadowRoot) observeRoot(firstRoot);
  scan();
  return {
    stop() {
      doc.removeEventListener('focusin', onFocus, true);
      observer.disconnect();
      clearTimeout(timer);
      for (const editor of tracked) onRemoved(editor);
      tracked.clear();
    },
  };
}

/**
 * The compose boxes to nudge on, with what each is for. The site's own reading of each engine's editors comes
 * first; only when it recognises none (a redesign renamed its markers) does any sizeable editable count, unless
 * its role or label says search, message or prompt.
 */
export function findEditors(roots: readonly Root[], adapter: SiteAdapter, url: URL): [HTMLElement, PublicSurface][] {
  const query = (selector: string) => roots.flatMap((root) => [...root.querySelectorAll<HTMLElement>(selector)]);
  const engines = query(ENGINE_SELECTOR).map((editor) => [editor, adapter.surfaceOf(editor, url)] as const);
  const recognised = engines.filter((entry): entry is [HTMLElement, PublicSurface] => isPublic(entry[1]));
  if (recognised.length > 0) return recognised;
  // The outermost editable only, its role and label first, and its size last (measuring forces a layout): only
  // boxes big enough to write a post in.
  return query(EDITABLE_SELECTOR).flatMap((editor) => {
    if (editor.parentElement?.closest(EDITABLE_SELECTOR)) return [];
    const surface: Surface = adapter.surfaceOf(editor, url) ?? genericSurface(editor);
    if (!isPublic(surface) || editor.getBoundingClientRect().width < MIN_GENERIC_WIDTH) return [];
    return [[editor, surface] as [HTMLElement, PublicSurface]];
  });
}
