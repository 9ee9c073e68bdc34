import type { SiteAdapter } from './adapter';
import { facebook } from './facebook';
import { linkedin } from './linkedin';
import { x } from './x';

export const SITES: readonly SiteAdapter[] = [x, linkedin, facebook];

export function siteFor(host: string): SiteAdapter | undefined {
  return SITES.find((site) => site.hosts.includes(host));
}
