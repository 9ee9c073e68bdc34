import { chmodSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { PRIVATE_KEY_FILE, PUBLIC_KEY_FILE } from '../../src/cli/commands';
import { runPolicyCli } from '../../src/cli/policy';
import { verifySignature } from '../../src/sync/signature';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const ACME_TEXT = readFileSync(join(ROOT, 'rules/acme.policy.json'), 'utf8');
const BOMB = gzipSync(Buffer.alloc(64 * 1024 * 1024, ' '));

/** Runs the CLI with output collected; `cwd` defaults to the repository, as `npm run policy` would. */
async function cli(argv: string[], cwd = ROOT) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runPolicyCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l), cwd });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const tempDirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'candor-cli-'));
  tempDirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of tempDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** The acme policy after `edit`, written to a temp dir; returns the file's path. */
function acmeVariant(edit: (policy: Record<string, any>) => void): string {
  const policy = JSON.parse(ACME_TEXT);
  edit(policy);
  const file = join(tempDir(), 'policy.json');
  writeFileSync(file, JSON.stringify(policy, null, 2));
  return file;
}

describe('validate', () => {
  it.each([
    ['rules/acme.policy.json', 'rules/acme.policy.json: valid (version 4, 3 roles, 8 topics, 2 competitors, 4 products)'],
    ['rules/dupain.policy.fr.json', 'rules/dupain.policy.fr.json: valid (version 2026.12.1, 3 roles'],
  ])('accepts %s', async (file, summary) => {
    const { code, out, err } = await cli(['validate', file]);
    expect(code).toBe(0);
    expect(out).toContain(summary);
    expect(out).not.toMatch(/^error/m);
    expect(err).toBe('');
  });

  it.each([
    {
      name: 'an unknown field',
      edit: (p: Record<string, any>) => (p.colour = 'red'),
      lines: ['error  $.colour  Unknown field "colour"'],
      summary: '1 error, 0 warnings',
    },
    {
      name: 'two schema errors at once',
      edit: (p: Record<string, any>) => {
        p.competitors[1].colour = 'red';
        p.topics[2].action = 'forbid';
      },
      lines: ['error  $.competitors[1].colour  Unknown field', 'error  $.topics[2].action  Expected one of'],
      summary: '2 errors, 0 warnings',
    },
    {
      // Schema errors stop parsing before the whole-policy checks, so this case needs its own copy.
      name: 'a topic needing approval without an approver, and a one-letter term',
      edit: (p: Record<string, any>) => {
        delete p.topics[0].approver;
        p.topics[1].terms.push('x');
      },
      lines: [
        'error  $.topics[0].approver  A topic that needs approval must say who approves',
        'warning  $.topics[1].terms[7]  "x" is a single character',
      ],
      summary: '1 error, 1 warning',
    },
  ])('rejects $name with exit 1 and the JSON paths', async ({ edit, lines, summary }) => {
    const file = acmeVariant(edit);
    const { code, out } = await cli(['validate', file]);
    expect(code).toBe(1);
    for (const line of lines) expect(out).toContain(line);
    expect(out.split('\n').at(-1)).toBe(`${file}: ${summary}`);
  });

  it('exits 0 when there are only warnings', async () => {
    const file = acmeVariant((p) => p.topics[1].terms.push('x'));
    const { code, out } = await cli(['validate', file]);
    expect(code).toBe(0);
    expect(out).toContain('warning  $.topics[1].terms[7]');
    expect(out).toMatch(/: valid \(version 4, .*\), 1 warning$/);
  });

  it('says where invalid JSON breaks', async () => {
    const file = join(tempDir(), 'broken.json');
    writeFileSync(file, '{\n  "name": "x",\n}');
    const { code, out } = await cli(['validate', file]);
    expect(code).toBe(1);
    expect(out).toMatch(/^error {2}\$ {2}Not valid JSON at line 2, column 14: a comma after the last item \(JSON allows none before "}"\)\. Remove it\.$/m);
  });

  it('resolves a relative path against the given cwd', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'mine.json'), ACME_TEXT);
    const { code, out } = await cli(['validate', 'mine.json'], dir);
    expect(code).toBe(0);
    expect(out).toContain('mine.json: valid');
  });

  it.each([
    { name: 'a missing file', setup: (dir: string) => join(dir, 'nope.json'), reason: 'no such file or directory' },
    { name: 'a directory', setup: (dir: string) => dir, reason: 'it is a directory, not a file' },
    ...(process.getuid?.() === 0
      ? [] // root reads any file, so permissions cannot make one unreadable
      : [
          {
            name: 'a file without read permission',
            setup: (dir: string) => {
              const file = join(dir, 'secret.json');
              writeFileSync(file, ACME_TEXT);
              chmodSync(file, 0o000);
              return file;
            },
            reason: 'permission denied',
          },
        ]),
  ])('exits 1 with a plain reason for $name', async ({ setup, reason }) => {
    const file = setup(tempDir());
    const { code, out, err } = await cli(['validate', file]);
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err).toBe(`Cannot read ${file}: ${reason}.`);
  });

  describe('over http', () => {
    let server: Server;
    let base: string;
    beforeAll(async () => {
      server = createServer((req, res) => {
        if (req.url === '/acme.policy.json') {
          res.writeHead(200, { 'content-type': 'application/json' }).end(ACME_TEXT);
        } else if (req.url === '/plain.txt') {
          res.writeHead(200, { 'content-type': 'text/plain' }).end(ACME_TEXT);
        } else if (req.url === '/moved.json') {
          res.writeHead(302, { location: '/acme.policy.json' }).end();
        } else if (req.url === '/big.json') {
          res.writeHead(200, { 'content-type': 'application/json' }).end(ACME_TEXT.replace('{', `{"$comment": "${'x'.repeat(1_100_000)}",`));
        } else if (req.url === '/latin1.json') {
          res.writeHead(200, { 'content-type': 'application/json' }).end(Buffer.from(ACME_TEXT, 'latin1'));
        } else if (req.url === '/bomb.json') {
          // 64 MiB of spaces, gzipped to ~64 KiB: the extension stops reading at 1 MiB, and so must the CLI.
          res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip' }).end(BOMB);
        } else res.writeHead(404).end('not here');
      });
      await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
      base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    });
    afterAll(() => new Promise<void>((done) => server.close(() => done())));

    it('validates a policy fetched from a URL', async () => {
      const { code, out } = await cli(['validate', `${base}/acme.policy.json`]);
      expect(code).toBe(0);
      expect(out).toBe(`${base}/acme.policy.json: valid (version 4, 3 roles, 8 topics, 2 competitors, 4 products)`);
    });

    it('exits 1 and names the HTTP status when the URL is not found', async () => {
      const { code, err } = await cli(['validate', `${base}/missing.json`]);
      expect(code).toBe(1);
      expect(err).toBe(`Cannot fetch ${base}/missing.json: the policy server answered 404 Not Found.`);
    });

    it.each([
      ['plain http off this computer', () => 'http://policies.example.com/p.json', /only fetched over HTTPS/],
      ['a text/plain answer', () => `${base}/plain.txt`, /text\/plain, not JSON/],
      ['a redirect', () => `${base}/moved.json`, /answered with a redirect/],
      ['more than 1 MiB', () => `${base}/big.json`, /larger than 1024 KiB/],
      ['a gzip bomb', () => `${base}/bomb.json`, /larger than 1024 KiB/],
    ])('says what the extension would: refuses %s', async (_, url, reason) => {
      const { code, out, err } = await cli(['validate', url()]);
      expect(code).toBe(1);
      expect(out).toBe('');
      expect(err).toMatch(reason);
    });

    it('refuses a policy that is not UTF-8, as the extension does', async () => {
      const { code, out } = await cli(['validate', `${base}/latin1.json`]);
      expect(code).toBe(1);
      expect(out).toContain('error  $  The policy is not UTF-8 text');
    });

    it('exits 1 with the reason when nothing listens', async () => {
      const closed = createServer();
      await new Promise<void>((done) => closed.listen(0, '127.0.0.1', done));
      const port = (closed.address() as AddressInfo).port;
      await new Promise<void>((done) => closed.close(() => done()));
      const { code, err } = await cli(['validate', `http://127.0.0.1:${port}/p.json`]);
      expect(code).toBe(1);
      expect(err).toMatch(/^Cannot fetch http:\/\/127\.0\.0\.1:\d+\/p\.json: .*nothing answers at that address and port \(connection refused\)\.$/);
    });

    it('says in words that an https:// address points at a plain-http port (not OpenSSL\'s "wrong version number")', async () => {
      const { code, err } = await cli(['validate', base.replace('http:', 'https:') + '/acme.json']);
      expect(code).toBe(1);
      expect(err).toMatch(/: the server does not speak HTTPS on that port \(is it an http:\/\/ address\?\)\.$/);
      expect(err).not.toMatch(/SSL routines|version number/);
    });
  });
});

