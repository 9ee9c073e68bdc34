/**
 * The content script's job on one site: keep the compiled policy and settings current from storage, and give
 * every compose editor its session. Nothing here reaches the network.
 */
import { compile, type CompiledPolicy } from '../engine/compile';
import type { SiteAdapter } from '../sites/adapter';
import { readState, roleInForce, type SharedState, type StorageArea, type StorageChanges, uiLocale, watchState } from '../sync/state';
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
  let state: SharedState = { settings: {}, managed: {} };
  let compiled: CompiledPolicy | undefined;
  let compiledFrom: string | undefined;
  const accept = (next: SharedState) => {
    // Storage hands out a fresh copy on every change (a role, a sync status): compile only when the policy differs.
    const key = next.active && JSON.stringify(next.active.policy);
    if (key !== compiledFrom) {
      compiledFrom = key;
      compiled = next.active && compile(next.active.policy);
    }
    state = next;
  };
  accept(await readState(env.storage));

  const sessions = new Map<HTMLElement, EditorSession>();
  const context = {
    adapter: env.adapter,
    current() {
      if (!compiled || state.settings.disabledNetworks?.includes(env.adapter.network)) return undefined;
      return { compiled, role: roleInForce(state), locale: uiLocale(state.settings, env.browserLanguage) };
    },
  };

  const unwatchState = watchState(env.storage, env.changes, (next) => {
    accept(next);
    for (const session of sessions.values()) session.refresh();
  });
  const watcher = watchEditors(
    env.doc,
    env.adapter,
    (editor) => sessions.set(editor, new EditorSession(editor, context)),
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
