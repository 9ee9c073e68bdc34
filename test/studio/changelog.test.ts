import { describe, expect, it } from 'vitest';
import { policyChanges } from '../../src/policy/changes';
import { parsePolicy } from '../../src/policy/parse';
import type { Policy } from '../../src/policy/types';
import { draftChangelog, nextVersion } from '../../src/studio/changelog';
import { TEMPLATES } from '../../src/studio/templates';

const parsed = (value: unknown): Policy => {
  const result = parsePolicy(value);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.policy;
};
const published = parsed(TEMPLATES.find((t) => t.id === 'general-company')!.policy);
const current = parsed({
  ...structuredClone(TEMPLATES.find((t) => t.id === 'general-company')!.policy),
  competitors: [...published.competitors, { id: 'initech', name: 'Initech' }],
  topics: published.topics.map((t) => (t.id === 'hiring' ? { ...t, action: 'needs-approval', approver: { name: 'HR', contact: 'mailto:hr@examplesoft.example' } } : t)),
  roles: published.roles.filter((r) => r.id !== 'executive'),
  scenarios: published.scenarios.filter((s) => !s.roles.includes('executive')),
});
const changes = policyChanges(published, current);

describe('draftChangelog', () => {
  it('drafts the entry in English and French, with the popup’s words and the topics’ and roles’ labels', () => {
    const entry = draftChangelog(changes, ['en', 'fr'], published, current);
    expect(entry.changes).toEqual({
      // Removing a role removes its texts too: the popup's summary says so.
      en: 'Now covered: Initech. Hiring: was "allowed", now "ask first". Roles removed: Executive. The personal-opinion text changed. The disclosure text changed.',
      fr:
        'Désormais couverts\u202F: Initech. Recrutement\u202F: était «\u202Fautorisé\u202F», désormais «\u202Faccord préalable\u202F». Rôles retirés\u202F: Dirigeant. ' +
        'Le texte de la mention d’opinion personnelle a changé. Le texte de la précision a changé.',
    });
  });

  it('writes one string for a policy in one language, and English for a language Candor has no words for', () => {
    expect(draftChangelog(changes, ['en'], published, current).changes).toMatch(/^Now covered: Initech\./);
    expect((draftChangelog(changes, ['de', 'fr-CA'], published, current).changes as Record<string, string>).de).toMatch(/^Now covered: Initech\./);
    expect((draftChangelog(changes, ['de', 'fr-CA'], published, current).changes as Record<string, string>)['fr-CA']).toMatch(/^Désormais couverts/);
  });

  it('says when nothing employees would notice changed', () => {
    expect(draftChangelog(policyChanges(published, published), ['en'], published, published).changes).toBe('Nothing you would notice changed.');
  });

  it('suggests the published version plus one, never below the draft’s own', () => {
    expect(draftChangelog(changes, ['en'], published, current).version).toBe('2');
    expect(draftChangelog(changes, ['en'], published, { ...current, version: '7' }).version).toBe('7');
    expect(nextVersion('2026.11.1', '2026.11.1')).toBe('2026.11.2');
    expect(nextVersion('2026.11.9', '2026.11.1')).toBe('2026.11.10');
    expect(nextVersion('3', '2026.1')).toBe('2026.1');
  });
});
