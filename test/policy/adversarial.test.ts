/**
 * Policies written to hurt: each gets a clear error or warning — never a hang, a crash or a polluted prototype —
 * and a huge policy still compiles and analyses.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze, compile } from '../../src/engine';
import { parsePolicy, parsePolicyJson } from '../../src/policy/parse';

const ACME = readFileSync(new URL('../../rules/acme.policy.json', import.meta.url), 'utf8');
const acme = () => JSON.parse(ACME);

describe('hostile structure', () => {
  it.each([
    ['__proto__ at the top', '{"__proto__": {"polluted": 1}}', '$.__proto__'],
    ['__proto__ inside a text per language', JSON.stringify({ ...acme(), name: { en: 'x' } }).replace('"en":"x"', '"en":"x","__proto__":{"polluted":1}'), '$.name.__proto__'],
    ['constructor in a rule', JSON.stringify({ ...acme(), rules: { ...acme().rules, constructor: { prototype: 1 } } }), '$.rules.constructor'],
  ])('%s is refused by name, before the schema sees it', (_, json, path) => {
    // JSON.parse makes "__proto__" an own property, so parsing alone pollutes nothing; the danger is later code that
    // copies keys by assignment. The key is refused outright (the schema alone would call it an unknown field).
    const result = parsePolicyJson(json);
    expect(result.ok ? [] : result.errors).toEqual([{ path, message: expect.stringMatching(/is not allowed in a policy/) }]);
  });

  it('refuses absurd nesting without overflowing the stack or the heap', () => {
    // A million levels: a walk that recursed per level, or kept a path per level, would blow up here.
    const deep = `{"a":${'['.repeat(1_000_000)}${']'.repeat(1_000_000)}}`;
    const result = parsePolicyJson(deep);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.errors[0]!.message).toMatch(/Nested more than 32 levels deep/);
  });

  it('refuses a huge string with its path, and does not choke on it', () => {
    const policy = acme();
    policy.principles = ['x'.repeat(5_000_000)];
    const result = parsePolicy(policy);
    expect(result.ok ? [] : result.errors).toEqual([{ path: '$.principles[0]', message: 'Too long: at most 2000 characters.' }]);
  });
});

describe('hostile terms', () => {
  it.each([
    ['a bidi override', 'Ac\u202Eme Labs', /invisible characters \(U\+202E\)/],
    ['a zero-width joiner', 'Acme\u200DLabs', /invisible characters \(U\+200D\)/],
    ['one letter', 'A', /single character/],
    ['a common word', 'Cloud', /common word/],
  ])('%s in an alias: a warning, and the policy still loads', (_, alias, warning) => {
    const policy = acme();
    policy.company.aliases.push(alias);
    const result = parsePolicy(policy);
    expect(result.ok).toBe(true);
    expect(result.warnings.map((w) => w.message)).toEqual([expect.stringMatching(warning)]);
  });

  it('a term made only of invisible characters is an error, not a term that matches everything', () => {
    const policy = acme();
    policy.company.aliases.push('\u200B\u200C');
    const result = parsePolicy(policy);
    expect(result.ok ? [] : result.errors).toEqual([{ path: '$.company.aliases[3]', message: expect.stringMatching(/no letter or digit/) }]);
  });

  it('matches a term hidden with invisible characters, once folded', () => {
    const policy = acme();
    policy.company.aliases.push('Ac\u202Eme Labs');
    const result = parsePolicy(policy);
    if (!result.ok) throw new Error('expected a valid policy');
    const findings = analyze('Hello from Acme Labs', compile(result.policy), null);
    expect(findings.find((f) => f.kind === 'employer-mention')!.spans.map((s) => s.text)).toEqual(['Acme Labs']);
  });
});

describe('10,000 terms', () => {
  it('validates, compiles and analyses', () => {
    const policy = acme();
    policy.topics.push({
      id: 'big',
      label: 'Big',
      terms: Array.from({ length: 10_000 }, (_, i) => `zorb${i.toString(36)}quux`),
      action: 'avoid',
      severity: 'info',
      why: 'Because.',
    });
    const result = parsePolicy(policy);
    if (!result.ok) throw new Error(JSON.stringify(result.errors.slice(0, 3)));
    const findings = analyze('We talk about zorbaquux and zorb7prquux at Acme.', compile(result.policy), null);
    expect(findings.find((f) => f.kind === 'avoid')!.spans.map((s) => s.text)).toEqual(['zorbaquux', 'zorb7prquux']);
  });
});
