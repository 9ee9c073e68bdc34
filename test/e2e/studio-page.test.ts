/**
 * `npm run studio`: the studio as a plain local web page, without the extension. The real command serves it on
 * loopback, under its own Content-Security-Policy; a fresh Chromium opens it, starts from a template and finds the
 * draft again after a reload (saved in the page's own storage).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROME_PATH, HEADLESS_CHROMIUM_ARGS } from '../../scripts/chromium';

let server: ChildProcess;
let url: string;
let browser: Browser;

beforeAll(async () => {
  // What `npm run studio` runs, in one Node process (tsx as a loader, not a wrapper), so stopping it stops the server.
  server = spawn(process.execPath, ['--import', 'tsx', 'scripts/studio.ts', '--no-open', '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  for await (const chunk of server.stdout!) {
    out += String(chunk);
    const found = /http:\/\/127\.0\.0\.1:\d+\//.exec(out);
    if (found) {
      url = found[0];
      break;
    }
  }
  browser = await chromium.launch({ executablePath: CHROME_PATH, headless: true, args: HEADLESS_CHROMIUM_ARGS });
});
afterAll(async () => {
  await browser?.close();
  if (server?.exitCode === null) {
    const exited = once(server, 'exit');
    server.kill();
    await exited;
  }
  server?.stdout?.destroy();
});

describe('npm run studio', () => {
  it('serves the studio as a plain page that works without the extension, and keeps the draft across a reload', async () => {
    const page = await browser.newPage({ locale: 'fr-FR' });
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
    const response = await page.goto(url);
    expect(response!.headers()['content-security-policy']).toContain("script-src 'self'");
    // A French browser gets the French studio.
    await page.getByRole('button', { name: /Partir de ce modèle\s*: Un employeur français/ }).click();
    const company = page.locator('[id="field-$.company.name"]');
    await expect.poll(() => company.inputValue()).toBe('Fictaval');
    await company.fill('Fictaval Industrie');
    // Saved after a pause in typing: the header says when.
    await expect.poll(() => page.locator('.studio-tools').textContent(), { timeout: 30_000 }).toMatch(/Brouillon enregistré sur cet ordinateur à/);
    await page.reload();
    await expect.poll(() => page.locator('[id="field-$.company.name"]').inputValue()).toBe('Fictaval Industrie');
    expect(await page.locator('.restored').textContent()).toContain('a été restauré');
    expect(problems).toEqual([]);
    await page.close();
  });
});
