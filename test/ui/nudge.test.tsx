// @vitest-environment happy-dom
import { type ComponentChild as PreactChild, h, render as preactRender } from 'preact';
import { setBody, userClick } from '../dom';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { analyze, compile } from '../../src/engine';
import { bundledPolicy } from '../../src/policy/bundled';
import { messagesFor } from '../../src/ui/messages';
import { Nudge, type NudgeProps } from '../../src/ui/nudge/Nudge';
import { nudgeModel } from '../../src/ui/nudge/model';
import { type ComponentChild, render as runtimeRender } from '../../src/ui/nudge/runtime';

const compiled = compile(bundledPolicy());
const findingsFor = (draft: string, role?: string, locale: 'en' | 'fr' = 'en') => analyze(draft, compiled, role, { locale });

describe('nudgeModel', () => {
  it('keeps mentions as context and the rest as advice', () => {
    const model = nudgeModel(findingsFor('RoadRunner by Acme beats Globex'));
    expect(model.advice.map((f) => f.kind)).toEqual(['missing-disclaimer', 'missing-disclosure', 'competitor-mention']);
    expect(model.mentioned).toEqual(['RoadRunner', 'Acme']); // in the order they appear
  });

  it('shows nothing once the post carries both texts', () => {
    const model = nudgeModel(findingsFor('I work at Acme. RoadRunner is great. Views are my own.'));
    expect(model).toEqual({ advice: [], mentioned: [] });
  });
});

// Pages render with Preact; tabs with the content script's own runtime: the nudge must read and behave the same.
const RENDERERS = [
  ['Preact', preactRender],
  // It reads only a vnode's type and props, which Preact's vnodes have.
  ['the content runtime', (vnode: PreactChild, root: HTMLElement) => runtimeRender(vnode as ComponentChild, root)],
] as const satisfies readonly (readonly [string, (vnode: PreactChild, root: HTMLElement) => void])[];

describe.each(RENDERERS)('Nudge, rendered by %s', (_, render) => {
  let root: HTMLElement;
  beforeEach(() => {
    setBody('<div id="root"></div>');
    root = document.getElementById('root')!;
  });

  const show = (draft: string, overrides: Partial<NudgeProps> = {}, locale: 'en' | 'fr' = 'en') => {
    const props: NudgeProps = {
      model: nudgeModel(findingsFor(draft, undefined, locale)),
      messages: messagesFor(locale),
      expanded: true,
      onToggle: vi.fn(),
      onFix: vi.fn(),
      onDismiss: vi.fn(),
      ...overrides,
    };
    render(h(Nudge, props), root);
    return props;
  };
  const buttons = () => [...root.querySelectorAll('button')].map((b) => b.textContent);

  it('offers the fixes by their exact names, and Dismiss', () => {
    show('Acme rocks');
    expect(buttons()).toEqual(expect.arrayContaining(['Add disclaimer', 'Add disclosure', 'Dismiss']));
  });

  it('says the count politely in a live region', () => {
    show('Acme rocks', { expanded: false });
    const live = root.querySelector('[aria-live]')!;
    expect(live.getAttribute('aria-live')).toBe('polite');
    expect(live.textContent).toBe('2 suggestions for this post');
    expect(root.querySelector('.pill')!.getAttribute('aria-expanded')).toBe('false');
    expect(root.querySelector('.panel')).toBeNull();
  });

  it('links to whoever approves, never with the draft', () => {
    show('Our Q3 results are in');
    const link = root.querySelector('a')!;
    expect(link.textContent).toBe('Ask Investor Relations');
    expect(link.getAttribute('href')).toBe('mailto:ir@acme.com');
  });

  const button = (name: string) => [...root.querySelectorAll('button')].find((b) => b.textContent === name)!;

  it('calls back with the finding to fix', () => {
    const props = show('Acme rocks');
    userClick(button('Add disclaimer'));
    expect(props.onFix).toHaveBeenCalledWith(expect.objectContaining({ kind: 'missing-disclaimer' }));
  });

  it("ignores clicks and keys a page script forges, on every control", () => {
    const props = show('Our Q3 results at Acme', { status: { message: 'Nothing was added.', copy: 'Views are my own.' }, onCopy: vi.fn() });
    const controls = [...root.querySelectorAll<HTMLElement>('button, a')];
    expect(controls.length).toBeGreaterThanOrEqual(6); // pill, two fixes, approval link, Dismiss, Copy text
    for (const control of controls) {
      control.click();
      control.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    }
    for (const handler of [props.onFix, props.onToggle, props.onDismiss, props.onCopy]) expect(handler).not.toHaveBeenCalled();
    // A forged click on a link is cancelled, so it opens nothing.
    const forged = new MouseEvent('click', { bubbles: true, cancelable: true });
    root.querySelector('a')!.dispatchEvent(forged);
    expect(forged.defaultPrevented).toBe(true);
    // The user's own clicks work.
    userClick(root.querySelector('.pill')!);
    userClick(button('Dismiss'));
    userClick(button('Copy text'));
    expect(props.onToggle).toHaveBeenCalledOnce();
    expect(props.onDismiss).toHaveBeenCalledOnce();
    expect(props.onCopy).toHaveBeenCalledWith('Views are my own.');
  });

  it('puts the feedback link in the DOM bare, and names rule, version and role only for the click', () => {
    const about = vi.fn((finding: { ruleId: string }) => `https://x.example/f?rule=${finding.ruleId}&role=executive&version=3`);
    show('Acme rocks', { feedback: { href: 'https://x.example/f', about } });
    const link = [...root.querySelectorAll('a')].find((a) => a.textContent === 'This seems wrong')!;
    const hrefs = [...root.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs.filter((href) => /[?&](role|version|rule)=/.test(href ?? ''))).toEqual([]);
    expect(link.getAttribute('href')).toBe('https://x.example/f');
    expect(about).not.toHaveBeenCalled();
    link.addEventListener('click', (event) => {
      expect((event.currentTarget as HTMLAnchorElement).getAttribute('href')).toContain('role=executive'); // what the browser follows
      event.preventDefault(); // happy-dom would try to open it
    });
    userClick(link);
    expect(about).toHaveBeenCalledOnce();
  });

  it('keeps the editor focused on mouse clicks', () => {
    show('Acme rocks');
    const event = new MouseEvent('mousedown', { bubbles: true, cancelable: true });
    root.querySelector('.action')!.dispatchEvent(event);
    expect(event.defaultPrevented).toBe(true);
  });

  it('speaks French', () => {
    show('Acme est super', {}, 'fr');
    expect(buttons()).toEqual(expect.arrayContaining(['Ajouter la mention', 'Ajouter la précision', 'Ignorer']));
    expect(root.textContent).toContain("Précisez que vos opinions n'engagent que vous");
  });

  it('shows nothing when there is nothing to say, yet keeps its live region for the next time', () => {
    show('Lovely weather');
    expect(root.querySelector('.pill')).toBeNull();
    expect(root.querySelector('.panel')).toBeNull();
    expect(root.querySelector('[aria-live="polite"]')!.textContent).toBe('');
  });

  it('shows the outcome of a fix that could not be applied, visibly and to screen readers, and offers the text to copy', () => {
    const onCopy = vi.fn();
    show('Acme rocks', { status: { message: messagesFor('en').moved, copy: 'Views are my own.' }, onCopy });
    expect(root.querySelector('.status-line')!.textContent).toContain('Your cursor moved');
    expect(root.querySelector('[aria-live="polite"]')!.textContent).toContain('Your cursor moved');
    userClick(button('Copy text'));
    expect(onCopy).toHaveBeenCalledWith('Views are my own.');
  });
});

