/**
 * Until policy sync exists, the background makes the bundled policy the active one. It rewrites it only when the
 * stored copy is an older bundled one, so a policy from another source is never replaced.
 */
import { bundledPolicy } from '../policy/bundled';
import { type ActivePolicy, STORAGE_KEYS, type StorageArea } from './state';

export async function activateBundledPolicy(area: StorageArea): Promise<void> {
  const stored = (await area.get([STORAGE_KEYS.active]))[STORAGE_KEYS.active] as ActivePolicy | undefined;
  const policy = bundledPolicy();
  if (stored && (stored.source !== 'bundled' || JSON.stringify(stored.policy) === JSON.stringify(policy))) return;
  const active: ActivePolicy = { policy, source: 'bundled' };
  await area.set({ [STORAGE_KEYS.active]: active });
}
