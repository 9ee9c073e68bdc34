import { describe, expect, it } from 'vitest';
import { bundledPolicy } from '../../src/policy/bundled';
import { entityForms, entityTerms, policyTerms } from '../../src/policy/terms';

const entity = {
  name: 'Acme',
  aliases: ['Acme Corp'],
  handles: { x: ['acme', '@AcmeHelp'], linkedin: ['acme-inc'] },
  hashtags: ['AcmeLife', '#TeamAcme'],
  tickers: ['ACME'],
  domains: ['acme.example'],
};

describe('entityForms', () => {
  it('lists every way an entity is written, where it is written and as people type it', () => {
    expect(entityForms(entity)).toEqual([
      { path: ['name'], written: 'Acme', typed: 'Acme' },
      { path: ['aliases', 0], written: 'Acme Corp', typed: 'Acme Corp' },
      { path: ['handles', 'x', 0], written: 'acme', typed: '@acme' },
      { path: ['handles', 'x', 1], written: '@AcmeHelp', typed: '@AcmeHelp' },
      { path: ['handles', 'linkedin', 0], written: 'acme-inc', typed: '@acme-inc' },
      { path: ['hashtags', 0], written: 'AcmeLife', typed: '#AcmeLife' },
      { path: ['hashtags', 1], written: '#TeamAcme', typed: '#TeamAcme' },
      { path: ['tickers', 0], written: 'ACME', typed: '$ACME' },
      { path: ['domains', 0], written: 'acme.example', typed: 'acme.example' },
    ]);
  });

  it('takes products, which have no handles, tickers or domains', () => {
    expect(entityTerms({ name: 'RoadRunner', aliases: ['RR'], hashtags: ['RoadRunner'] })).toEqual(['RoadRunner', 'RR', '#RoadRunner']);
  });
});

describe('policyTerms', () => {
  const policy = bundledPolicy();
  const terms = policyTerms(policy);

  it('has every entity and topic term once, with its JSON path', () => {
    const expected =
      entityTerms(policy.company).length +
      policy.competitors.reduce((n, c) => n + entityTerms(c).length, 0) +
      policy.products.reduce((n, p) => n + entityTerms(p).length, 0) +
      policy.topics.reduce((n, t) => n + t.terms.length, 0);
    expect(terms).toHaveLength(expected);
    expect(terms[0]).toMatchObject({ path: ['company', 'name'], typed: policy.company.name, owner: { kind: 'employer' } });
    expect(terms.at(-1)).toMatchObject({
      path: ['topics', policy.topics.length - 1, 'terms', policy.topics.at(-1)!.terms.length - 1],
      owner: { kind: 'topic', index: policy.topics.length - 1 },
    });
  });

  it('gives all the terms of one entity the same owner object, and different entities different ones', () => {
    const ownersOf = (kind: string, index: number) =>
      new Set(terms.filter((t) => t.owner.kind === kind && (!('index' in t.owner) || t.owner.index === index)).map((t) => t.owner));
    expect(ownersOf('competitor', 0).size).toBe(1);
    expect(ownersOf('competitor', 1).size).toBe(1);
    expect([...ownersOf('competitor', 0)][0]).not.toBe([...ownersOf('competitor', 1)][0]);
  });
});
