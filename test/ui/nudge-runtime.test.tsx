// @vitest-environment happy-dom
/** The content script's runtime: the same markup as Preact, and updates patched in place. */
import { h, render as preactRender } from 'preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { analyze, compile } from '../../src/engine';
import { bundledPolicy } from '../../src/policy/bundled';
import { messagesFor } from '../../src/ui/messages';
import { Nudge, type NudgeProps } from '../../src/ui/nudge/Nudge';
import { nudgeModel } from '../../src/ui/nudge/model';
import { type ComponentChild, jsx, render as renderChild } from '../../src/ui/nudge/runtime';
import { setBody, userClick } from '../dom';

const compiled = compile(bundledPolicy());
const XHTML = 'http://www.w3.org/1999/xhtml';
const markup = (element: Element) => [...element.childNodes].map((node) => new XMLSerializer().serializeToString(node)).join('');
/** Preact's vnodes have the type and props the runtime reads. */
const render = (vnode: object | null, root: HTMLElement) => renderChild(vnode as ComponentChild, root);
const props = (draft: string, overrides: Partial<NudgeProps> = {}): NudgeProps => ({
  model: nudgeModel(analyze(draft, compiled, undefined, { locale: 'en', network: 'x' })),
  messages: messagesFor('en'),
  expanded: true,
  onToggle: vi.fn(),
  onFix: vi.fn(),
  onDismiss: vi.fn(),
  ...overrides,
});

describe('the nudge runtime', () => {
  let root: HTMLElement;
  let reference: HTMLElement;
  beforeEach(() => {
    setBody('<div id="root"></div><div id="reference"></div>');
    root = document.getElementById('root')!;
    reference = document.getElementById('reference')!;
  });

  it.each([
    ['closed', props('Acme rocks', { expanded: false })],
    ['open, with an approver and a feedback link', props('Our Q3 results at Acme', { feedback: { href: 'https://x.example/f', about: () => '' } })],
    ['with a status to copy, busy', props('Acme rocks', { status: { message: 'Nothing was added.', copy: 'Views are my own.' }, onCopy: vi.fn(), busy: true })],
    ['the demo policy', props('RoadRunner by Acme beats Globex', { demo: true })],
    ['nothing to say', props('Lovely weather')],
  ])('writes the markup Preact writes: %s', (_, given) => {
    preactRender(h(Nudge, given), reference);
    render(h(Nudge, given), root);
    expect(markup(root)).toBe(markup(reference));
  });

  it('patches in place: the same elements, new texts and attributes, the new handlers, old attributes gone', () => {
    const first = props('Acme rocks', { expanded: false });
    render(h(Nudge, first), root);
    const pill = root.querySelector('.pill')!;
    const live = root.querySelector('[aria-live]')!;
    const second = props('Acme rocks', { expanded: true });
    render(h(Nudge, second), root);
    expect(root.querySelector('.pill')).toBe(pill); // a focused pill stays focused
    expect(root.querySelector('[aria-live]')).toBe(live);
    expect(pill.getAttribute('aria-expanded')).toBe('true');
    userClick(pill as HTMLElement);
    expect(second.onToggle).toHaveBeenCalledOnce();
    expect(first.onToggle).not.toHaveBeenCalled();

    render(jsx('p', { class: 'a', 'aria-hidden': true, children: ['x', 1, null, false, ['y']] }), root);
    expect(markup(root)).toBe(`<p xmlns="${XHTML}" class="a" aria-hidden="true">x1y</p>`);
    render(jsx('p', { children: 'z' }), root);
    expect(markup(root)).toBe(`<p xmlns="${XHTML}">z</p>`);
    render(null, root);
    expect(markup(root)).toBe('');
  });
});
