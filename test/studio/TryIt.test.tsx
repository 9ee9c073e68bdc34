// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { analyze, compile } from '../../src/engine';
import { runScenario } from '../../src/engine/scenarios';
import { parsePolicy } from '../../src/policy/parse';
import type { Policy } from '../../src/policy/types';
import { getAt, type JsonObject } from '../../src/studio/json';
import { TryIt } from '../../src/studio/ui/try/TryIt';
import { withPiece } from '../../src/text/join';
import { NUDGE_CSS } from '../../src/ui/nudge/styles';
import { userClick } from '../dom';
import { button, choose, click, renderStudio, settle, template, type } from './harness';

const NOW = new Date('2026-12-03T10:00:00Z');

function policyOf(draft: JsonObject): Policy {
  const parsed = parsePolicy(draft);
  if (!parsed.ok) throw new Error(parsed.errors.map((e) => `${e.path} ${e.message}`).join('\n'));
  return parsed.policy;
}

const nudgeOf = (root: HTMLElement) => root.querySelector('.nudge-preview')!.shadowRoot!;
/** The findings' titles the nudge shows ("Competitor: Deskora"). */
const shownTitles = (root: HTMLElement) => [...nudgeOf(root).querySelectorAll('.findings strong')].map((s) => s.textContent);
const draftBox = () => document.getElementById('try-draft') as HTMLTextAreaElement;
const scenarioCount = (draft: JsonObject) => (getAt(draft, ['scenarios']) as unknown[]).length;

describe('Try it: the live preview', () => {
  it('shows the nudge the content script renders, in a shadow root, with a competitor named in the post', async () => {
    const studio = renderStudio(TryIt, template('general-company'));
    await type(draftBox(), 'Deskora Docs chokes on big files; Ledgerly opens them in a second.');
    const shadow = nudgeOf(studio.root);
    expect(shadow.querySelector('style')!.textContent).toBe(NUDGE_CSS);
    expect(shadow.querySelector('[data-theme]')!.getAttribute('data-theme')).toMatch(/^(light|dark)$/);
    expect(shadow.querySelector('.pill')!.getAttribute('aria-expanded')).toBe('true');
    expect(shownTitles(studio.root)).toContain('Competitor: Deskora');
    // The studio's own DOM holds none of it: the nudge lives in its shadow root.
    expect(studio.root.querySelector('.nudge-preview')!.textContent).toBe('');
  });

  it('shows what the engine finds for the role chosen', async () => {
    const draft = template('general-company');
    const studio = renderStudio(TryIt, draft);
    const post = "I work at ExampleSoft. Next quarter we're on track to ship our best work yet. Views are my own.";
    await type(draftBox(), post);
    const compiled = compile(policyOf(draft));
    const titlesFor = (role: string | null) =>
      analyze(post, compiled, role, { locale: 'en', now: NOW.getTime() })
        .filter((f) => f.kind !== 'employer-mention' && f.kind !== 'product-mention')
        .map((f) => f.kind);
    expect(titlesFor(null)).toEqual([]);
    expect(shownTitles(studio.root)).toEqual([]);
    expect(studio.root.textContent).toContain('Candor has nothing to say about this post');

    await choose(document.getElementById('try-role')!, 'executive');
    expect(titlesFor('executive')).toEqual(['needs-approval']);
    expect(shownTitles(studio.root)).toEqual(['Needs approval: Forecasts and guidance']);
  });

  it('shows the post as "Add disclosure" would leave it, and the nudge\'s buttons change the post here', async () => {
    const draft = template('general-company');
    const studio = renderStudio(TryIt, draft);
    const post = 'Loving the new Memoboard templates we shipped today!';
    await type(draftBox(), post);
    const findings = analyze(post, compile(policyOf(draft)), null, { locale: 'en', now: NOW.getTime() });
    const disclosure = findings.find((f) => f.kind === 'missing-disclosure')!;
    if (disclosure.fix?.type !== 'insert') throw new Error('The template offers a disclosure to insert');
    const withDisclosure = withPiece(post, disclosure.fix.text, disclosure.fix.placement);
    const after = [...studio.root.querySelectorAll('.after-fix')].find((d) => d.textContent!.includes('After “Add disclosure”'))!;
    expect(after.querySelector('.after-fix-text')!.textContent).toBe(withDisclosure);

    // A forged click does nothing, as on a site; the user's own click adds the disclosure to the post.
    const add = [...nudgeOf(studio.root).querySelectorAll('button')].find((b) => b.textContent === 'Add disclosure')!;
    add.click();
    await settle();
    expect(draftBox().value).toBe(post);
    userClick(add);
    await settle();
    expect(draftBox().value).toBe(withDisclosure);
    expect(shownTitles(studio.root)).not.toContain('Say you work there');
  });

  it('says the preview uses the last valid version while the policy has a problem', async () => {
    const studio = renderStudio(TryIt, template('general-company'));
    await type(draftBox(), 'Deskora Docs chokes on big files.');
    await type(studio.field(['scenarios', 0, 'draft']), '  ');
    expect(studio.root.textContent).toContain('use its last version without problems');
    expect(shownTitles(studio.root)).toContain('Competitor: Deskora');
  });
});

