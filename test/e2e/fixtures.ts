/**
 * Fixture pages imitating each network's compose boxes with the editor library the site itself uses
 * (X: Draft.js, LinkedIn: Quill, Facebook: Lexical). Serve one at the real site URL with `serveAt` so the
 * extension's content script runs against real editors; tests read each editor's model through
 * `window.candorFixture` (see test/fixtures/sites/page.ts).
 */
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

export type Site = 'x' | 'linkedin' | 'facebook';

const pages = new Map<Site, Promise<string>>();

/** A complete HTML document for `site`, its script bundled inline. Built once per site per process. */
export function fixturePage(site: Site): Promise<string> {
  let page = pages.get(site);
  if (!page) {
    page = bundle(site).then(toHtml);
    pages.set(site, page);
  }
  return page;
}

async function bundle(site: Site): Promise<string> {
  const result = await build({
    entryPoints: [fileURLToPath(new URL(`../fixtures/sites/${site}.ts`, import.meta.url))],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    write: false,
    define: {
      'process.env.NODE_ENV': '"production"',
      // Draft.js (through fbjs) reads Node's `global`, which webpack used to provide.
      global: 'globalThis',
    },
    // Stylesheets imported with `?inline` (Vite's spelling, which the project's types know) arrive as strings.
    loader: { '.css': 'text' },
    // Instead of the project's tsconfig, whose JSX settings target Preact and would break React.
    tsconfigRaw: { compilerOptions: { jsx: 'react' } },
  });
  const [output] = result.outputFiles;
  if (!output) throw new Error(`esbuild produced no output for the ${site} fixture`);
  return output.text;
}

function toHtml(script: string): string {
  // Inline scripts end at the first `</script`, even inside a string; `<\/script` means the same to JavaScript.
  const safe = script.replace(/<\/(script)/gi, '<\\/$1');
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body>
<div id="root"></div>
<script>${safe}</script>
</body>
</html>
`;
}
