import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { type Locks, savePolicyUrl, updateSettings } from '../../src/store/settings';
import { readState } from '../../src/store/state';

const local = () => fakeBrowser.storage.local;
const permissions = (granted = true) => ({ request: vi.fn().mockResolvedValue(granted), remove: vi.fn().mockResolvedValue(true) });
const settings = async () => (await readState(local())).settings;
/** Web Locks' contract (one holder at a time, in order of request), as Node 20 has no `navigator.locks`. */
const fifoLocks = (): Locks => {
  const tails = new Map<string, Promise<unknown>>();
  return {
    request(name, callback) {
      const granted = (tails.get(name) ?? Promise.resolve()).then(callback);
      tails.set(name, granted.catch(() => undefined));
      return granted;
    },
  };
};
let locks = fifoLocks();

beforeEach(() => {
  fakeBrowser.reset();
  locks = fifoLocks();
});

describe('updateSettings', () => {
  it('changes what it is given and keeps the rest', async () => {
    await updateSettings(local(), locks, { role: 'executive', locale: 'fr' });
    await updateSettings(local(), locks, { locale: 'en' });
    expect(await settings()).toEqual({ role: 'executive', locale: 'en' });
  });

  it('two pages changing different settings at once keep both (each reads after the other wrote)', async () => {
    await Promise.all([updateSettings(local(), locks, { role: 'executive' }), updateSettings(local(), locks, { locale: 'fr' })]);
    expect(await settings()).toEqual({ role: 'executive', locale: 'fr' });
  });
});

describe('savePolicyUrl', () => {
  it('asks for the origin, and only it, before saving', async () => {
    const p = permissions();
    expect(await savePolicyUrl(' https://cdn.acme.example/p/policy.json ', local(), locks, p)).toEqual({ ok: true });
    expect(p.request).toHaveBeenCalledWith('https://cdn.acme.example/*');
    expect((await settings()).policyUrl).toBe('https://cdn.acme.example/p/policy.json');
  });

  it('asks for the permission before awaiting anything (Firefox grants it only during the click)', async () => {
    const p = permissions();
    const area = { get: vi.fn((keys: string[]) => local().get(keys)), set: (items: Record<string, unknown>) => local().set(items) };
    const saving = savePolicyUrl('https://cdn.acme.example/policy.json', area, locks, p);
    // Synchronously, before the first await returns: the request is already made, storage not yet read.
    expect(p.request).toHaveBeenCalledOnce();
    expect(area.get).not.toHaveBeenCalled();
    expect(await saving).toEqual({ ok: true });
  });

  it('saves nothing when the permission is refused', async () => {
    const result = await savePolicyUrl('https://cdn.acme.example/policy.json', local(), locks, permissions(false));
    expect(result).toEqual({ error: 'Candor needs permission to read cdn.acme.example to fetch the policy.' });
    expect((await settings()).policyUrl).toBeUndefined();
  });

  it('refuses plain http without asking anything', async () => {
    const p = permissions();
    expect(await savePolicyUrl('http://intranet.acme.example/policy.json', local(), locks, p)).toEqual({ error: expect.stringMatching(/https/) });
    expect(p.request).not.toHaveBeenCalled();
  });

  it('gives the previous origin back when the URL moves elsewhere or is cleared', async () => {
    const p = permissions();
    await savePolicyUrl('https://old.example/policy.json', local(), locks, p);
    await savePolicyUrl('https://old.example/v2/policy.json', local(), locks, p);
    expect(p.remove).not.toHaveBeenCalled(); // same origin, still needed
    await savePolicyUrl('https://new.example/policy.json', local(), locks, p);
    expect(p.remove).toHaveBeenCalledWith('https://old.example/*');
    await savePolicyUrl('', local(), locks, p);
    expect(p.remove).toHaveBeenLastCalledWith('https://new.example/*');
    expect((await settings()).policyUrl).toBeUndefined();
  });
});
