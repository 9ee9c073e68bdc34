import type { SiteAdapter } from './adapter';
import { facebook } from './facebook';
import { linkedin } from './linkedin';
import { x } from './x';

/** Every network Candor nudges on; adding one means adding its file, listing it here and its hosts in ./hosts.ts. */
export const SITES: readonly SiteAdapter[] = [x, linkedin, facebook];

export { SITE_MATCHES } from './hosts';

export function siteFor(host: string): SiteAdapter | undefined {
  return SITES.find((site) => site.hosts.includes(host));
}
