import type { SiteAdapter } from './adapter';
import { facebook } from './facebook';
import { linkedin } from './linkedin';
import { x } from './x';

/** Every network Candor nudges on; adding one means adding its file and listing it here. */
export const SITES: readonly SiteAdapter[] = [x, linkedin, facebook];

/** The only pages Candor's content script runs on: the adapters' hosts, over HTTPS, so the two cannot disagree. */
export const SITE_MATCHES: readonly string[] = SITES.flatMap((site) => site.hosts.map((host) => `https://${host}/*`));

export function siteFor(host: string): SiteAdapter | undefined {
  return SITES.find((site) => site.hosts.includes(host));
}
