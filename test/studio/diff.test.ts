import { describe, expect, it } from 'vitest';
import { jsonDiff } from '../../src/studio/diff';

const topic = (id: string, action = 'allow') => ({ id, label: id, action });
const shape = (entries: ReturnType<typeof jsonDiff>) => entries.map(({ path, kind, before, after }) => ({ path, kind, before, after }));

describe('jsonDiff', () => {
  it('lists added, removed and changed fields with their paths, in the draft’s order', () => {
    const before = { version: '3', name: { en: 'Policy', fr: 'Politique' }, feedback: 'mailto:a@b.example' };
    const after = { version: '4', name: { en: 'Our policy', fr: 'Politique' }, contact: { name: 'Comms' } };
    expect(shape(jsonDiff(before, after))).toEqual([
      { path: '$.version', kind: 'changed', before: '3', after: '4' },
      { path: '$.name.en', kind: 'changed', before: 'Policy', after: 'Our policy' },
      { path: '$.contact', kind: 'added', before: undefined, after: { name: 'Comms' } },
      { path: '$.feedback', kind: 'removed', before: 'mailto:a@b.example', after: undefined },
    ]);
  });

  it('finds nothing between equal values', () => {
    const policy = { topics: [topic('a'), topic('b')], principles: ['x', 'y'], n: null };
    expect(jsonDiff(policy, structuredClone(policy))).toEqual([]);
  });

  it('compares plain lists by place, and says when a value changes kind', () => {
    expect(shape(jsonDiff({ aliases: ['A', 'B', 'C'], text: 'one' }, { aliases: ['A', 'X'], text: { en: 'one' } }))).toEqual([
      { path: '$.aliases[1]', kind: 'changed', before: 'B', after: 'X' },
      { path: '$.aliases[2]', kind: 'removed', before: 'C', after: undefined },
      { path: '$.text', kind: 'changed', before: 'one', after: { en: 'one' } },
    ]);
  });

  it('matches items with ids by id: inserting a topic is one addition, not every later topic changed', () => {
    const before = { topics: [topic('a'), topic('b'), topic('c')] };
    const after = { topics: [topic('new'), topic('a'), topic('b', 'avoid'), topic('c')] };
    const entries = jsonDiff(before, after);
    expect(shape(entries)).toEqual([
      { path: '$.topics[0]', kind: 'added', before: undefined, after: topic('new') },
      { path: '$.topics[2].action', kind: 'changed', before: 'allow', after: 'avoid' },
    ]);
    expect(entries[1]!.keys).toEqual(['topics', 2, 'action']);
  });

  it('says a removed item was removed, at the place it had', () => {
    expect(shape(jsonDiff({ roles: [topic('a'), topic('b'), topic('c')] }, { roles: [topic('a'), topic('c')] }))).toEqual([
      { path: '$.roles[1]', kind: 'removed', before: topic('b'), after: undefined },
    ]);
  });

  it('reports a reordering once, for the list, with the ids in each order', () => {
    const entries = jsonDiff({ topics: [topic('a'), topic('b'), topic('c')] }, { topics: [topic('c'), topic('a'), topic('b')] });
    expect(entries).toEqual([{ path: '$.topics', keys: ['topics'], kind: 'changed', before: ['a', 'b', 'c'], after: ['c', 'a', 'b'], order: true }]);
  });

  it('falls back to places when ids repeat or are missing', () => {
    const entries = jsonDiff({ list: [{ id: 'a', n: 1 }, { id: 'a', n: 2 }] }, { list: [{ id: 'a', n: 2 }, { id: 'a', n: 1 }] });
    expect(entries.map((e) => e.path)).toEqual(['$.list[0].n', '$.list[1].n']);
  });

  it('quotes keys that are not plain names, as the parser does', () => {
    expect(jsonDiff({ name: { 'fr-CA': 'a' } }, { name: { 'fr-CA': 'b' } })[0]!.path).toBe('$.name["fr-CA"]');
  });

  it('stays fast on a large policy', () => {
    const many = (n: number) => ({ competitors: Array.from({ length: n }, (_, i) => ({ id: `c${i}`, name: `Company ${i}`, aliases: [`C${i}`] })) });
    const before = many(20_000);
    const after = structuredClone(before);
    after.competitors.reverse();
    after.competitors[5]!.name = 'Renamed';
    const started = performance.now();
    const entries = jsonDiff(before, after);
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(entries.map((e) => e.path)).toEqual(['$.competitors', '$.competitors[5].name']);
  });
});
