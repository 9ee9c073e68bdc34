/**
 * Dates in a policy: topics that apply for a while (an earnings quiet period) and products announced on a given
 * day. What is in force at a moment, and what changes next, for the engine and the popup alike.
 */
import type { Policy, Topic } from './types';

/** Whether a topic applies at `now` (ms since 1970): from `activeFrom` included to `activeUntil` excluded. */
export function topicInForce(topic: Pick<Topic, 'activeFrom' | 'activeUntil'>, now: number): boolean {
  return (
    (topic.activeFrom === undefined || Date.parse(topic.activeFrom) <= now) &&
    (topic.activeUntil === undefined || now < Date.parse(topic.activeUntil))
  );
}

/** Whether an unreleased product's embargo is over at `now`: from then on it counts as released. */
export function announcedAt(product: Pick<Policy['products'][number], 'status' | 'embargoUntil'>, now: number): boolean {
  return product.status === 'unreleased' && product.embargoUntil !== undefined && Date.parse(product.embargoUntil) <= now;
}

export type DatedChange =
  | { readonly kind: 'topic-starts' | 'topic-ends'; readonly topic: Topic }
  | { readonly kind: 'product-announced'; readonly product: Policy['products'][number] };

/** The next moment after `now` when something changes, with everything that changes then. */
export function nextChange(
  topics: readonly Topic[],
  products: Policy['products'],
  now: number,
): { readonly at: number; readonly changes: readonly DatedChange[] } | undefined {
  const dated: [number, DatedChange][] = [];
  for (const topic of topics) {
    if (topic.action === 'allow') continue;
    if (topic.activeFrom !== undefined) dated.push([Date.parse(topic.activeFrom), { kind: 'topic-starts', topic }]);
    if (topic.activeUntil !== undefined) dated.push([Date.parse(topic.activeUntil), { kind: 'topic-ends', topic }]);
  }
  for (const product of products) {
    if (product.status === 'unreleased' && product.embargoUntil !== undefined) {
      dated.push([Date.parse(product.embargoUntil), { kind: 'product-announced', product }]);
    }
  }
  const future = dated.filter(([at]) => at > now);
  if (future.length === 0) return undefined;
  const at = Math.min(...future.map(([t]) => t));
  return { at, changes: future.filter(([t]) => t === at).map(([, change]) => change) };
}
