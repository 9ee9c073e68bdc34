import { describe, expect, it } from 'vitest';
import { parsePolicy } from '../../src/policy/parse';
import type { Policy } from '../../src/policy/types';
import { idFrom, idsOf, newId, referencesTo, textOf } from '../../src/studio/ids';
import type { Json, JsonObject } from '../../src/studio/json';
import { TEMPLATES } from '../../src/studio/templates';

describe('ids made from names', () => {
  it('are lowercase ascii words joined by dashes, whatever the accents, ligatures and punctuation', () => {
    expect(idFrom('Quorum Meet', 'product', new Set())).toBe('quorum-meet');
    expect(idFrom('  Élan — Café & Co.  ', 'product', new Set())).toBe('elan-cafe-co');
    expect(idFrom('  Our Q3 résultats — déjà!  ', 'scenario-1', new Set())).toBe('our-q3-resultats-deja');
    expect(idFrom('  Über—Straße 2027!  ', 'topic', new Set())).toBe('uber-strasse-2027');
    expect(idFrom('Période de silence: Q3 œuvres', 'topic', new Set())).toBe('periode-de-silence-q3-oeuvres');
  });

  it('are at most 64 characters, with no dash at the end', () => {
    expect(idFrom(`${'a'.repeat(63)} b`, 'x', new Set())).toBe('a'.repeat(63));
    expect(idFrom('a'.repeat(70), 'x', new Set())).toBe('a'.repeat(64));
  });

  it('are the fallback when the name has no letter a–z to use', () => {
    expect(idFrom('日本', 'topic', new Set())).toBe('topic');
    expect(idFrom('🚀🚀', 'scenario-2', new Set())).toBe('scenario-2');
    expect(idFrom('', 'role', new Set())).toBe('role');
  });

  it('are unique in their list: "-2", "-3"… added, still within 64 characters', () => {
    expect(idFrom('日本', 'topic', new Set(['topic']))).toBe('topic-2');
    expect(idFrom('Q3 results', 'scenario-3', new Set(['q3-results', 'q3-results-2']))).toBe('q3-results-3');
    expect(idFrom('🚀', 'scenario-1', new Set(['x', 'scenario-1']))).toBe('scenario-1-2');
    expect(idFrom('a'.repeat(70), 'x', new Set(['a'.repeat(64)]))).toBe(`${'a'.repeat(62)}-2`);
    expect(idFrom(`${'a'.repeat(62)}-b`, 'x', new Set([`${'a'.repeat(62)}-b`]))).toBe(`${'a'.repeat(62)}-2`);
  });

  it('idsOf gives a list\'s ids but one; newId the fallback made unique', () => {
    const items: Json[] = [{ id: 'q3-results' }, { id: 'scenario-3' }, { label: 'no id' }, { id: 7 }];
    expect(idsOf(items, 0)).toEqual(new Set(['scenario-3']));
    expect(idsOf(items)).toEqual(new Set(['q3-results', 'scenario-3']));
    expect(idsOf(undefined)).toEqual(new Set());
    expect(newId([{ id: 'topic' }, { id: 'topic-2' }], 'topic')).toBe('topic-3');
    expect(newId(undefined, 'role')).toBe('role');
  });
});

describe('textOf', () => {
  it('gives a text in the first language that has it, else in any, else nothing', () => {
    expect(textOf('Hiring', 'fr')).toBe('Hiring');
    expect(textOf({ en: 'Hiring', fr: 'Recrutement' }, 'fr', 'en')).toBe('Recrutement');
    expect(textOf({ en: 'Hiring', fr: '  ' }, 'fr')).toBe('Hiring');
    expect(textOf({ de: 'Einstellung' }, 'fr', 'en')).toBe('Einstellung');
    expect(textOf({}, 'en')).toBe('');
    expect(textOf(undefined, 'en')).toBe('');
  });
});

describe('referencesTo', () => {
  const draft = TEMPLATES.find((t) => t.id === 'general-company')!.policy;
  const withScenario = (expect: string[], roles: string[] = []): JsonObject => ({ ...draft, scenarios: [{ id: 's', draft: 'x', roles, expect }] });

  it('a topic: its findings scenarios expect, roles changing it, the policy in force', () => {
    expect(referencesTo(withScenario(['needs-approval:a']), 'topics', undefined)('a')).toBe(true);
    expect(referencesTo(withScenario(['avoid:a']), 'topics', undefined)('a')).toBe(true);
    expect(referencesTo(withScenario(['protected:a']), 'topics', undefined)('a')).toBe(true);
    // The same id on another kind of finding is a product's or a competitor's.
    expect(referencesTo(withScenario(['competitor-mention:a', 'product-mention:a']), 'topics', undefined)('a')).toBe(false);
    expect(referencesTo({ roles: [{ id: 'r', topics: { a: { action: 'allow' } } }] }, 'topics', undefined)('a')).toBe(true);
    expect(referencesTo({}, 'topics', { topics: [{ id: 'a' }] } as unknown as Policy)('a')).toBe(true);
    expect(referencesTo({}, 'topics', undefined)('a')).toBe(false);
  });

  it('a product and a competitor: their findings scenarios expect, the policy in force', () => {
    for (const kind of ['product-mention', 'unreleased-product', 'confidential-product']) {
      expect(referencesTo(withScenario([`${kind}:p`]), 'products', undefined)('p')).toBe(true);
      expect(referencesTo(withScenario([`${kind}:p`]), 'competitors', undefined)('p')).toBe(false);
    }
    expect(referencesTo(withScenario(['competitor-mention:c']), 'competitors', undefined)('c')).toBe(true);
    expect(referencesTo(withScenario(['needs-approval:c']), 'competitors', undefined)('c')).toBe(false);
    // The template's scenarios expect Quorum Meet, not Memoboard; the policy in force has both.
    expect(referencesTo(draft, 'products', undefined)('quorum-meet')).toBe(true);
    expect(referencesTo(draft, 'products', undefined)('memoboard')).toBe(false);
    const parsed = parsePolicy(draft);
    if (!parsed.ok) throw new Error('the template is valid');
    expect(referencesTo({}, 'products', parsed.policy)('memoboard')).toBe(true);
    expect(referencesTo({}, 'competitors', parsed.policy)('deskora')).toBe(true);
  });

  it('a role: roles building on it (not itself), scenarios for it, the policy in force', () => {
    expect(referencesTo({ roles: [{ id: 'a' }, { id: 'b', extends: 'a' }] }, 'roles', undefined)('a')).toBe(true);
    expect(referencesTo({ roles: [{ id: 'a', extends: 'a' }] }, 'roles', undefined)('a')).toBe(false);
    expect(referencesTo(withScenario([], ['a']), 'roles', undefined)('a')).toBe(true);
    expect(referencesTo({}, 'roles', { roles: [{ id: 'a' }] } as unknown as Policy)('a')).toBe(true);
    expect(referencesTo(withScenario(['needs-approval:a']), 'roles', undefined)('a')).toBe(false);
  });
});