describe('the command line as a shell uses it', () => {
  it('stops quietly, exit 0, when the reader closes the pipe ("… | head")', async () => {
    const { spawn } = await import('node:child_process');
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/policy.ts', 'test', 'rules/acme.policy.json'], { cwd: ROOT });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.once('data', () => child.stdout.destroy()); // what "head -1" does after its line
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });
});

describe('check', () => {
  it.each([
    {
      name: 'an executive on the share price needs Legal',
      argv: ['--role', 'executive', '--text', 'Acme stock price is up'],
      expected: [
        'for role "executive", language en:',
        '[warn] needs-approval: Acme stock',
        'Executives are insiders: anything about the share price goes through Legal.',
        'matched: "stock price" at 5-16',
        'fix: ask: Legal <mailto:legal@acme.com>',
      ],
    },
    {
      name: 'the base policy asks for a disclaimer at the end',
      argv: ['--text', 'Loving RoadRunner at Acme'],
      expected: [
        'for the base policy (no role)',
        '[warn] missing-disclaimer',
        'matched: "RoadRunner" at 7-17, "Acme" at 21-25',
        'fix: insert at end: "Views are my own."',
        'fix: insert at start: "I work at Acme."',
        '[info] product-mention: RoadRunner',
      ],
    },
    {
      name: 'French texts with --locale fr',
      argv: ['--text', 'Loving RoadRunner at Acme', '--locale', 'fr'],
      expected: [
        'language fr:',
        "Précisez que vos opinions n'engagent que vous",
        'fix: insert at end: "Mes opinions n\'engagent que moi."',
        'fix: insert at start: "Je travaille chez Acme."',
      ],
    },
    {
      name: 'on X, the short form when the full text would pass 280',
      argv: ['--network', 'x', '--text', `RoadRunner ${'The new warehouse routing saved us hours every single week. '.repeat(5).slice(0, 254)}`],
      expected: ['fix: insert at start: "#AcmeEmployee" (short form, to stay within X\'s limit)'],
    },
    {
      name: 'a dated topic with --at',
      argv: ['--at', '2027-01-10T09:00:00-08:00', '--text', 'Acme this quarter'],
      expected: ['[warn] avoid: Q4 quiet period'],
    },
    {
      name: 'a financial term asks Investor Relations',
      argv: ['--role=customer-service', '--text=Our Q3 results are great'],
      expected: ['[warn] needs-approval: Financial results', 'fix: ask: Investor Relations <mailto:ir@acme.com>'],
    },
  ])('$name', async ({ argv, expected }) => {
    const { code, out } = await cli(['check', 'rules/acme.policy.json', ...argv]);
    expect(code).toBe(0);
    for (const text of expected) expect(out).toContain(text);
  });

  it('applies the role: a spokesperson is not asked for a disclaimer', async () => {
    const { out } = await cli(['check', 'rules/acme.policy.json', '--role', 'spokesperson', '--text', 'Loving RoadRunner at Acme']);
    expect(out).not.toContain('missing-disclaimer');
    expect(out).toContain('missing-disclosure');
  });

  it('says so when the draft calls for nothing', async () => {
    const { code, out } = await cli(['check', 'rules/acme.policy.json', '--text', 'Lovely weather today']);
    expect(code).toBe(0);
    expect(out).toBe('0 findings for the base policy (no role), language en.');
  });

  it('exits 1 on an unknown role, listing the known ones', async () => {
    const { code, out, err } = await cli(['check', 'rules/acme.policy.json', '--role', 'ceo', '--text', 'Acme']);
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err).toBe('Unknown role "ceo". Known roles: spokesperson, customer-service, executive.');
  });

  it('exits 1 with the errors when the policy is invalid', async () => {
    const file = acmeVariant((p) => delete p.topics[0].approver);
    const { code, out, err } = await cli(['check', file, '--text', 'Acme revenue']);
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err).toContain('error  $.topics[0].approver');
  });

  it.each([
    [['check', 'rules/acme.policy.json'], 'Missing --text.'],
    [['check', '--text', 'hi'], 'Missing the policy file or URL.'],
    [['check', 'rules/acme.policy.json', '--role', '--text', 'hi'], '--role needs a value'],
    [['check', 'rules/acme.policy.json', '--text', 'hi', '--locale', 'French'], '--locale "French" is not a language tag'],
    [['check', 'rules/acme.policy.json', '--text', 'hi', '--colour', 'red'], 'Unknown option --colour.'],
    [['check', 'rules/acme.policy.json', '--text', 'hi', '--network', 'mastodon'], '--network "mastodon" is not one of x, linkedin, facebook.'],
    [['check', 'rules/acme.policy.json', '--text', 'hi', '--at', 'next monday'], '--at "next monday" is not a date and time'],
    [['check', 'rules/acme.policy.json', '--text', 'hi', '--at', '2027-01-28T14:00'], 'is not a date and time with a time zone'],
  ])('exits 2 on a wrong command line: %j', async (argv, message) => {
    const { code, err } = await cli(argv);
    expect(code).toBe(2);
    expect(err).toContain(message);
  });
});

