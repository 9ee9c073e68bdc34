/** `npm run fuzz` answers --help with its usage and a wrong option with the usage, not a stack trace. */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const fuzz = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'scripts/fuzz.ts', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });

describe('npm run fuzz', () => {
  it('--help prints the usage and exits 0', () => {
    const run = fuzz('--help');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^usage: npm run fuzz -- \[--drafts N\]/);
    expect(run.stderr).toBe('');
  }, 60_000);

  it('an unknown option says so, with the usage, exit 2', () => {
    const run = fuzz('--bogus');
    expect(run.status).toBe(2);
    // Node words the first line (and may add a hint); the usage follows it, and no stack trace.
    expect(run.stderr).toMatch(/^Unknown option '--bogus'.*\nusage: npm run fuzz -- \[--drafts N\].*\n$/s);
    expect(run.stderr).not.toMatch(/\n {4}at /);
  }, 60_000);
});
