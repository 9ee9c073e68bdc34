import { describe, expect, it } from 'vitest';
import { parsePolicy } from '../../src/policy/parse';
import { type JsonObject, setAt } from '../../src/studio/json';
import { fieldId, parsePath, pathText, problemsAt } from '../../src/studio/problems';
import { stepOf } from '../../src/studio/steps';
import { template } from './harness';

describe('the parser\'s problems, placed', () => {
  it.each([
    ['$', []],
    ['$.company.name', ['company', 'name']],
    ['$.topics[2].approver.contact', ['topics', 2, 'approver', 'contact']],
    ['$.roles[0].topics["needs-approval"].action', ['roles', 0, 'topics', 'needs-approval', 'action']],
    ['$.name["fr-CA"]', ['name', 'fr-CA']],
  ])('%s is the path %j, and back', (text, path) => {
    expect(parsePath(text)).toEqual(path);
    expect(pathText(path)).toBe(text);
  });

  it('gives a field the problems at its path and below it, not those of a sibling that shares its prefix', () => {
    const problems = [
      { path: '$.topics[1]', message: 'a' },
      { path: '$.topics[1].approver', message: 'b' },
      { path: '$.topics[10].label', message: 'c' },
      { path: '$.topics[1]["why"]', message: 'd' },
    ];
    expect(problemsAt(problems, ['topics', 1]).map((p) => p.message)).toEqual(['a', 'b', 'd']);
    expect(fieldId(['topics', 1, 'approver'])).toBe('field-$.topics[1].approver');
  });

  it('sends every problem of a real draft to the step that edits it; a topic goes where its action puts it', () => {
    let draft = template('general-company');
    const protectedIndex = (draft.topics as JsonObject[]).findIndex((t) => t.action === 'protected');
    draft = setAt(draft, ['topics', 0, 'approver', 'contact'], 'call Jane') as JsonObject;
    draft = setAt(draft, ['topics', protectedIndex, 'terms'], []) as JsonObject;
    draft = setAt(draft, ['rules', 'disclosure', 'triggers'], []) as JsonObject;
    draft = setAt(draft, ['company', 'domains'], ['https://x.example/']) as JsonObject;
    const result = parsePolicy(draft);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const steps = Object.fromEntries(result.errors.map((p) => [p.path, stepOf(parsePath(p.path), draft)]));
    expect(steps).toEqual({
      '$.topics[0].approver.contact': 'approval',
      [`$.topics[${protectedIndex}].terms`]: 'fair',
      '$.rules.disclosure.triggers': 'disclosure',
      '$.company.domains[0]': 'covered',
    });
  });
});
