import { describe, expect, it } from 'vitest';
import { feedbackHref, feedbackLink } from '../../src/ui/feedback';
import { policyChanges } from '../../src/policy/changes';
import { bundledPolicy } from '../../src/policy/bundled';

describe('feedbackHref', () => {
  const about = { rule: 'topic:financial-results', version: '3', role: 'executive' };

  it.each([
    [
      'mailto:policy@acme.com',
      'mailto:policy@acme.com?subject=Candor%20policy%3A%20topic%3Afinancial-results&body=Rule%3A%20topic%3Afinancial-results%0APolicy%20version%3A%203%0ARole%3A%20executive%0A%0A',
    ],
    [
      'mailto:policy@acme.com?subject=Suggestion',
      'mailto:policy@acme.com?subject=Suggestion%20%28topic%3Afinancial-results%29&body=Rule%3A%20topic%3Afinancial-results%0APolicy%20version%3A%203%0ARole%3A%20executive%0A%0A',
    ],
    ['https://intranet.acme.com/policy/feedback?lang=en', 'https://intranet.acme.com/policy/feedback?lang=en&rule=topic%3Afinancial-results&version=3&role=executive'],
  ])('%s', (feedback, expected) => {
    expect(feedbackHref(feedback, about)).toBe(expected);
  });

  it('names the base policy when no role is chosen, and gives nothing without a feedback link', () => {
    expect(feedbackHref('https://x.example/f', { ...about, role: undefined })).toContain('role=all-staff');
    expect(feedbackLink(undefined, () => about)).toBeUndefined();
  });

  it('keeps the bare link for the page, and names rule, version and role only in the link made for a finding', () => {
    const link = feedbackLink('https://x.example/f', (finding) => ({ ...about, rule: finding.ruleId }))!;
    expect(link.href).toBe('https://x.example/f');
    const finding = { ruleId: 'disclaimer' } as Parameters<typeof link.about>[0];
    expect(link.about(finding)).toBe('https://x.example/f?rule=disclaimer&version=3&role=executive');
  });
});

describe('policyChanges', () => {
  const before = bundledPolicy();
  it('finds nothing between a policy and itself', () => {
    expect(policyChanges(before, before)).toEqual({
      termsAdded: [], termsRemoved: [], topicsAdded: [], topicsRemoved: [], topicActions: [],
      rolesAdded: [], rolesRemoved: [], rolesChanged: [], disclaimerChanged: false, disclosureChanged: false,
    });
  });

  it('lists terms, topics, roles and texts that changed', () => {
    const after = structuredClone(before);
    after.company.aliases = [...after.company.aliases, 'Acme Industries'];
    after.products = after.products.filter((p) => p.id !== 'skylark');
    after.topics = after.topics.map((t) => (t.id === 'legal-matters' ? { ...t, action: 'needs-approval', approver: { name: 'Legal', contact: 'mailto:l@acme.com' } } : t));
    after.roles = after.roles.filter((r) => r.id !== 'spokesperson').map((r) => (r.id === 'executive' ? { ...r, extends: undefined } : r));
    after.rules.disclaimer = { ...after.rules.disclaimer, text: { en: 'My views only.' } };
    const changes = policyChanges(before, after);
    expect(changes.termsAdded).toEqual(['Acme Industries']);
    expect(changes.termsRemoved).toEqual(['Skylark', 'Project Skylark']);
    expect(changes.topicActions).toEqual([{ id: 'legal-matters', from: 'avoid', to: 'needs-approval' }]);
    expect(changes.rolesRemoved).toEqual(['spokesperson']);
    expect(changes.rolesChanged).toEqual(['executive']);
    expect(changes.disclaimerChanged).toBe(true);
    expect(changes.disclosureChanged).toBe(true); // the spokesperson's disclosure overlay went with the role
  });
});
