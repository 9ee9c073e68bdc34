// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { parsePolicy } from '../../src/policy/parse';
import { getAt } from '../../src/studio/json';
import { fieldId } from '../../src/studio/problems';
import { Covered } from '../../src/studio/ui/steps/Covered';
import { button, choose, click, renderStudio, settle, template, type } from './harness';
import { legends, problemsBeside } from './queries';


describe('step 1, what is covered', () => {
  it('shows the general company: the policy, the company in all its forms, products, competitors, mention rules', () => {
    const studio = renderStudio(Covered, template('general-company'));
    expect(studio.field(['company', 'name']).value).toBe('ExampleSoft');
    expect(studio.field<HTMLTextAreaElement>(['company', 'domains']).value).toBe('examplesoft.example');
    expect(studio.field<HTMLTextAreaElement>(['company', 'handles', 'x']).value).toBe('@ExampleSoft\n@ExampleSoftHelp');
    expect(studio.field(['version']).value).toBe('1');
    expect(studio.field<HTMLSelectElement>(['defaultLocale']).value).toBe('en');
    expect([...studio.root.querySelectorAll<HTMLInputElement>('input[lang]')].filter((i) => i.id.startsWith(fieldId(['name']))).map((i) => i.lang)).toEqual(['en', 'fr']);
    expect(legends(studio.root)).toEqual(['Ledgerly', 'Memoboard', 'Quorum Meet', 'Project Bluefinch', 'Papermill', 'Deskora']);
    // Only the unreleased product has an announcement date.
    expect(studio.field(['products', 2, 'embargoUntil']).value).toBe('2027-04-20T15:00:00Z');
    expect(document.getElementById(fieldId(['products', 0, 'embargoUntil']))).toBeNull();
    const severity = studio.field<HTMLSelectElement>(['rules', 'competitorMention', 'severity']);
    expect([...severity.options].map((o) => o.text)).toEqual(['(not set)', 'Tip: a gentle reminder', 'Warning: worth a second look']);
    expect(studio.field(['rules', 'employerMention', 'enabled']).checked).toBe(true);
  });

  it('renaming the company writes company.name', async () => {
    const studio = renderStudio(Covered, template('general-company'));
    await type(studio.field(['company', 'name']), 'Brightwave');
    expect(getAt(studio.value(), ['company', 'name'])).toBe('Brightwave');
    expect(parsePolicy(studio.value()).ok).toBe(true);
  });

  it('a new competitor gets its id from its name, unique, and the policy stays valid', async () => {
    const studio = renderStudio(Covered, template('general-company'));
    await click(button(studio.root, 'Add a competitor'));
    expect(document.activeElement).toBe(studio.field(['competitors', 2, 'name']));
    await type(studio.field(['competitors', 2, 'name']), 'Brïghtwave Labs');
    expect(getAt(studio.value(), ['competitors', 2])).toEqual({ id: 'brightwave-labs', name: 'Brïghtwave Labs' });
    expect(studio.field(['competitors', 2, 'id']).value).toBe('brightwave-labs');
    await type(studio.field<HTMLTextAreaElement>(['competitors', 2, 'domains']), 'brightwave.example');
    expect(getAt(studio.value(), ['competitors', 2, 'domains'])).toEqual(['brightwave.example']);
    expect(parsePolicy(studio.value()).ok).toBe(true);
    // Its name is taken: the id made for it is not.
    await type(studio.field(['competitors', 2, 'name']), 'Deskora');
    expect(getAt(studio.value(), ['competitors', 2, 'id'])).toBe('deskora-2');
    // An id the author wrote stays; so does one the policy already had (scenarios use it).
    await type(studio.field(['competitors', 2, 'id']), 'bw');
    await type(studio.field(['competitors', 2, 'name']), 'Brightwave');
    expect(getAt(studio.value(), ['competitors', 2, 'id'])).toBe('bw');
    await type(studio.field(['competitors', 0, 'name']), 'Papermill Co');
    expect(getAt(studio.value(), ['competitors', 0, 'id'])).toBe('papermill');
  });

  it('renaming a product moves its id along, unless the policy in force uses it', async () => {
    const studio = renderStudio(Covered, template('general-company'));
    await type(studio.field(['products', 1, 'name']), 'Memoboard Pro');
    expect(getAt(studio.value(), ['products', 1, 'id'])).toBe('memoboard-pro');
    // Scenarios expect "unreleased-product:quorum-meet": that id stays.
    await type(studio.field(['products', 2, 'name']), 'Quorum Meet 2');
    expect(getAt(studio.value(), ['products', 2, 'id'])).toBe('quorum-meet');

    const inForce = parsePolicy(template('general-company'));
    if (!inForce.ok) throw new Error('the template is valid');
    const extension = renderStudio(Covered, template('general-company'), { policyInForce: inForce.policy });
    await type(extension.field(['products', 1, 'name']), 'Memoboard Pro');
    expect(getAt(extension.value(), ['products', 1, 'id'])).toBe('memoboard');
  });

  it('a new product gets an id too; "not announced yet" asks for its date', async () => {
    const studio = renderStudio(Covered, template('general-company'));
    await click(button(studio.root, 'Add a product'));
    await type(studio.field(['products', 4, 'name']), 'Ledgerly Go');
    expect(getAt(studio.value(), ['products', 4])).toEqual({ id: 'ledgerly-go', name: 'Ledgerly Go', status: 'released' });
    await choose(studio.field(['products', 4, 'status']), 'unreleased');
    await type(studio.field(['products', 4, 'embargoUntil']), 'next spring');
    expect(getAt(studio.value(), ['products', 4, 'embargoUntil'])).toBe('next spring');
    expect(problemsBeside(['products', 4, 'embargoUntil'])).toContain('Expected a date and time with a time zone');
  });

  it('a domain with a scheme and a path shows the parser\'s error beside the domains', async () => {
    const studio = renderStudio(Covered, template('general-company'));
    const domains = studio.field<HTMLTextAreaElement>(['company', 'domains']);
    await type(domains, 'examplesoft.example\nhttps://x.example/path');
    expect(getAt(studio.value(), ['company', 'domains'])).toEqual(['examplesoft.example', 'https://x.example/path']);
    expect(domains.getAttribute('aria-invalid')).toBe('true');
    expect(problemsBeside(['company', 'domains'])).toContain('Expected a web domain such as "acme.example" (no scheme, no path).');
  });

  it('a product known by hashes says so, and offers no box for its other names', () => {
    const draft = template('general-company');
    const products = draft.products as Record<string, unknown>[];
    products[3] = { id: 'bluefinch', name: 'Confidential product 1', status: 'confidential', nameHashes: ['a'.repeat(64)] };
    const studio = renderStudio(Covered, draft);
    const item = studio.root.querySelector('[data-item="3"]')!;
    expect(item.textContent).toContain('The names of this product are hidden in the file');
    expect(document.getElementById(fieldId(['products', 3, 'aliases']))).toBeNull();
    expect(document.getElementById(fieldId(['products', 0, 'aliases']))).not.toBeNull();
  });

  it('adding a language gives the policy\'s name an empty box in it, then every text', async () => {
    const studio = renderStudio(Covered, template('general-company'));
    await choose(studio.root.querySelector<HTMLSelectElement>('#add-language')!, 'de');
    await click(button(studio.root, 'Add German'));
    const name = template('general-company').name as Record<string, string>;
    expect(getAt(studio.value(), ['name'])).toEqual({ ...name, de: '' });
    await settle(); // the focus moves in an effect, after the next frame
    expect(document.activeElement).toBe(studio.field(['name', 'de']));
    expect(studio.root.querySelector('[role="status"]')!.textContent).toContain('German added');
    expect(problemsBeside(['name'])).toContain('Must not be empty.');
    // The explanations of the mention rules have a German box now.
    expect(document.getElementById(fieldId(['rules', 'employerMention', 'explanation', 'de']))).not.toBeNull();
    await type(studio.field(['name', 'de']), 'Social-Media-Richtlinie');
    expect(getAt(studio.value(), ['name', 'de'])).toBe('Social-Media-Richtlinie');
    expect([...studio.field<HTMLSelectElement>(['defaultLocale']).options].map((o) => o.value)).toEqual(['en', 'fr', 'de']);
  });

  it('the mention rules: a warning, or nothing said', async () => {
    const studio = renderStudio(Covered, template('general-company'));
    await choose(studio.field(['rules', 'competitorMention', 'severity']), 'warn');
    expect(getAt(studio.value(), ['rules', 'competitorMention', 'severity'])).toBe('warn');
    await choose(studio.field(['rules', 'productMention', 'enabled']));
    expect(getAt(studio.value(), ['rules', 'productMention', 'enabled'])).toBe(false);
    await click(button(studio.root, 'Today'));
    expect(getAt(studio.value(), ['updatedAt'])).toBe('2026-12-03');
  });

  it('speaks French', () => {
    const studio = renderStudio(Covered, template('general-company'), { locale: 'fr' });
    expect([...studio.root.querySelectorAll('h3')].map((h) => h.textContent)).toEqual([
      'La politique',
      'Votre organisation',
      'Produits',
      'Concurrents',
      'Ce que Candor dit d’une mention',
    ]);
    expect(studio.root.querySelector(`label[for="${fieldId(['company', 'domains'])}"]`)!.textContent).toBe('Sites web');
    expect(button(studio.root, 'Ajouter un concurrent')).toBeTruthy();
    expect([...studio.field<HTMLSelectElement>(['products', 0, 'status']).options].map((o) => o.text)).toContain('Pas encore annoncé');
  });
});

describe('renaming the company', () => {
  it('offers to write the new name in every text that still has the old one, and does it in one click', async () => {
    const studio = renderStudio(Covered, template('general-company'));
    expect(studio.root.querySelector('.rename-everywhere')!.textContent).toBe('');
    await type(studio.field(['company', 'name']), 'Brightwave');
    expect(studio.root.querySelector('.rename-everywhere')!.textContent).toMatch(/“ExampleSoft” is still written in \d+ texts/);
    await click(button(studio.root, 'Replace “ExampleSoft” with “Brightwave” everywhere'));
    expect(JSON.stringify(studio.value())).not.toContain('ExampleSoft');
    expect(studio.root.querySelector('.rename-everywhere')!.textContent).toMatch(/texts now say “Brightwave”/);
  });
});
