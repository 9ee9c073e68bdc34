/**
 * Products named only by hash are found exactly where the same policy in clear finds them: the example policy,
 * hashed by the CLI's own transformation, is the oracle's twin.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { hashProductNames } from '../../src/cli/hash-names';
import { analyze, compile, type Finding } from '../../src/engine/index';
import { policyChanges } from '../../src/policy/changes';
import { parsePolicyJson } from '../../src/policy/parse';
import type { Policy } from '../../src/policy/types';

const acme = JSON.parse(readFileSync(new URL('../../rules/acme.policy.json', import.meta.url), 'utf8')) as Record<string, unknown>;
// Its confidential product gets a hashtag too, so that hashed "#…" forms are compared as well.
const source = {
  ...acme,
  products: (acme.products as Record<string, unknown>[]).map((p) => (p.id === 'skylark' ? { ...p, hashtags: ['SkylarkLaunch'] } : p)),
};
const parse = (json: unknown): Policy => {
  const result = parsePolicyJson(JSON.stringify(json));
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.policy;
};
const clear = compile(parse(source));
const hashedPolicy = hashProductNames(source, () => '00112233445566778899aabbccddeeff').policy;
const hashed = compile(parse(hashedPolicy));

/** What an employee is told, the product's name aside (the hashed policy calls it what the user wrote). */
const told = (findings: Finding[]) => findings.map(({ subject, ...rest }) => ({ ...rest, subject: subject?.id }));

const DRAFTS = [
  ...clear.policy.scenarios.map((s) => s.draft),
  'Project Skylark is the best thing Acme has built',
  'Can’t wait for #ProjectSkylark and #CoyoteX!!',
  'SKYLARK. Skylark’s launch? skylarks are birds',
  'Coyote   X ships soon; coyote-x is a typo; Coyote Xavier is someone else',
  'Le projet Skylark, c’est pour bientôt chez Acme',
  'the project coyote team @Skylark $SKYLARK',
  'Skylarking about with Projects Skylark',
  '#SkylarkLaunch is on! #skylarklaunch #Skylark_Launch',
];

describe('hashed product names', () => {
  it("the products' names, aliases and hashtags become hashes and a label", () => {
    const text = JSON.stringify((hashedPolicy.products as Record<string, unknown>[]).map(({ id: _id, ...product }) => product));
    for (const name of ['Skylark', 'Coyote']) expect(text).not.toMatch(new RegExp(name, 'i'));
    expect(hashed.policy.products.find((p) => p.id === 'coyote-x')).toMatchObject({ name: 'Unreleased product 1', nameHashes: expect.any(Array) });
  });

  it.each(DRAFTS)('finds what the clear policy finds in %j', (draft) => {
    for (const role of [undefined, 'executive', 'spokesperson']) {
      const at = { now: Date.parse('2026-12-03T10:00:00Z'), network: 'x' as const };
      expect(told(analyze(draft, hashed, role, at))).toEqual(told(analyze(draft, clear, role, at)));
    }
  });

  it('finds them again in a draft with more runs of words than it remembers', () => {
    const draft = `${Array.from({ length: 40_000 }, (_, i) => `w${i}`).join(' ')} Project Skylark`;
    const confidential = () => analyze(draft, hashed, undefined).filter((f) => f.kind === 'confidential-product').map((f) => f.spans);
    const first = confidential();
    expect(first).toEqual([[{ start: draft.length - 15, end: draft.length, text: 'Project Skylark' }]]);
    expect(confidential()).toEqual(first); // from memory this time, after its generations turned over
  });

  it('a label is no name: "Unreleased product 1" in a draft mentions nothing', () => {
    expect(analyze('Unreleased product 1 and Confidential product 1', hashed, undefined)).toEqual([]);
  });

  it('"What changed" from the clear file to the hashed one says nothing about the products (still covered)', () => {
    const changes = policyChanges(clear.policy, hashed.policy);
    expect(changes.termsRemoved).toEqual([]);
    expect(changes.termsAdded).toEqual([]);
  });

  it('calls a product what the user wrote', () => {
    const [finding] = analyze('Loving Project Skylark', hashed, undefined).filter((f) => f.kind === 'confidential-product');
    expect(finding?.subject).toEqual({ id: 'skylark', name: 'Project Skylark' });
  });

  it('tells the author where the file still names a hashed product', () => {
    const result = parsePolicyJson(JSON.stringify(hashedPolicy));
    const leak = (path: string | RegExp) => ({ path, message: 'Names the hashed product "skylark" in clear: whoever reads the file learns the name.' });
    expect(result.warnings).toContainEqual(leak('$.products[3].id')); // its id, too
    expect(result.warnings).toContainEqual(leak(expect.stringMatching(/^\$\.scenarios\[\d+\]\.draft$/) as unknown as string));
    const withoutSalt = { ...hashedPolicy, hashedNames: undefined };
    expect(parsePolicyJson(JSON.stringify(withoutSalt))).toMatchObject({
      ok: false,
      errors: [2, 3].map((i) => ({ path: `$.products[${i}].nameHashes`, message: expect.stringMatching(/need "hashedNames"/) })),
    });
  });

  it('refuses names a hash could not find in a draft', () => {
    const product = (name: string) => ({ ...source, products: [{ id: 'p', name, status: 'confidential' }] });
    expect(() => hashProductNames(product('鷹プロジェクト'), () => '00'.repeat(16))).toThrow(/without spaces between words/);
    expect(() => hashProductNames(product('Falcon!'), () => '00'.repeat(16))).toThrow(/punctuation/);
    expect(() => hashProductNames(product('a b c d e f g'), () => '00'.repeat(16))).toThrow(/more than 6 words/);
  });
});
