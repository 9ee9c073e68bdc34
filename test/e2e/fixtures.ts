/**
 * Fixture pages imitating each network's compose boxes with the editor library the site itself uses
 * (X: Draft.js, LinkedIn: Quill, Facebook: Lexical). Serve one at the real site URL with `serveAt` so the
 * extension's content script runs against real editors; tests read each editor's model through
 * `window.candorFixture` (see src/playground/sites/page.ts).
 */
import { fileURLToPath } from 'node:url';
import { bundledPage } from '../../scripts/page-bundle';

export type Site = 'x' | 'linkedin' | 'facebook';

/** A complete HTML document for `site`, its script bundled inline. Built once per site per process. */
export function fixturePage(site: Site): Promise<string> {
  return bundledPage(fileURLToPath(new URL(`../../src/playground/sites/${site}.ts`, import.meta.url)));
}
