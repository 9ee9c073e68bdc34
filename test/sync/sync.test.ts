/**
 * Policy sync against a real HTTP server on loopback (node:http), with WXT's fake browser storage.
 * Every failure case checks that the last good policy is still the active one and that the status says why.
 */
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { bundledPolicy } from '../../src/policy/bundled';
import { generateKeyPair, sign } from '../../src/sync/signature';
import { type ManagedConfig, parseManaged } from '../../src/sync/managed';
import { resetSettings } from '../../src/store/settings';
import { readState, STORAGE_KEYS, type SyncErrorKind, type SyncStatus } from '../../src/store/state';
import { signatureUrl, syncPolicy } from '../../src/sync/sync';

const ACME = readFileSync(new URL('../../rules/acme.policy.json', import.meta.url), 'utf8');
const DUPAIN = readFileSync(new URL('../../rules/dupain.policy.fr.json', import.meta.url), 'utf8');
const withVersion = (json: string, version: string) => JSON.stringify({ ...JSON.parse(json), version });

type Handler = (req: IncomingMessage, res: ServerResponse) => void;
const routes = new Map<string, Handler>();
let server: Server;
let other: Server; // a second loopback address Candor does not trust over plain http
let base: string;

const listen = (s: Server, host: string) =>
  new Promise<string>((resolve) => s.listen(0, host, () => resolve(`http://${host}:${(s.address() as AddressInfo).port}`)));

beforeAll(async () => {
  const handle: Handler = (req, res) => {
    const route = routes.get(req.url ?? '');
    if (route) route(req, res);
    else res.writeHead(404, 'Not Found').end();
  };
  server = createServer(handle);
  other = createServer(handle);
  base = await listen(server, '127.0.0.1');
  await listen(other, '127.0.0.2');
});
afterAll(() => {
  server.closeAllConnections();
  other.closeAllConnections();
  server.close();
  other.close();
});

const json = (body: string, headers: Record<string, string> = {}): Handler => (req, res) => {
  const etag = headers.etag;
  if (etag && req.headers['if-none-match'] === etag) return void res.writeHead(304).end();
  res.writeHead(200, { 'content-type': 'application/json', ...headers }).end(body);
};

let managed: ManagedConfig = {};
const run = (timeoutMs = 2_000): Promise<SyncStatus> =>
  syncPolicy({
    local: fakeBrowser.storage.local,
    managed: async () => managed,
    bundled: bundledPolicy,
    now: () => new Date('2026-11-24T10:00:00Z'),
    timeoutMs,
  });
const setUrl = (policyUrl: string) => fakeBrowser.storage.local.set({ [STORAGE_KEYS.settings]: { policyUrl } });
const active = async () => (await readState(fakeBrowser.storage.local)).active;

beforeEach(() => {
  fakeBrowser.reset();
  routes.clear();
  managed = {};
});

