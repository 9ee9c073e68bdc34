import { describe, expect, it } from 'vitest';
import { localize } from '../../src/policy/localize';

describe('localize', () => {
  const text = { en: 'Hello', fr: 'Bonjour', 'fr-CA': 'Allô', de: 'Hallo' };
  it.each<[string, Record<string, string> | string, string | undefined, string, string]>([
    ['the exact tag', text, 'fr-CA', 'en', 'Allô'],
    ['its language', text, 'fr-BE', 'en', 'Bonjour'],
    ["the policy's default", { fr: 'Bonjour', de: 'Hallo' }, 'es', 'de', 'Hallo'],
    ["the default's language", { fr: 'Bonjour', de: 'Hallo' }, 'es', 'de-AT', 'Hallo'],
    ['English', { en: 'Hello', de: 'Hallo' }, 'es', 'it', 'Hello'],
    ['whatever there is', { de: 'Hallo' }, 'es', 'it', 'Hallo'],
    ['no language asked', text, undefined, 'fr', 'Bonjour'],
    ['a plain string', 'Hi', 'fr', 'en', 'Hi'],
    ['nothing at all', {}, 'fr', 'en', ''],
  ])('%s', (_, given, locale, defaultLocale, expected) => {
    expect(localize(given, locale, defaultLocale)).toBe(expected);
  });
});
