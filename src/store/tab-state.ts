/**
 * What a tab reads, and only that: at page load the user's settings and the organisation's role (a few hundred
 * bytes, whatever the policy's size); the policy pack only once a draft needs analysing. Never the policy itself,
 * the previous one or the sync status, so a sync that changes none of these wakes no tab.
 */
import { PACK_FORMAT, type PolicyPack } from '../policy/pack';
import { choicesOf, isRecord, type SharedState, STORAGE_KEYS, type StorageArea, type StorageChanges } from './state';

/** Written by the background (`sync/pack.ts`) whenever the active policy changes what tabs use. */
export const PACK_KEY = 'policyPack';

export type TabSettings = Pick<SharedState, 'settings' | 'managed'>;

const SETTINGS_KEYS = [STORAGE_KEYS.settings, STORAGE_KEYS.managed];

export async function readTabSettings(area: StorageArea): Promise<TabSettings> {
  return choicesOf(await area.get(SETTINGS_KEYS));
}

/** The stored pack, if it has the shape this version reads (the loader checks the rest, and may still refuse it). */
export async function readPack(area: StorageArea): Promise<PolicyPack | undefined> {
  const pack = (await area.get([PACK_KEY]))[PACK_KEY];
  return looksLikePack(pack) ? pack : undefined;
}

export function looksLikePack(value: unknown): value is PolicyPack {
  if (!isRecord(value) || value.format !== PACK_FORMAT || typeof value.key !== 'string' || typeof value.demo !== 'boolean') return false;
  const { policy, base, terms, owners, roles } = value;
  return (
    isRecord(policy) && isRecord(base) && isRecord(base.rules) && Array.isArray(base.topics) && Array.isArray(roles) &&
    Array.isArray(terms) && terms.every((t) => typeof t === 'string') &&
    Array.isArray(owners) && owners.length === terms.length && owners.every((list) => Array.isArray(list) && list.every(Number.isInteger))
  );
}

/** Calls `settingsChanged` with the new settings, and `packChanged` when the pack changed. Returns an unsubscribe. */
export function watchTab(
  area: StorageArea,
  changes: StorageChanges,
  on: { settingsChanged(settings: TabSettings): void; packChanged(): void },
): () => void {
  const listener = (changed: Record<string, unknown>, areaName: string) => {
    if (areaName !== 'local') return;
    if (SETTINGS_KEYS.some((key) => key in changed)) void readTabSettings(area).then(on.settingsChanged);
    if (PACK_KEY in changed) on.packChanged();
  };
  changes.addListener(listener);
  return () => changes.removeListener(listener);
}
