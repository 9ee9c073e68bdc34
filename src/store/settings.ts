/** Changing settings from Candor's pages: one read-modify-write of the `settings` object, no other keys touched. */
import { checkPolicyUrl, originPattern } from '../policy/url';
import { type ActivePolicy, type Settings, STORAGE_KEYS, type StorageArea } from './state';

export async function updateSettings(area: StorageArea, change: Partial<Settings>): Promise<void> {
  const current = ((await area.get([STORAGE_KEYS.settings]))[STORAGE_KEYS.settings] as Settings | undefined) ?? {};
  await area.set({ [STORAGE_KEYS.settings]: { ...current, ...change } });
}

/**
 * "Reset" in options: the settings go back to their defaults, and the policy in force no longer pins its version. A
 * signed policy with a mistaken version ("999999999") would otherwise refuse every real version after it; unpinned,
 * the next policy the organisation signs is taken whatever its version (its signature is still checked).
 */
export async function resetSettings(area: StorageArea): Promise<void> {
  await updateSettings(area, { role: undefined, locale: undefined, disabledNetworks: undefined });
  const active = (await area.get([STORAGE_KEYS.active]))[STORAGE_KEYS.active] as ActivePolicy | undefined;
  if (active?.signedWith !== undefined) {
    const { signedWith: _pinnedBy, ...unpinned } = active;
    await area.set({ [STORAGE_KEYS.active]: unpinned });
  }
}

export interface OriginPermissions {
  request(pattern: string): Promise<boolean>;
  remove(pattern: string): Promise<unknown>;
}

/**
 * Saves the policy URL set in options, after asking for permission to read from its origin (and only it). The
 * previous URL's origin is given back, so permissions never pile up. An empty URL goes back to the bundled policy.
 * The background notices the change and fetches.
 *
 * The permission is asked for first, before anything is awaited: Firefox grants `permissions.request` only while
 * the user's action (the click on Save) is being handled, and refuses it after an await (MDN "User actions").
 * Call this synchronously from the event handler.
 */
export async function savePolicyUrl(
  text: string,
  area: StorageArea,
  permissions: OriginPermissions,
): Promise<{ ok: true } | { error: string }> {
  let policyUrl: string | undefined;
  if (text.trim() !== '') {
    const checked = checkPolicyUrl(text);
    if ('error' in checked) return checked;
    const pattern = originPattern(checked.url);
    if (!(await permissions.request(pattern))) {
      return { error: `Candor needs permission to read ${checked.url.host} to fetch the policy.` };
    }
    policyUrl = checked.url.href;
  }
  const previous = ((await area.get([STORAGE_KEYS.settings]))[STORAGE_KEYS.settings] as Settings | undefined)?.policyUrl;
  const previousPattern = previous && URL.canParse(previous) ? originPattern(new URL(previous)) : undefined;
  await updateSettings(area, { policyUrl });
  if (previousPattern && previousPattern !== (policyUrl && originPattern(new URL(policyUrl)))) {
    await permissions.remove(previousPattern).catch(() => undefined);
  }
  return { ok: true };
}
