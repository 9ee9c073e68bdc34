import { describe, expect, it } from 'vitest';
import { AUTOSAVE_KEY, loadDraft } from '../../src/studio/autosave';
import { getAt, insertAt, type Json, moveAt, setAt, tooDeep } from '../../src/studio/json';

/** `{"a":{"a":…}}`, `depth` objects deep, as JSON text (built without recursion). */
const nestedText = (depth: number) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;

describe('the draft as JSON', () => {
  it('sets, inserts, moves and removes by path, without touching the value it was given', () => {
    const draft: Json = { topics: [{ id: 'a' }, { id: 'b' }] };
    const moved = moveAt(insertAt(draft, ['topics'], { id: 'c' }), ['topics'], 2, 0);
    expect(getAt(moved, ['topics'])).toEqual([{ id: 'c' }, { id: 'a' }, { id: 'b' }]);
    expect(getAt(setAt(moved, ['topics', 1], undefined), ['topics'])).toEqual([{ id: 'c' }, { id: 'b' }]);
    expect(setAt(draft, ['company', 'name'], 'Brightwave')).toEqual({ ...draft, company: { name: 'Brightwave' } });
    expect(draft).toEqual({ topics: [{ id: 'a' }, { id: 'b' }] });
  });

  it('never reads or writes through a prototype key', () => {
    const written = setAt({}, ['__proto__', 'polluted'], true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(getAt(written, ['constructor'])).toBeUndefined();
  });

  it('tells a policy\'s depth from a hostile one, at any depth, without overflowing', () => {
    expect(tooDeep(JSON.parse(nestedText(32)) as Json)).toBe(false);
    expect(tooDeep(JSON.parse(nestedText(33)) as Json)).toBe(true);
    expect(tooDeep(JSON.parse(nestedText(4_000)) as Json)).toBe(true);
  });

  it('sets aside a saved draft too deep to be a policy, so the studio opens on its start screen', () => {
    const storage = new Map<string, string>([[AUTOSAVE_KEY, `{"savedAt":"2026-12-03T10:00:00Z","policy":${nestedText(4_000)}}`]]);
    expect(loadDraft({ getItem: (k) => storage.get(k) ?? null, setItem: () => {}, removeItem: () => {} })).toBeUndefined();
  });
});
