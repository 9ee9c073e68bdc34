/**
 * The background keeps the tabs' pack in step with the active policy: rewritten when the policy in force changes
 * what tabs use, removed when no policy is active, and otherwise left alone, so a sync that changes nothing a tab
 * uses (a "304 Not Modified", a new check time) wakes no tab. The pack is derived data: any copy can be rebuilt.
 */
import { storedPack } from '../policy/pack';
import { looksLikePolicy, STORAGE_KEYS } from '../store/state';
import { PACK_KEY } from '../store/tab-state';
import type { RemovableStorageArea } from './recheck';

export async function updatePack(area: RemovableStorageArea): Promise<void> {
  const stored = await area.get([STORAGE_KEYS.active, PACK_KEY]);
  const active = stored[STORAGE_KEYS.active] as { policy?: unknown; source?: unknown } | undefined;
  const current = stored[PACK_KEY] as { key?: unknown } | undefined;
  if (!active || !looksLikePolicy(active.policy)) {
    if (current !== undefined) await area.remove([PACK_KEY]);
    return;
  }
  const pack = storedPack(active.policy, active.source === 'bundled');
  if (current?.key !== pack.key) await area.set({ [PACK_KEY]: pack });
}
