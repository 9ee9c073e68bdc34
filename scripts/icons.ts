/**
 * `npm run icons`: renders assets/icon.svg to the PNG sizes browsers ask for (16, 32, 48, 128) in
 * assets/public/icon/, with the system Chromium. Run after changing the SVG; the PNGs are committed.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROME_PATH, HEADLESS_CHROMIUM_ARGS } from './chromium';

const SIZES = [16, 32, 48, 128];
const svg = readFileSync('assets/icon.svg', 'utf8');
mkdirSync('assets/public/icon', { recursive: true });
const browser = await chromium.launch({
  executablePath: CHROME_PATH,
  args: HEADLESS_CHROMIUM_ARGS,
});
for (const size of SIZES) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(`<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`);
  await page.screenshot({ path: `assets/public/icon/${size}.png`, omitBackground: true });
  await page.close();
  console.log(`assets/public/icon/${size}.png`);
}
await browser.close();
