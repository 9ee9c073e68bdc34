/**
 * A changelog entry drafted from what changed since the published version, in each of the policy's languages, with
 * the words the popup's "What changed" uses (French for French, English for the others), and the version it
 * suggests. The author edits the text before it goes into the policy.
 */
import { isEmpty, type PolicyChanges } from '../policy/changes';
import { localize } from '../policy/localize';
import type { LocalizedText, Policy } from '../policy/types';
import { compareVersions } from '../sync/version';
import { pageMessagesFor } from '../ui/page-messages';

export interface DraftedEntry {
  readonly version: string;
  readonly changes: LocalizedText;
}

/** The published version with its last number one higher ("3" → "4", "2026.11.1" → "2026.11.2"), never below the draft's own. */
export function nextVersion(published: string, draft: string): string {
  const numbers = published.split('.').map(Number);
  numbers[numbers.length - 1]! += 1;
  const bumped = numbers.join('.');
  return compareVersions(draft, bumped) > 0 ? draft : bumped;
}

/**
 * What changed, in one language, one sentence per change as the popup's "What changed" lists them; topics and roles
 * by their label in that language.
 */
export function changeSentences(changes: PolicyChanges, language: string, published: Policy, current: Policy): string[] {
  const messages = pageMessagesFor(language.split('-')[0] === 'fr' ? 'fr' : 'en');
  const c = messages.changes;
  const text = (t: LocalizedText) => localize(t, language, current.defaultLocale);
  // A removed topic or role is named as the published version named it.
  const labelIn = (items: readonly { readonly id: string; readonly label: LocalizedText }[]) => (id: string) => {
    const item = items.find((x) => x.id === id);
    return item ? text(item.label) : id;
  };
  const topic = labelIn([...current.topics, ...published.topics]);
  const role = labelIn([...current.roles, ...published.roles]);
  const sentences: string[] = [];
  const list = (label: string, items: readonly string[]) => {
    if (items.length > 0) sentences.push(`${label} ${items.join(', ')}.`);
  };
  list(c.termsAdded, changes.termsAdded);
  list(c.termsRemoved, changes.termsRemoved);
  list(c.topicsAdded, changes.topicsAdded.map(topic));
  list(c.topicsRemoved, changes.topicsRemoved.map(topic));
  for (const t of changes.topicActions) {
    sentences.push(`${c.topicAction(topic(t.id), messages.actions[t.from as 'allow'], messages.actions[t.to as 'allow'])}.`);
  }
  list(c.rolesAdded, changes.rolesAdded.map(role));
  list(c.rolesRemoved, changes.rolesRemoved.map(role));
  list(c.rolesChanged, changes.rolesChanged.map(role));
  if (changes.disclaimerChanged) sentences.push(c.disclaimerChanged);
  if (changes.disclosureChanged) sentences.push(c.disclosureChanged);
  if (isEmpty(changes)) sentences.push(c.none);
  return sentences;
}

/**
 * The drafted entry: its text in every language of `languages` (a plain string when the policy has one language,
 * as the policy format writes it), and the version it is for.
 */
export function draftChangelog(changes: PolicyChanges, languages: readonly string[], published: Policy, current: Policy): DraftedEntry {
  const texts = languages.map((language) => [language, changeSentences(changes, language, published, current).join(' ')] as const);
  return {
    version: nextVersion(published.version, current.version),
    changes: texts.length === 1 ? texts[0]![1] : Object.fromEntries(texts),
  };
}
