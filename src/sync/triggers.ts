/**
 * When the background syncs the policy, and who may ask it to: install, browser start-up, the refresh alarm, a
 * managed or policy-URL change, "Refresh now" from Candor's own pages, and any worker wake-up that finds no policy
 * or no alarm. The browser APIs come in as a narrow interface so tests can drive every trigger.
 */
import type { Policy } from '../policy/types';
import { type Settings, STORAGE_KEYS, type SyncStatus } from '../store/state';
import { DEFAULT_REFRESH_MINUTES, type ManagedConfig, parseManaged } from './managed';
import { isRefreshRequest } from './messages';
import { updatePack } from './pack';
import { type RemovableStorageArea, recheckStored } from './recheck';
import { jitteredDelay, serialized } from './runner';
import type { SyncEnvironment } from './sync';

export const SYNC_ALARM = 'candor-policy-sync';

type StorageChange = { oldValue?: unknown; newValue?: unknown };

/**
 * What a storage change calls for. Managed storage holds the policy URL, key and pace, so any change there syncs
 * and re-paces the alarm; locally only a new policy URL in settings matters (role and language need no fetch).
 */
export function syncOnStorageChange(
  changes: Record<string, StorageChange>,
  area: string,
): 'none' | 'sync' | 'sync-and-schedule' {
  if (area === 'managed') return 'sync-and-schedule';
  // A first write has no old value (null in some browsers).
  const settings = changes[STORAGE_KEYS.settings] as { oldValue?: Settings | null; newValue?: Settings | null } | undefined;
  const urlChanged = settings !== undefined && settings.oldValue?.policyUrl !== settings.newValue?.policyUrl;
  return area === 'local' && urlChanged ? 'sync' : 'none';
}

/**
 * The refresh alarm: the organisation's pace (or the default), its first run jittered so a whole company does not
 * call at once.
 */
export function refreshAlarm(
  managed: ManagedConfig,
  random: () => number = Math.random,
): { delayInMinutes: number; periodInMinutes: number } {
  const period = managed.refreshMinutes ?? DEFAULT_REFRESH_MINUTES;
  return { delayInMinutes: jitteredDelay(period, random), periodInMinutes: period };
}

/** An extension event, reduced to what is used here. */
interface BrowserEvent<Args extends unknown[]> {
  addListener(listener: (...args: Args) => unknown): void;
}

/** The browser APIs the triggers use: `browser` in the extension, WXT's fake browser in tests. */
export interface SyncTriggerApi {
  readonly runtime: {
    readonly id: string;
    getURL(path: string): string;
    readonly onInstalled: BrowserEvent<[details: { reason: string }]>;
    readonly onStartup: BrowserEvent<[]>;
    readonly onMessage: BrowserEvent<[message: unknown, sender: { id?: string | undefined; url?: string | undefined }]>;
  };
  readonly alarms: {
    create(name: string, info: { delayInMinutes: number; periodInMinutes: number }): Promise<void>;
    get(name: string): Promise<unknown>;
    readonly onAlarm: BrowserEvent<[alarm: { name: string }]>;
  };
  readonly storage: {
    readonly local: RemovableStorageArea;
    readonly managed: { get(): Promise<unknown> };
    readonly onChanged: BrowserEvent<[changes: Record<string, StorageChange>, area: string]>;
  };
  readonly tabs: { create(properties: { url: string }): Promise<unknown> };
}

export interface SyncTriggerDeps {
  readonly syncPolicy: (env: SyncEnvironment) => Promise<SyncStatus>;
  readonly bundled: () => Policy;
  /** The full check of a stored policy (the parser), run at every worker start. */
  readonly isValidPolicy: (value: unknown) => boolean;
  /** Opened on first install; the entrypoint picks it because only it knows the build mode. */
  readonly firstPage: string;
}

/**
 * Registers every trigger (synchronously, as a woken worker must), then checks that some policy is active and the
 * refresh is scheduled: browsers may drop alarms on restart (Firefox always does). Listeners return their work so
 * callers can await it; browsers ignore those results except for messages, where it is the reply. The returned
 * promise settles when the wake-up checks are done.
 */
export function startSyncTriggers(api: SyncTriggerApi, deps: SyncTriggerDeps): Promise<unknown> {
  // Browsers without managed storage (or without a policy for it) reject: nothing is managed then.
  const readManaged = () => api.storage.managed.get().then(parseManaged, () => parseManaged({}));
  // Nothing reads or syncs before the stored state has been checked again (a worker starts after every update).
  const rechecked = recheckStored(api.storage.local, deps.isValidPolicy).catch(() => undefined);
  const sync = serialized(async () => {
    await rechecked;
    return deps.syncPolicy({ local: api.storage.local, managed: readManaged, bundled: deps.bundled, now: () => new Date() });
  });
  const schedule = async () => api.alarms.create(SYNC_ALARM, refreshAlarm(await readManaged()));
  // Tabs read a pack derived from the active policy: brought in step at every start and whenever the policy changes.
  const repack = serialized(() => rechecked.then(() => updatePack(api.storage.local)));
  // The pace may have changed, so re-schedule even when the sync failed.
  const syncThenSchedule = () => sync().finally(schedule);

  api.runtime.onInstalled.addListener(({ reason }) => {
    const synced = syncThenSchedule();
    // First run: say what Candor does and let the user pick a role.
    return Promise.all([synced, reason === 'install' && api.tabs.create({ url: deps.firstPage })]);
  });
  api.runtime.onStartup.addListener(() => sync());
  api.alarms.onAlarm.addListener((alarm) => (alarm.name === SYNC_ALARM ? sync() : undefined));
  api.runtime.onMessage.addListener((message, sender) =>
    isRefreshRequest(message, sender, { id: api.runtime.id, origin: api.runtime.getURL('/') }) ? sync() : undefined,
  );
  api.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && STORAGE_KEYS.active in changes) void repack();
    const action = syncOnStorageChange(changes, area);
    if (action === 'sync-and-schedule') return syncThenSchedule();
    return action === 'sync' ? sync() : undefined;
  });

  return Promise.all([
    rechecked.then(() => api.storage.local.get([STORAGE_KEYS.active])).then((stored) => stored[STORAGE_KEYS.active] || sync()),
    api.alarms.get(SYNC_ALARM).then((alarm) => alarm || schedule()),
    repack(),
  ]);
}
