// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parsePolicy } from '../../src/policy/parse';
import type { Policy } from '../../src/policy/types';
import { getAt, jsonText, type JsonObject, setAt } from '../../src/studio/json';
import { fieldId } from '../../src/studio/problems';
import { Consult } from '../../src/studio/ui/consult/Consult';
import { button, click, renderStudio, settle, template, type } from './harness';

/** The general company, published as version 1; the draft adds a competitor. */
const published = template('general-company');
const draft = (): JsonObject => ({ ...template('general-company'), competitors: [...(published.competitors as JsonObject[]), { id: 'initech', name: 'Initech' }] });

/** Picks a file in a file input, as a user does. */
async function pick(input: HTMLInputElement, name: string, text: string): Promise<void> {
  Object.defineProperty(input, 'files', { value: [new File([text], name, { type: 'application/json' })], configurable: true });
  input.dispatchEvent(new Event('change', { bubbles: true }));
  // Reading the file is asynchronous: wait for it, then for the render.
  await new Promise((resolve) => setTimeout(resolve, 10));
  await settle();
}

const problemsOf = (field: HTMLElement) => document.getElementById(field.getAttribute('aria-describedby')!.split(' ').pop()!)?.textContent ?? '';

afterEach(() => vi.unstubAllGlobals());

describe('Consult: compare with the published version', () => {
  it('loads the published version from a file and shows what employees will notice, every field, and a drafted entry', async () => {
    const studio = renderStudio(Consult, draft());
    await pick(studio.root.querySelector<HTMLInputElement>('#published-file')!, 'policy.json', jsonText(published));
    expect(studio.root.textContent).toContain('Compared with “ExampleSoft social media policy”, version 1, from policy.json.');
    expect([...studio.root.querySelectorAll('.noticed li')].map((li) => li.textContent)).toEqual(['Now covered: Initech.']);
    const diff = [...studio.root.querySelectorAll('.field-diff li')].map((li) => li.textContent);
    expect(diff).toEqual(['Added What is covered · Initech $.competitors[2]After: {"id":"initech","name":"Initech","aliases":[],"handles":{},"hashtags":[],"tickers":[],"domains":[]}']);
    expect(studio.root.querySelector<HTMLInputElement>('#changelog-draft-version')!.value).toBe('2');
    expect(studio.root.querySelector<HTMLTextAreaElement>('#changelog-draft-en')!.value).toBe('Now covered: Initech.');
    expect(studio.root.querySelector<HTMLTextAreaElement>('#changelog-draft-fr')!.value).toBe('Désormais couverts\u202F: Initech.');
  });

  it('"Add to the changelog" puts the edited entry first, with the version and today’s date; adding again replaces it', async () => {
    const studio = renderStudio(Consult, draft());
    await pick(studio.root.querySelector<HTMLInputElement>('#published-file')!, 'policy.json', jsonText(published));
    await type(studio.root.querySelector<HTMLTextAreaElement>('#changelog-draft-en')!, 'Initech is now a competitor.');
    await click(button(studio.root, 'Add to the changelog'));
    const entry = { version: '2', changes: { en: 'Initech is now a competitor.', fr: 'Désormais couverts\u202F: Initech.' } };
    expect(getAt(studio.value(), ['changelog', 0])).toEqual(entry);
    expect(getAt(studio.value(), ['changelog', 1, 'version'])).toBe('1');
    expect(getAt(studio.value(), ['version'])).toBe('2');
    expect(getAt(studio.value(), ['updatedAt'])).toBe('2026-12-03');
    expect(studio.root.textContent).toContain('Added to the changelog: version 2, dated 2026-12-03.');
    // The entry is now in the changelog's own fields, where the parser's problems show.
    expect(studio.field<HTMLInputElement>(['changelog', 0, 'version']).value).toBe('2');

    await type(studio.root.querySelector<HTMLTextAreaElement>('#changelog-draft-fr')!, 'Initech est désormais un concurrent.');
    await click(button(studio.root, 'Replace the entry for version 2'));
    expect((getAt(studio.value(), ['changelog']) as unknown[]).length).toBe(2);
    expect(getAt(studio.value(), ['changelog', 0, 'changes', 'fr'])).toBe('Initech est désormais un concurrent.');
  });

  it('matches topics by id: a topic inserted first is one addition', async () => {
    const value = draft();
    const topics = value.topics as JsonObject[];
    const studio = renderStudio(Consult, { ...value, topics: [{ ...topics[0]!, id: 'layoffs', label: { en: 'Layoffs', fr: 'Licenciements' }, terms: ['layoffs'] }, ...topics] });
    await pick(studio.root.querySelector<HTMLInputElement>('#published-file')!, 'policy.json', jsonText(published));
    const diff = [...studio.root.querySelectorAll('.field-diff li')].map((li) => li.textContent!);
    expect(diff).toHaveLength(2);
    expect(diff[1]).toMatch(/^Added What needs approval · Layoffs \$\.topics\[0\]After/);
    expect(studio.root.querySelector<HTMLTextAreaElement>('#changelog-draft-en')!.value).toBe('Now covered: Initech. New topics: Layoffs.');
  });

  it('shows the problems of a file that is not a valid policy', async () => {
    const studio = renderStudio(Consult, draft());
    await pick(studio.root.querySelector<HTMLInputElement>('#published-file')!, 'old.json', '{ "schemaVersion": 1, }');
    expect(studio.root.textContent).toContain('old.json is not a valid policy, so it cannot be compared:');
    expect(studio.root.textContent).toContain('a comma after the last item');
    expect(studio.root.querySelector('.noticed')).toBeNull();
  });

  it('fetches an https address as the extension does (no cookies, cache or redirect), and says what to do when the page may not read it', async () => {
    const fetch = vi.fn().mockRejectedValue(new TypeError('Failed to fetch'));
    vi.stubGlobal('fetch', fetch);
    const studio = renderStudio(Consult, draft());
    const address = studio.root.querySelector<HTMLInputElement>('#published-url')!;
    await type(address, 'http://intranet.example/policy.json');
    await click(button(studio.root, 'Load'));
    expect(studio.root.textContent).toContain('The address must start with https:// (or be on this computer).');
    expect(fetch).not.toHaveBeenCalled();
    await type(address, 'https://intranet.example/policy.json');
    await click(button(studio.root, 'Load'));
    await settle();
    expect(fetch).toHaveBeenCalledWith('https://intranet.example/policy.json', expect.objectContaining({ credentials: 'omit', cache: 'no-store', redirect: 'manual' }));
    expect(studio.root.textContent).toContain('(CORS). Download the file and load it below instead.');

    fetch.mockResolvedValue(new Response(jsonText(published), { status: 200, headers: { 'content-type': 'application/json' } }));
    await click(button(studio.root, 'Load'));
    await settle();
    expect(studio.root.textContent).toContain('version 1, from https://intranet.example/policy.json.');

    // A redirect is refused, as the extension refuses it: no other server may stand in for the published version.
    fetch.mockResolvedValue(new Response(null, { status: 302, headers: { location: 'http://elsewhere.example/' } }));
    await click(button(studio.root, 'Load'));
    await settle();
    expect(studio.root.textContent).toContain('answered with a redirect');
  });

  it('compares with the policy in force in this browser, in the extension', async () => {
    const inForce = parsePolicy(published) as { ok: true; policy: Policy };
    const studio = renderStudio(Consult, draft(), { policyInForce: inForce.policy, locale: 'fr' });
    await click(button(studio.root, 'Comparer avec la politique en vigueur dans ce navigateur'));
    expect([...studio.root.querySelectorAll('.noticed li')].map((li) => li.textContent)).toEqual(['Désormais couverts\u202F: Initech.']);
  });
});

