// @vitest-environment happy-dom
import { render } from 'preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { AUTOSAVE_KEY, type DraftStorage } from '../../src/studio/autosave';
import { getAt, type JsonObject, setAt } from '../../src/studio/json';
import { Studio } from '../../src/studio/ui/Studio';
import { setBody } from '../dom';
import { button, click, settle, template, type } from './harness';

class MemoryStorage implements DraftStorage {
  readonly items = new Map<string, string>();
  getItem = (key: string) => this.items.get(key) ?? null;
  setItem = (key: string, value: string) => void this.items.set(key, value);
  removeItem = (key: string) => void this.items.delete(key);
}

let storage: MemoryStorage;
let root: HTMLElement;
beforeEach(() => {
  storage = new MemoryStorage();
  root = setBody('<div id="root"></div>');
});
const now = () => new Date('2026-12-03T10:00:00Z');
const show = async (browserLanguage = 'en-GB') => {
  render(<Studio storage={storage} now={now} browserLanguage={browserLanguage} />, root);
  await settle();
};
const saved = (): JsonObject => JSON.parse(storage.getItem(AUTOSAVE_KEY)!).policy;
/** Autosave waits for a pause in typing: a test waits for what it should see, however busy the machine. */
const eventually = (check: () => void) => vi.waitFor(check, { timeout: 30_000, interval: 20 });
/** For what must not happen: long enough for a save that was coming to have come (a slow machine only proves less). */
const pause = () => new Promise((resolve) => setTimeout(resolve, 450));
const navLink = (name: RegExp) => [...root.querySelectorAll('nav a')].find((a) => name.test(a.textContent ?? '')) as HTMLAnchorElement;

describe('the studio', () => {
  it('starts from a template, dated today, and saves the draft on this computer', async () => {
    await show();
    expect(root.querySelectorAll('.templates li')).toHaveLength(6);
    await click(button(root, 'Start from this').closest('li')!.querySelector('button')!);
    expect(root.querySelector('h2')!.textContent).toContain('What is covered');
    await eventually(() => expect(storage.getItem(AUTOSAVE_KEY)).not.toBeNull());
    const draft = saved();
    expect(draft.company).toEqual(template('general-company').company);
    expect(draft.updatedAt).toBe('2026-12-03');
    expect(draft.$schema).toBeUndefined();
  });

  it('speaks French to a French browser', async () => {
    await show('fr-FR');
    expect(root.querySelector('h1')!.textContent).toBe('Atelier de politique Candor');
    expect(document.documentElement.lang).toBe('fr');
  });

  it('brings back the saved draft, and sets aside one that is not a policy object', async () => {
    storage.setItem(AUTOSAVE_KEY, JSON.stringify({ policy: template('healthcare'), savedAt: '2026-12-02T18:00:00Z' }));
    await show();
    expect(root.querySelector('.restored')!.textContent).toContain('was restored');
    setBody('<div id="root"></div>');
    root = document.getElementById('root')!;
    storage.setItem(AUTOSAVE_KEY, JSON.stringify({ policy: [1, 2], savedAt: 'yesterday' }));
    await show();
    expect(root.querySelector('.templates')).not.toBeNull();
  });

  it('keeps the JSON view and the draft in step, and holds the last valid JSON while the syntax is broken', async () => {
    storage.setItem(AUTOSAVE_KEY, JSON.stringify({ policy: template('general-company'), savedAt: '2026-12-02T18:00:00Z' }));
    await show();
    await click(button(root, 'JSON'));
    const area = root.querySelector<HTMLTextAreaElement>('#policy-json')!;
    expect(JSON.parse(area.value)).toEqual(template('general-company'));
    const edited = setAt(template('general-company'), ['company', 'name'], 'Brightwave') as JsonObject;
    await type(area, JSON.stringify(edited));
    await eventually(() => expect(getAt(saved(), ['company', 'name'])).toBe('Brightwave'));
    await type(area, `${JSON.stringify(edited)},`);
    expect(root.querySelector('#json-syntax')!.textContent).toMatch(/Not valid JSON at line 1/);
    await pause();
    expect(getAt(saved(), ['company', 'name'])).toBe('Brightwave');
  });

  it('counts each step\'s problems and links each to its field', async () => {
    const broken = setAt(template('general-company'), ['topics', 0, 'approver', 'contact'], 'call Jane') as JsonObject;
    storage.setItem(AUTOSAVE_KEY, JSON.stringify({ policy: broken, savedAt: '2026-12-02T18:00:00Z' }));
    await show();
    expect(navLink(/What needs approval/).textContent).toContain('1 problem');
    expect(navLink(/What is covered/).textContent).not.toContain('problem');
    const summary = root.querySelector('.problem-summary')!;
    expect(summary.textContent).toContain('What needs approval (1)');
    await click(navLink(/What needs approval/));
    const link = root.querySelector<HTMLAnchorElement>('.problem-summary li a')!;
    expect(link.textContent).toBe('Expected an https:// URL or a mailto: address.');
    expect(link.getAttribute('href')).toBe('#field-$.topics[0].approver.contact');
  });
});

describe('the draft in two tabs', () => {
  const otherTab = setAt(template('general-company'), ['company', 'name'], 'Other Tab Inc') as JsonObject;
  const savedByOtherTab = () => {
    const text = JSON.stringify({ policy: otherTab, savedAt: '2026-12-03T11:00:00.000Z' });
    storage.setItem(AUTOSAVE_KEY, text);
    return text;
  };
  const restore = async () => {
    storage.setItem(AUTOSAVE_KEY, JSON.stringify({ policy: template('general-company'), savedAt: '2026-12-02T18:00:00.000Z' }));
    await show();
    await click(button(root, 'JSON'));
    return root.querySelector<HTMLTextAreaElement>('#policy-json')!;
  };

  it('never saves over another tab\'s newer save: the author chooses, and may take the other version', async () => {
    const area = await restore();
    savedByOtherTab();
    await type(area, JSON.stringify(setAt(template('general-company'), ['company', 'name'], 'This Tab Inc')));
    await eventually(() => expect(root.querySelector('.conflict')?.textContent).toContain('also changed in another tab'));
    expect(getAt(saved(), ['company', 'name'])).toBe('Other Tab Inc');
    await click(button(root, 'Use the other version'));
    await settle();
    expect(root.querySelector('.conflict')).toBeNull();
    expect(JSON.parse(root.querySelector<HTMLTextAreaElement>('#policy-json')!.value).company.name).toBe('Other Tab Inc');
  });

  it('hears another tab\'s save at once, and keeps this version when asked', async () => {
    const area = await restore();
    await type(area, JSON.stringify(setAt(template('general-company'), ['company', 'name'], 'This Tab Inc')));
    await eventually(() => expect(getAt(saved(), ['company', 'name'])).toBe('This Tab Inc'));
    window.dispatchEvent(new StorageEvent('storage', { key: AUTOSAVE_KEY, newValue: savedByOtherTab() }));
    await settle();
    expect(root.querySelector('.conflict')).not.toBeNull();
    await click(button(root, 'Keep this version'));
    expect(getAt(saved(), ['company', 'name'])).toBe('This Tab Inc');
  });

  it('saves at once when the tab is closed right after typing', async () => {
    const area = await restore();
    await type(area, JSON.stringify(setAt(template('general-company'), ['company', 'name'], 'Closed Quickly Inc')));
    window.dispatchEvent(new Event('pagehide'));
    expect(getAt(saved(), ['company', 'name'])).toBe('Closed Quickly Inc');
  });
});
