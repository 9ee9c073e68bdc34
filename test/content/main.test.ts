// @vitest-environment happy-dom
/**
 * The content script on a page whose own script writes into compose boxes and forges events: Candor reads a box
 * only once the user wrote in it, and leaves the page when its extension is gone. The nudge's root is closed, so
 * the test keeps the roots Candor attaches (a view the page does not have).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startCandor } from '../../src/content/main';
import { ANALYSIS_DELAY_MS } from '../../src/content/session';
import { storedPack } from '../../src/policy/pack';
import { bundledPolicy } from '../../src/policy/bundled';
import { facebook } from '../../src/sites/facebook';
import { htmlNodes, setBody } from '../dom';

vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockReturnValue({ width: 500, height: 80, top: 10, left: 10, right: 510, bottom: 90, x: 10, y: 10, toJSON: () => ({}) });

const roots: ShadowRoot[] = [];
const attachShadow = Element.prototype.attachShadow;
vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (this: Element, init: ShadowRootInit) {
  const root = attachShadow.call(this, init);
  roots.push(root);
  return root;
});

const pack = storedPack(bundledPolicy(), true);
const storage = {
  get: async () => ({ policyPack: pack, settings: { locale: 'en' } }),
  set: async () => {},
};
const changes = { addListener: () => {}, removeListener: () => {} };

function trusted<E extends Event>(event: E): E {
  Object.defineProperty(event, 'isTrusted', { value: true });
  return event;
}

/** What the nudge says: its live region, which carries the summary once there is advice. */
const spoken = () => roots.map((root) => root.querySelector('[aria-live]')?.textContent ?? '');

const settle = () => vi.advanceTimersByTimeAsync(ANALYSIS_DELAY_MS + 200);

describe('startCandor on a page that writes and clicks for itself', () => {
  let stop: () => void;
  let runtime: { id?: string };
  let editor: HTMLElement;

  beforeEach(async () => {
    vi.useFakeTimers();
    roots.length = 0;
    editor = setBody('<div><div role="textbox" contenteditable="true" data-lexical-editor="true" aria-label="What\'s on your mind?"><p></p></div></div>').firstElementChild as HTMLElement;
    runtime = { id: 'candor' };
    stop = await startCandor({ doc: document, adapter: facebook, storage, changes, browserLanguage: 'en', runtime });
    await settle();
  });
  afterEach(() => {
    stop();
    vi.useRealTimers();
  });

  const write = (text: string) => (editor.querySelector('p')!.textContent = text);

  it('puts nothing in the page for text the page wrote, even with forged key events; speaks once the user types', async () => {
    write('Q3 results at Acme beat Globex');
    editor.dispatchEvent(new KeyboardEvent('keydown', { key: 'a', bubbles: true })); // forged: isTrusted is false
    editor.dispatchEvent(new InputEvent('beforeinput', { bubbles: true }));
    await settle();
    expect(roots).toHaveLength(0); // no nudge until the user writes: nothing a page load pays for, nothing to find

    editor.dispatchEvent(trusted(new KeyboardEvent('keydown', { key: ' ', bubbles: true })));
    expect(spoken()).toEqual(['']); // the live region is in the page before it has anything to say
    write('Q3 results at Acme beat Globex ');
    await settle();
    expect(spoken()[0]).toMatch(/suggestions for this post/);
  });

  it('once the runtime says the extension is gone, says to reload where the user writes and watches no other box', async () => {
    document.body.append(...htmlNodes('<div><div role="textbox" contenteditable="true" data-lexical-editor="true" aria-label="Write a comment…"><p></p></div></div>'));
    await settle();
    editor.dispatchEvent(trusted(new KeyboardEvent('keydown', { key: 'A', bubbles: true })));
    write('Acme');
    await settle();
    expect(roots).toHaveLength(1); // the box the user wrote in; the comment box has nothing in the page
    const writing = roots[0]!.host;
    expect(spoken()[0]).toMatch(/suggestion/);

    delete runtime.id; // what an update, disable or removal does to an orphaned content script
    editor.dispatchEvent(trusted(new KeyboardEvent('keydown', { key: '!', bubbles: true })));
    write('Acme!');
    await settle();
    expect(spoken()[0]).toBe('Candor was updated or switched off, so it no longer checks this page. Reload the page to get its suggestions again.');
    expect(roots[0]!.querySelectorAll('button')).toHaveLength(0); // no advice it can no longer act on
    expect(writing.isConnected).toBe(true);

    // The comment box, untouched until now, is no longer watched: the user's first key there brings nothing.
    const comment = document.querySelector<HTMLElement>('[aria-label="Write a comment…"]')!;
    comment.dispatchEvent(trusted(new KeyboardEvent('keydown', { key: 'A', bubbles: true })));
    comment.querySelector('p')!.textContent = 'Acme';
    await settle();
    expect(roots).toHaveLength(1);

    write('Acme stock price is up'); // nothing watches the box any more
    await settle();
    expect(spoken()[0]).toMatch(/^Candor was updated/);
  });
});

