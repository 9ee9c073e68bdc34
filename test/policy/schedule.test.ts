import { describe, expect, it } from 'vitest';
import { announcedAt, nextChange, topicInForce } from '../../src/policy/schedule';
import type { Policy, Topic } from '../../src/policy/types';

const topic = (id: string, extra: Partial<Topic> = {}): Topic =>
  ({ id, label: id, terms: [id], action: 'avoid', severity: 'warn', why: 'Because.', scope: 'anywhere', ...extra }) as Topic;
const product = (id: string, extra: Partial<Policy['products'][number]> = {}): Policy['products'][number] =>
  ({ id, name: id, aliases: [], hashtags: [], status: 'unreleased', ...extra }) as Policy['products'][number];
const at = (iso: string) => Date.parse(iso);

describe('topicInForce', () => {
  const quiet = topic('quiet', { activeFrom: '2027-01-04T00:00:00-08:00', activeUntil: '2027-01-28T13:00:00-08:00' });
  it.each<[string, boolean]>([
    ['2027-01-04T07:59:59.999Z', false],
    ['2027-01-04T08:00:00Z', true], // from, included
    ['2027-01-28T20:59:59.999Z', true],
    ['2027-01-28T21:00:00Z', false], // until, excluded
  ])('at %s: %s', (when, expected) => {
    expect(topicInForce(quiet, at(when))).toBe(expected);
  });

  it('a topic without dates is always in force; with one bound, open on the other side', () => {
    expect(topicInForce(topic('always'), 0)).toBe(true);
    expect(topicInForce(topic('from', { activeFrom: '2027-01-01T00:00:00Z' }), at('2099-01-01T00:00:00Z'))).toBe(true);
    expect(topicInForce(topic('until', { activeUntil: '2027-01-01T00:00:00Z' }), 0)).toBe(true);
  });
});

describe('announcedAt', () => {
  it('only an unreleased product with an embargo that has passed', () => {
    const coyote = product('coyote', { embargoUntil: '2027-03-15T16:00:00Z' });
    expect(announcedAt(coyote, at('2027-03-15T15:59:59Z'))).toBe(false);
    expect(announcedAt(coyote, at('2027-03-15T16:00:00Z'))).toBe(true);
    expect(announcedAt(product('nodate'), at('2099-01-01T00:00:00Z'))).toBe(false);
    expect(announcedAt({ ...coyote, status: 'confidential' }, at('2099-01-01T00:00:00Z'))).toBe(false);
  });
});

describe('nextChange', () => {
  const topics = [
    topic('quiet', { activeFrom: '2027-01-04T08:00:00Z', activeUntil: '2027-01-28T21:00:00Z' }),
    topic('allowed', { action: 'allow', activeFrom: '2027-01-01T00:00:00Z' }),
    topic('same-moment', { activeFrom: '2027-01-04T09:00:00+01:00' }),
  ];
  const products = [product('coyote', { embargoUntil: '2027-01-28T21:00:00Z' }), product('skylark', { status: 'confidential' })];
  const describeNext = (now: string) => {
    const next = nextChange(topics, products, at(now));
    return next && { at: new Date(next.at).toISOString(), changes: next.changes.map((c) => `${c.kind} ${'topic' in c ? c.topic.id : c.product.id}`) };
  };

  it.each([
    ['2026-12-03T00:00:00Z', { at: '2027-01-04T08:00:00.000Z', changes: ['topic-starts quiet', 'topic-starts same-moment'] }],
    ['2027-01-04T08:00:00Z', { at: '2027-01-28T21:00:00.000Z', changes: ['topic-ends quiet', 'product-announced coyote'] }],
    ['2027-01-28T21:00:00Z', undefined],
  ])('after %s: %j', (now, expected) => {
    expect(describeNext(now)).toEqual(expected);
  });
});
