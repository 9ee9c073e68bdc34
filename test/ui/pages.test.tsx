// @vitest-environment happy-dom
import { h, render } from 'preact';
import { setBody } from '../dom';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { bundledPolicy } from '../../src/policy/bundled';
import type { SharedState } from '../../src/store/state';
import { pageMessagesFor as messagesFor } from '../../src/ui/page-messages';
import { PolicyStatus, relativeTime } from '../../src/ui/PolicyStatus';
import { PolicyUrlForm } from '../../src/ui/PolicyUrlForm';

let root: HTMLElement;
beforeEach(() => {
  setBody('<div id="root"></div>');
  root = document.getElementById('root')!;
});
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('PolicyUrlForm', () => {
  it('is read-only and says so when the organisation manages the URL', () => {
    render(h(PolicyUrlForm, { messages: messagesFor('en'), state: { settings: {}, managed: { policyUrl: 'https://corp.example/p.json' } }, onSave: vi.fn() }), root);
    const input = root.querySelector('input')!;
    expect(input.readOnly).toBe(true);
    expect(input.value).toBe('https://corp.example/p.json');
    expect(root.textContent).toContain('Set by your organisation');
    expect(root.querySelector('button')).toBeNull();
  });

  it('saves what was typed and shows an error as an alert', async () => {
    const onSave = vi.fn().mockResolvedValue({ error: 'The policy URL must start with https://.' });
    render(h(PolicyUrlForm, { messages: messagesFor('en'), state: { settings: {}, managed: {} }, onSave }), root);
    const input = root.querySelector('input')!;
    input.value = 'http://intranet/p.json';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    root.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    await flush();
    expect(onSave).toHaveBeenCalledWith('http://intranet/p.json');
    const note = root.querySelector('#policy-url-note')!;
    expect(note.getAttribute('role')).toBe('alert');
    expect(note.textContent).toContain('must start with https://');
    expect(input.getAttribute('aria-invalid')).toBe('true');
  });

  it('says "fetching" only until the sync answers, then what it answered: one truthful status', async () => {
    const onSave = vi.fn().mockResolvedValue({ ok: true });
    const savedAt = new Date('2026-11-24T12:00:00Z');
    const show = (status: SharedState['status']) =>
      render(h(PolicyUrlForm, { messages: messagesFor('en'), state: { settings: {}, managed: {}, status }, onSave, now: () => savedAt }), root);
    const before = { checkedAt: '2026-11-24T11:00:00Z', source: 'bundled' as const };
    show(before);
    root.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    await flush();
    const note = () => root.querySelector('#policy-url-note')!.textContent;
    expect(note()).toBe('Saved. Fetching the policy…'); // the status is from before the save
    show({ checkedAt: '2026-11-24T12:00:01Z', source: 'options', error: { kind: 'network', message: 'Could not fetch the policy.' } });
    expect(note()).toBe('Saved, but fetching it failed: see why above. The last good policy stays in force.');
    show({ checkedAt: '2026-11-24T12:05:00Z', source: 'options' });
    expect(note()).toBe('Saved, and fetched: its policy is in force.');
  });

  it('leaves checking the address to Candor: no browser validation bubble over its own message', () => {
    render(h(PolicyUrlForm, { messages: messagesFor('en'), state: { settings: {}, managed: {} }, onSave: vi.fn() }), root);
    expect(root.querySelector('form')!.noValidate).toBe(true);
  });

  it('is labelled "Policy URL" in English and in French', () => {
    render(h(PolicyUrlForm, { messages: messagesFor('fr'), state: { settings: { policyUrl: 'https://a.example/p.json' }, managed: {} }, onSave: vi.fn() }), root);
    expect(root.querySelector('label')!.textContent).toBe('URL de la politique');
    expect(root.querySelector('input')!.value).toBe('https://a.example/p.json');
  });
});