describe("startCandor brought in by the user's first input", () => {
  let stop: (() => void) | undefined;
  /** Candor, started as the coach is: after the user's first input, in `firstInput`. */
  const startAfter = async (firstInput: Node) =>
    (stop = await startCandor({ doc: document, adapter: facebook, storage, changes, browserLanguage: 'en', runtime: { id: 'candor' }, firstInput }));
  beforeEach(() => {
    vi.useFakeTimers();
    roots.length = 0;
  });
  afterEach(() => {
    stop?.();
    vi.useRealTimers();
  });

  it('reads the box that input went to at once, and no other box before the user writes in it', async () => {
    setBody(
      '<div><div role="textbox" contenteditable="true" data-lexical-editor="true" aria-label="What\'s on your mind?"><p>Acme rocks</p></div></div>' +
        '<div><div role="textbox" contenteditable="true" data-lexical-editor="true" aria-label="Write a comment…"><p>Acme rocks too</p></div></div>',
    );
    const [post, comment] = [...document.querySelectorAll<HTMLElement>('[role="textbox"]')];
    await startAfter(post!.querySelector('p')!);
    await settle();
    expect(roots).toHaveLength(1);
    expect(roots[0]!.host.previousElementSibling).toBe(post);
    expect(spoken()[0]).toMatch(/suggestions for this post/);
    expect(comment!.nextElementSibling).toBeNull();
  });

  it('forgets that input once it has looked: a page moving its node into a box it fills gets nothing read', async () => {
    const search = setBody('<input type="search"><div></div>');
    await startAfter(search);
    document.body.append(...htmlNodes('<div><div role="textbox" contenteditable="true" data-lexical-editor="true" aria-label="What is on your mind?"><p>Acme Q3 results</p></div></div>'));
    document.querySelector('[role="textbox"]')!.append(search);
    await settle();
    expect(roots).toHaveLength(0);
  });

  it('finds the box at once inside a shadow root no site marker names', async () => {
    const shadow = setBody('<div></div>').attachShadow({ mode: 'open' });
    shadow.append(...htmlNodes('<div><div role="textbox" contenteditable="true" data-lexical-editor="true" aria-label="What is on your mind?"><p>Acme rocks</p></div></div>'));
    await startAfter(shadow.querySelector('p')!);
    await settle();
    expect(spoken()[1]).toMatch(/suggestions for this post/); // roots[0] is the test's own
  });
});

