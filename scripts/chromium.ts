/**
 * The system Chromium, as every script and test here launches it: never a downloaded browser, and with the flags
 * that keep a headless run quiet on a machine without internet.
 */
export const CHROME_PATH = process.env.CHROME_PATH || '/usr/bin/chromium';

export const HEADLESS_CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
