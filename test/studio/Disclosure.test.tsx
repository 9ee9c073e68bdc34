// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { parsePolicy } from '../../src/policy/parse';
import { getAt, setAt, type JsonObject } from '../../src/studio/json';
import { Disclosure } from '../../src/studio/ui/steps/Disclosure';
import { choose, renderStudio, template, type } from './harness';
import { describing } from './queries';

const DISCLOSURE = ['rules', 'disclosure'];
const CUES = [...DISCLOSURE, 'endorsementCues'];

describe('step 6, disclosure', () => {
  it('editing the disclosure changes the draft and the live example, for the company as named', async () => {
    const draft = setAt(template('general-company'), ['company', 'name'], 'Brightwave') as JsonObject;
    const studio = renderStudio(Disclosure, draft);
    const example = studio.root.querySelector('.live-example')!;
    expect(example.textContent).toContain('I work at Brightwave.');
    expect(example.textContent).toContain('#BrightwaveEmployee');
    await type(studio.field([...DISCLOSURE, 'text']), 'Proud to work at {company}.');
    expect(getAt(studio.value(), [...DISCLOSURE, 'text', 'en'])).toBe('Proud to work at {company}.');
    expect(example.textContent).toContain('Proud to work at Brightwave.');
    expect(example.textContent).toContain('Je travaille chez Brightwave.');
  });

  it('unticking every trigger shows the parser\'s problem beside the triggers', async () => {
    const studio = renderStudio(Disclosure, template('general-company'));
    // The first box carries the field's own id (the problem summary links to it); the others, their kind's.
    await choose(studio.field([...DISCLOSURE, 'triggers']));
    await choose(studio.field([...DISCLOSURE, 'triggers', 'product']));
    await choose(studio.field([...DISCLOSURE, 'triggers', 'competitor']));
    expect(getAt(studio.value(), [...DISCLOSURE, 'triggers'])).toEqual([]);
    expect(describing(studio.field([...DISCLOSURE, 'triggers']))).toContain('Needs at least 1 item.');
  });

  it('asks for promotional words only when the disclosure is for endorsements', async () => {
    const studio = renderStudio(Disclosure, template('general-company'));
    expect(studio.field<HTMLSelectElement>([...DISCLOSURE, 'when']).value).toBe('mention');
    expect(() => studio.field(CUES)).toThrow();
    await choose(studio.field([...DISCLOSURE, 'when']), 'endorsement');
    expect(getAt(studio.value(), [...DISCLOSURE, 'when'])).toBe('endorsement');
    await type(studio.field(CUES), 'check out\ndiscount code');
    expect(getAt(studio.value(), CUES)).toEqual(['check out', 'discount code']);
    expect(parsePolicy(studio.value()).ok).toBe(true);
  });

  it('a network\'s preview is written when set and removed when emptied, never left as {}', async () => {
    const studio = renderStudio(Disclosure, template('general-company'));
    const characters = studio.field([...DISCLOSURE, 'preview', 'linkedin', 'characters']);
    const lines = studio.field([...DISCLOSURE, 'preview', 'linkedin', 'lines']);
    await type(characters, '140');
    await type(lines, '3');
    expect(getAt(studio.value(), [...DISCLOSURE, 'preview'])).toEqual({ linkedin: { characters: 140, lines: 3 } });
    expect(parsePolicy(studio.value()).ok).toBe(true);
    // Lines without characters: the format needs both, and says so beside the characters.
    await type(characters, '');
    expect(getAt(studio.value(), [...DISCLOSURE, 'preview'])).toEqual({ linkedin: { lines: 3 } });
    expect(characters.getAttribute('aria-invalid')).toBe('true');
    await type(lines, '');
    expect(getAt(studio.value(), [...DISCLOSURE, 'preview'])).toBeUndefined();
    expect(parsePolicy(studio.value()).ok).toBe(true);
  });

  it('keeps the weak wordings, and speaks French to a French author', async () => {
    const studio = renderStudio(Disclosure, template('general-company'), { locale: 'fr' });
    const weak = studio.field<HTMLTextAreaElement>([...DISCLOSURE, 'weakVariants']);
    expect(weak.value.split('\n')).toContain('#employee');
    await type(weak, '#employee\n#staff');
    expect(getAt(studio.value(), [...DISCLOSURE, 'weakVariants'])).toEqual(['#employee', '#staff']);
    const headings = [...studio.root.querySelectorAll('h3')].map((h) => h.textContent);
    expect(headings).toEqual(['La phrase qui dit le lien', 'Quand elle est nécessaire', 'Formulations que Candor reconnaît', 'Où les lecteurs s’arrêtent']);
    expect(studio.root.textContent).toContain('Par défaut\u202F: 210 caractères ou 3 lignes');
    expect(studio.field<HTMLSelectElement>([...DISCLOSURE, 'when']).selectedOptions[0]!.textContent).toBe('Dès qu’une publication mentionne l’un d’eux');
  });
});
