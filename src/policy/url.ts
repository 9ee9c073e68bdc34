/** Policy URLs: HTTPS only, except plain HTTP on this machine (loopback) so tests and local previews work. */

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

export function isAllowedPolicyUrl(url: URL): boolean {
  return url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK.has(url.hostname));
}

/** The URL parsed, or a plain sentence saying why it cannot be used. */
export function checkPolicyUrl(text: string): { url: URL } | { error: string } {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return { error: `"${text}" is not a web address.` };
  }
  if (!isAllowedPolicyUrl(url)) return { error: 'The policy URL must start with https:// (plain http is only allowed on this computer).' };
  return { url };
}

/** A link employees can follow, as a policy gives one: an https URL or a mailto: address (never `javascript:`). */
export const isPolicyLink = (text: string): boolean => text.length <= 2_000 && /^(https:\/\/\S+|mailto:[^\s@]+@\S+)$/i.test(text);

/** The host-permission pattern to request for a policy URL's origin. */
export function originPattern(url: URL): string {
  return `${url.protocol}//${url.hostname}/*`;
}
