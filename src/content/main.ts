/**
 * The coach's job on one site (brought into the tab at the user's first input: ./first-input.ts): keep the settings
 * and, once a draft needs it, the policy current from storage, and give every compose editor its session. Nothing
 * here reaches the network.
 *
 * When the extension is updated, disabled or removed, this copy of the coach is cut off from it: its runtime's id
 * goes away. Chrome does not put the new version into tabs already open, so the next time Candor is about to act
 * here it retires: a box the user is writing in says to reload the page, every other trace leaves the page. No
 * event or message the page could forge does this.
 */
import { type LoadedPack, loadPackInSlices } from '../engine/prepared';
import type { SiteAdapter } from '../sites/adapter';
import { choicesInForce } from '../store/in-force';
import type { StorageArea, StorageChanges } from '../store/state';
import { readPack, readTabSettings, type TabSettings, watchTab } from '../store/tab-state';
import { messagesFor } from '../ui/messages';
import { EditorSession, type SessionContext } from './session';
import { watchEditors } from './watcher';

export interface ContentEnvironment {
  readonly doc: Document;
  readonly adapter: SiteAdapter;
  readonly storage: StorageArea;
  readonly changes: StorageChanges;
  readonly browserLanguage: string;
  /** The extension's runtime as this script sees it (`browser.runtime`): asked, never the page, if Candor is still there. */
  readonly runtime: { readonly id?: string };
  /** Candor's own page (the playground): its sample drafts are read as if the user had typed them. */
  readonly ownPage?: boolean;
  /** Where the user's first input went, if it came before this script (it is what brought it: ./first-input.ts). */
  readonly firstInput?: Node;
}

function extensionGone(runtime: { readonly id?: string }): boolean {
  try {
    return !runtime.id;
  } catch {
    return true; // an orphaned script's runtime may throw instead of answering
  }
}

/** Lets the page run between two slices of building a large policy's automaton (no timer clamping). */
function pause(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

export async function startCandor(env: ContentEnvironment): Promise<() => void> {
  let tab: TabSettings = await readTabSettings(env.storage);
  // The policy is loaded the first time a draft needs analysing (after the user's own input in a compose box), and
  // again when the background says it changed; never at page load, never on a network switched off.
  let policy: LoadedPack | undefined;
  let wanted = false;
  let loading = false;
  let packChanges = 0;
  const load = () => {
    loading = true;
    const seen = packChanges;
    void readPack(env.storage)
      .then((pack) => pack && loadPackInSlices(pack, pause))
      .catch(() => undefined) // a pack this tab cannot read: no advice until a good one arrives
      .then((loaded) => {
        loading = false;
        if (stopped) return;
        if (seen !== packChanges) return load(); // it changed while loading
        policy = loaded;
        refreshAll();
      });
  };

  const sessions = new Map<HTMLElement, EditorSession>();
  // Only the boxes found by the first scan: a node kept longer could be moved by the page into a box of its own.
  let firstInput = env.firstInput;
  /** Whether the user already wrote in `editor` before this script ran (then the session starts as theirs). */
  const writtenBefore = (editor: HTMLElement) => {
    if (!firstInput || !editor.contains(firstInput)) return false;
    firstInput = undefined;
    return true;
  };
  let stopped = false;
  const context: SessionContext = {
    adapter: env.adapter,
    ownPage: env.ownPage ?? false,
    current() {
      if (!stopped && extensionGone(env.runtime)) queueMicrotask(retire);
      if (stopped || tab.settings.disabledNetworks?.includes(env.adapter.network)) return undefined;
      return choicesInForce(tab, env.browserLanguage);
    },
    policy() {
      if (!wanted && !stopped) {
        wanted = true;
        load();
      }
      return policy;
    },
    successorOf(box, predecessor) {
      for (const session of sessions.values()) {
        if (session !== predecessor && session.editor.isConnected && overlaps(session.editor.getBoundingClientRect(), box)) return session;
      }
      return undefined;
    },
  };
  const refreshAll = () => {
    for (const session of sessions.values()) {
      try {
        session.refresh();
      } catch {
        // One box a hostile or broken page makes unreadable does not keep the others on the old policy.
      }
    }
  };

  const unwatch = watchTab(env.storage, env.changes, {
    settingsChanged(next) {
      tab = next;
      refreshAll();
    },
    packChanged() {
      packChanges++;
      // Boxes keep the policy they have until the new one is ready.
      if (wanted && !loading) load();
    },
  });
  const watcher = watchEditors(
    env.doc,
    env.adapter,
    (editor, surface) => sessions.set(editor, new EditorSession(editor, surface, context, writtenBefore(editor))),
    (editor) => {
      sessions.get(editor)?.destroy();
      sessions.delete(editor);
    },
    env.firstInput,
  );
  firstInput = undefined;
  function retire() {
    if (stopped) return;
    const messages = messagesFor(choicesInForce(tab, env.browserLanguage).locale);
    for (const session of sessions.values()) session.retire(messages);
    sessions.clear();
    stop();
  }
  function stop() {
    if (stopped) return;
    stopped = true;
    unwatch();
    watcher.stop();
  }
  return stop;
}

const overlaps = (a: DOMRect, b: DOMRect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
