import { execFileSync } from 'node:child_process';

/**
 * The Firefox tests always drive a fresh Firefox build (.output/firefox-mv2), never a stale one left by an earlier
 * run — and the release build: vitest sets NODE_ENV=test, which would make `wxt build` embed the development JSX
 * runtime.
 */
export default function buildFirefox() {
  execFileSync('npx', ['wxt', 'build', '-b', 'firefox'], { stdio: 'ignore', env: { ...process.env, NODE_ENV: 'production' } });
}
