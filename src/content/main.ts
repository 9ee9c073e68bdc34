/**
 * The content script's job on one site: keep the compiled policy and settings current from storage, and give
 * every compose editor its session. Nothing here reaches the network.
 *
 * When the extension is updated, disabled or removed, this copy of the script is cut off from it: its runtime's id
 * goes away. Chrome does not put the new version into tabs already open, so the next time Candor is about to act
 * here it retires: a box the user is writing in says to reload the page, every other trace leaves the page. No
 * event or message the page could forge does this.
 */
import { compileIfReadable, type CompiledPolicy } from '../engine/compile';
import type { SiteAdapter } from '../sites/adapter';
import { inForce } from '../store/in-force';
import { readState, runsTheDemo, type SharedState, type StorageArea, type StorageChanges, watchState } from '../store/state';
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
}

function extensionGone(runtime: { readonly id?: string }): boolean {
  try {
    return !runtime.id;
  } catch {
    return true; // an orphaned script's runtime may throw instead of answering
  }
}

export async function startCandor(env: ContentEnvironment): Promise<() => void> {
  let state: SharedState = await readState(env.storage);
  // Once per policy received (at start and when storage says the policy changed), never per keystroke.
  let compiled: CompiledPolicy | undefined = compileIfReadable(state.active?.policy);

  const sessions = new Map<HTMLElement, EditorSession>();
  let stopped = false;
  const context: SessionContext = {
    adapter: env.adapter,
    ownPage: env.ownPage ?? false,
    current() {
      if (!stopped && extensionGone(env.runtime)) queueMicrotask(retire);
      if (stopped || !compiled || state.settings.disabledNetworks?.includes(env.adapter.network)) return undefined;
      const { role, locale } = inForce(state, env.browserLanguage);
      return { compiled, role, locale, demo: runsTheDemo(state) };
    },
    successorOf(box, predecessor) {
      for (const session of sessions.values()) {
        if (session !== predecessor && session.editor.isConnected && overlaps(session.editor.getBoundingClientRect(), box)) return session;
      }
      return undefined;
    },
  };

  const unwatchState = watchState(env.storage, env.changes, (next, policyChanged) => {
    if (policyChanged) compiled = compileIfReadable(next.active?.policy);
    state = next;
    for (const session of sessions.values()) {
      try {
        session.refresh();
      } catch {
        // One box a hostile or broken page makes unreadable does not keep the others on the old policy.
      }
    }
  });
  const watcher = watchEditors(
    env.doc,
    env.adapter,
    (editor, surface) => sessions.set(editor, new EditorSession(editor, surface, context)),
    (editor) => {
      sessions.get(editor)?.destroy();
      sessions.delete(editor);
    },
  );
  function retire() {
    if (stopped) return;
    const messages = messagesFor(inForce(state, env.browserLanguage).locale);
    for (const session of sessions.values()) session.retire(messages);
    sessions.clear();
    stop();
  }
  function stop() {
    if (stopped) return;
    stopped = true;
    unwatchState();
    watcher.stop();
  }
  return stop;
}

const overlaps = (a: DOMRect, b: DOMRect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
