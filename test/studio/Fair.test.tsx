// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { parsePolicy } from '../../src/policy/parse';
import { getAt, type JsonObject } from '../../src/studio/json';
import { fieldId } from '../../src/studio/problems';
import { Fair } from '../../src/studio/ui/steps/Fair';
import { button, choose, click, renderStudio, template, type } from './harness';
import { legends, problemsBeside } from './queries';

const topicCount = (value: object) => (getAt(value as never, ['topics']) as unknown[]).length;

describe('step 3, fair and realistic', () => {
  it('shows the principles, only the protected topics, and whom to ask', () => {
    const draft = template('general-company');
    const studio = renderStudio(Fair, draft);
    const principles = draft.principles as unknown[];
    const protectedAt = (draft.topics as { action: string }[]).findIndex((t) => t.action === 'protected');
    expect(legends(studio.root)).toEqual([...principles.map((_, i) => `Principle ${i + 1}`), 'Pay, working conditions and unions']);
    expect(studio.field(['topics', protectedAt, 'label']).value).toBe('Pay, working conditions and unions');
    expect(document.getElementById(fieldId(['topics', 0, 'label']))).toBeNull(); // financial results: step 2's
    expect(studio.field(['contact', 'name']).value).toBe('ExampleSoft Communications');
    expect(studio.field(['feedback']).value).toContain('mailto:social-policy@examplesoft.example');
  });

  it('a new protected subject is protected, a note, anywhere, with an id from its title', async () => {
    const studio = renderStudio(Fair, template('general-company'));
    const at = topicCount(studio.value());
    await click(button(studio.root, 'Add a subject'));
    expect(document.activeElement).toBe(studio.field(['topics', at, 'label']));
    await type(studio.field(['topics', at, 'label']), 'Safety at work');
    await type(studio.field(['topics', at, 'label', 'fr']), 'Sécurité au travail');
    await type(studio.field<HTMLTextAreaElement>(['topics', at, 'terms']), 'unsafe conditions\nconditions dangereuses');
    await type(studio.field<HTMLTextAreaElement>(['topics', at, 'why']), 'Raising safety concerns is protected (OSH Act §11(c)).');
    expect(getAt(studio.value(), ['topics', at])).toEqual({
      id: 'safety-at-work',
      label: { en: 'Safety at work', fr: 'Sécurité au travail' },
      terms: ['unsafe conditions', 'conditions dangereuses'],
      action: 'protected',
      severity: 'info',
      scope: 'anywhere',
      why: { en: 'Raising safety concerns is protected (OSH Act §11(c)).' },
    });
    expect(legends(studio.root)).toContain('Safety at work');
    expect(parsePolicy(studio.value()).ok).toBe(true);
  });

  it('renaming a protected subject moves its id along, unless a scenario expects it', async () => {
    const draft = template('general-company');
    const at = topicCount(draft);
    const safety = { id: 'safety', label: 'Safety', terms: ['unsafe'], action: 'protected', severity: 'info', scope: 'anywhere', why: 'Protected.' };
    const studio = renderStudio(Fair, { ...draft, topics: [...(draft.topics as JsonObject[]), safety] });
    await type(studio.field(['topics', at, 'label']), 'Safety at work');
    expect(getAt(studio.value(), ['topics', at, 'id'])).toBe('safety-at-work');

    const scenario = { id: 'unsafe', label: 'Unsafe', draft: 'This site is unsafe.', expect: ['protected:safety'], explanation: 'Theirs to say.' };
    const referred = renderStudio(Fair, { ...draft, topics: [...(draft.topics as JsonObject[]), safety], scenarios: [scenario] });
    await type(referred.field(['topics', at, 'label']), 'Safety at work');
    expect(getAt(referred.value(), ['topics', at, 'id'])).toBe('safety');
  });

  it('an empty principle shows the parser\'s error beside it', async () => {
    const studio = renderStudio(Fair, template('general-company'));
    const at = (getAt(studio.value(), ['principles']) as unknown[]).length;
    await click(button(studio.root, 'Add a principle'));
    expect(getAt(studio.value(), ['principles', at])).toBe('');
    expect(problemsBeside(['principles', at])).toContain('Must not be empty.');
    await type(studio.field<HTMLTextAreaElement>(['principles', at]), 'Ask us anything.');
    expect(getAt(studio.value(), ['principles', at])).toEqual({ en: 'Ask us anything.' });
    expect(problemsBeside(['principles', at])).toBe('');
  });

  it('a protected subject with no words says so beside its words', async () => {
    const studio = renderStudio(Fair, template('general-company'));
    const at = topicCount(studio.value()) - 1;
    await type(studio.field<HTMLTextAreaElement>(['topics', at, 'terms']), '');
    expect(getAt(studio.value(), ['topics', at, 'terms'])).toEqual([]);
    expect(studio.field(['topics', at, 'terms']).getAttribute('aria-invalid')).toBe('true');
    expect(problemsBeside(['topics', at, 'terms'])).not.toBe('');
    await choose(studio.field(['topics', at, 'severity']), 'warn');
    expect(getAt(studio.value(), ['topics', at, 'severity'])).toBe('warn');
  });

  it('the contact is both a name and a link, or removed', async () => {
    const studio = renderStudio(Fair, template('general-company'));
    await type(studio.field(['contact', 'contact']), '');
    expect(getAt(studio.value(), ['contact'])).toEqual({ name: 'ExampleSoft Communications' });
    expect(problemsBeside(['contact', 'contact'])).toContain('This field is required.');
    await type(studio.field(['contact', 'name']), '');
    expect(Object.hasOwn(studio.value(), 'contact')).toBe(false);
    expect(parsePolicy(studio.value()).ok).toBe(true);
    await type(studio.field(['contact', 'name']), 'HR');
    await type(studio.field(['contact', 'contact']), 'https://intranet.example/hr');
    expect(getAt(studio.value(), ['contact'])).toEqual({ name: 'HR', contact: 'https://intranet.example/hr' });
  });

  it('a feedback link that is not https shows the parser\'s error beside it', async () => {
    const studio = renderStudio(Fair, template('general-company'));
    await type(studio.field(['feedback']), 'http://intranet.example/policy');
    expect(getAt(studio.value(), ['feedback'])).toBe('http://intranet.example/policy');
    expect(problemsBeside(['feedback'])).toContain('Expected an https:// URL or a mailto: address.');
    await type(studio.field(['feedback']), '');
    expect(Object.hasOwn(studio.value(), 'feedback')).toBe(false);
  });

  it('speaks French', () => {
    const studio = renderStudio(Fair, template('general-company'), { locale: 'fr' });
    expect([...studio.root.querySelectorAll('h3')].map((h) => h.textContent)).toEqual([
      'Principes',
      'Ce dont les salariés peuvent toujours parler',
      'Questions et suggestions',
    ]);
    expect(legends(studio.root)[0]).toBe('Principe 1');
    expect(button(studio.root, 'Ajouter un sujet')).toBeTruthy();
    expect(studio.root.querySelector(`label[for="${fieldId(['feedback'])}"]`)!.textContent).toBe('Où les salariés proposent des changements');
  });
});
