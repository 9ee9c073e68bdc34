import { execFileSync } from 'node:child_process';

/**
 * Browser tests always drive a fresh build, never a stale `.output/` left by an earlier run — and the release build:
 * vitest sets NODE_ENV=test, which would make `wxt build` embed the development JSX runtime.
 */
export default function buildExtension() {
  execFileSync('npx', ['wxt', 'build'], { stdio: 'ignore', env: { ...process.env, NODE_ENV: 'production' } });
}
