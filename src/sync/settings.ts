/** Changing settings from Candor's pages: one read-modify-write of the `settings` object, no other keys touched. */
import { checkPolicyUrl, originPattern } from './url';
import { type Settings, STORAGE_KEYS, type StorageArea } from './state';

export async function updateSettings(area: StorageArea, change: Partial<Settings>): Promise<void> {
  const current = ((await area.get([STORAGE_KEYS.settings]))[STORAGE_KEYS.settings] as Settings | undefined) ?? {};
  await area.set({ [STORAGE_KEYS.settings]: { ...current, ...change } });
}

/**
 * Saves the policy URL set in options, after asking for permission to read from its origin (and only it).
 * An empty URL goes back to the bundled policy. The background notices the change and fetches.
 */
export async function savePolicyUrl(
  text: string,
  area: StorageArea,
  requestOrigin: (pattern: string) => Promise<boolean>,
): Promise<{ ok: true } | { error: string }> {
  if (text.trim() === '') {
    await updateSettings(area, { policyUrl: undefined });
    return { ok: true };
  }
  const checked = checkPolicyUrl(text);
  if ('error' in checked) return checked;
  const pattern = originPattern(checked.url);
  if (!(await requestOrigin(pattern))) return { error: `Candor needs permission to read ${checked.url.host} to fetch the policy.` };
  await updateSettings(area, { policyUrl: checked.url.href });
  return { ok: true };
}
