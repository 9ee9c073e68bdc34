// @vitest-environment happy-dom
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { compile } from '../../src/engine/compile';
import { parsePolicy } from '../../src/policy/parse';
import type { Policy } from '../../src/policy/types';
import { type JsonObject, setAt } from '../../src/studio/json';
import { printableHtml } from '../../src/studio/ui/publish/printable-html';
import { PRINTABLE_CSS, PrintablePolicy } from '../../src/studio/ui/publish/PrintablePolicy';
import { template } from './harness';

const NOW = new Date('2026-12-03T10:00:00Z');

function policyOf(draft: JsonObject): Policy {
  const parsed = parsePolicy(draft);
  if (!parsed.ok) throw new Error(parsed.errors.map((e) => `${e.path}: ${e.message}`).join('\n'));
  return parsed.policy;
}

/** The document as a reader gets it, in one language. */
function printable(draft: JsonObject, language: string): HTMLElement {
  const root = document.createElement('div');
  render(<PrintablePolicy compiled={compile(policyOf(draft))} language={language} now={NOW} />, root);
  return root.querySelector('article')!;
}

/** The section under the level-2 heading with this text. */
function section(document: HTMLElement, heading: string): HTMLElement {
  const found = [...document.querySelectorAll('h2')].find((h) => h.textContent === heading);
  if (!found) throw new Error(`No section "${heading}" in: ${[...document.querySelectorAll('h2')].map((h) => h.textContent).join(' | ')}`);
  return found.parentElement!;
}

/** The role's block: its heading and what follows it. */
function role(document: HTMLElement, label: string): string {
  const heading = [...section(document, 'What changes with your role').querySelectorAll('h3')].find((h) => h.textContent === label)!;
  return heading.parentElement!.textContent!;
}

describe('the printable policy', () => {
  it('in English: principles, approvals and approvers, role differences, texts to add, worked examples', () => {
    const doc = printable(template('general-company'), 'en');
    expect(doc.lang).toBe('en');
    expect(doc.querySelector('h1')!.textContent).toBe('ExampleSoft social media policy');
    expect(doc.querySelector('.meta')!.textContent).toBe('Version 1, updated December 3, 2026');

    expect(section(doc, 'Principles').querySelector('li')!.textContent).toBe(
      'Covered: what you post about ExampleSoft, our products and our competitors, on your own accounts and on ours.',
    );
    const covered = section(doc, 'What this policy covers').textContent!;
    expect(covered).toContain('@ExampleSoft');
    // A printed policy gets forwarded: products not yet announced and code names are counted, never named.
    expect(covered).toContain('Ledgerly, Memoboard');
    expect(doc.textContent).not.toContain('Quorum Meet');
    expect(doc.textContent).not.toContain('Bluefinch');
    expect(section(doc, 'What needs approval first').textContent).toContain('Products not yet announced: 1, not named in this document');
    expect(covered).toContain('Papermill, Deskora');

    const results = [...section(doc, 'What needs approval first').querySelectorAll('li')].find((li) => li.textContent!.startsWith('Financial results'))!;
    expect(results.textContent).toContain('Ask Investor Relations (ir@examplesoft.example)');
    expect(results.querySelector('a')!.getAttribute('href')).toBe('mailto:ir@examplesoft.example');
    expect(section(doc, 'Yours to discuss, always').textContent).toContain('Nothing in this policy limits');

    expect(role(doc, 'Spokesperson')).toContain('The personal-opinion text: Does not apply.');
    expect(role(doc, 'Customer service')).toContain('Unannounced plans and launch dates: Best avoided.');
    expect(role(doc, 'Customer service')).toContain('Text to use: ExampleSoft Support here.');
    expect(role(doc, 'Executive')).toContain('Includes every change for: Spokesperson.');
    expect(role(doc, 'Executive')).toContain('Forecasts and guidance: Needs approval first.');

    const texts = section(doc, 'What to add to your posts');
    expect(texts.querySelector('q')!.textContent).toBe('I work at ExampleSoft.');
    expect(texts.textContent).toContain('#ExampleSoftEmployee');

    const q3 = [...section(doc, 'Worked examples').querySelectorAll('.example')].find((e) => e.querySelector('h3')!.textContent === 'Sharing our Q3 numbers')!;
    expect(q3.querySelector('blockquote')!.textContent).toBe('Our Q3 results come out next week and they look great!');
    expect(q3.textContent).toContain('Candor says: Ask first');
    expect(q3.textContent).toContain('only Investor Relations announces them');

    expect(section(doc, 'Questions and suggestions').textContent).toContain('ExampleSoft Communications (social@examplesoft.example)');
  });

  it('in French, from the French employer template: French headings and the policy’s French texts', () => {
    const draft = template('french-employer');
    const policy = policyOf(draft);
    const doc = printable(draft, 'fr');
    expect(doc.lang).toBe('fr');
    expect(section(doc, 'Principes').textContent).toContain(policy.principles[0] as string);

    const approval = section(doc, 'Ce qui demande un accord préalable').textContent!;
    expect(approval).toContain('Information privilégiée\u202F: résultats, perspectives, opérations en capital\u202F:');
    expect(approval).toContain('Demander à Direction financière – Relations investisseurs');

    expect(section(doc, 'Ce qui change selon votre rôle').textContent).toContain('Représentant du personnel');
    expect(section(doc, 'Ce qui change selon votre rôle').textContent).toContain('Je m\'exprime en tant que représentant du personnel, pas au nom de Fictaval.');
    expect(section(doc, 'Ce qu’il faut ajouter à vos publications').querySelector('q')!.textContent).toBe('Je travaille chez Fictaval.');

    const examples = section(doc, 'Exemples commentés');
    expect(examples.querySelector('blockquote')!.textContent).toBe(policy.scenarios[0]!.draft);
    expect(examples.textContent).toContain('Candor dit\u202F: Vous pouvez publier');
  });

  it('in French from a policy in English and French, and in English words for a language without them', () => {
    const fr = printable(template('general-company'), 'fr');
    expect(section(fr, 'Principes').querySelector('li')!.textContent).toContain('Ce qui est couvert');
    expect(section(fr, 'Ce qui demande un accord préalable').textContent).toContain('Demander à Investor Relations');

    const draft = setAt(template('general-company'), ['name', 'de'], 'ExampleSoft Social-Media-Richtlinie') as JsonObject;
    const de = printable(draft, 'de');
    expect(de.lang).toBe('de');
    expect(de.querySelector('h1')!.textContent).toBe('ExampleSoft Social-Media-Richtlinie');
    // Its fixed words are English, and say so to screen readers and hyphenation.
    expect(section(de, 'Principles').querySelector('h2')!.lang).toBe('en');
  });
});

