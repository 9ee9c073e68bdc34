import { localize } from '../policy/localize';
import type { LocalizedText, Policy } from '../policy/types';

/** A `text(t)` for a page: picks each policy text in the reader's language. */
export function localizer(policy: Policy, locale: string): (text: LocalizedText) => string {
  return (text) => localize(text, locale, policy.defaultLocale);
}
