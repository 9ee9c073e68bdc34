import { describe, expect, it } from 'vitest';
import { isRefreshRequest, REFRESH } from '../../src/sync/messages';
import { jitteredDelay, serialized } from '../../src/sync/runner';
import type { SyncStatus } from '../../src/store/state';
import { checkPolicyUrl, originPattern } from '../../src/policy/url';
import { compareVersions } from '../../src/sync/version';

describe('compareVersions', () => {
  it.each([
    ['3', '3', 0],
    ['3', '4', -1],
    ['10', '9', 1],
    ['2026.11.1', '2026.2.9', 1],
    ['2026.11', '2026.11.0', 0],
    ['1.2', '1.10', -1],
  ])('%s vs %s', (a, b, sign) => {
    expect(Math.sign(compareVersions(a, b))).toBe(sign);
  });
});

describe('checkPolicyUrl', () => {
  it.each([
    ['https://intranet.acme.com/social-policy.json', undefined],
    ['http://127.0.0.1:8080/policy.json', undefined],
    ['http://localhost/policy.json', undefined],
    ['http://intranet.acme.com/policy.json', /must start with https/],
    ['ftp://acme.com/policy.json', /must start with https/],
    ['not a url', /not a web address/],
  ])('%s', (text, error) => {
    const result = checkPolicyUrl(text);
    if (error) expect('error' in result && result.error).toMatch(error);
    else expect('url' in result && result.url.href).toBe(text);
  });

  it('asks for the origin only, never more', () => {
    expect(originPattern(new URL('https://cdn.acme.com:8443/a/b.json'))).toBe('https://cdn.acme.com/*');
  });
});

describe('isRefreshRequest', () => {
  const own = { id: 'candor-id', origin: 'chrome-extension://candor-id/' };
  const page = { id: own.id, url: 'chrome-extension://candor-id/options.html' };
  it.each([
    [{ type: REFRESH }, page, true],
    [{ type: REFRESH }, { id: own.id, url: 'https://x.com/home' }, false], // our own content script: not a page
    [{ type: REFRESH }, { id: 'another-extension', url: 'chrome-extension://another-extension/x.html' }, false],
    [{ type: REFRESH }, {}, false],
    [{ type: REFRESH, url: 'https://evil.example' }, page, false],
    [{ type: 'other' }, page, false],
    ['candor:refresh-policy', page, false],
    [null, page, false],
  ])('%j from %j → %s', (message, sender, expected) => {
    expect(isRefreshRequest(message, sender, own)).toBe(expected);
  });
});

describe('serialized', () => {
  it('never runs two syncs at once, and runs once more for requests made meanwhile', async () => {
    let running = 0;
    let most = 0;
    let runs = 0;
    const sync = serialized(async () => {
      running++, runs++;
      most = Math.max(most, running);
      await new Promise((resolve) => setTimeout(resolve, 20));
      running--;
      return { checkedAt: String(runs), source: 'bundled' } as SyncStatus;
    });
    const results = await Promise.all([sync(), sync(), sync(), sync()]);
    expect(most).toBe(1);
    expect(runs).toBe(2); // the first, then one for the three that came while it ran
    expect(results.map((r) => r.checkedAt)).toEqual(['1', '2', '2', '2']);
  });
});

describe('jitteredDelay', () => {
  it.each([
    [0, 1],
    [0.5, 180],
    [0.999, 360],
  ])('random %f over 360 minutes → %i', (random, minutes) => {
    expect(jitteredDelay(360, () => random)).toBe(minutes);
  });
});

describe('a fetch the browser refuses without a reason', () => {
  it.each(['Failed to fetch', 'NetworkError when attempting to fetch resource.'])('(%s) says what is likely, permission included', async (browserSays) => {
    const { fetchBytes } = await import('../../src/sync/fetch');
    const original = globalThis.fetch;
    globalThis.fetch = () => Promise.reject(new TypeError(browserSays));
    try {
      await expect(fetchBytes('https://intranet.acme.example/p.json')).rejects.toMatchObject({
        kind: 'network',
        message: expect.stringMatching(/offline, the address or its certificate is wrong, the server does not allow Candor's origin \(CORS\), or Candor was not given permission/),
      });
    } finally {
      globalThis.fetch = original;
    }
  });
});
