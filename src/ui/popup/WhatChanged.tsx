/**
 * "What changed in version N": the policy's own changelog entry first, then a computed summary. Marked with a dot
 * until the reader opens it once.
 */
import { localizer } from '../localizer';
import { isEmpty, policyChanges } from '../../policy/changes';
import type { Policy } from '../../policy/types';
import type { PageMessages } from '../page-messages';

export interface WhatChangedProps {
  readonly previous: Policy;
  readonly current: Policy;
  readonly seen: boolean;
  readonly locale: 'en' | 'fr';
  readonly messages: PageMessages;
  readonly onOpen: () => void;
}

export function WhatChanged({ previous, current, seen, locale, messages, onOpen }: WhatChangedProps) {
  const text = localizer(current, locale);
  const changes = policyChanges(previous, current);
  const entry = current.changelog.find((e) => e.version === current.version);
  const topicLabel = (id: string) => {
    const topic = current.topics.find((t) => t.id === id) ?? previous.topics.find((t) => t.id === id);
    return topic ? text(topic.label) : id;
  };
  const list = (label: string, items: readonly string[]) =>
    items.length > 0 && (
      <li>
        {label} {items.join(', ')}
      </li>
    );
  const c = messages.changes;
  return (
    <details class="what-changed" onToggle={(e) => e.currentTarget.open && onOpen()}>
      <summary>
        {!seen && <span class="new-dot" aria-label="new" />}
        {messages.whatChanged(current.version)}
      </summary>
      {entry && <p>{text(entry.changes)}</p>}
      <ul>
        {list(c.termsAdded, changes.termsAdded)}
        {list(c.termsRemoved, changes.termsRemoved)}
        {list(c.topicsAdded, changes.topicsAdded.map(topicLabel))}
        {list(c.topicsRemoved, changes.topicsRemoved.map(topicLabel))}
        {changes.topicActions.map((t) => (
          <li key={t.id}>{c.topicAction(topicLabel(t.id), messages.actions[t.from as 'allow'], messages.actions[t.to as 'allow'])}</li>
        ))}
        {list(c.rolesAdded, changes.rolesAdded)}
        {list(c.rolesRemoved, changes.rolesRemoved)}
        {list(c.rolesChanged, changes.rolesChanged)}
        {changes.disclaimerChanged && <li>{c.disclaimerChanged}</li>}
        {changes.disclosureChanged && <li>{c.disclosureChanged}</li>}
        {isEmpty(changes) && !entry && <li>{c.none}</li>}
      </ul>
    </details>
  );
}
