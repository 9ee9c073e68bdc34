import { execFileSync } from 'node:child_process';

/** Browser tests always drive a fresh build, never a stale `.output/` left by an earlier run. */
export default function buildExtension() {
  execFileSync('npx', ['wxt', 'build'], { stdio: 'ignore' });
}