describe('keygen and sign', () => {
  async function keygen(dir: string) {
    const result = await cli(['keygen', '--out', dir]);
    expect(result.code).toBe(0);
    return {
      ...result,
      privatePath: join(dir, PRIVATE_KEY_FILE),
      publicPem: readFileSync(join(dir, PUBLIC_KEY_FILE), 'utf8'),
    };
  }

  it('writes a private key only its owner can read, and prints the public key with instructions', async () => {
    const dir = tempDir();
    const { out, privatePath, publicPem } = await keygen(dir);
    expect(statSync(privatePath).mode & 0o777).toBe(0o600);
    expect(readFileSync(privatePath, 'utf8')).toMatch(/^-----BEGIN PRIVATE KEY-----\n/);
    expect(out).toContain(publicPem.trimEnd());
    expect(out).toContain('managed configuration as "publicKey"');
    expect(out).toContain('Keep the private key secret');
  });

  it('writes into the cwd by default', async () => {
    const dir = tempDir();
    const { code } = await cli(['keygen'], dir);
    expect(code).toBe(0);
    expect(readFileSync(join(dir, PUBLIC_KEY_FILE), 'utf8')).toMatch(/^-----BEGIN PUBLIC KEY-----\n/);
  });

  it.each([PRIVATE_KEY_FILE, PUBLIC_KEY_FILE])('refuses to overwrite an existing %s', async (existing) => {
    const dir = tempDir();
    writeFileSync(join(dir, existing), 'keep me');
    const { code, err } = await cli(['keygen', '--out', dir]);
    expect(code).toBe(1);
    expect(err).toContain(`Refusing to overwrite ${join(dir, existing)}`);
    expect(readFileSync(join(dir, existing), 'utf8')).toBe('keep me');
  });

  it('signs the exact bytes: the signature verifies, and fails once the file changes', async () => {
    const dir = tempDir();
    const { privatePath, publicPem } = await keygen(dir);
    const policyFile = join(dir, 'acme.policy.json');
    writeFileSync(policyFile, ACME_TEXT);

    const { code, out } = await cli(['sign', 'acme.policy.json', '--key', privatePath], dir);
    expect(code).toBe(0);
    expect(out).toContain(`wrote ${policyFile}.sig`);
    const signature = readFileSync(`${policyFile}.sig`, 'utf8');
    expect(signature).toMatch(/^[A-Za-z0-9+/]+=*$/); // base64, no trailing newline

    const bytes = (text: string) => new Uint8Array(Buffer.from(text, 'utf8'));
    expect(await verifySignature(bytes(ACME_TEXT), signature, publicPem)).toBe(true);
    expect(await verifySignature(bytes(ACME_TEXT.replace('"version": "3"', '"version": "4"')), signature, publicPem)).toBe(false);
    expect(await verifySignature(bytes(`${ACME_TEXT} `), signature, publicPem)).toBe(false);
  });

  it('refuses to sign an invalid policy', async () => {
    const dir = tempDir();
    const { privatePath } = await keygen(dir);
    const file = acmeVariant((p) => (p.colour = 'red'));
    const { code, err } = await cli(['sign', file, '--key', privatePath]);
    expect(code).toBe(1);
    expect(err).toContain('error  $.colour');
    expect(() => statSync(`${file}.sig`)).toThrow();
  });

  it('exits 1 with a plain message when the key is not a private key', async () => {
    const dir = tempDir();
    await keygen(dir);
    const { code, err } = await cli(['sign', 'rules/acme.policy.json', '--key', join(dir, PUBLIC_KEY_FILE)]);
    expect(code).toBe(1);
    expect(err).toContain('is not an Ed25519 private key');
  });
});

