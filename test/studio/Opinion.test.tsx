// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { getAt } from '../../src/studio/json';
import { Opinion } from '../../src/studio/ui/steps/Opinion';
import { button, choose, click, renderStudio, template, type } from './harness';
import { describing } from './queries';

const TRIGGERS = ['rules', 'disclaimer', 'triggers'];

describe('step 5, personal opinion', () => {
  it('editing the disclaimer changes the draft and the live example, with the company named', async () => {
    const studio = renderStudio(Opinion, template('general-company'));
    const example = studio.root.querySelector('.live-example')!;
    expect(example.textContent).toContain('Views are my own.');
    await type(studio.field(['rules', 'disclaimer', 'text']), 'My views, not {company}’s.');
    expect(getAt(studio.value(), ['rules', 'disclaimer', 'text'])).toEqual({ en: 'My views, not {company}’s.', fr: 'Mes opinions n\'engagent que moi.' });
    expect(example.textContent).toContain('My views, not ExampleSoft’s.');
    expect(example.textContent).toContain('Mes opinions n\'engagent que moi.');
    await type(studio.field(['rules', 'disclaimer', 'text', 'fr']), '');
    // With no French text, French writers get the English one, and the example says so.
    expect(example.querySelectorAll('li')[1]!.textContent).toContain('My views, not ExampleSoft’s.');
    expect(example.querySelectorAll('li')[1]!.textContent).toContain('no text in this language yet');
  });

  it('unticking every trigger shows the parser\'s problem beside the triggers', async () => {
    const studio = renderStudio(Opinion, template('general-company'));
    await choose(studio.field(['rules', 'disclaimer', 'triggers', 'product']));
    expect(getAt(studio.value(), TRIGGERS)).toEqual(['employer', 'competitor']);
    await choose(studio.field(TRIGGERS));
    await choose(studio.field(['rules', 'disclaimer', 'triggers', 'competitor']));
    expect(getAt(studio.value(), TRIGGERS)).toEqual([]);
    const first = studio.field(TRIGGERS);
    expect(first.getAttribute('aria-invalid')).toBe('true');
    expect(describing(first)).toContain('Needs at least 1 item.');
    await choose(studio.field(['rules', 'disclaimer', 'triggers', 'competitor']));
    expect(getAt(studio.value(), TRIGGERS)).toEqual(['competitor']);
    expect(describing(first)).not.toContain('Needs at least');
  });

  it('adds a corporate account as the format wants it, and shows a bad handle\'s problem beside it', async () => {
    const studio = renderStudio(Opinion, template('general-company'));
    const before = (getAt(studio.value(), ['corporateAccounts']) as unknown[]).length;
    await click(button(studio.root, 'Add a corporate account'));
    const handle = studio.field(['corporateAccounts', before, 'handle']);
    expect(document.activeElement).toBe(studio.field(['corporateAccounts', before, 'network']));
    await choose(studio.field(['corporateAccounts', before, 'network']), 'facebook');
    await type(handle, 'examplesoft careers');
    expect(handle.getAttribute('aria-invalid')).toBe('true');
    expect(describing(handle)).toContain('Expected a handle such as "@acme"');
    await type(handle, 'examplesoftcareers');
    await type(studio.field(['corporateAccounts', before, 'name']), 'ExampleSoft Careers');
    expect(getAt(studio.value(), ['corporateAccounts', before])).toEqual({ network: 'facebook', handle: 'examplesoftcareers', name: 'ExampleSoft Careers' });
    expect(handle.getAttribute('aria-invalid')).toBeNull();
    expect(studio.root.querySelector(`[data-item="${before}"] legend`)!.textContent).toBe('examplesoftcareers');
  });

  it('speaks French to a French author', () => {
    const studio = renderStudio(Opinion, template('general-company'), { locale: 'fr' });
    const headings = [...studio.root.querySelectorAll('h3')].map((h) => h.textContent);
    expect(headings).toEqual(['La mention d’opinion personnelle', 'Comptes de l’entreprise']);
    expect(studio.root.textContent).toContain('Ce que les salariés ajouteront, pour ExampleSoft\u202F:');
    expect(studio.root.textContent).toContain('Français\u202F: ');
    expect(button(studio.root, 'Ajouter un compte de l’entreprise')).toBeTruthy();
  });
});
