/**
 * When the background syncs and schedules: the pure decisions, then every trigger driven through WXT's fake
 * browser with a recording `syncPolicy` (the sync itself is tested in sync.test.ts).
 */
import { afterEach, beforeEach, describe, expect, it, type MockInstance, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { bundledPolicy } from '../../src/policy/bundled';
import { parsePolicy } from '../../src/policy/parse';
import { DEFAULT_REFRESH_MINUTES } from '../../src/sync/managed';
import { REFRESH } from '../../src/sync/messages';
import type { SyncEnvironment } from '../../src/sync/sync';
import { refreshAlarm, startSyncTriggers, SYNC_ALARM, syncOnStorageChange } from '../../src/sync/triggers';
import { type Settings, STORAGE_KEYS, type SyncStatus } from '../../src/store/state';
import { PACK_KEY } from '../../src/store/tab-state';

describe('syncOnStorageChange', () => {
  const settings = (oldValue: unknown, newValue: unknown) => ({ [STORAGE_KEYS.settings]: { oldValue, newValue } });
  const A = 'https://a.example/p.json';
  it.each([
    ['any managed change', 'sync-and-schedule', 'managed', {}],
    ['a managed pace change', 'sync-and-schedule', 'managed', { refreshMinutes: { oldValue: 60, newValue: 30 } }],
    ['a new policy URL', 'sync', 'local', settings({ policyUrl: A }, { policyUrl: 'https://b.example/p.json' })],
    ['a first policy URL', 'sync', 'local', settings(null, { policyUrl: A })],
    ['a removed policy URL', 'sync', 'local', settings({ policyUrl: A, role: 'sales' }, { role: 'sales' })],
    ['a role change under the same URL', 'none', 'local', settings({ policyUrl: A }, { policyUrl: A, role: 'hr' })],
    ['first settings without a URL', 'none', 'local', settings(undefined, { locale: 'fr' })],
    ['a new active policy', 'none', 'local', { [STORAGE_KEYS.active]: { oldValue: null, newValue: {} } }],
    ['a policy URL in sync storage', 'none', 'sync', settings(null, { policyUrl: A })],
    ['a policy URL in session storage', 'none', 'session', settings(null, { policyUrl: A })],
  ])('%s → %s', (_name, action, area, changes) => {
    expect(syncOnStorageChange(changes, area)).toBe(action);
  });
});

describe('refreshAlarm', () => {
  it('paces by the default period when the organisation sets none', () => {
    expect(refreshAlarm({}, () => 0.5)).toEqual({
      delayInMinutes: DEFAULT_REFRESH_MINUTES / 2,
      periodInMinutes: DEFAULT_REFRESH_MINUTES,
    });
  });

  it("paces by the organisation's period, the first run jittered over it", () => {
    expect(refreshAlarm({ refreshMinutes: 60 }, () => 0)).toEqual({ delayInMinutes: 1, periodInMinutes: 60 });
    expect(refreshAlarm({ refreshMinutes: 60 }, () => 1)).toEqual({ delayInMinutes: 60, periodInMinutes: 60 });
  });
});

describe('startSyncTriggers', () => {
  const STATUS: SyncStatus = { checkedAt: '2026-11-24T10:00:00.000Z', source: 'bundled' };
  const OWN_PAGE = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') };
  const syncPolicy = vi.fn<(env: SyncEnvironment) => Promise<SyncStatus>>();
  const start = () =>
    startSyncTriggers(fakeBrowser, {
      syncPolicy,
      bundled: bundledPolicy,
      isValidPolicy: (value) => parsePolicy(value).ok,
      firstPage: '/welcome.html',
    });
  const send = (message: unknown, sender: { id: string; url: string }) =>
    fakeBrowser.runtime.onMessage.trigger(message, sender);
  const setSettings = (settings: Settings) => fakeBrowser.storage.local.set({ [STORAGE_KEYS.settings]: settings });
  // The fake browser works in microtasks only, so one macrotask later everything not waiting on a held sync has run.
  const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
  const alarm = (name: string) => ({ name, scheduledTime: 0, persistAcrossSessions: false });
  const UPDATE = { reason: 'update', previousVersion: '0.1.0', temporary: false } as const;
  let createAlarm: MockInstance<typeof fakeBrowser.alarms.create>;
  let createTab: MockInstance<typeof fakeBrowser.tabs.create>;

  /** Makes syncs wait until the returned function is called (once per sync), to see what waits for them. */
  const holdSyncs = () => {
    const waiting: (() => void)[] = [];
    syncPolicy.mockImplementation(() => new Promise((resolve) => waiting.push(() => resolve(STATUS))));
    return () => waiting.shift()?.();
  };

  /** A worker that already has a policy and an alarm, so starting it does nothing by itself. */
  const startSettled = async () => {
    await fakeBrowser.storage.local.set({ [STORAGE_KEYS.active]: { policy: bundledPolicy(), source: 'bundled' } });
    await fakeBrowser.alarms.create(SYNC_ALARM, { periodInMinutes: DEFAULT_REFRESH_MINUTES });
    await start();
    createAlarm.mockClear();
    expect(syncPolicy).not.toHaveBeenCalled();
  };

  beforeEach(() => {
    fakeBrowser.reset();
    syncPolicy.mockReset().mockResolvedValue(STATUS);
    vi.spyOn(Math, 'random').mockReturnValue(0.5);
    createAlarm = vi.spyOn(fakeBrowser.alarms, 'create');
    createTab = vi.spyOn(fakeBrowser.tabs, 'create');
  });
  afterEach(() => vi.restoreAllMocks());

  const DEFAULT_ALARM = { delayInMinutes: DEFAULT_REFRESH_MINUTES / 2, periodInMinutes: DEFAULT_REFRESH_MINUTES };

  describe('on every worker start', () => {
    it('syncs and schedules when nothing is stored', async () => {
      await start();
      expect(syncPolicy).toHaveBeenCalledTimes(1);
      expect(createAlarm).toHaveBeenCalledExactlyOnceWith(SYNC_ALARM, DEFAULT_ALARM);
    });

    it('does nothing with a policy and an alarm', async () => {
      await startSettled();
      expect(createAlarm).not.toHaveBeenCalled();
    });

    it('only schedules when the alarm was dropped (Firefox restarts)', async () => {
      await fakeBrowser.storage.local.set({ [STORAGE_KEYS.active]: { policy: bundledPolicy(), source: 'bundled' } });
      await start();
      expect(syncPolicy).not.toHaveBeenCalled();
      expect(createAlarm).toHaveBeenCalledExactlyOnceWith(SYNC_ALARM, DEFAULT_ALARM);
    });

    it('only syncs when no policy is active', async () => {
      await fakeBrowser.alarms.create(SYNC_ALARM, { periodInMinutes: DEFAULT_REFRESH_MINUTES });
      createAlarm.mockClear();
      await start();
      expect(syncPolicy).toHaveBeenCalledTimes(1);
      expect(createAlarm).not.toHaveBeenCalled();
    });
  });

  describe('the sync it runs', () => {
    it("reads local storage, the bundled policy and the organisation's valid managed settings", async () => {
      await fakeBrowser.storage.managed.set({ policyUrl: 'https://intranet.acme.com/p.json', refreshMinutes: 5 });
      await start();
      const env = syncPolicy.mock.calls[0]![0];
      expect(env.local).toBe(fakeBrowser.storage.local);
      expect(env.bundled).toBe(bundledPolicy);
      // 5 minutes is below the allowed pace: listed as invalid (the sync says so); the alarm keeps the default.
      await expect(env.managed()).resolves.toEqual({
        policyUrl: 'https://intranet.acme.com/p.json',
        invalid: ['refreshMinutes must be a whole number of minutes from 15 to 10080'],
      });
      expect(createAlarm).toHaveBeenCalledExactlyOnceWith(SYNC_ALARM, DEFAULT_ALARM);
    });

    it('treats a browser without managed storage as nothing managed', async () => {
      vi.spyOn(fakeBrowser.storage.managed, 'get').mockRejectedValue(new Error('Managed storage manifest not found'));
      await start();
      await expect(syncPolicy.mock.calls[0]![0].managed()).resolves.toEqual({});
      expect(createAlarm).toHaveBeenCalledExactlyOnceWith(SYNC_ALARM, DEFAULT_ALARM);
    });

    it('runs one sync at a time: triggers during a sync get one more after it', async () => {
      await startSettled();
      const finishSync = holdSyncs();
      const first = fakeBrowser.runtime.onStartup.trigger();
      const more = [
        fakeBrowser.alarms.onAlarm.trigger(alarm(SYNC_ALARM)),
        send({ type: REFRESH }, OWN_PAGE),
      ];
      await settle();
      expect(syncPolicy).toHaveBeenCalledTimes(1);
      finishSync();
      await first;
      await settle();
      expect(syncPolicy).toHaveBeenCalledTimes(2);
      finishSync();
      await Promise.all(more);
      expect(syncPolicy).toHaveBeenCalledTimes(2);
    });
  });

  describe('sync, then schedule', () => {
    it.each([
      ['install', () => fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false })],
      ['update', () => fakeBrowser.runtime.onInstalled.trigger(UPDATE)],
      ['a managed change', () => fakeBrowser.storage.managed.set({ refreshMinutes: 60 })],
    ])('on %s, scheduling only once the sync is done', async (_name, fire) => {
      await startSettled();
      const finishSync = holdSyncs();
      const fired = fire();
      await settle();
      expect(syncPolicy).toHaveBeenCalledTimes(1);
      expect(createAlarm).not.toHaveBeenCalled();
      finishSync();
      await fired;
      expect(createAlarm).toHaveBeenCalledTimes(1);
    });

    it('schedules even when the sync failed', async () => {
      await startSettled();
      syncPolicy.mockRejectedValueOnce(new Error('storage is full'));
      await expect(fakeBrowser.runtime.onInstalled.trigger(UPDATE)).rejects.toThrow('storage is full');
      expect(createAlarm).toHaveBeenCalledExactlyOnceWith(SYNC_ALARM, DEFAULT_ALARM);
    });

    it("re-paces the alarm by the organisation's new period", async () => {
      await startSettled();
      await fakeBrowser.storage.managed.set({ refreshMinutes: 60 });
      expect(syncPolicy).toHaveBeenCalledTimes(1);
      expect(createAlarm).toHaveBeenCalledExactlyOnceWith(SYNC_ALARM, { delayInMinutes: 30, periodInMinutes: 60 });
    });
  });

  describe('the first page', () => {
    it('opens on install', async () => {
      await startSettled();
      await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
      expect(createTab).toHaveBeenCalledExactlyOnceWith({ url: '/welcome.html' });
    });

    it.each([UPDATE, { reason: 'browser_update', temporary: false } as const])('stays closed on $reason', async (details) => {
      await startSettled();
      await fakeBrowser.runtime.onInstalled.trigger(details);
      expect(createTab).not.toHaveBeenCalled();
    });
  });

  describe('sync only', () => {
    it('on browser start-up', async () => {
      await startSettled();
      await fakeBrowser.runtime.onStartup.trigger();
      expect(syncPolicy).toHaveBeenCalledTimes(1);
      expect(createAlarm).not.toHaveBeenCalled();
    });

    it('when the refresh alarm fires, not for other alarms', async () => {
      await startSettled();
      await fakeBrowser.alarms.onAlarm.trigger(alarm('something-else'));
      expect(syncPolicy).not.toHaveBeenCalled();
      await fakeBrowser.alarms.onAlarm.trigger(alarm(SYNC_ALARM));
      expect(syncPolicy).toHaveBeenCalledTimes(1);
      expect(createAlarm).not.toHaveBeenCalled();
    });

    it('when the policy URL in settings changes, not for other settings', async () => {
      await startSettled();
      await setSettings({ role: 'sales' });
      expect(syncPolicy).not.toHaveBeenCalled();
      await setSettings({ role: 'sales', policyUrl: 'https://a.example/p.json' });
      expect(syncPolicy).toHaveBeenCalledTimes(1);
      await setSettings({ role: 'hr', policyUrl: 'https://a.example/p.json' });
      expect(syncPolicy).toHaveBeenCalledTimes(1);
      expect(createAlarm).not.toHaveBeenCalled();
    });
  });

  describe("the tabs' pack", () => {
    it('is brought in step at start, and again whenever the active policy changes', async () => {
      await startSettled();
      expect((await fakeBrowser.storage.local.get(PACK_KEY))[PACK_KEY]).toMatchObject({ demo: true, policy: { company: { name: 'Acme' } } });
      const renamed = { ...bundledPolicy(), company: { ...bundledPolicy().company, name: 'Dupain' } };
      await fakeBrowser.storage.local.set({ [STORAGE_KEYS.active]: { policy: renamed, source: 'options' } });
      await settle();
      expect((await fakeBrowser.storage.local.get(PACK_KEY))[PACK_KEY]).toMatchObject({ demo: false, policy: { company: { name: 'Dupain' } } });
    });
  });

  describe('"Refresh now"', () => {
    it("answers a request from Candor's own page with the sync's status", async () => {
      await startSettled();
      await expect(send({ type: REFRESH }, OWN_PAGE)).resolves.toEqual([STATUS]);
      expect(syncPolicy).toHaveBeenCalledTimes(1);
    });

    it.each([
      ['a content script', { type: REFRESH }, { id: fakeBrowser.runtime.id, url: 'https://www.linkedin.com/feed/' }],
      ['another extension', { type: REFRESH }, { id: 'other', url: 'chrome-extension://other/popup.html' }],
      ['another message', { type: 'candor:other' }, OWN_PAGE],
      ['a request with extra fields', { type: REFRESH, url: 'https://evil.example/p.json' }, OWN_PAGE],
    ])('ignores %s', async (_name, message, sender) => {
      await startSettled();
      await expect(send(message, sender)).resolves.toEqual([undefined]);
      expect(syncPolicy).not.toHaveBeenCalled();
    });
  });
});
