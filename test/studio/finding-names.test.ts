import { describe, expect, it } from 'vitest';
import { parsePolicy } from '../../src/policy/parse';
import type { Policy } from '../../src/policy/types';
import { describeFindingKey } from '../../src/studio/finding-names';
import { messagesFor } from '../../src/ui/messages';
import { template } from './harness';

const policy = (parsePolicy(template('general-company')) as { ok: true; policy: Policy }).policy;

describe('finding keys in words', () => {
  it.each([
    ['needs-approval:financial-results', 'en', 'Needs approval: Financial results'],
    ['competitor-mention:deskora', 'en', 'Competitor: Deskora'],
    ['missing-disclosure', 'en', 'Say you work there'],
    ['needs-approval:financial-results', 'fr', 'Accord nécessaire\u202F: Résultats financiers'],
    ['avoid:no-such-topic', 'en', 'Best avoided: no-such-topic'],
  ])('%s (%s) reads "%s"', (key, locale, words) => {
    expect(describeFindingKey(key, policy, messagesFor(locale as 'en' | 'fr'), locale)).toBe(words);
  });

  it('says nothing of a kind Candor does not report', () => {
    expect(describeFindingKey('made-up:financial-results', policy, messagesFor('en'), 'en')).toBeUndefined();
  });
});
