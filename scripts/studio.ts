/**
 * `npm run studio`: the policy studio as a plain local web page, for authors who do not install the extension.
 * Serves it on this computer only (127.0.0.1) and opens it in the default browser; the drafts stay in that browser,
 * saved for this address: the same port (5180 unless told otherwise) finds them again.
 *   --port N     another port than 5180 (0: any free port)
 *   --no-open    print the address without opening a browser
 *   --out DIR    write the page's four files to DIR instead (to host on an intranet), and stop
 */
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { bundleStudio } from './studio/bundle';

const { values } = parseArgs({ options: { port: { type: 'string', default: '5180' }, 'no-open': { type: 'boolean', default: false }, out: { type: 'string' } } });
const files = await bundleStudio();

if (values.out) {
  const dir = resolve(values.out);
  mkdirSync(dir, { recursive: true });
  for (const [name, file] of files) writeFileSync(join(dir, name), file.body);
  console.log(`Wrote the studio to ${dir} (${[...files.keys()].join(', ')}): serve it over https, or open it from a local web server.`);
  process.exit(0);
}

// Only the page's own files, from memory; scripts and styles only from here. A published policy may be loaded from
// any https address (the Consult step), or from this computer.
const SECURITY_HEADERS = {
  'content-security-policy':
    "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src https: http://127.0.0.1:* http://localhost:*; frame-src blob:; base-uri 'none'; form-action 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
};

const server = createServer((request, response) => {
  // Only this computer's own names for it: a page that rebinds a domain of its own to 127.0.0.1 gets nothing.
  const port = (server.address() as { port: number } | null)?.port;
  const host = request.headers.host ?? '';
  const url = URL.canParse(request.url ?? '', 'http://127.0.0.1') ? new URL(request.url!, 'http://127.0.0.1') : undefined;
  if (!url || (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`)) {
    response.writeHead(400, { 'content-type': 'text/plain; charset=utf-8', ...SECURITY_HEADERS }).end('Bad request\n');
    return;
  }
  const name = url.pathname.slice(1) || 'index.html';
  const file = request.method === 'GET' || request.method === 'HEAD' ? files.get(name) : undefined;
  if (!file) {
    response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8', ...SECURITY_HEADERS }).end('Not found\n');
    return;
  }
  response.writeHead(200, { 'content-type': file.type, 'cache-control': 'no-store', ...SECURITY_HEADERS }).end(request.method === 'HEAD' ? undefined : file.body);
});

server.listen(Number(values.port), '127.0.0.1', () => {
  const address = server.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : values.port}/`;
  console.log(`The Candor policy studio is at ${url} (this computer only). Stop it with Ctrl+C; your drafts stay in the browser.`);
  if (values['no-open']) return;
  const opener = process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'explorer' : 'xdg-open';
  spawn(opener, [url], { stdio: 'ignore', detached: true })
    .on('error', () => console.log(`Open ${url} in your browser.`))
    .unref();
});
server.on('error', (error: NodeJS.ErrnoException) => {
  console.error(error.code === 'EADDRINUSE' ? `Port ${values.port} is in use: try npm run studio -- --port 0` : error.message);
  process.exit(1);
});
