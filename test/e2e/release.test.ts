/**
 * What ships: the built manifests ask for no more than Candor needs, carry no remote code, and the content script
 * and the coach stay within their size budgets without zod. (In the e2e project because it reads real builds.)
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { COACH_BUDGET_BYTES, COACH_SCRIPT, CONTENT_BUDGET_BYTES, CONTENT_SCRIPT, FORBIDDEN_IN_CONTENT, gzipSize } from '../../scripts/size';
import { SITE_MATCHES } from '../../src/sites';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BUILDS = { chrome: join(ROOT, '.output/chrome-mv3'), firefox: join(ROOT, '.output/firefox-mv2') };
const POLICY_ORIGINS = ['https://*/*', 'http://127.0.0.1/*', 'http://localhost/*'];

beforeAll(() => {
  execFileSync('npx', ['wxt', 'build', '-b', 'firefox'], { cwd: ROOT, stdio: 'ignore' }); // Chrome's is built by the set-up
});

const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? files(join(dir, name)) : [join(dir, name)]));

describe.each(Object.entries(BUILDS))('the %s build', (browser, dir) => {
  const manifest = () => JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));

  it("runs its content script on the sites' hosts only", () => {
    const matches = manifest().content_scripts.flatMap((c: { matches: string[] }) => c.matches);
    expect(matches.sort()).toEqual([...SITE_MATCHES].sort());
  });

  it('asks for storage and alarms, host access to nothing beyond the sites, and policy origins only at run time', () => {
    const m = manifest();
    expect(JSON.stringify(m)).not.toContain('<all_urls>');
    const optional = browser === 'chrome' ? m.optional_host_permissions : m.optional_permissions;
    expect(optional).toEqual(POLICY_ORIGINS);
    expect(m.permissions).toEqual(['storage', 'alarms']);
    expect(m.host_permissions ?? []).toEqual([]);
  });

  it("exposes only the coach, to the sites' pages only, at a per-session address (Chrome); nothing (Firefox)", () => {
    const exposed = manifest().web_accessible_resources;
    if (browser === 'firefox') expect(exposed).toBeUndefined(); // a content script imports its extension's files as they are
    else expect(exposed).toEqual([{ resources: ['coach.js'], matches: [...SITE_MATCHES], use_dynamic_url: true }]);
  });

  it('has a content security policy without unsafe-eval, and no remote code', () => {
    expect(JSON.stringify(manifest().content_security_policy ?? {})).not.toMatch(/unsafe-eval|unsafe-inline|https?:/);
    for (const file of files(dir)) {
      const text = readFileSync(file, 'utf8');
      if (file.endsWith('.html')) expect(text, file).not.toMatch(/<script[^>]+src=["']?(https?:)?\/\//);
      if (file.endsWith('.js')) expect(text, file).not.toMatch(/import\(\s*["'`]https?:|importScripts\(\s*["'`]https?:/);
    }
  });

  it('names and describes itself in English and French, with icons', () => {
    const m = manifest();
    expect(m.name).toBe('__MSG_extName__');
    expect(m.default_locale).toBe('en');
    for (const locale of ['en', 'fr']) {
      const messages = JSON.parse(readFileSync(join(dir, `_locales/${locale}/messages.json`), 'utf8'));
      expect(Object.keys(messages)).toEqual(['extName', 'extDescription', 'actionTitle']);
    }
    for (const icon of Object.values(m.icons) as string[]) expect(existsSync(join(dir, icon)), icon).toBe(true);
  });

  it('leaves the playground out', () => {
    expect(files(dir).filter((f) => f.includes('playground'))).toEqual([]);
  });
});

describe.each([
  ['the content script', CONTENT_SCRIPT, CONTENT_BUDGET_BYTES],
  ['the coach', COACH_SCRIPT, COACH_BUDGET_BYTES],
] as const)('%s', (name, path, budget) => {
  const script = join(ROOT, path);
  it(`stays under ${budget / 1024} KiB gzipped`, () => {
    const size = gzipSize(script);
    console.log(`${name}: ${(size / 1024).toFixed(1)} KiB gzipped`);
    expect(size).toBeLessThan(budget);
  });

  it('carries neither zod nor the policy parser', () => {
    const text = readFileSync(script, 'utf8');
    expect(FORBIDDEN_IN_CONTENT.filter((marker) => text.includes(marker))).toEqual([]);
  });
});
