/** Changing settings from Candor's pages: one read-modify-write of the `settings` object, under a lock the pages share. */
import { checkPolicyUrl, originPattern } from '../policy/url';
import { type ActivePolicy, type Settings, STORAGE_KEYS, type StorageArea } from './state';

/**
 * Mutual exclusion between Candor's pages: `navigator.locks` (Web Locks), which every page of the extension shares,
 * being one origin. Without it, options and the welcome page changing two settings at once would both read the old
 * object and the second write would undo the first.
 */
export interface Locks {
  request(name: string, callback: () => Promise<void>): Promise<unknown>;
}
const SETTINGS_LOCK = 'candor-settings';

export async function updateSettings(area: StorageArea, locks: Locks, change: Partial<Settings>): Promise<void> {
  await locks.request(SETTINGS_LOCK, async () => void (await changeSettings(area, change)));
}

/** Call only while holding the lock. Returns the settings as they were. */
async function changeSettings(area: StorageArea, change: Partial<Settings>): Promise<Settings> {
  const current = ((await area.get([STORAGE_KEYS.settings]))[STORAGE_KEYS.settings] as Settings | undefined) ?? {};
  await area.set({ [STORAGE_KEYS.settings]: { ...current, ...change } });
  return current;
}

/**
 * "Reset" in options: the settings go back to their defaults, and the policy in force no longer pins its version. A
 * signed policy with a mistaken version ("999999999") would otherwise refuse every real version after it; unpinned,
 * the next policy the organisation signs is taken whatever its version (its signature is still checked).
 */
export async function resetSettings(area: StorageArea, locks: Locks): Promise<void> {
  await updateSettings(area, locks, { role: undefined, locale: undefined, disabledNetworks: undefined });
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

/** The browser's permissions API, asked for one origin at a time. */
export function originPermissionsOf(api: {
  request(permissions: { origins: string[] }): Promise<boolean>;
  remove(permissions: { origins: string[] }): Promise<unknown>;
}): OriginPermissions {
  return { request: (origin) => api.request({ origins: [origin] }), remove: (origin) => api.remove({ origins: [origin] }) };
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
  locks: Locks,
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
  let previous: string | undefined;
  await locks.request(SETTINGS_LOCK, async () => {
    previous = (await changeSettings(area, { policyUrl })).policyUrl;
  });
  const previousPattern = previous && URL.canParse(previous) ? originPattern(new URL(previous)) : undefined;
  if (previousPattern && previousPattern !== (policyUrl && originPattern(new URL(policyUrl)))) {
    await permissions.remove(previousPattern).catch(() => undefined);
  }
  return { ok: true };
}
