// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { getAt } from '../../src/studio/json';
import { fieldId } from '../../src/studio/problems';
import { Approval } from '../../src/studio/ui/steps/Approval';
import { button, choose, click, renderStudio, template, type } from './harness';

const topicIds = (value: unknown) => (getAt(value as never, ['topics']) as { id: string }[]).map((t) => t.id);

describe('step 2, what needs approval', () => {
  it('lists the topics that are not protected, and edits a topic\'s action and approver', async () => {
    const studio = renderStudio(Approval, template('financial-firm'));
    const legends = [...studio.root.querySelectorAll('.list-editor > fieldset > legend')].map((l) => l.textContent);
    expect(legends).toContain('Our financial results');
    expect(legends).not.toContain('Pay, working conditions and unions');

    await choose(studio.field(['topics', 3, 'action']), 'needs-approval');
    expect(getAt(studio.value(), ['topics', 3, 'action'])).toBe('needs-approval');
    // It now needs an approver: the fields appear, with the parser's problem.
    expect(studio.field(['topics', 3, 'approver']).textContent).toContain('must say who approves');

    await type(studio.field(['topics', 0, 'approver', 'name']), 'Investor Relations team');
    expect(getAt(studio.value(), ['topics', 0, 'approver'])).toEqual({ name: 'Investor Relations team', contact: 'mailto:ir@tallowmere.example' });
  });

  it('emptying the approver of a topic that needs approval removes it, and shows the parser\'s error beside it', async () => {
    const studio = renderStudio(Approval, template('general-company'));
    await type(studio.field(['topics', 0, 'approver', 'name']), '');
    expect(studio.field(['topics', 0, 'approver', 'name']).getAttribute('aria-invalid')).toBe('true');
    await type(studio.field(['topics', 0, 'approver', 'contact']), '');
    expect(getAt(studio.value(), ['topics', 0])).not.toHaveProperty('approver');
    const approver = studio.field<HTMLFieldSetElement>(['topics', 0, 'approver']);
    expect(approver.textContent).toContain('A topic that needs approval must say who approves (name and contact).');
    expect(approver.getAttribute('aria-describedby')).toContain(`${fieldId(['topics', 0, 'approver'])}-problems`);

    await type(studio.field(['topics', 0, 'approver', 'contact']), 'https://example.com/ask');
    expect(getAt(studio.value(), ['topics', 0, 'approver'])).toEqual({ contact: 'https://example.com/ask' });
  });

  it('a new topic gets its id from its label, until the author writes their own', async () => {
    const studio = renderStudio(Approval, template('general-company'));
    const count = topicIds(studio.value()).length;
    await click(button(studio.root, 'Add a topic'));
    expect(getAt(studio.value(), ['topics', count])).toMatchObject({ id: 'topic', action: 'needs-approval', severity: 'warn' });
    expect(document.activeElement).toBe(studio.field(['topics', count, 'label']));

    await type(studio.field(['topics', count, 'label']), 'Période de silence: Q3 œuvres');
    expect(getAt(studio.value(), ['topics', count, 'id'])).toBe('periode-de-silence-q3-oeuvres');
    expect(studio.field(['topics', count, 'id']).value).toBe('periode-de-silence-q3-oeuvres');
    // An id another topic has gets a number.
    await type(studio.field(['topics', count, 'label']), 'Hiring');
    expect(getAt(studio.value(), ['topics', count, 'id'])).toBe('hiring-2');

    await type(studio.field(['topics', count, 'id']), 'quiet');
    await type(studio.field(['topics', count, 'label']), 'Quiet period');
    expect(getAt(studio.value(), ['topics', count, 'id'])).toBe('quiet');
  });

  it('renaming a topic that scenarios refer to keeps its id', async () => {
    const studio = renderStudio(Approval, template('general-company'));
    await type(studio.field(['topics', 0, 'label']), 'Quarterly results');
    expect(getAt(studio.value(), ['topics', 0, 'label'])).toMatchObject({ en: 'Quarterly results' });
    expect(getAt(studio.value(), ['topics', 0, 'id'])).toBe('financial-results');
  });

  it('a topic made protected moves to step 3, and says so', async () => {
    const studio = renderStudio(Approval, template('general-company'));
    await choose(studio.field(['topics', 7, 'action']), 'protected');
    expect(getAt(studio.value(), ['topics', 7, 'action'])).toBe('protected');
    expect(() => studio.field(['topics', 7, 'action'])).toThrow();
    expect(studio.root.querySelector('[role="status"]')!.textContent).toContain('“Hiring” is now protected');
  });

  it('edits the unreleased-product rule, its time window fields and a topic\'s scope', async () => {
    const studio = renderStudio(Approval, template('general-company'));
    await choose(studio.field(['rules', 'confidentialProduct', 'enabled']));
    expect(getAt(studio.value(), ['rules', 'confidentialProduct', 'enabled'])).toBe(false);
    await type(studio.field(['rules', 'unreleasedProduct', 'approver', 'contact']), 'not a link');
    expect(studio.field(['rules', 'unreleasedProduct', 'approver', 'contact']).closest('.studio-field')!.textContent).toContain('Expected an https:// URL or a mailto: address.');
    await type(studio.field(['topics', 0, 'activeUntil']), '2027-01-30');
    expect(studio.field(['topics', 0, 'activeUntil']).closest('.studio-field')!.textContent).toContain('time zone');
    await choose(studio.field(['topics', 0, 'scope']), 'with-employer');
    expect(getAt(studio.value(), ['topics', 0, 'scope'])).toBe('with-employer');
  });

  it('speaks French', () => {
    const studio = renderStudio(Approval, template('french-employer'), { locale: 'fr' });
    expect(button(studio.root, 'Ajouter un sujet')).toBeTruthy();
    expect(studio.root.textContent).toContain('Qui donne l’accord');
    expect(studio.root.textContent).toContain('Produits non annoncés et confidentiels');
    const action = studio.field<HTMLSelectElement>(['topics', 0, 'action']);
    expect(action.selectedOptions[0]!.textContent).toBe('Demander d’abord');
  });
});
