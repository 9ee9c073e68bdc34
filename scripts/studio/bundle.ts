/**
 * The studio as a plain web page: the same components the extension's studio.html shows, bundled by esbuild into
 * four files (page, script, stylesheet, icon) held in memory. `npm run studio` serves them; `--out` writes them.
 */
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const ENTRY = fileURLToPath(new URL('page.tsx', import.meta.url));
const ICON = new URL('../../assets/icon.svg', import.meta.url);

/** The extension's studio page, with this bundle's files where the extension build puts its own. */
function pageHtml(): string {
  const page = readFileSync(new URL('../../entrypoints/studio/index.html', import.meta.url), 'utf8');
  const swaps: readonly (readonly [string, string])[] = [
    ['<link rel="icon" href="/icon/32.png" />', '<link rel="icon" href="icon.svg" />\n    <link rel="stylesheet" href="studio.css" />'],
    ['<script type="module" src="./main.tsx"></script>', '<script type="module" src="studio.js"></script>'],
  ];
  return swaps.reduce((html, [from, to]) => {
    if (!html.includes(from)) throw new Error(`entrypoints/studio/index.html no longer has ${from}: update scripts/studio/bundle.ts`);
    return html.replace(from, to);
  }, page);
}

export interface StudioFile {
  readonly type: string;
  readonly body: Uint8Array;
}

/** File name (`index.html`, `studio.js`, `studio.css`, `icon.svg`) to contents. */
export async function bundleStudio(): Promise<Map<string, StudioFile>> {
  const result = await build({
    entryPoints: { studio: ENTRY },
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    write: false,
    outdir: 'studio',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    // Assets the popup's components import (the icon) are inlined: the page is four files.
    loader: { '.svg': 'dataurl', '.png': 'dataurl' },
    logLevel: 'warning',
  });
  const files = new Map<string, StudioFile>([
    ['index.html', { type: 'text/html; charset=utf-8', body: new TextEncoder().encode(pageHtml()) }],
    ['icon.svg', { type: 'image/svg+xml', body: readFileSync(ICON) }],
  ]);
  for (const output of result.outputFiles) {
    const name = output.path.slice(output.path.lastIndexOf('/') + 1);
    files.set(name, { type: name.endsWith('.css') ? 'text/css; charset=utf-8' : 'text/javascript; charset=utf-8', body: output.contents });
  }
  return files;
}
