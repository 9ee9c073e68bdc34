import type { LocalizedText } from './types';

/**
 * Picks the best text for a language: exact tag ("fr-CA"), then its language ("fr"), then the policy's
 * default language, then English, then whatever the policy has.
 */
export function localize(text: LocalizedText, locale: string | undefined, defaultLocale: string): string {
  if (typeof text === 'string') return text;
  // Asked for every finding of every keystroke: tried in order without building a list.
  return (
    inLanguage(text, locale) ??
    inLanguage(text, languageOf(locale)) ??
    inLanguage(text, defaultLocale) ??
    inLanguage(text, languageOf(defaultLocale)) ??
    inLanguage(text, 'en') ??
    Object.values(text)[0] ??
    ''
  );
}

const inLanguage = (text: Readonly<Record<string, string>>, tag: string | undefined) => (tag && Object.hasOwn(text, tag) ? text[tag] : undefined);
/** "fr" for "fr-CA"; nothing for a tag that is a language already. */
const languageOf = (tag: string | undefined) => (tag?.includes('-') ? tag.slice(0, tag.indexOf('-')) : undefined);

/** Every language's version of a text, for recognising it whichever language the author wrote in. */
export function allTranslations(text: LocalizedText | undefined): string[] {
  if (text === undefined) return [];
  return typeof text === 'string' ? [text] : Object.values(text);
}
