/**
 * What a scenario's finding key ("needs-approval:financial-results") means, in the words the nudge uses: its title,
 * and the name of the topic, product or competitor it is about ("Needs approval: Financial results"). Authors read
 * this; the key stays beside it for the JSON.
 */
import { findingKinds } from '../policy/constants';
import { localize } from '../policy/localize';
import type { Policy } from '../policy/types';
import type { FindingKind } from '../engine/types';
import type { Messages } from '../ui/messages';

const isKind = (kind: string): kind is FindingKind => (findingKinds as readonly string[]).includes(kind);

/** The key in words, or undefined when its kind is not one Candor reports (the parser says what is wrong). */
export function describeFindingKey(key: string, policy: Policy | undefined, messages: Messages, locale: string): string | undefined {
  const colon = key.indexOf(':');
  const kind = colon === -1 ? key : key.slice(0, colon);
  if (!isKind(kind)) return undefined;
  const title = messages.title[kind];
  if (colon === -1) return title;
  const id = key.slice(colon + 1);
  const topic = policy?.topics.find((t) => t.id === id);
  const name =
    (topic && localize(topic.label, locale, policy!.defaultLocale)) ??
    policy?.products.find((p) => p.id === id)?.name ??
    policy?.competitors.find((c) => c.id === id)?.name ??
    id;
  return `${title}${messages.colon}${name}`;
}