describe('where the policy comes from', () => {
  it('uses the bundled policy when nothing is configured', async () => {
    const status = await run();
    expect(status).toEqual({ checkedAt: '2026-11-24T10:00:00.000Z', source: 'bundled' });
    expect((await active())?.policy.company.name).toBe('Acme');
    expect((await active())?.source).toBe('bundled');
  });

  it('fetches the URL set in options', async () => {
    routes.set('/policy.json', json(DUPAIN, { etag: '"v1"' }));
    await setUrl(`${base}/policy.json`);
    const status = await run();
    expect(status.error).toBeUndefined();
    expect(await active()).toMatchObject({ source: 'options', url: `${base}/policy.json`, etag: '"v1"' });
    expect((await active())?.policy.company.name).toBe('Dupain');
  });

  it('prefers the managed URL over the one set in options', async () => {
    routes.set('/user.json', json(ACME));
    routes.set('/managed.json', json(DUPAIN));
    await setUrl(`${base}/user.json`);
    managed = parseManaged({ policyUrl: `${base}/managed.json` });
    await run();
    expect(await active()).toMatchObject({ source: 'managed', url: `${base}/managed.json` });
    expect((await readState(fakeBrowser.storage.local)).managed).toMatchObject({ policyUrl: `${base}/managed.json` });
  });

  it('lists managed values that are set but unusable, never dropping them silently', () => {
    expect(parseManaged({ policyUrl: 'http://example.com/p.json', refreshMinutes: 1, role: 'executive', publicKey: 'my key' })).toEqual({
      role: 'executive',
      invalid: [
        'policyUrl must be an https:// URL (http:// only on this computer)',
        'publicKey is not a public key (expected the PEM text "npm run policy -- keygen" prints, or its base64 body)',
        'refreshMinutes must be a whole number of minutes from 15 to 10080',
      ],
    });
  });

  it('accepts a managed public key pasted without its PEM armour', async () => {
    const { publicKeyPem } = await generateKeyPair();
    const body = publicKeyPem.replace(/-----[A-Z ]+-----/g, '').replace(/\s+/g, '');
    expect(parseManaged({ publicKey: body }).publicKey?.replace(/\s+/g, '')).toBe(publicKeyPem.replace(/\s+/g, ''));
  });

  it.each([
    ['a plain-http managed URL', { policyUrl: 'http://policies.example.com/p.json' }],
    ['a managed key that is no key', { publicKey: 'ssh-ed25519 AAAA… it@acme' }],
  ])('%s stops the sync and says so; the URL set in options does not take over', async (_, given) => {
    routes.set('/policy.json', json(DUPAIN));
    await setUrl(`${base}/policy.json`);
    managed = parseManaged(given);
    const status = await run();
    expect(status.error).toMatchObject({ kind: 'managed-invalid', message: expect.stringMatching(/managed settings are invalid: (policyUrl|publicKey) /) });
    expect((await active())?.source).toBe('bundled'); // not the user's URL, which would skip the organisation's choice
  });

  it('keeps the cached copy on 304 Not Modified, sending the ETag', async () => {
    let conditional: string | undefined;
    routes.set('/policy.json', (req, res) => {
      conditional = req.headers['if-none-match'];
      json(DUPAIN, { etag: '"v1"' })(req, res);
    });
    await setUrl(`${base}/policy.json`);
    await run();
    const written: string[] = [];
    fakeBrowser.storage.onChanged.addListener((changes) => written.push(...Object.keys(changes)));
    const status = await run();
    expect(conditional).toBe('"v1"');
    expect(status.error).toBeUndefined();
    expect((await active())?.policy.company.name).toBe('Dupain');
    // The copy in force is not rewritten: every reader would wake for nothing. The status says when it was confirmed.
    expect(written).not.toContain(STORAGE_KEYS.active);
    expect(written).toContain(STORAGE_KEYS.status);
  });
});

