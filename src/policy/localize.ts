import type { LocalizedText } from './types';

/**
 * Picks the best text for a language: exact tag ("fr-CA"), then its language ("fr"), then the policy's
 * default language, then English, then whatever the policy has.
 */
export function localize(text: LocalizedText, locale: string | undefined, defaultLocale: string): string {
  if (typeof text === 'string') return text;
  // Every finding of every keystroke asks: the usual answer (the exact tag) comes without building the list.
  if (locale && Object.hasOwn(text, locale)) return text[locale]!;
  for (const tag of [locale?.split('-')[0], defaultLocale, defaultLocale.split('-')[0], 'en']) {
    if (tag && Object.hasOwn(text, tag)) return text[tag]!;
  }
  return Object.values(text)[0] ?? '';
}

/** Every language's version of a text, for recognising it whichever language the author wrote in. */
export function allTranslations(text: LocalizedText | undefined): string[] {
  if (text === undefined) return [];
  return typeof text === 'string' ? [text] : Object.values(text);
}