describe('PolicyStatus', () => {
  const state = (status: SharedState['status']): SharedState => ({
    active: { policy: bundledPolicy(), source: 'options', url: 'https://a.example/p.json' },
    settings: {},
    managed: {},
    status,
  });
  const now = new Date('2026-11-24T12:00:00Z');

  it('shows the policy in force, where it came from and when it was checked', () => {
    render(h(PolicyStatus, { state: state({ checkedAt: '2026-11-24T10:00:00Z', source: 'options' }), messages: messagesFor('en'), locale: 'en', now, onRefresh: vi.fn() }), root);
    expect(root.textContent).toContain('Acme social media policy, version 4');
    expect(root.textContent).toContain('From the policy URL you set · Checked 2 hours ago');
    expect(root.querySelector('[role="alert"]')).toBeNull();
  });

  it('says why the last update failed, with every problem, and that the last good policy stays', async () => {
    const failed = state({
      checkedAt: '2026-11-24T11:59:30Z',
      source: 'options',
      error: { kind: 'invalid-policy', message: 'The policy has 2 errors: kept the last good one.', problems: [{ path: '$.colour', message: 'Unknown field "colour".' }, { path: '$.topics[0].action', message: 'Expected one of …' }] },
    });
    const onRefresh = vi.fn();
    render(h(PolicyStatus, { state: failed, messages: messagesFor('en'), locale: 'en', now, onRefresh }), root);
    const alert = root.querySelector('[role="alert"]')!;
    expect(alert.textContent).toContain('Last update failed (now): The policy has 2 errors');
    expect([...alert.querySelectorAll('code')].map((c) => c.textContent)).toEqual(['$.colour', '$.topics[0].action']);
    expect(alert.textContent).toContain('The last good policy stays in force.');
    root.querySelector('button')!.click();
    await vi.waitFor(() => expect(onRefresh).toHaveBeenCalledOnce());
  });

  it('shows the first 50 problems and says how many more there are', () => {
    const problems = Array.from({ length: 50 }, (_, i) => ({ path: `$.k${i}`, message: `Unknown field "k${i}".` }));
    const failed = state({ checkedAt: '2026-11-24T11:59:30Z', source: 'options', error: { kind: 'invalid-policy', message: 'The policy has 70000 errors.', problems, problemCount: 70_000 } });
    render(h(PolicyStatus, { state: failed, messages: messagesFor('fr'), locale: 'fr', now, onRefresh: vi.fn() }), root);
    expect(root.querySelectorAll('[role="alert"] li')).toHaveLength(51);
    expect(root.querySelector('[role="alert"]')!.textContent).toMatch(/…et 69\s950 autres/);
  });

  it('says so when "Refresh now" cannot reach the background, and is busy meanwhile', async () => {
    let fail!: (error: Error) => void;
    const onRefresh = vi.fn(() => new Promise((_, reject) => (fail = reject)));
    render(h(PolicyStatus, { state: state({ checkedAt: '2026-11-24T10:00:00Z', source: 'options' }), messages: messagesFor('en'), locale: 'en', now, onRefresh }), root);
    const button = root.querySelector('button')!;
    button.click();
    await vi.waitFor(() => expect(button.textContent).toBe('Refreshing…'));
    expect(button.disabled).toBe(true);
    fail(new Error('Could not establish connection. Receiving end does not exist.'));
    await vi.waitFor(() => expect(root.querySelector('[role="alert"]')?.textContent).toBe('Could not ask Candor to refresh (Could not establish connection. Receiving end does not exist.). Try again, or restart the browser.'));
    expect(button.textContent).toBe('Refresh now');
  });

  it.each([
    ['2026-11-24T11:59:40Z', 'en', 'now'],
    ['2026-11-24T11:45:00Z', 'en', '15 minutes ago'],
    ['2026-11-24T09:00:00Z', 'fr', 'il y a 3 heures'],
    ['2026-11-20T12:00:00Z', 'en', '4 days ago'],
  ] as const)('relativeTime(%s, %s) = %s', (iso, locale, expected) => {
    expect(relativeTime(iso, now, locale)).toBe(expected);
  });
});

describe('RoleChooser', () => {
  it("names 'All staff' in the language the policy names its roles in", async () => {
    const { readFileSync } = await import('node:fs');
    const { parsePolicyJson } = await import('../../src/policy/parse');
    const { RoleChooser } = await import('../../src/ui/RoleChooser');
    const parsed = parsePolicyJson(readFileSync('rules/dupain.policy.fr.json', 'utf8'));
    if (!parsed.ok) throw new Error('the Dupain policy is invalid');
    const choose = (policy: typeof parsed.policy) =>
      render(h(RoleChooser, { policy, role: undefined, locked: false, locale: 'en', messages: messagesFor('en'), onChoose: vi.fn() }), root);
    choose(parsed.policy); // French only, on an English page
    const labels = () => [...root.querySelectorAll('label strong')].map((s) => s.textContent);
    expect(labels()[0]).toBe('Tous les salariés');
    expect(root.querySelector('label span')!.getAttribute('lang')).toBe('fr');
    choose(bundledPolicy()); // English and French
    expect(labels()[0]).toBe('All staff');
    expect(root.querySelector('label span')!.getAttribute('lang')).toBe('en');
  });
});
