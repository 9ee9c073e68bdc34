/**
 * The content script's job on one site: keep the compiled policy and settings current from storage, and give
 * every compose editor its session. Nothing here reaches the network.
 */
import { compile, type CompiledPolicy } from '../engine/compile';
import type { SiteAdapter } from '../sites/adapter';
import { inForce } from '../store/in-force';
import { readState, type SharedState, type StorageArea, type StorageChanges, watchState } from '../store/state';
import { EditorSession } from './session';
import { watchEditors } from './watcher';

export interface ContentEnvironment {
  readonly doc: Document;
  readonly adapter: SiteAdapter;
  readonly storage: StorageArea;
  readonly changes: StorageChanges;
  readonly browserLanguage: string;
}

export async function startCandor(env: ContentEnvironment): Promise<() => void> {
  let state: SharedState = await readState(env.storage);
  // Once per policy received (at start and when storage says the policy changed), never per keystroke.
  let compiled: CompiledPolicy | undefined = state.active && compile(state.active.policy);

  const sessions = new Map<HTMLElement, EditorSession>();
  const context = {
    adapter: env.adapter,
    current() {
      if (!compiled || state.settings.disabledNetworks?.includes(env.adapter.network)) return undefined;
      const { role, locale } = inForce(state, env.browserLanguage);
      return { compiled, role, locale };
    },
  };

  const unwatchState = watchState(env.storage, env.changes, (next, policyChanged) => {
    if (policyChanged) compiled = next.active && compile(next.active.policy);
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
  return () => {
    unwatchState();
    watcher.stop();
  };
}