describe('bad input keeps the last good policy', () => {
  const lastGood = async () => {
    routes.set('/policy.json', json(withVersion(DUPAIN, '5')));
    await setUrl(`${base}/policy.json`);
    expect((await run()).error).toBeUndefined();
  };

  it.each<[string, Handler | string, { kind: SyncErrorKind; message: RegExp }]>([
    ['a 404', (_, res) => res.writeHead(404, 'Not Found').end(), { kind: 'http-status', message: /404 Not Found/ }],
    ['a 500', (_, res) => res.writeHead(500, 'Internal Server Error').end(), { kind: 'http-status', message: /500/ }],
    ['a server that never answers', () => undefined, { kind: 'timeout', message: /did not answer within 0.3 s/ }],
    [
      'a body that keeps coming past 1 MiB',
      (_, res) => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.write(' '.repeat(2 * 1024 * 1024)); // past the cap at once, then never ends
      },
      { kind: 'too-large', message: /larger than 1024 KiB/ },
    ],
    ['malformed JSON', json('{ "schemaVersion": 1,\n  "name": }'), { kind: 'malformed-json', message: /line 2, column/ }],
    ['a login page instead of JSON', (_, res) => res.writeHead(200, { 'content-type': 'text/html' }).end('<html>'), { kind: 'not-json', message: /text\/html, not JSON/ }],
  ])('%s', async (_, handler, expected) => {
    await lastGood();
    routes.set('/policy.json', typeof handler === 'string' ? json(handler) : handler);
    // Only the server that never answers waits for the timeout; the others get time enough on a loaded machine.
    const status = await run(expected.kind === 'timeout' ? 300 : 10_000);
    expect(status.error).toMatchObject({ ...expected, message: expect.stringMatching(expected.message) });
    expect((await active())?.policy.version).toBe('5');
    expect((await readState(fakeBrowser.storage.local)).status).toEqual(status);
  });

  it('a policy that fails validation, with every problem and its JSON path', async () => {
    await lastGood();
    const broken = JSON.parse(DUPAIN);
    broken.topics[0].action = 'forbid';
    broken.colour = 'blue';
    routes.set('/policy.json', json(JSON.stringify(broken)));
    const status = await run();
    expect(status.error?.kind).toBe('invalid-policy');
    expect(status.error?.problems?.map((p) => p.path).sort()).toEqual(['$.colour', '$.topics[0].action']);
    expect((await active())?.policy.version).toBe('5');
  });

  it.each([
    ['to plain http on another host', () => `http://127.0.0.2:${(other.address() as AddressInfo).port}/elsewhere.json`],
    ['on the same server', () => '/elsewhere.json'],
    ['through a chain that comes back to the same server', () => '/hop'],
  ])('a redirect %s is refused: no server but the one configured decides the policy', async (_, location) => {
    await lastGood();
    routes.set('/policy.json', (_req, res) => res.writeHead(302, { location: location() }).end());
    routes.set('/hop', (_req, res) => res.writeHead(301, { location: '/elsewhere.json' }).end());
    routes.set('/elsewhere.json', json(ACME));
    const status = await run();
    expect(status.error).toMatchObject({ kind: 'redirect', message: expect.stringMatching(/answered with a redirect: Candor follows none/) });
    expect((await active())?.policy.company.name).toBe('Dupain');
  });

  it.each([
    ['text/html; profile=not-json', 'not-json'],
    ['application/jsonp', 'not-json'],
    ['application/json; charset=utf-8', undefined],
    ['application/vnd.candor.policy+json', undefined],
  ])('content type %s → %s', async (type, kind) => {
    await lastGood();
    routes.set('/policy.json', json(withVersion(DUPAIN, '6'), { 'content-type': type }));
    const status = await run();
    expect(status.error?.kind).toBe(kind);
    expect((await active())?.policy.version).toBe(kind ? '5' : '6');
  });

  it('a server that refuses its own conditional request (a giant ETag: 431) is asked again without it', async () => {
    routes.set('/policy.json', json(withVersion(DUPAIN, '5'), { etag: '"v5"' }));
    await setUrl(`${base}/policy.json`);
    await run();
    routes.set('/policy.json', (req, res) => {
      if (req.headers['if-none-match']) return void res.writeHead(431, 'Request Header Fields Too Large').end();
      res.writeHead(200, { 'content-type': 'application/json' }).end(withVersion(DUPAIN, '6'));
    });
    const status = await run();
    expect(status.error).toBeUndefined();
    expect((await active())?.policy.version).toBe('6');
  });

  it('an ETag too long to send back is not kept', async () => {
    routes.set('/policy.json', json(DUPAIN, { etag: `"${'e'.repeat(9_000)}"` }));
    await setUrl(`${base}/policy.json`);
    await run();
    expect((await active())?.etag).toBeUndefined();
  });

  it('70,000 problems are stored as the first 50 and a count; a first sync still leaves a policy', async () => {
    const hostile = JSON.parse(DUPAIN);
    for (let i = 0; i < 70_000; i++) hostile[`k${i}`] = 1;
    routes.set('/policy.json', json(JSON.stringify(hostile)));
    await setUrl(`${base}/policy.json`);
    const status = await run();
    expect(status.error?.kind).toBe('invalid-policy');
    expect(status.error?.problems).toHaveLength(50);
    expect(status.error?.problemCount).toBe(70_000);
    expect(JSON.stringify(status).length).toBeLessThan(20_000);
    expect((await active())?.source).toBe('bundled');
  });

  it('storage that refuses the write still ends with a policy and a truthful status', async () => {
    const local = fakeBrowser.storage.local;
    const quota = 5_000;
    const full = {
      ...local,
      get: local.get.bind(local),
      // Full for anything but a short status.
      set: async (items: Record<string, unknown>) => {
        if (JSON.stringify(items[STORAGE_KEYS.status] ?? null).length > quota) throw new Error('QUOTA_BYTES quota exceeded');
        return local.set(items);
      },
    };
    const broken = JSON.parse(DUPAIN);
    for (let i = 0; i < 500; i++) broken[`k${i}`] = 1;
    routes.set('/policy.json', json(JSON.stringify(broken)));
    await setUrl(`${base}/policy.json`);
    const status = await syncPolicy({ local: full, managed: async () => ({}), bundled: bundledPolicy, now: () => new Date('2026-11-24T10:00:00Z') });
    expect(status.error?.message).toMatch(/Candor could not save the result \(QUOTA_BYTES quota exceeded\)/);
    expect(status.error?.problems).toBeUndefined();
    expect((await readState(local)).status).toEqual(status);
    expect((await active())?.source).toBe('bundled');
  });

  it('a plain-http URL that is not on this computer is never fetched', async () => {
    await setUrl('http://policies.example.com/policy.json');
    const status = await run();
    expect(status.error).toMatchObject({ kind: 'insecure-url' });
    expect((await active())?.source).toBe('bundled'); // nothing better was ever good
  });
});

