/**
 * The policy server the browser suites sync from: the Dupain example policy at a loopback URL, which a test may
 * change (`served`) or break (every answer a 500) to see Candor keep the last good policy.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export const DUPAIN = readFileSync(new URL('../../rules/dupain.policy.fr.json', import.meta.url), 'utf8');
export const DUPAIN_VERSION: string = JSON.parse(DUPAIN).version;
/** A version after the example policy's. */
export const NEXT_VERSION = `${Number(DUPAIN_VERSION.split('.')[0]) + 1}.1.0`;

export interface PolicyServer {
  readonly url: string;
  /** What the server answers with (the Dupain policy at first). */
  served: string;
  /** When set, every request gets 500 Internal Server Error. */
  broken: boolean;
  close(): void;
}

export async function startPolicyServer(): Promise<PolicyServer> {
  const state = { served: DUPAIN, broken: false };
  const server = createServer((req, res) => {
    if (state.broken) return void res.writeHead(500, 'Internal Server Error').end();
    if (req.url === '/social-policy.json') return void res.writeHead(200, { 'content-type': 'application/json' }).end(state.served);
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/social-policy.json`;
  return Object.assign(state, {
    url,
    close: () => {
      server.closeAllConnections();
      server.close();
    },
  });
}
