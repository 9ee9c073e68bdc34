/** The languages a policy is written in: its default first, then every other one its texts give. */
import { getAt, isObject, type Json } from './json';

const LOCALIZED_AT: readonly (readonly string[])[] = [['name'], ['rules', 'disclaimer', 'text'], ['rules', 'disclosure', 'text']];

export function policyLanguages(value: Json | undefined): string[] {
  const defaultLocale = getAt(value, ['defaultLocale']);
  const languages = new Set<string>([typeof defaultLocale === 'string' && defaultLocale ? defaultLocale : 'en']);
  for (const path of LOCALIZED_AT) {
    const text = getAt(value, path);
    if (isObject(text)) for (const tag of Object.keys(text)) languages.add(tag);
  }
  return [...languages];
}