describe('versions', () => {
  it('an unsigned version far in the future does not lock out the real ones after it', async () => {
    await setUrl(`${base}/policy.json`);
    routes.set('/policy.json', json(withVersion(DUPAIN, '999999999')));
    await run();
    routes.set('/policy.json', json(withVersion(DUPAIN, '6')));
    const status = await run();
    expect(status.error).toBeUndefined();
    expect((await active())?.policy.version).toBe('6');
  });

  it('a signed policy older than the signed one in force is a replay: refused', async () => {
    const { publicKeyPem, privateKeyPem } = await generateKeyPair();
    managed = { publicKey: publicKeyPem };
    const serve = async (version: string) => {
      const bytes = new TextEncoder().encode(withVersion(DUPAIN, version));
      const signature = await sign(bytes, privateKeyPem);
      routes.set('/policy.json', json(new TextDecoder().decode(bytes)));
      routes.set('/policy.json.sig', (_, res) => res.writeHead(200, { 'content-type': 'text/plain' }).end(signature));
    };
    await setUrl(`${base}/policy.json`);
    await serve('5');
    expect((await run()).error).toBeUndefined();
    await serve('4');
    expect((await run()).error).toMatchObject({ kind: 'older-version', message: expect.stringMatching(/version 4, older than the version 5/) });
    expect((await active())?.policy.version).toBe('5');

    // A mistaken signed version is recovered from with "Reset" in options: the next signed policy is taken.
    await resetSettings(fakeBrowser.storage.local, { request: (_name, callback) => callback() });
    expect((await run()).error).toBeUndefined();
    expect((await active())?.policy.version).toBe('4');
  });
});