describe('usage', () => {
  it.each([
    { argv: [], code: 0 },
    { argv: ['--help'], code: 0 },
    { argv: ['check', '--help'], code: 0 },
  ])('prints usage for $argv', async ({ argv, code }) => {
    const result = await cli(argv);
    expect(result.code).toBe(code);
    expect(result.out).toContain('Usage: npm run policy -- <command>');
  });

  it('exits 2 on an unknown command, naming it', async () => {
    const { code, out, err } = await cli(['publish', 'rules/acme.policy.json']);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toContain('Unknown command "publish".');
    expect(err).toContain('Usage: npm run policy -- <command>');
  });
});

describe('test (policy scenarios)', () => {
  const collect = () => {
    const out: string[] = [];
    return { out, io: { out: (l: string) => out.push(l), err: (l: string) => out.push(l), cwd: process.cwd() } };
  };

  it.each(['rules/acme.policy.json', 'rules/dupain.policy.fr.json'])('every scenario of %s passes', async (file) => {
    const { out, io } = collect();
    expect(await runPolicyCli(['test', file], io)).toBe(0);
    expect(out.at(-1)).toMatch(/: \d+ passed, 0 failed$/);
  });

  it('shows a readable diff when the engine disagrees with the authors', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'candor-scenarios-'));
    const policy = JSON.parse(readFileSync('rules/acme.policy.json', 'utf8'));
    policy.scenarios = [{ ...policy.scenarios[0], expect: ['avoid:legal-matters'] }]; // the authors were wrong about Q3 numbers
    writeFileSync(join(dir, 'p.json'), JSON.stringify(policy));
    const { out, io } = collect();
    expect(await runPolicyCli(['test', join(dir, 'p.json')], io)).toBe(1);
    expect(out).toContain('  ✗ q3-numbers');
    expect(out).toContain('      - avoid:legal-matters');
    expect(out).toContain('      + needs-approval:financial-results');
    expect(out.at(-1)).toMatch(/0 passed, 1 failed/);
  });
});