describe('Try it: scenarios', () => {
  it('checks every scenario of the template: all pass', () => {
    const draft = template('general-company');
    const studio = renderStudio(TryIt, draft);
    const count = scenarioCount(draft);
    expect(studio.root.querySelector('.scenario-summary')!.textContent).toBe(`${count} of ${count} pass`);
    expect(studio.root.querySelectorAll('.scenario-result.pass')).toHaveLength(count);
    expect(studio.root.querySelector('.scenario-result.fail')).toBeNull();
  });

  it('shows ✗ and the difference when what a scenario expects is wrong', async () => {
    const draft = template('general-company');
    const studio = renderStudio(TryIt, draft);
    const index = (getAt(draft, ['scenarios']) as { id: string }[]).findIndex((s) => s.id === 'q3-results');
    await type(studio.field(['scenarios', index, 'expect']), 'needs-approval:deals');
    expect(getAt(studio.value(), ['scenarios', index, 'expect'])).toEqual(['needs-approval:deals']);
    const count = scenarioCount(draft);
    expect(studio.root.querySelector('.scenario-summary')!.textContent).toBe(`${count - 1} of ${count} pass`);
    const item = studio.root.querySelector(`[data-item="${index}"]`)!;
    const result = item.querySelector('.scenario-result.fail')!;
    expect(result.textContent).toContain('✗ Does not pass');
    // In the nudge's words, each with its key for the JSON.
    expect(result.textContent).toContain('Expected, but Candor does not say it:Needs approval: Mergers, acquisitions and partnerships needs-approval:deals');
    expect(result.textContent).toContain('Candor says it, but it is not expected:Needs approval: Financial results needs-approval:financial-results');
    expect(item.querySelector('.expected-in-words')!.textContent).toContain('That is, Candor should say:Needs approval: Mergers, acquisitions and partnerships');
  });

  it('keeps the preview\'s post as a scenario that passes, its id made from the title the author types', async () => {
    const draft = template('general-company');
    const studio = renderStudio(TryIt, draft);
    const post = "I work at ExampleSoft. Next quarter we're on track to ship our best work yet.";
    await type(draftBox(), post);
    await choose(document.getElementById('try-role')!, 'executive');
    await click(button(studio.root, 'Use this post as a scenario'));
    const index = scenarioCount(draft);
    const added = getAt(studio.value(), ['scenarios', index]) as JsonObject;
    const compiled = compile(policyOf(draft));
    const [run] = runScenario(compiled, { id: 'x', label: 'x', draft: post, roles: ['executive'], expect: [], explanation: 'x' });
    expect(added).toEqual({ id: `scenario-${index + 1}`, label: '', draft: post, roles: ['executive'], expect: run!.actual, explanation: '' });
    expect(run!.actual).toContain('needs-approval:forward-looking');
    expect(studio.root.querySelector(`[data-item="${index}"] .scenario-result.pass`)).not.toBeNull();
    expect(studio.root.querySelector('.scenario-summary')!.textContent).toBe(`${index + 1} of ${index + 1} pass`);

    await type(studio.field(['scenarios', index, 'label']), 'A forecast, from an exécutive!');
    expect(getAt(studio.value(), ['scenarios', index, 'id'])).toBe('a-forecast-from-an-executive');
    await type(studio.field(['scenarios', index, 'explanation']), 'Investor Relations clears forecasts first.');
    expect(studio.root.querySelector('[role="status"]')!.textContent).toBe('');
    // An id the author chose stays theirs.
    await type(studio.field(['scenarios', index, 'id']), 'exec-forecast');
    await type(studio.field(['scenarios', index, 'label']), 'Another title');
    expect(getAt(studio.value(), ['scenarios', index, 'id'])).toBe('exec-forecast');
  });
});