describe('the printable policy as a web page', () => {
  it('is a standalone page: doctype, language, charset, title, its style in the head, no script', () => {
    const html = printableHtml(compile(policyOf(template('french-employer'))), 'fr', NOW);
    expect(html.startsWith('<!doctype html>\n<html')).toBe(true);
    const page = new DOMParser().parseFromString(html, 'text/html');
    expect(page.documentElement.lang).toBe('fr');
    expect(page.querySelector('head meta[charset]')!.getAttribute('charset')).toBe('utf-8');
    expect(page.title).toBe('Charte réseaux sociaux de Fictaval (modèle employeur français)');
    expect(page.querySelector('head style')!.textContent).toBe(PRINTABLE_CSS);
    expect(page.querySelectorAll('body style, script')).toHaveLength(0);
    expect(page.querySelector('body article h2')!.textContent).toBe('Principes');
  });

  it('keeps markup in policy texts as text', () => {
    const attack = '<script>alert("principle")</script><img src=x onerror=alert(1)>';
    let draft = setAt(template('general-company'), ['principles', 0, 'en'], attack) as JsonObject;
    draft = setAt(draft, ['company', 'name'], 'Acme </title><script>alert(2)</script>') as JsonObject;
    const html = printableHtml(compile(policyOf(draft)), 'en', NOW);
    const page = new DOMParser().parseFromString(html, 'text/html');
    expect(page.querySelectorAll('script, img')).toHaveLength(0);
    expect(page.querySelector('li')!.textContent).toBe(attack);
    expect(page.querySelector('dd')!.textContent).toContain('Acme </title><script>alert(2)</script>');
  });

  it('has a style that survives serialisation: nothing in it for XML to escape', () => {
    expect(PRINTABLE_CSS).not.toMatch(/[<>&]/);
    expect(PRINTABLE_CSS).toContain('page-break-inside: avoid');
  });
});

describe('the printable policy keeps secret names out of its examples', () => {
  const example = (over: Record<string, string>) => ({
    id: 'x',
    label: 'A plain title',
    draft: 'A plain post about ExampleSoft.',
    expect: ['missing-disclaimer', 'missing-disclosure'],
    explanation: 'Add both lines.',
    ...over,
  });
  const examplesOf = (scenario: JsonObject) => {
    const draft = setAt(template('general-company'), ['scenarios'], [scenario]) as JsonObject;
    return printable(draft, 'en').textContent!;
  };

  it.each([
    ['its title', { label: 'About Project Bluefinch' }],
    ['its explanation', { explanation: 'Never name Bluefinch.' }],
    ['its post, in capitals and full-width letters', { draft: 'ＢＬＵＥＦＩＮＣＨ at ExampleSoft is going well.' }],
    ['its post, accented', { draft: 'Quòrum Méet at ExampleSoft is going well.' }],
  ])('leaves out an example naming a code name or an unannounced product in %s', (_where, over) => {
    const scenario = example(over);
    expect(examplesOf(scenario as unknown as JsonObject)).not.toContain(scenario.draft);
  });

  it('keeps an ordinary example', () => {
    expect(examplesOf(example({}) as unknown as JsonObject)).toContain('A plain post about ExampleSoft.');
  });
});
