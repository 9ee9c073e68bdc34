/**
 * What ships: the built manifests ask for no more than Candor needs, carry no remote code, and the content script
 * stays within its size budget without zod. (In the e2e project because it reads real builds.)
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_BUDGET_BYTES, CONTENT_SCRIPT, FORBIDDEN_IN_CONTENT, gzipSize } from '../../scripts/size';
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

describe('the content script', () => {
  const script = join(ROOT, CONTENT_SCRIPT);
  it(`stays under ${CONTENT_BUDGET_BYTES / 1024} KiB gzipped`, () => {
    const size = gzipSize(script);
    console.log(`content script: ${(size / 1024).toFixed(1)} KiB gzipped`);
    expect(size).toBeLessThan(CONTENT_BUDGET_BYTES);
  });

  it('carries neither zod nor the policy parser', () => {
    const text = readFileSync(script, 'utf8');
    expect(FORBIDDEN_IN_CONTENT.filter((marker) => text.includes(marker))).toEqual([]);
  });
});
