import type { SiteAdapter } from './adapter';
import { SITE_HOSTS } from './hosts';
import { facebook } from './facebook';
import { linkedin } from './linkedin';
import { x } from './x';

/** Every network Candor nudges on; adding one means adding its file, listing it here and its hosts in ./hosts.ts. */
export const SITES: readonly SiteAdapter[] = [x, linkedin, facebook];

export { SITE_MATCHES } from './hosts';

/** The adapter of the network that serves `host` (./hosts.ts), if any. */
export function siteFor(host: string): SiteAdapter | undefined {
  return SITES.find((site) => (SITE_HOSTS[site.network] as readonly string[]).includes(host));
}
