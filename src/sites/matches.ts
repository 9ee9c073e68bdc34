/** The only pages Candor's content script runs on. */
export const SITE_MATCHES = [
  'https://x.com/*',
  'https://twitter.com/*',
  'https://www.linkedin.com/*',
  'https://www.facebook.com/*',
] as const;
