/**
 * The policy studio in the real extension, as an author uses it: from the "general company" template, rename the
 * company, add a competitor and a topic that needs approval, see the live nudge, keep the post as a scenario, export,
 * sign with a key `npm run policy -- keygen` made; the file passes `validate` and `test`, its signature checks, and
 * served on loopback it makes a fixture composer nudge. Then every step is looked at in English and French, light
 * and dark, at laptop sizes (screenshots), and none scrolls sideways.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifySignature } from '../../src/sync/signature';
import { type ExtensionBrowser, launchWithExtension, serveAt } from './browser';
import { fixturePage } from './fixtures';
import { clickInNudge, waitForNudges } from './nudge-probe';
import { type PolicyServer, startPolicyServer } from './policy-server';

const SCREENSHOTS = 'test-results/screenshots';
const WORK = mkdtempSync(join(tmpdir(), 'candor-studio-'));
let browser: ExtensionBrowser;
let server: PolicyServer;

/** The policy CLI, as an administrator runs it (`npm run policy -- …`); throws on a non-zero exit. */
const policyCli = (...args: string[]) => execFileSync('npx', ['tsx', 'src/cli/policy.ts', ...args], { encoding: 'utf8' });

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  server = await startPolicyServer();
  browser = await launchWithExtension();
  await browser.grantHostPermission('http://127.0.0.1/*');
  await serveAt(browser.context, 'https://x.com', await fixturePage('x'));
});
afterAll(async () => {
  await browser?.close();
  server?.close();
});

/** A field of the studio's form by the JSON path it edits (its id), e.g. `$.company.name`. */
const field = (page: Page, path: string) => page.locator(`[id="field-${path}"]`);
const goTo = async (page: Page, step: RegExp) => {
  await page.getByRole('navigation').getByRole('link', { name: step }).click();
  await expect.poll(() => page.locator('#panel-title').textContent()).toMatch(step);
};

async function openStudio(size = { width: 1280, height: 800 }): Promise<Page> {
  const page = await browser.context.newPage();
  await page.setViewportSize(size);
  await page.goto(`chrome-extension://${browser.extensionId}/studio.html`);
  return page;
}

