import { describe, expect, it } from 'vitest';
import { parsePolicy } from '../../src/policy/parse';
import { runScenario } from '../../src/engine/scenarios';
import { compile } from '../../src/engine/compile';
import { getAt, type JsonObject, setAt } from '../../src/studio/json';
import { renameEverywhere, textsNaming } from '../../src/studio/rename';
import { template } from './harness';

const renamed = (to: string) => setAt(template('general-company'), ['company', 'name'], to) as JsonObject;

describe('renaming the company everywhere', () => {
  it('puts the new name in every text, scenario drafts included, and the template\'s scenarios pass again', () => {
    const draft = renamed('Brightwave');
    const before = parsePolicy(draft);
    expect(before.ok).toBe(true);
    const failingBefore = before.ok ? before.policy.scenarios.flatMap((s) => runScenario(compile(before.policy), s)).filter((r) => !r.pass) : [];
    expect(failingBefore.length).toBeGreaterThan(0);

    const { value, texts } = renameEverywhere(draft, 'ExampleSoft', 'Brightwave');
    expect(texts).toBe(textsNaming(draft, 'ExampleSoft'));
    expect(texts).toBeGreaterThan(20);
    expect(JSON.stringify(value)).not.toContain('ExampleSoft');
    const after = parsePolicy(value);
    expect(after.ok).toBe(true);
    if (!after.ok) return;
    expect(after.policy.scenarios.flatMap((s) => runScenario(compile(after.policy), s)).filter((r) => !r.pass)).toEqual([]);
  });

  it('leaves ids, expected findings and scenario roles alone, and keeps a new name that contains the old one', () => {
    let draft = renamed('ExampleSoft Group');
    draft = setAt(draft, ['scenarios', 0, 'id'], 'examplesoft-ExampleSoft') as JsonObject;
    draft = setAt(draft, ['scenarios', 0, 'roles'], ['ExampleSoft']) as JsonObject;
    draft = setAt(draft, ['roles', 0, 'description'], 'Speaks for ExampleSoft') as JsonObject;
    const { value } = renameEverywhere(draft, 'ExampleSoft', 'ExampleSoft Group');
    expect(getAt(value, ['company', 'name'])).toBe('ExampleSoft Group');
    expect(getAt(value, ['scenarios', 0, 'id'])).toBe('examplesoft-ExampleSoft');
    expect(getAt(value, ['scenarios', 0, 'roles'])).toEqual(['ExampleSoft']);
    expect(getAt(value, ['roles', 0, 'description'])).toBe('Speaks for ExampleSoft Group');
  });

  it('changes nothing for an empty or unchanged name', () => {
    const draft = template('general-company');
    expect(renameEverywhere(draft, '', 'X')).toEqual({ value: draft, texts: 0 });
    expect(renameEverywhere(draft, 'ExampleSoft', 'ExampleSoft').texts).toBe(0);
  });
});

describe('renaming in French', () => {
  it('writes "de Brightwave" where the template had "d\'ExampleSoft", and leaves elision alone when both names take it', () => {
    const draft = { name: { fr: "Politique réseaux sociaux d'ExampleSoft" }, principles: ['Ce qu’ExampleSoft publie', 'Chez ExampleSoft'] };
    expect(renameEverywhere(draft, 'ExampleSoft', 'Brightwave').value).toEqual({
      name: { fr: 'Politique réseaux sociaux de Brightwave' },
      principles: ['Ce que Brightwave publie', 'Chez Brightwave'],
    });
    expect(renameEverywhere(draft, 'ExampleSoft', 'Orbis').value).toEqual({
      name: { fr: "Politique réseaux sociaux d'Orbis" },
      principles: ['Ce qu’Orbis publie', 'Chez Orbis'],
    });
  });
});
