/**
 * What the background shares with content scripts and pages, through `storage.local`: the active policy (already
 * validated, plain data) and the user's settings. Readers watch storage changes, so a new policy or role reaches
 * open compose boxes without a reload. Type-only imports: no zod here.
 */
import type { Network, Policy } from '../policy/types';

export interface ActivePolicy {
  readonly policy: Policy;
  readonly source: 'bundled' | 'managed' | 'options';
}

export interface Settings {
  /** The role chosen in options; none means the base policy. */
  readonly role?: string;
  /** UI and inserted-text language; "auto" follows the browser. */
  readonly locale?: 'auto' | 'en' | 'fr';
  /** Networks where nudges are off (all on by default). */
  readonly disabledNetworks?: readonly Network[];
}

export interface SharedState {
  readonly active?: ActivePolicy;
  readonly settings: Settings;
}

export const STORAGE_KEYS = { active: 'activePolicy', settings: 'settings' } as const;

/** The subset of `browser.storage` used here, so tests can pass WXT's fake browser or a real one. */
export interface StorageArea {
  get(keys: string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}
export interface StorageChanges {
  addListener(listener: (changes: Record<string, { newValue?: unknown }>, area: string) => void): void;
  removeListener(listener: (changes: Record<string, { newValue?: unknown }>, area: string) => void): void;
}

export async function readState(area: StorageArea): Promise<SharedState> {
  const stored = await area.get([STORAGE_KEYS.active, STORAGE_KEYS.settings]);
  return {
    active: stored[STORAGE_KEYS.active] as ActivePolicy | undefined,
    settings: (stored[STORAGE_KEYS.settings] as Settings | undefined) ?? {},
  };
}

/** Calls `onChange` with the whole new state whenever the policy or settings change. Returns an unsubscribe. */
export function watchState(area: StorageArea, changes: StorageChanges, onChange: (state: SharedState) => void): () => void {
  const listener = (changed: Record<string, unknown>, areaName: string) => {
    if (areaName === 'local' && (STORAGE_KEYS.active in changed || STORAGE_KEYS.settings in changed)) {
      void readState(area).then(onChange);
    }
  };
  changes.addListener(listener);
  return () => changes.removeListener(listener);
}

/** The language the UI and inserted texts use: the setting, else the browser's, limited to what Candor speaks. */
export function uiLocale(settings: Settings, browserLanguage: string): 'en' | 'fr' {
  const wanted = settings.locale && settings.locale !== 'auto' ? settings.locale : browserLanguage;
  return wanted.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}
