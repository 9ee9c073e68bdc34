/** The tabs' pack: derived from the active policy, rewritten only when what tabs use changes. */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { bundledPolicy } from '../../src/policy/bundled';
import { storedPack } from '../../src/policy/pack';
import { STORAGE_KEYS } from '../../src/store/state';
import { PACK_KEY } from '../../src/store/tab-state';
import { updatePack } from '../../src/sync/pack';

const local = fakeBrowser.storage.local;
const writes: string[] = [];

beforeEach(() => {
  fakeBrowser.reset();
  writes.length = 0;
  fakeBrowser.storage.onChanged.addListener((changes) => writes.push(...Object.keys(changes)));
});

describe('updatePack', () => {
  it('packs the active policy, saying whether it is the demo', async () => {
    await local.set({ [STORAGE_KEYS.active]: { policy: bundledPolicy(), source: 'bundled' } });
    await updatePack(local);
    const stored = (await local.get(PACK_KEY))[PACK_KEY];
    expect(stored).toEqual(storedPack(bundledPolicy(), true));
    expect(stored).toMatchObject({ demo: true, policy: { company: { name: 'Acme' } } });
    expect(JSON.stringify(stored)).not.toContain('"aliases"'); // term lists stay out of the tabs
  });

  it('leaves the pack alone when nothing a tab uses changed (a new check time, a new ETag)', async () => {
    await local.set({ [STORAGE_KEYS.active]: { policy: bundledPolicy(), source: 'options', url: 'https://a.example/p.json', etag: '"1"' } });
    await updatePack(local);
    await local.set({ [STORAGE_KEYS.active]: { policy: bundledPolicy(), source: 'managed', url: 'https://a.example/p.json', etag: '"2"' } });
    writes.length = 0;
    await updatePack(local);
    expect(writes).toEqual([]);
  });

  it('rewrites it when the policy changes, and removes it when no readable policy is active', async () => {
    await local.set({ [STORAGE_KEYS.active]: { policy: bundledPolicy(), source: 'options' } });
    await updatePack(local);
    const renamed = { ...bundledPolicy(), company: { ...bundledPolicy().company, name: 'Acme Robotics' } };
    await local.set({ [STORAGE_KEYS.active]: { policy: renamed, source: 'options' } });
    writes.length = 0;
    await updatePack(local);
    expect(writes).toEqual([PACK_KEY]);
    expect((await local.get(PACK_KEY))[PACK_KEY]).toMatchObject({ policy: { company: { name: 'Acme Robotics' } } });

    await local.set({ [STORAGE_KEYS.active]: 'garbage' });
    await updatePack(local);
    expect((await local.get(PACK_KEY))[PACK_KEY]).toBeUndefined();
  });
});
