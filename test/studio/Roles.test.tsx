// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { getAt } from '../../src/studio/json';
import { Roles } from '../../src/studio/ui/steps/Roles';
import { button, choose, click, renderStudio, template, type } from './harness';

const summaries = (root: HTMLElement) => [...root.querySelectorAll('.role-summary')].map((p) => p.textContent);
const selectedText = (select: HTMLSelectElement) => select.selectedOptions[0]!.textContent;

describe('step 4, roles', () => {
  it('says what each role changes compared with all staff, and shows what is inherited', () => {
    const studio = renderStudio(Roles, template('financial-firm'));
    expect(summaries(studio.root)[0]).toBe('Changes 2 rules and 2 topics compared with all staff.');
    const rep = ['roles', 0] as const;
    expect(selectedText(studio.field([...rep, 'rules', 'competitorMention', 'severity']))).toBe('Warning: worth a second look');
    expect(selectedText(studio.field([...rep, 'rules', 'employerMention', 'enabled']))).toBe('Same as all staff (On)');
    expect(selectedText(studio.field([...rep, 'topics', 'firm-business', 'action']))).toBe('Ask first');
    expect(selectedText(studio.field([...rep, 'topics', 'guidance', 'action']))).toBe('Same as all staff (Ask first)');
    // Explanations changed by the role are named, to be found in the JSON view.
    expect(studio.field([...rep, 'rules', 'competitorMention', 'severity']).closest('fieldset')!.textContent).toContain('Also changes the explanation');
  });

  it('a rule change set then set back to "same" removes its keys, and the rules when none is left', async () => {
    const studio = renderStudio(Roles, template('financial-firm'));
    const enabled = ['roles', 0, 'rules', 'disclaimer', 'enabled'] as const;
    await choose(studio.field(enabled), 'false');
    expect(getAt(studio.value(), ['roles', 0, 'rules', 'disclaimer'])).toEqual({ enabled: false });
    expect(summaries(studio.root)[0]).toBe('Changes 3 rules and 2 topics compared with all staff.');
    await choose(studio.field(enabled), '');
    expect(getAt(studio.value(), ['roles', 0, 'rules'])).not.toHaveProperty('disclaimer');

    // A role that changed only that changes nothing again, with no `rules` left in the file.
    await click(button(studio.root, 'Add a role'));
    const severity = ['roles', 3, 'rules', 'employerMention', 'severity'] as const;
    await choose(studio.field(severity), 'warn');
    expect(getAt(studio.value(), ['roles', 3, 'rules'])).toEqual({ employerMention: { severity: 'warn' } });
    await choose(studio.field(severity), '');
    expect(getAt(studio.value(), ['roles', 3])).toEqual({ id: 'role', label: '', description: '' });
  });

  it('a topic change set then set back removes it; a role that makes a topic need approval must name who approves', async () => {
    const studio = renderStudio(Roles, template('general-company'));
    const action = ['roles', 0, 'topics', 'hiring', 'action'] as const;
    await choose(studio.field(action), 'needs-approval');
    expect(getAt(studio.value(), ['roles', 0, 'topics'])).toEqual({ hiring: { action: 'needs-approval' } });
    expect(studio.field(['roles', 0, 'topics', 'hiring', 'approver']).textContent).toContain('This role makes the topic need approval: say who approves.');
    await type(studio.field(['roles', 0, 'topics', 'hiring', 'approver', 'name']), 'Talent team');
    await type(studio.field(['roles', 0, 'topics', 'hiring', 'approver', 'contact']), 'mailto:talent@examplesoft.example');
    expect(studio.root.querySelector('.field-problems')).toBeNull();
    await type(studio.field(['roles', 0, 'topics', 'hiring', 'approver', 'name']), '');
    await type(studio.field(['roles', 0, 'topics', 'hiring', 'approver', 'contact']), '');
    await choose(studio.field(action), '');
    expect(getAt(studio.value(), ['roles', 0])).not.toHaveProperty('topics');
  });

  it('a new role gets its id from its label, builds on another role, and changes the disclosure text', async () => {
    const studio = renderStudio(Roles, template('general-company'));
    const count = (getAt(studio.value(), ['roles']) as unknown[]).length;
    await click(button(studio.root, 'Add a role'));
    expect(summaries(studio.root)[count]).toBe('Changes nothing yet: the same as all staff.');
    await type(studio.field(['roles', count, 'label']), 'Executives & directors');
    expect(getAt(studio.value(), ['roles', count, 'id'])).toBe('executives-directors');

    await choose(studio.field(['roles', count, 'extends']), 'spokesperson');
    expect(getAt(studio.value(), ['roles', count, 'extends'])).toBe('spokesperson');
    expect(selectedText(studio.field(['roles', count, 'rules', 'disclaimer', 'enabled']))).toBe('Same as “Spokesperson” (Off)');
    expect(summaries(studio.root)[count]).toBe('Builds on “Spokesperson”. Changes nothing yet: the same as all staff.');

    await type(studio.field(['roles', count, 'rules', 'disclosure', 'text']), 'Director at {company}.');
    expect(getAt(studio.value(), ['roles', count, 'rules', 'disclosure', 'text'])).toEqual({ en: 'Director at {company}.' });
    await type(studio.field(['roles', count, 'rules', 'disclosure', 'text']), '');
    expect(getAt(studio.value(), ['roles', count])).not.toHaveProperty('rules');
  });

  it('renaming a role keeps its id while another role builds on it or a scenario is for it', async () => {
    const studio = renderStudio(Roles, template('general-company'));
    await type(studio.field(['roles', 0, 'label']), 'Press officer');
    expect(getAt(studio.value(), ['roles', 0, 'id'])).toBe('spokesperson');
    const count = (getAt(studio.value(), ['roles']) as unknown[]).length;
    await click(button(studio.root, 'Add a role'));
    await type(studio.field(['roles', count, 'label']), 'Board');
    await type(studio.field(['roles', count, 'label']), 'Board members');
    expect(getAt(studio.value(), ['roles', count, 'id'])).toBe('board-members');
    await click(button(studio.root, 'Add a role'));
    await choose(studio.field(['roles', count + 1, 'extends']), 'board-members');
    await type(studio.field(['roles', count, 'label']), 'Directors');
    expect(getAt(studio.value(), ['roles', count, 'id'])).toBe('board-members');
  });

  it('speaks French, with topics by their French label', () => {
    const studio = renderStudio(Roles, template('financial-firm'), { locale: 'fr' });
    expect(button(studio.root, 'Ajouter un rôle')).toBeTruthy();
    expect(summaries(studio.root)[0]).toBe('Change 2 vérifications et 2 sujets par rapport à tout le personnel.');
    const guidance = studio.field<HTMLSelectElement>(['roles', 0, 'topics', 'guidance', 'action']);
    expect(guidance.closest('fieldset')!.querySelector('legend')!.textContent).toBe('Perspectives et prévisions');
    expect(selectedText(guidance)).toBe('Comme tout le personnel (Demander d’abord)');
  });
});