describe('hash-names', () => {
  it('writes a copy that names its unreleased and confidential products only by hash, and says where they still leak', async () => {
    const file = acmeVariant(() => undefined);
    const out = join(tempDir(), 'published.json');
    const first = await cli(['hash-names', file, '--out', out]);
    expect(first.out).toBe(`Hashed 5 names of 2 products: wrote ${out}`);
    // The example's scenarios and ids still name them: written, but the command fails until they are gone.
    expect(first.code).toBe(1);
    expect(first.err).toMatch(/^warning {2}\$\.products\[3\]\.id {2}Names the hashed product "skylark" in clear/m);
    expect(first.err).toMatch(/still names them in \d+ places/);
    const published = readFileSync(out, 'utf8');
    expect(published).not.toMatch(/"name": "(Coyote X|Skylark)"|Project Skylark"/);

    const clean = acmeVariant((p) => {
      p.products = p.products.map((product: { id: string }, i: number) => ({ ...product, id: `product-${i}` }));
      p.scenarios = p.scenarios.filter((s: { draft: string }) => !/coyote|skylark/i.test(s.draft));
      p.changelog = [];
      p.topics = p.topics.filter((t: { terms: string[] }) => !t.terms.some((term) => /coyote|skylark/i.test(term)));
    });
    const second = await cli(['hash-names', clean, '--out', out]);
    expect(second).toMatchObject({ code: 0, err: '' });
    expect((await cli(['validate', out])).out).toMatch(/valid \(version 4, 3 roles/);
    expect((await cli(['check', out, '--text', 'Late night working on Project Skylark'])).out).toContain('Project Skylark');
  });

  it('keeps the working copy: --out must be another file', async () => {
    const file = acmeVariant(() => undefined);
    expect(await cli(['hash-names', file, '--out', file])).toMatchObject({ code: 2, err: expect.stringMatching(/--out must be another file/) });
  });
});