describe('startCandor over storage it cannot read', () => {
  it.each<[string, unknown]>([
    ['a corrupt pack', 'garbage'],
    ['a pack of another format', { ...pack, format: 0 }],
    ['a pack whose owners are not lists of codes', { ...pack, owners: pack.owners.map(() => 'employer') }],
    ['a pack with an owner code no version knows', { ...pack, owners: pack.owners.map(() => [15]) }],
    ['a pack listing a term twice', { ...pack, terms: pack.terms.map(() => 'acme') }],
  ])('%s: starts, stays quiet, and nudges once a good pack arrives', async (_, corrupt) => {
    vi.useFakeTimers();
    roots.length = 0;
    const editor = setBody('<div><div role="textbox" contenteditable="true" data-lexical-editor="true" aria-label="What\'s on your mind?"><p></p></div></div>').firstElementChild as HTMLElement;
    let stored: Record<string, unknown> = { policyPack: corrupt, settings: { locale: 'en' } };
    let onChange: ((changes: Record<string, { newValue?: unknown }>, area: string) => void) | undefined;
    const stop = await startCandor({
      doc: document,
      adapter: facebook,
      storage: { get: async () => stored, set: async () => {} },
      changes: { addListener: (listener) => (onChange = listener), removeListener: () => {} },
      browserLanguage: 'en',
      runtime: { id: 'candor' },
    });
    editor.dispatchEvent(trusted(new KeyboardEvent('keydown', { key: 'A', bubbles: true })));
    editor.querySelector('p')!.textContent = 'Acme rocks';
    await settle();
    expect(spoken()).toEqual(['']);

    stored = { policyPack: pack, settings: { locale: 'en' } };
    onChange!({ policyPack: {} }, 'local');
    await settle();
    expect(spoken()[0]).toMatch(/suggestions for this post/);
    stop();
    vi.useRealTimers();
  });
});

describe('what a tab reads', () => {
  const start = async (settings: Record<string, unknown>) => {
    const reads: string[][] = [];
    let onChange: ((changes: Record<string, { newValue?: unknown }>, area: string) => void) | undefined;
    const stop = await startCandor({
      doc: document,
      adapter: facebook,
      storage: {
        get: async (keys: string[]) => {
          reads.push(keys);
          return { policyPack: pack, settings, activePolicy: { policy: bundledPolicy(), source: 'bundled' }, previousPolicy: bundledPolicy() };
        },
        set: async () => {},
      },
      changes: { addListener: (listener) => (onChange = listener), removeListener: () => {} },
      browserLanguage: 'en',
      runtime: { id: 'candor' },
    });
    return { reads, stop, changed: (keys: Record<string, object>) => onChange!(keys, 'local') };
  };
  const compose = () =>
    setBody('<div><div role="textbox" contenteditable="true" data-lexical-editor="true" aria-label="What\'s on your mind?"><p></p></div></div>').firstElementChild as HTMLElement;

  beforeEach(() => {
    vi.useFakeTimers();
    roots.length = 0;
  });
  afterEach(() => vi.useRealTimers());

  it('reads only the settings at page load, and the pack once the user writes in a compose box', async () => {
    const editor = compose();
    const tab = await start({ locale: 'en' });
    await settle();
    tab.changed({ policyPack: {}, activePolicy: {}, syncStatus: {} }); // a sync: nothing is asked for yet
    await settle();
    expect(tab.reads).toEqual([['settings', 'managedConfig']]);

    editor.dispatchEvent(trusted(new KeyboardEvent('keydown', { key: 'A', bubbles: true })));
    editor.querySelector('p')!.textContent = 'Acme rocks';
    await settle();
    expect(tab.reads).toEqual([['settings', 'managedConfig'], ['policyPack']]);
    expect(spoken()[0]).toMatch(/suggestions for this post/);

    tab.changed({ syncStatus: {}, activePolicy: {} }); // a "304": the pack did not change
    await settle();
    expect(tab.reads).toHaveLength(2);
    tab.changed({ policyPack: {} });
    await settle();
    expect(tab.reads).toEqual([['settings', 'managedConfig'], ['policyPack'], ['policyPack']]);
    tab.stop();
  });

  it('never loads the policy on a network the user switched off', async () => {
    const editor = compose();
    const tab = await start({ locale: 'en', disabledNetworks: ['facebook'] });
    editor.dispatchEvent(trusted(new KeyboardEvent('keydown', { key: 'A', bubbles: true })));
    editor.querySelector('p')!.textContent = 'Acme rocks';
    await settle();
    expect(tab.reads).toEqual([['settings', 'managedConfig']]);
    expect(roots).toHaveLength(0); // nor puts anything in the page
    tab.stop();
  });
});
