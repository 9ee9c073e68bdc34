/**
 * `npm start`: builds the playground variant of the extension and opens Chromium with it loaded, in a fresh
 * profile; on install it opens the playground (the three networks' editors side by side, nudging at once).
 * It stays in the foreground until Chromium closes (so `xvfb-run npm start` keeps its display), says so if Chromium
 * could not start (with Chromium's own words), and passes `--no-sandbox` when run as root, which Chromium requires.
 * Without a display (a server, CI), says so and explains how to load a build by hand.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, lstatSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { CHROME_PATH } from './chromium';

const extensionDir = resolve('.output/chrome-mv3-playground');
const chrome = CHROME_PATH;
/** How long Chromium may take to show it started (its profile lock appears) on a slow machine. */
const START_WAIT_MS = 60_000;

execFileSync('npx', ['wxt', 'build', '--mode', 'playground'], { stdio: 'inherit', env: { ...process.env, CANDOR_PLAYGROUND: '1' } });

const manualSteps = `
To try Candor by hand, load a build into Chrome or Chromium:
  1. open chrome://extensions and switch on "Developer mode";
  2. click "Load unpacked" and choose ${extensionDir} (with the playground)
     or, after \`npm run build\`, ${resolve('.output/chrome-mv3')} (the release build).`;

if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  console.log(`\nNo display is available here, so no browser window can open (on a server: xvfb-run npm start).${manualSteps}`);
  process.exit(0);
}
if (!existsSync(chrome)) {
  console.log(`\nNo Chromium at ${chrome}: set CHROME_PATH to your Chrome or Chromium binary.${manualSteps}`);
  process.exit(1);
}

const asRoot = process.getuid?.() === 0;
const profile = mkdtempSync(join(tmpdir(), 'candor-profile-'));
const args = [
  `--user-data-dir=${profile}`,
  `--disable-extensions-except=${extensionDir}`,
  `--load-extension=${extensionDir}`,
  '--no-first-run',
  // Chromium refuses to run as root with its sandbox; this throwaway profile only loads local pages and Candor.
  ...(asRoot ? ['--no-sandbox'] : []),
];
const browser = spawn(chrome, args, { stdio: ['ignore', 'ignore', 'pipe'] });
let said = '';
browser.stderr.on('data', (chunk: Buffer) => (said = (said + chunk.toString()).slice(-4_000)));
const exited = new Promise<number | null>((done) => browser.on('exit', (code) => done(code)));
const cleanUp = () => rmSync(profile, { recursive: true, force: true });
process.on('SIGINT', () => browser.kill('SIGTERM'));
process.on('SIGTERM', () => browser.kill('SIGTERM'));

// Started means its profile is locked while it is still running; exiting first means it could not start.
const started = await new Promise<boolean>((done) => {
  const deadline = Date.now() + START_WAIT_MS;
  const poll = setInterval(() => {
    const locked = (() => {
      try {
        return lstatSync(join(profile, 'SingletonLock')).isSymbolicLink();
      } catch {
        return false;
      }
    })();
    if (locked || Date.now() > deadline) {
      clearInterval(poll);
      done(locked);
    }
  }, 100);
  void exited.then(() => {
    clearInterval(poll);
    done(false);
  });
});

if (!started || browser.exitCode !== null) {
  browser.kill('SIGTERM');
  const code = await exited;
  cleanUp();
  const reason = said.trim().split('\n').slice(-8).join('\n');
  console.error(`\nChromium did not start (${chrome}, exit code ${code ?? 'none'}).${reason ? `\nIt said:\n${reason}` : ''}${manualSteps}`);
  process.exit(1);
}

console.log(`\nChromium is open with Candor and its playground${asRoot ? ' (as root: without its sandbox)' : ''}.`);
console.log('Close it, or press Ctrl+C here, to stop.');
const code = await exited;
cleanUp();
console.log('Chromium closed.');
process.exit(code ?? 0);
