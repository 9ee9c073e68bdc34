import { describe, expect, it } from 'vitest';
import { networks } from '../../src/policy/constants';
import { SITE_MATCHES, SITES, siteFor } from '../../src/sites';
import { SITE_HOSTS } from '../../src/sites/hosts';

describe('the site list', () => {
  it('declares the content script for exactly the six hosts, over HTTPS', () => {
    expect([...SITE_MATCHES].sort()).toEqual([
      'https://pro.x.com/*',
      'https://twitter.com/*',
      'https://web.facebook.com/*',
      'https://www.facebook.com/*',
      'https://www.linkedin.com/*',
      'https://x.com/*',
    ]);
  });

  it('has one adapter per network of the policy format', () => {
    expect(SITES.map((site) => site.network).sort()).toEqual([...networks].sort());
  });

  it.each(Object.entries(SITE_HOSTS).flatMap(([network, hosts]) => hosts.map((host) => [host, network] as const)))('%s is %s', (host, network) => {
    expect(siteFor(host)?.network).toBe(network);
  });

  it('knows no other host', () => {
    expect(siteFor('linkedin.com')).toBeUndefined();
    expect(siteFor('evil.example')).toBeUndefined();
  });
});
