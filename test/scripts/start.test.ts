/**
 * `npm start` with a stand-in for Chromium (a shell script): it reports a browser that could not start in the
 * browser's own words, and otherwise stays until the browser closes. Chromium's own start is tried by hand (README).
 */
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'candor-start-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function fakeChromium(name: string, body: string): string {
  const path = join(dir, name);
  writeFileSync(path, `#!/bin/sh\n${body}\n`);
  chmodSync(path, 0o755);
  return path;
}

const start = (chrome: string) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], {
    cwd: ROOT,
    env: { ...process.env, CHROME_PATH: chrome, DISPLAY: ':99' },
    encoding: 'utf8',
    timeout: 120_000,
  });

describe('npm start', () => {
  it('says that Chromium did not start, with what it said, and fails', () => {
    const chrome = fakeChromium('refuses', 'echo "Running as root without --no-sandbox is not supported." >&2; echo "$@" > "$0.args"; exit 1');
    const run = start(chrome);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`Chromium did not start (${chrome}, exit code 1).\nIt said:\nRunning as root without --no-sandbox is not supported.`);
    expect(run.stdout).not.toContain('Chromium is open');
  }, 120_000);

  it('stays until Chromium closes, and passes --no-sandbox as root', async () => {
    // Locks its profile as Chromium does once it runs, and runs until the test closes it.
    const chrome = fakeChromium(
      'opens',
      'for a in "$@"; do case "$a" in --user-data-dir=*) ln -s lock "${a#--user-data-dir=}/SingletonLock";; esac; done\n' +
        'echo "$@" > "$0.args"\nwhile [ ! -e "$0.close" ]; do sleep 0.1; done',
    );
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], { cwd: ROOT, env: { ...process.env, CHROME_PATH: chrome, DISPLAY: ':99' } });
    let stdout = '';
    const exited = new Promise<number | null>((done) => child.on('exit', done));
    await new Promise<void>((open) => {
      child.stdout.on('data', (chunk: Buffer) => {
        stdout += chunk.toString();
        if (stdout.includes('to stop.')) open();
      });
    });
    expect(stdout).toMatch(/Chromium is open with Candor and its playground.*\nClose it, or press Ctrl\+C here, to stop\.\n$/);
    expect(child.exitCode).toBeNull(); // still there while the browser is
    writeFileSync(`${chrome}.close`, '');
    expect(await exited).toBe(0);
    expect(stdout).toMatch(/Chromium closed\.\n$/);
    expect(readFileSync(`${chrome}.args`, 'utf8').includes('--no-sandbox')).toBe(process.getuid?.() === 0);
  }, 120_000);
});