describe('Consult: proposal', () => {
  it('writes the proposal block from its fields, shows the parser’s problems beside them, and removes it', async () => {
    const studio = renderStudio(Consult, draft());
    await click(button(studio.root, 'Propose a change'));
    expect(getAt(studio.value(), ['proposal'])).toEqual({ until: '2027-01-02', comment: published.feedback });
    const summary = studio.field(['proposal', 'summary']);
    expect(document.activeElement).toBe(summary);
    expect(problemsOf(summary)).toContain('This field is required.');
    await type(summary, 'Corporate accounts for every team.');
    expect(getAt(studio.value(), ['proposal', 'summary'])).toEqual({ en: 'Corporate accounts for every team.' });

    const until = studio.field(['proposal', 'until']);
    await type(until, 'next Friday');
    expect(until.getAttribute('aria-invalid')).toBe('true');
    expect(problemsOf(until)).toContain('Expected a date as YYYY-MM-DD.');
    await type(until, '2026-12-20');
    expect(until.getAttribute('aria-invalid')).toBeNull();
    expect(studio.root.textContent).toContain('Employees see it in the popup until the end of 2026-12-20; version 1 stays in force.');
    await type(until, '2026-11-20');
    expect(studio.root.textContent).toContain('This date has passed: the popup no longer shows the proposal.');

    const comment = studio.field(['proposal', 'comment']);
    await type(comment, 'intranet page');
    expect(problemsOf(comment)).toContain('Expected an https:// URL or a mailto: address.');
    await type(comment, 'https://intranet.example/consult');
    expect(getAt(studio.value(), ['proposal'])).toEqual({ until: '2026-11-20', comment: 'https://intranet.example/consult', summary: { en: 'Corporate accounts for every team.' } });

    await click(button(studio.root, 'Remove the proposal'));
    expect(getAt(studio.value(), ['proposal'])).toBeUndefined();
  });

  it('shows a problem no field holds (a misspelt key) above the fields', () => {
    renderStudio(Consult, { ...draft(), proposal: { summary: 'New rules.', until: '2026-12-20', comment: 'https://intranet.example/c', commnet: 'typo' } });
    expect(document.getElementById(fieldId(['proposal']))!.textContent).toContain('Unknown field "commnet"');
  });
});

describe('Consult: the author\'s last choice of published version wins', () => {
  it('drops a slow address\'s answer that arrives after a file was loaded', async () => {
    let answer: (response: Response) => void = () => {};
    vi.stubGlobal('fetch', vi.fn(() => new Promise<Response>((resolve) => (answer = resolve))));
    const studio = renderStudio(Consult, draft());
    await type(studio.root.querySelector<HTMLInputElement>('#published-url')!, 'https://intranet.example/policy.json');
    await click(button(studio.root, 'Load'));
    const older = setAt(published, ['version'], '0') as JsonObject;
    const input = studio.root.querySelector<HTMLInputElement>('#published-file')!;
    Object.defineProperty(input, 'files', { value: [new File([jsonText(published)], 'published.policy.json')], configurable: true });
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await settle();
    await settle();
    expect(studio.root.textContent).toContain('from published.policy.json');
    answer(new Response(jsonText(older), { status: 200, headers: { 'content-type': 'application/json' } }));
    await settle();
    await settle();
    expect(studio.root.textContent).toContain('from published.policy.json');
    expect(studio.root.textContent).not.toContain('version 0');
  });
});
