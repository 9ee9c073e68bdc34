/**
 * `npm start`: builds the playground variant of the extension and opens Chromium with it loaded, in a fresh
 * profile; on install it opens the playground (the three networks' editors side by side, nudging at once).
 * Without a display (a server, CI), says so and explains how to load a build by hand.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { CHROME_PATH } from './chromium';

const extensionDir = resolve('.output/chrome-mv3-playground');
const chrome = CHROME_PATH;

execFileSync('npx', ['wxt', 'build', '--mode', 'playground'], { stdio: 'inherit', env: { ...process.env, CANDOR_PLAYGROUND: '1' } });

const manualSteps = `
To try Candor by hand, load a build into Chrome or Chromium:
  1. open chrome://extensions and switch on "Developer mode";
  2. click "Load unpacked" and choose ${extensionDir} (with the playground)
     or, after \`npm run build\`, ${resolve('.output/chrome-mv3')} (the release build).`;

if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  console.log(`\nNo display is available here, so no browser window can open.${manualSteps}`);
  process.exit(0);
}
if (!existsSync(chrome)) {
  console.log(`\nNo Chromium at ${chrome}: set CHROME_PATH to your Chrome or Chromium binary.${manualSteps}`);
  process.exit(1);
}

const profile = mkdtempSync(join(tmpdir(), 'candor-profile-'));
spawn(chrome, [`--user-data-dir=${profile}`, `--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`, '--no-first-run'], {
  stdio: 'ignore',
  detached: true,
}).unref();
console.log(`\nChromium is open with Candor and its playground (profile: ${profile}).`);
