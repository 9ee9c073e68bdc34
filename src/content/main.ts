/**
 * The content script's job on one site: keep the compiled policy and settings current from storage, and give
 * every compose editor its session. Nothing here reaches the network.
 */
import { compile, type CompiledPolicy } from '../engine/compile';
import type { SiteAdapter } from '../sites/adapter';
import { readState, type SharedState, type StorageArea, type StorageChanges, uiLocale, watchState } from '../sync/state';
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
  let compiled: CompiledPolicy | undefined;
  let compiledFrom: unknown;
  const compiledPolicy = () => {
    const policy = state.active?.policy;
    if (policy !== compiledFrom) {
      compiledFrom = policy;
      compiled = policy && compile(policy); // once per policy received, not per keystroke
    }
    return compiled;
  };

  const sessions = new Map<HTMLElement, EditorSession>();
  const context = {
    adapter: env.adapter,
    current() {
      const policy = compiledPolicy();
      if (!policy || state.settings.disabledNetworks?.includes(env.adapter.network)) return undefined;
      return { compiled: policy, role: state.settings.role, locale: uiLocale(state.settings, env.browserLanguage) };
    },
  };

  const unwatchState = watchState(env.storage, env.changes, (next) => {
    state = next;
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
