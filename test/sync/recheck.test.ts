/**
 * Stored state is re-checked, never trusted forever: at every worker start the background checks the stored policies
 * with the full parser, and every reader treats what it cannot read as missing.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { bundledPolicy } from '../../src/policy/bundled';
import { parsePolicy } from '../../src/policy/parse';
import { readState, STORAGE_KEYS, STORED_FORMAT } from '../../src/store/state';
import { recheckStored } from '../../src/sync/recheck';
import { syncPolicy } from '../../src/sync/sync';

const local = fakeBrowser.storage.local;
const isValidPolicy = (value: unknown) => parsePolicy(value).ok;
const stored = async (key: string) => (await local.get(key))[key];
const policy = bundledPolicy();
/** What an older Candor might have stored: the same policy before `rules` had today's name. */
const { rules, ...oldShape } = { ...policy, guidelines: policy.rules };

beforeEach(() => fakeBrowser.reset());

describe('recheckStored', () => {
  it.each([
    ['an old-shape policy', { policy: oldShape, source: 'options', url: 'https://acme.example/p.json', etag: '"v1"' }],
    ['a policy that is not an object', { policy: 'garbage', source: 'bundled' }],
    ['an active entry that is not an object', 42],
    ['a policy whose topic lost its action', { policy: { ...policy, topics: [{ ...policy.topics[0], action: undefined }] }, source: 'bundled' }],
  ])('drops %s, so the sync fetches again or the bundled policy stands in', async (_, active) => {
    await local.set({ [STORAGE_KEYS.active]: active, [STORAGE_KEYS.previous]: { nope: true } });
    await recheckStored(local, isValidPolicy);
    expect(await stored(STORAGE_KEYS.active)).toBeUndefined();
    expect(await stored(STORAGE_KEYS.previous)).toBeUndefined();
    expect(await stored(STORAGE_KEYS.format)).toBe(STORED_FORMAT);
  });

  it('keeps a good policy stored by another format, without its ETag: the next sync fetches the whole file', async () => {
    await local.set({ [STORAGE_KEYS.active]: { policy, source: 'options', url: 'https://acme.example/p.json', etag: '"v1"', lastModified: 'x' } });
    await recheckStored(local, isValidPolicy);
    expect(await stored(STORAGE_KEYS.active)).toEqual({ policy, source: 'options', url: 'https://acme.example/p.json' });
  });

  it('leaves a good policy of this format as it is', async () => {
    const active = { policy, source: 'options', url: 'https://acme.example/p.json', etag: '"v1"' };
    await local.set({ [STORAGE_KEYS.format]: STORED_FORMAT, [STORAGE_KEYS.active]: active });
    await recheckStored(local, isValidPolicy);
    expect(await stored(STORAGE_KEYS.active)).toEqual(active);
  });
});

describe('readers treat what they cannot read as missing', () => {
  it.each<[string, Record<string, unknown>]>([
    ['a corrupt active policy', { [STORAGE_KEYS.active]: 'garbage' }],
    ['an old-shape policy', { [STORAGE_KEYS.active]: { policy: oldShape, source: 'bundled' } }],
    ['settings that are not an object', { [STORAGE_KEYS.settings]: 'fr' }],
    ['a status that is a list', { [STORAGE_KEYS.status]: [] }],
  ])('%s', async (_, items) => {
    await local.set(items);
    const state = await readState(local);
    expect(state.active).toBeUndefined();
    expect(state.settings).toEqual({});
    expect(state.status).toBeUndefined();
  });

  it('a sync over a corrupt active policy does not throw, and leaves the bundled policy', async () => {
    await local.set({ [STORAGE_KEYS.active]: { policy: { schemaVersion: 1 }, source: 'options', url: 'https://x.example/p.json' } });
    const status = await syncPolicy({ local, managed: async () => ({}), bundled: bundledPolicy, now: () => new Date('2026-12-03T00:00:00Z') });
    expect(status.error).toBeUndefined();
    expect((await readState(local)).active?.source).toBe('bundled');
  });
});

it('the policy shape readers rely on is the one the parser produces', async () => {
  expect(rules).toBeDefined();
  const state = { policy, source: 'bundled' };
  await local.set({ [STORAGE_KEYS.active]: state });
  expect((await readState(local)).active).toEqual(state);
});