describe.each(RENDERERS)('Nudge, rendered by %s: disclosures out of sight, vague, or too long for X', (_, render) => {
  let root: HTMLElement;
  beforeEach(() => {
    setBody('<div id="root"></div>');
    root = document.getElementById('root')!;
  });
  const show = (draft: string, network: 'x' | 'linkedin', locale: 'en' | 'fr' = 'en') => {
    const model = nudgeModel(analyze(draft, compiled, undefined, { locale, network }));
    render(h(Nudge, { model, messages: messagesFor(locale), expanded: true, onToggle: vi.fn(), onFix: vi.fn(), onDismiss: vi.fn() }), root);
  };
  const item = (title: string) => [...root.querySelectorAll('li')].find((li) => li.querySelector('strong')!.textContent!.startsWith(title))!;

  it.each([
    ['en', 'RoadRunner 3 is out. Views are my own. #robots #ai #AcmeEmployee', 'Disclosure out of sight', 'Add at the start', /Readers see only the first lines/],
    ['fr', 'Le RoadRunner 3 est sorti. Avis perso. #robots #ia #SalariéAcme', 'Précision peu visible', 'Ajouter au début', /On ne lit que les premières lignes/],
    ['en', '#employee RoadRunner 3 is out. Views are my own.', 'Say whose employee', 'Name the company', /"#employee" does not say clearly which company/],
    ['fr', '#salarié Le RoadRunner 3 est sorti. Avis perso.', 'Précisez quelle entreprise', "Nommer l'entreprise", /«\u202F#salarié\u202F» ne dit pas clairement pour quelle entreprise/],
  ] as const)('%s: %s → %s', (locale, draft, title, action, why) => {
    show(draft, 'x', locale);
    const li = item(title);
    expect(li.querySelector('button')!.textContent).toBe(action);
    expect(li.textContent).toMatch(why);
  });

  it('says when the short form is offered to stay within 280, and when even that passes it', () => {
    const words = 'The new warehouse routing saved us hours every single week. ';
    show(`RoadRunner ${words.repeat(5).slice(0, 254)}`, 'x'); // 265 weighted characters
    expect(item('Say you work there').textContent).toContain('Adds the short form "#AcmeEmployee", to fit X\'s 280 characters.');
    show(`RoadRunner ${words.repeat(5).slice(0, 260)}`, 'x'); // 271
    expect(item('Say you work there').textContent).toContain('Adds the short form "#AcmeEmployee"; even so, the post would be 285 characters of X\'s 280: shorten it first.');
    show(`RoadRunner ${words.repeat(5).slice(0, 260)}`, 'linkedin');
    expect(item('Say you work there').querySelector('.limit')).toBeNull();
  });
});