describe('the policy studio', () => {
  it('takes an author from a template to a signed policy that nudges in a real composer', { timeout: 240_000 }, async () => {
    policyCli('keygen', '--out', WORK);
    // Options lead there: "Write or edit a policy" opens the studio in a tab of its own.
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    const opened = browser.context.waitForEvent('page');
    await options.getByRole('link', { name: 'Write or edit a policy' }).click();
    const page = await opened;
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.getByRole('button', { name: /Start from this: A general company/ }).click();

    // 1. What is covered: the company renamed, a competitor added.
    await field(page, '$.name').fill('Brightwave social media policy');
    await field(page, '$.company.name').fill('Brightwave');
    await page.getByRole('button', { name: 'Replace “ExampleSoft” with “Brightwave” everywhere' }).click();
    expect(await field(page, '$.company.aliases').inputValue()).toContain('Brightwave Inc');
    await page.getByRole('button', { name: 'Add a competitor' }).click();
    await field(page, '$.competitors[2].name').fill('Stellarix');
    await page.screenshot({ path: `${SCREENSHOTS}/studio-1-covered.png` });

    // 2. What needs approval: a topic, with who approves.
    await goTo(page, /What needs approval/);
    await page.getByRole('button', { name: 'Add a topic' }).click();
    await field(page, '$.topics[9].label').fill('Brightwave Summit');
    await field(page, '$.topics[9].terms').fill('Brightwave Summit\nsummit keynote');
    await field(page, '$.topics[9].why').fill('Events announces the speakers and dates first.');
    await field(page, '$.topics[9].approver.name').fill('Events team');
    await field(page, '$.topics[9].approver.contact').fill('mailto:events@brightwave.example');
    await page.screenshot({ path: `${SCREENSHOTS}/studio-2-approval.png` });

    // Try it: the very nudge, then the post kept as a scenario.
    await goTo(page, /Try it/);
    await page.getByLabel('A post to try').fill('Brightwave beats Stellarix: come and see at the Brightwave Summit');
    const nudge = page.locator('.nudge-preview .panel');
    await expect.poll(() => nudge.textContent()).toContain('Competitor: Stellarix');
    expect(await nudge.textContent()).toContain('Needs approval: Brightwave Summit');
    expect(await nudge.textContent()).not.toContain('ExampleSoft');
    // The card is out of the flow, as beside a real compose box: the preview keeps room for it, so it covers nothing.
    const room = await page.locator('.nudge-preview').evaluate((host) => {
      const card = host.shadowRoot!.querySelector('.panel')!.getBoundingClientRect();
      return host.getBoundingClientRect().bottom - card.bottom;
    });
    expect(room).toBeGreaterThanOrEqual(0);
    await page.screenshot({ path: `${SCREENSHOTS}/studio-try.png` });
    await page.getByRole('button', { name: 'Use this post as a scenario' }).click();
    await field(page, '$.scenarios[24].label').fill('A competitor and the summit');
    await field(page, '$.scenarios[24].explanation').fill('Say you work at Brightwave, and ask the Events team before announcing the summit.');
    await expect.poll(() => page.locator('.problem-summary').count()).toBe(0);
    expect(await page.getByText('25 of 25 pass').count()).toBe(1);

    // Publish: export, then sign with the key file keygen wrote.
    await goTo(page, /Publish/);
    const exported = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download the policy file' }).click();
    const policyFile = join(WORK, (await exported).suggestedFilename());
    await (await exported).saveAs(policyFile);
    expect(policyFile).toMatch(/brightwave\.policy\.json$/);
    await page.getByLabel('Private key file').setInputFiles(join(WORK, 'candor-policy.key.pem'));
    const signature = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download the signature' }).click();
    await (await signature).saveAs(`${policyFile}.sig`);
    await page.screenshot({ path: `${SCREENSHOTS}/studio-publish.png`, fullPage: true });

    // The exported file passes the administrator's checks, and its signature is the organisation's.
    expect(policyCli('validate', policyFile)).toContain('valid (version 1');
    expect(policyCli('test', policyFile)).toContain('0 failed');
    const bytes = new Uint8Array(readFileSync(policyFile));
    expect(await verifySignature(bytes, readFileSync(`${policyFile}.sig`, 'utf8'), readFileSync(join(WORK, 'candor-policy.pub.pem'), 'utf8'))).toBe(true);

    // Served on loopback and set in options, it is the policy a real composer nudges with.
    server.served = readFileSync(policyFile, 'utf8');
    await options.getByLabel('Policy URL').fill(server.url);
    await options.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => options.locator('.status').textContent(), { timeout: 10_000 }).toContain('Brightwave social media policy, version 1');
    const site = await browser.context.newPage();
    await site.goto('https://x.com/home');
    await site.locator('[data-testid="tweetTextarea_0"][contenteditable]').click();
    await site.keyboard.type('Stellarix is catching up with us');
    await clickInNudge(site, 0, /suggestion/);
    const [shown] = await waitForNudges(site, (views) => views[0]?.panel !== undefined);
    expect(shown!.text).toContain('Competitor: Stellarix');
    for (const open of [page, options, site]) await open.close();
  });

  it.each([
    ['en', 'light', { width: 1280, height: 800 }],
    ['fr', 'dark', { width: 1024, height: 700 }],
    ['fr', 'light', { width: 1366, height: 768 }],
    ['en', 'dark', { width: 1024, height: 700 }],
  ] as const)('shows every step in %s, %s, at %o, without sideways scrolling', { timeout: 120_000 }, async (language, scheme, size) => {
    const page = await openStudio(size);
    await page.emulateMedia({ colorScheme: scheme });
    // The draft of the test above is back (saved in the page's storage); the studio speaks the language chosen.
    await page.locator('#studio-locale').selectOption(language);
    const steps = page.getByRole('navigation').getByRole('link');
    const names = await steps.allTextContents();
    expect(names).toHaveLength(9);
    for (let i = 0; i < names.length; i++) {
      await steps.nth(i).click();
      await expect.poll(() => page.locator('#panel-title').textContent()).toContain(names[i]!.replace(/^\d/, '').replace(/\d+ probl.*$/, ''));
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, names[i]).toBe(0);
      await page.screenshot({ path: `${SCREENSHOTS}/studio-${language}-${scheme}-${size.width}-${i + 1}.png` });
    }
    // The printable policy, in the page's language where the policy has it.
    await page.locator('.printable-preview').screenshot({ path: `${SCREENSHOTS}/studio-printable-${language}-${scheme}.png` });
    await page.close();
  });
});