describe('signed policies', () => {
  it('accepts a policy whose signature matches the organisation key, and refuses one that does not', async () => {
    const keys = await generateKeyPair();
    const body = withVersion(DUPAIN, '7');
    routes.set('/signed.json', json(body));
    routes.set('/signed.json.sig', (_, res) => res.writeHead(200, { 'content-type': 'text/plain' }).end(signature));
    let signature = await sign(new TextEncoder().encode(body), keys.privateKeyPem);
    managed = parseManaged({ policyUrl: `${base}/signed.json`, publicKey: keys.publicKeyPem });
    expect((await run()).error).toBeUndefined();
    expect((await active())?.policy.version).toBe('7');

    // Someone changes the file without re-signing it.
    routes.set('/signed.json', json(withVersion(DUPAIN, '8')));
    const status = await run();
    expect(status.error).toMatchObject({ kind: 'bad-signature', message: expect.stringMatching(/does not match/) });
    expect((await active())?.policy.version).toBe('7');

    // A signature by another key.
    signature = await sign(new TextEncoder().encode(withVersion(DUPAIN, '8')), (await generateKeyPair()).privateKeyPem);
    expect((await run()).error?.kind).toBe('bad-signature');
  });

  it('refuses an unsigned policy when a key is configured', async () => {
    const keys = await generateKeyPair();
    routes.set('/unsigned.json', json(DUPAIN));
    managed = parseManaged({ policyUrl: `${base}/unsigned.json`, publicKey: keys.publicKeyPem });
    const status = await run();
    expect(status.error).toMatchObject({ kind: 'bad-signature', message: expect.stringMatching(/unsigned\.json\.sig/) });
    expect((await active())?.source).toBe('bundled');
  });

  it('a signature newly required is checked even when the server says the cached copy has not changed', async () => {
    routes.set('/policy.json', json(DUPAIN, { etag: '"v1"' }));
    managed = parseManaged({ policyUrl: `${base}/policy.json` });
    expect((await run()).error).toBeUndefined(); // unsigned, accepted: no key yet

    managed = parseManaged({ policyUrl: `${base}/policy.json`, publicKey: (await generateKeyPair()).publicKeyPem });
    const status = await run();
    expect(status.error?.kind).toBe('bad-signature');
    // The unsigned policy in force is no longer acceptable: the bundled one stands in until a signed one arrives.
    expect((await active())?.source).toBe('bundled');
  });

  it('fetches the signature beside the file, its query kept', async () => {
    expect(signatureUrl('https://intranet.acme.com/p.json?v=2')).toBe('https://intranet.acme.com/p.json.sig?v=2');
    const keys = await generateKeyPair();
    const body = withVersion(DUPAIN, '7');
    const signature = await sign(new TextEncoder().encode(body), keys.privateKeyPem);
    routes.set('/q.json?v=2', json(body));
    routes.set('/q.json.sig?v=2', (_, res) => res.writeHead(200, { 'content-type': 'text/plain' }).end(signature));
    managed = parseManaged({ policyUrl: `${base}/q.json?v=2`, publicKey: keys.publicKeyPem });
    expect((await run()).error).toBeUndefined();
    expect((await active())?.policy.version).toBe('7');
  });

  it("a fresh install refuses a replayed signed policy older than the organisation's minimum version", async () => {
    const keys = await generateKeyPair();
    const serve = async (version: string) => {
      const bytes = new TextEncoder().encode(withVersion(DUPAIN, version));
      routes.set('/policy.json', json(new TextDecoder().decode(bytes)));
      const signature = await sign(bytes, keys.privateKeyPem);
      routes.set('/policy.json.sig', (_, res) => res.writeHead(200, { 'content-type': 'text/plain' }).end(signature));
    };
    managed = parseManaged({ policyUrl: `${base}/policy.json`, publicKey: keys.publicKeyPem, minimumVersion: '2026.11.2' });
    await serve('2026.11.1'); // genuinely signed, withdrawn since
    const status = await run();
    expect(status.error).toMatchObject({ kind: 'older-version', message: expect.stringMatching(/2026\.11\.1, older than 2026\.11\.2/) });
    expect((await active())?.source).toBe('bundled');

    await serve('2026.11.2');
    expect((await run()).error).toBeUndefined();
    expect((await active())?.policy.version).toBe('2026.11.2');

    // The floor raised above the copy in force: a "304 Not Modified" does not keep it.
    routes.set('/policy.json', json(withVersion(DUPAIN, '2026.11.2'), { etag: '"v2"' }));
    expect((await run()).error).toBeUndefined();
    managed = { ...managed, minimumVersion: '2026.12.1' };
    expect((await run()).error).toMatchObject({ kind: 'older-version' });
    expect((await active())?.source).toBe('bundled');
  });

  it('a minimum version that is no version stops the sync like any invalid managed value', () => {
    expect(parseManaged({ minimumVersion: 'v5' }).invalid).toEqual([expect.stringMatching(/^minimumVersion must be a policy version/)]);
    expect(parseManaged({ minimumVersion: '5' })).toEqual({ minimumVersion: '5' });
  });

  it('a key that is no Ed25519 key is reported as such, not as a signature that does not match', async () => {
    const { publicKey } = await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign', 'verify']);
    const der = new Uint8Array(await crypto.subtle.exportKey('spki', publicKey));
    routes.set('/policy.json', json(DUPAIN));
    routes.set('/policy.json.sig', (_, res) => res.writeHead(200, { 'content-type': 'text/plain' }).end('c2lnbmF0dXJl'));
    managed = parseManaged({ policyUrl: `${base}/policy.json`, publicKey: Buffer.from(der).toString('base64') });
    expect(managed.invalid).toBeUndefined();
    const status = await run();
    expect(status.error).toMatchObject({ kind: 'bad-signature', message: expect.stringMatching(/public key could not be used/) });
  });
});

describe('what changed', () => {
  it('keeps the replaced policy when a new version arrives, and only then', async () => {
    await run(); // the bundled policy, first
    expect((await readState(fakeBrowser.storage.local)).previous).toBeUndefined();
    routes.set('/policy.json', json(withVersion(DUPAIN, '5')));
    await setUrl(`${base}/policy.json`);
    await run();
    expect((await readState(fakeBrowser.storage.local)).previous?.company.name).toBe('Acme'); // the bundled one it replaced

    routes.set('/policy.json', json(withVersion(DUPAIN, '6')));
    await run();
    expect((await readState(fakeBrowser.storage.local)).previous?.version).toBe('5');
    await run(); // same version again: nothing new to compare
    expect((await readState(fakeBrowser.storage.local)).previous?.version).toBe('5');
  });
});

