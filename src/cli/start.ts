/**
 * `npm start`: builds the extension and opens Chromium with it loaded, in a fresh profile.
 * Without a display (a server, CI), says so and explains how to load the build by hand.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const extensionDir = resolve('.output/chrome-mv3');
const chrome = process.env.CHROME_PATH || '/usr/bin/chromium';

execFileSync('npx', ['wxt', 'build'], { stdio: 'inherit' });

const manualSteps = `
The extension is built in ${extensionDir}. To load it by hand:
  1. open chrome://extensions in Chrome or Chromium and switch on "Developer mode";
  2. click "Load unpacked" and choose that folder.`;

if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  console.log(`\nNo display is available here, so no browser window can open.${manualSteps}`);
  process.exit(0);
}
if (!existsSync(chrome)) {
  console.log(`\nNo Chromium at ${chrome}: set CHROME_PATH to your Chrome or Chromium binary.${manualSteps}`);
  process.exit(1);
}

const profile = mkdtempSync(join(tmpdir(), 'candor-profile-'));
spawn(
  chrome,
  [
    `--user-data-dir=${profile}`,
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    '--no-first-run',
    'chrome://extensions/',
  ],
  { stdio: 'ignore', detached: true },
).unref();
console.log(`\nChromium is open with Candor loaded (profile: ${profile}). Click the Candor icon to read the policy.`);
