import type { Network } from '../policy/types';

/**
 * Where each network's pages are served. Kept apart from the adapters so that the script every tab of the sites runs
 * at page load (entrypoints/content.ts) can name its pages without carrying the adapters themselves.
 */
export const SITE_HOSTS = {
  x: ['x.com', 'twitter.com', 'pro.x.com'],
  linkedin: ['www.linkedin.com'],
  facebook: ['www.facebook.com', 'web.facebook.com'],
} as const satisfies Record<Network, readonly string[]>;

/** The only pages Candor runs on: these hosts, over HTTPS. */
export const SITE_MATCHES: readonly string[] = Object.values(SITE_HOSTS).flatMap((hosts) => hosts.map((host) => `https://${host}/*`));
