import { describe, expect, it } from 'vitest';
import { benchDrafts, benchPolicy } from '../../scripts/bench-fixtures';
import { compile } from '../../src/engine/compile';
import { scan } from '../../src/engine/matcher';
import { fold } from '../../src/text/fold';
import { buildFloor, floorScan } from './floor';

// The bench compares the engine with this floor: it is only a floor if it finds exactly what the engine finds.
describe('the bench floor', () => {
  const compiled = compile(benchPolicy(1_000));
  const floor = buildFloor(compiled.matcher.terms);
  const drafts = [...benchDrafts([280, 3_000], 10, 1_000), 'Acme\u200b rocks,  ACME-acme. “Acme’s” ＡＣＭＥ café 🚀 acme'];

  it.each(drafts.map((draft) => [draft.length, draft]))('finds the engine’s matches in a %i-unit draft', (_, draft) => {
    const engine: string[] = [];
    scan(compiled.matcher, fold(draft), (term, start, end) => engine.push(`${term}@${start}-${end}`));
    const found: string[] = [];
    const count = floorScan(floor, draft, (term, start, end) => found.push(`${term}@${start}-${end}`));
    expect(engine.length).toBeGreaterThan(2);
    expect(found).toEqual(engine);
    expect(count).toBe(engine.length);
  });
});
