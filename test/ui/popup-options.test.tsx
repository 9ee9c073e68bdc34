// @vitest-environment happy-dom
import { h, render } from 'preact';
import { setBody, userClick } from '../dom';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { compile } from '../../src/engine/compile';
import { roleChanges } from '../../src/policy/roles';
import { bundledPolicy } from '../../src/policy/bundled';
import type { SharedState } from '../../src/store/state';
import { Options, type OptionsProps } from '../../src/ui/options/Options';
import { pageContext } from '../../src/ui/page-context';
import { Popup } from '../../src/ui/popup/Popup';
import { Welcome } from '../../src/ui/welcome/Welcome';

const policy = bundledPolicy();
const state = (over: Partial<SharedState> = {}): SharedState => ({
  active: { policy, source: 'bundled' },
  settings: {},
  managed: {},
  status: { checkedAt: '2026-11-24T10:00:00Z', source: 'bundled' },
  ...over,
});
const now = new Date('2026-11-24T12:00:00Z');
let root: HTMLElement;
beforeEach(() => {
  setBody('<div id="root"></div>');
  root = document.getElementById('root')!;
});
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));
const section = (title: string) => [...root.querySelectorAll('section')].find((s) => s.querySelector('h2, h3')?.textContent === title);
/** The role the popup's select shows. */
const roleShown = () => {
  const select = root.querySelector<HTMLSelectElement>('select#role')!;
  return select.options[select.selectedIndex]!.textContent;
};

describe('roleChanges', () => {
  const compiled = compile(policy);
  it.each([
    ['spokesperson', ['corporateAccount', 'disclaimer', 'disclosure'], []],
    ['customer-service', ['disclaimer', 'disclosure', 'productMention'], ['unannounced-plans']],
    ['executive', ['corporateAccount', 'disclaimer', 'disclosure'], ['stock']],
  ])('%s changes rules %j and topics %j', (role, rules, topics) => {
    const changes = roleChanges(compiled.base, compiled.roles.get(role)!);
    expect([...changes.rules].sort()).toEqual(rules);
    expect([...changes.topics]).toEqual(topics);
  });
});

describe('Popup', () => {
  const show = (s: SharedState, onCopy = vi.fn().mockResolvedValue(undefined)) => {
    render(h(Popup, { page: pageContext(s, 'en-US'), now, onRefresh: vi.fn(), onCopy, onChangesSeen: vi.fn(), onChooseRole: vi.fn(), optionsUrl: 'options.html' }), root);
    return onCopy;
  };

  it('reads the policy for all staff', () => {
    show(state());
    expect(root.querySelector('h1')!.textContent).toBe('Acme social media policy');
    expect(root.querySelector('label[for="role"]')!.textContent).toBe('Your role');
    expect(roleShown()).toBe('All staff');
    expect(section('Ask first')!.textContent).toContain('Financial results');
    expect(section('Ask first')!.textContent).not.toContain('Acme stock');
    expect(section('Best avoided')!.textContent).toContain('Legal matters');
    expect(section('What this covers')!.textContent).toContain('Coyote X (not yet announced)');
    expect(root.querySelectorAll('.badge:not(.demo)')).toHaveLength(0);
  });

  it('says the demo policy is one, and how to set the company’s; a company’s own policy says nothing of the sort', () => {
    show(state());
    expect(root.querySelector('.badge.demo')!.textContent).toBe('Demo');
    expect(root.querySelector('.demo-note')!.textContent).toBe('A demo, for a fictional company: not your employer. Set your company’s policy');
    expect(root.querySelector('.demo-note a')!.getAttribute('href')).toBe('options.html');
    show(state({ active: { policy, source: 'options', url: 'https://intranet.acme.example/p.json' } }));
    expect(root.querySelector('.badge.demo')).toBeNull();
    expect(root.querySelector('.demo-note')).toBeNull();
    expect([...root.querySelectorAll('header a')].map((a) => a.textContent)).toEqual(['Options']);
  });

  it('changes the role from the popup', () => {
    const onChooseRole = vi.fn();
    render(h(Popup, { page: pageContext(state(), 'en-US'), now, onRefresh: vi.fn(), onCopy: vi.fn(), onChangesSeen: vi.fn(), onChooseRole, optionsUrl: 'options.html' }), root);
    const select = root.querySelector<HTMLSelectElement>('select#role')!;
    select.value = 'executive';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    expect(onChooseRole).toHaveBeenCalledWith('executive');
  });

  it('shows what the role changes, marked as such', () => {
    show(state({ settings: { role: 'executive' } }));
    expect(roleShown()).toBe('Executive');
    const askFirst = section('Ask first')!;
    const stock = [...askFirst.querySelectorAll('li')].find((li) => li.textContent!.includes('Acme stock'))!;
    expect(stock.querySelector('.badge')!.textContent).toBe('For your role');
    expect(stock.querySelector('a')!.getAttribute('href')).toBe('mailto:legal@acme.com');
    expect(section('What to add to your posts')!.textContent).toContain('Not needed for your role.');
  });

  it('the organisation’s role wins over the one chosen in options', () => {
    show(state({ settings: { role: 'spokesperson' }, managed: { role: 'customer-service' } }));
    expect(root.textContent).toContain('Your role: Customer service');
    expect(section('What to add to your posts')!.textContent).toContain('Acme support here.');
  });

  it('copies the disclaimer', async () => {
    const onCopy = show(state());
    const copy = [...section('What to add to your posts')!.querySelectorAll('button')][1]!;
    copy.click();
    await flush();
    expect(onCopy).toHaveBeenCalledWith('Views are my own.');
    expect(copy.textContent).toBe('Copied');
  });

  it('checks a draft and applies a fix to it', async () => {
    show(state());
    const area = root.querySelector('textarea')!;
    area.value = 'Acme rocks';
    area.dispatchEvent(new Event('input', { bubbles: true }));
    await flush();
    const add = [...root.querySelectorAll('button')].find((b) => b.textContent === 'Add disclosure')!;
    userClick(add);
    await flush();
    expect(area.value).toBe('I work at Acme. Acme rocks');
    expect([...root.querySelectorAll('button')].some((b) => b.textContent === 'Add disclosure')).toBe(false);
  });

  it('shows what is in force now and what changes next', () => {
    show(state());
    expect(section('Best avoided')!.textContent).not.toContain('Q4 quiet period');
    expect(section('Yours to discuss')!.textContent).toContain('You may discuss pay, working conditions and unions');
    const next = [...root.querySelectorAll('section')].find((s) => s.querySelector('h3')?.textContent?.startsWith('Next change'))!;
    expect(next.querySelector('h3')!.textContent).toBe('Next change: Jan 4, 2027, 8:00 AM');
    expect(next.textContent).toContain('"Q4 quiet period" starts');
    expect(section('What to add to your posts')!.textContent).toContain('On X, when space is short: #AcmeEmployee');
  });

  it.each([
    ['2027-01-10T12:00:00Z', 'Jan 28, 2027, 9:00 PM', '"Q4 quiet period" ends', 'Coyote X (not yet announced)'],
    ['2027-02-01T12:00:00Z', 'Mar 15, 2027, 4:00 PM', 'Coyote X is announced and counts as released', 'Coyote X (not yet announced)'],
    ['2027-03-15T16:00:00Z', undefined, undefined, 'Coyote X (released)'],
  ])('at %s: next change %s', (at, when, change, coyote) => {
    render(h(Popup, { page: pageContext(state(), 'en-US'), now: new Date(at), onRefresh: vi.fn(), onCopy: vi.fn(), onChangesSeen: vi.fn(), onChooseRole: vi.fn(), optionsUrl: 'options.html' }), root);
    const quiet = section('Best avoided')!.textContent!;
    if (at.startsWith('2027-01-10')) expect(quiet).toContain('Q4 quiet period');
    else expect(quiet).not.toContain('Q4 quiet period');
    const next = [...root.querySelectorAll('section')].find((s) => s.querySelector('h3')?.textContent?.startsWith('Next change'));
    if (when) {
      expect(next!.querySelector('h3')!.textContent).toBe(`Next change: ${when}`);
      expect(next!.textContent).toContain(change);
    } else expect(next).toBeUndefined();
    expect(section('What this covers')!.textContent).toContain(coyote);
  });

  it('says when a dated topic ends, in French', () => {
    render(h(Popup, { page: pageContext(state({ settings: { locale: 'fr' } }), 'en-US'), now: new Date('2027-01-10T12:00:00Z'), onRefresh: vi.fn(), onCopy: vi.fn(), onChangesSeen: vi.fn(), onChooseRole: vi.fn(), optionsUrl: 'options.html' }), root);
    expect(section('À éviter')!.textContent).toMatch(/Période de silence du T4.*Jusqu’au 28 janv\. 2027/s);
    expect(section('Vous pouvez en parler')!.textContent).toContain('Salaires, conditions de travail et syndicats');
  });

  it('speaks French when asked, with the French texts of the policy', () => {
    show(state({ settings: { locale: 'fr' } }));
    expect(root.querySelector('h1')!.textContent).toBe("Politique réseaux sociaux d'Acme");
    expect(section('À ajouter à vos publications')!.textContent).toContain("Mes opinions n'engagent que moi.");
  });
});

describe('Options', () => {
  const show = (s: SharedState) => {
    const props: OptionsProps = {
      page: pageContext(s, 'en-US'),
      now,
      onRefresh: vi.fn(),
      onSavePolicyUrl: vi.fn(),
      onChange: vi.fn(),
      onReset: vi.fn(),
    };
    render(h(Options, props), root);
    return props;
  };
  const radio = (name: string, value: string) => root.querySelector<HTMLInputElement>(`input[name="${name}"][value="${value}"]`)!;

  it('saves a role at once', () => {
    const props = show(state());
    expect(radio('role', '').checked).toBe(true);
    radio('role', 'executive').click();
    expect(props.onChange).toHaveBeenCalledWith({ role: 'executive' });
  });

  it('leads policy authors to the studio, in a tab of its own', () => {
    show(state());
    const link = [...root.querySelectorAll('a')].find((a) => a.textContent === 'Write or edit a policy')!;
    expect(link.getAttribute('href')).toBe('studio.html');
    expect(link.getAttribute('target')).toBe('_blank');
  });

  it('locks the role when the organisation sets it, and says why', () => {
    show(state({ managed: { role: 'spokesperson' } }));
    expect(radio('role', 'spokesperson').checked).toBe(true);
    expect([...root.querySelectorAll<HTMLInputElement>('input[name="role"]')].every((r) => r.disabled)).toBe(true);
    expect(root.textContent).toContain('Your organisation set your role');
  });

  it('switches language and networks, and resets', () => {
    const props = show(state({ settings: { disabledNetworks: ['facebook'] } }));
    radio('language', 'fr').click();
    expect(props.onChange).toHaveBeenCalledWith({ locale: 'fr' });
    const boxes = [...root.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
    expect(boxes.map((b) => b.checked)).toEqual([true, true, false]);
    boxes[0]!.click();
    expect(props.onChange).toHaveBeenCalledWith({ disabledNetworks: ['facebook', 'x'] });
    [...root.querySelectorAll('button')].find((b) => b.textContent === 'Reset to defaults')!.click();
    expect(props.onReset).toHaveBeenCalledOnce();
  });
});

describe('Welcome', () => {
  const show = (s: SharedState, browserLanguage = 'en-US') => {
    const onChooseRole = vi.fn();
    render(h(Welcome, { page: pageContext(s, browserLanguage), now, onRefresh: vi.fn(), onChooseRole, onSavePolicyUrl: vi.fn(), optionsUrl: 'options.html' }), root);
    return onChooseRole;
  };

  it('says what Candor does in three sentences, promises privacy, and lets you pick a role', () => {
    const onChooseRole = show(state());
    expect(root.querySelector('h1')!.textContent).toBe('Welcome to Candor');
    expect(root.querySelectorAll('section')[0]!.querySelectorAll('p')).toHaveLength(4);
    expect(root.textContent).toContain('Nothing you type is ever sent anywhere.');
    root.querySelector<HTMLInputElement>('input[name="role"][value="customer-service"]')!.click();
    expect(onChooseRole).toHaveBeenCalledWith('customer-service');
    expect(root.textContent).toContain('Demo policy bundled with Candor');
    expect(root.querySelector('textarea')).not.toBeNull(); // the "try it" box
  });

  it('says the demo is one, and takes the company’s policy address there and then (with a way to the other settings)', () => {
    show(state());
    expect(root.querySelector('.demo-note')!.textContent).toMatch(/^This is Candor’s demo policy, for Acme, a company that does not exist/);
    expect(root.querySelector('label[for="policy-url"]')!.textContent).toBe('Policy URL');
    expect(root.querySelector<HTMLInputElement>('#policy-url')!.readOnly).toBe(false);
    expect(root.querySelector('a[href="options.html"]')!.textContent).toBe('More settings: language, networks, reset');
  });

  it('shows the address IT set, read-only, and no demo note once a company policy is in force', () => {
    show(state({ active: { policy, source: 'managed', url: 'https://intranet.acme.example/p.json' }, managed: { policyUrl: 'https://intranet.acme.example/p.json' } }));
    expect(root.querySelector('.demo-note')).toBeNull();
    expect(root.querySelector<HTMLInputElement>('#policy-url')!.readOnly).toBe(true);
    expect(root.textContent).toContain('Set by your organisation');
  });

  it('skips the role when the organisation has set it', () => {
    show(state({ managed: { role: 'executive' } }));
    expect(root.querySelector('input[name="role"]')).toBeNull();
  });

  it('welcomes in French', () => {
    show(state(), 'fr-FR');
    expect(root.querySelector('h1')!.textContent).toBe('Bienvenue dans Candor');
    expect(root.textContent).toContain('Rien de ce que vous tapez n’est jamais envoyé.');
  });
});

describe('Popup: scenarios, what changed, feedback', () => {
  const show = (s: SharedState) => {
    const onChangesSeen = vi.fn();
    render(h(Popup, { page: pageContext(s, 'en-US'), now, onRefresh: vi.fn(), onCopy: vi.fn(), onChangesSeen, onChooseRole: vi.fn(), optionsUrl: 'options.html' }), root);
    return onChangesSeen;
  };
  const cards = () => [...root.querySelectorAll('section[aria-labelledby="scenarios-title"] li')];

  it('shows the scenarios for everyone, with the policy’s verdict beside Candor’s', () => {
    show(state());
    const q3 = cards().find((li) => li.textContent!.includes('Sharing our Q3 numbers'))!;
    expect(q3.querySelector('.verdicts')!.textContent).toBe('The policy says: Ask first · Candor says: Ask first ✓');
    expect(cards().some((li) => li.textContent!.includes('The share price (executives)'))).toBe(false);
    const link = q3.querySelector<HTMLAnchorElement>('a.seems-wrong')!;
    expect(decodeURIComponent(link.href)).not.toContain('Rule:'); // the rule and role are added at click time
    let followed = '';
    link.addEventListener('click', (event) => {
      followed = decodeURIComponent((event.currentTarget as HTMLAnchorElement).href);
      event.preventDefault();
    });
    userClick(link);
    expect(followed).toContain('Rule: scenario:q3-numbers');
  });

  it('adds the scenarios written for your role', () => {
    show(state({ settings: { role: 'executive' } }));
    const card = cards().find((li) => li.textContent!.includes('The share price (executives)'))!;
    expect(card.querySelector('.verdicts')!.textContent).toContain('Ask first ✓');
  });

  it('says what changed in a new version, with a dot until opened', () => {
    const previous = structuredClone(policy);
    const current = {
      ...structuredClone(policy),
      version: '5',
      topics: policy.topics.map((t) => (t.id === 'stock' ? { ...t, action: 'needs-approval' as const, approver: { name: 'Legal', contact: 'mailto:legal@acme.com' } } : t)),
      competitors: [...policy.competitors, { id: 'hooli', name: 'Hooli', aliases: [], handles: {}, hashtags: [], tickers: [], domains: [] }],
      changelog: [{ version: '5', changes: 'Hooli is now a competitor.' }],
    };
    const onChangesSeen = show(state({ active: { policy: current, source: 'bundled' }, previous }));
    const details = root.querySelector('details.what-changed')!;
    expect(details.querySelector('summary')!.textContent).toBe('What changed in version 5');
    expect(details.querySelector('.new-dot')).not.toBeNull();
    expect(details.textContent).toContain('Hooli is now a competitor.');
    expect(details.textContent).toContain('Now covered: Hooli');
    expect(details.textContent).toContain('Acme stock: was "allowed", now "ask first"');
    (details as HTMLDetailsElement).open = true;
    details.dispatchEvent(new Event('toggle'));
    expect(onChangesSeen).toHaveBeenCalledWith('5');
  });

  it('shows no dot once that version was opened, and nothing when the version did not change', () => {
    show(state({ active: { policy: { ...policy, version: '5' }, source: 'bundled' }, previous: policy, changesSeen: '5' }));
    expect(root.querySelector('.new-dot')).toBeNull();
    show(state({ previous: policy }));
    expect(root.querySelector('details.what-changed')).toBeNull();
  });
});


describe('Popup: a proposed change', () => {
  const proposal = { summary: { en: 'Corporate accounts for every team.', fr: 'Des comptes d’entreprise pour chaque équipe.' }, until: '2026-11-24', comment: 'https://intranet.acme.example/consult' };
  const show = (until: string, browserLanguage = 'en-US') => {
    const s = state({ active: { policy: { ...policy, proposal: { ...proposal, until } }, source: 'bundled' } });
    render(h(Popup, { page: pageContext(s, browserLanguage), now, onRefresh: vi.fn(), onCopy: vi.fn(), onChangesSeen: vi.fn(), onChooseRole: vi.fn(), optionsUrl: 'options.html' }), root);
    return root.querySelector('section.proposal');
  };

  it('shows the summary and where to comment until the end of the last day, before the whole policy', () => {
    const box = show('2026-11-24')!;
    expect(box.querySelector('h2')!.textContent).toBe('Proposed change — open for comments until November 24, 2026');
    expect(box.textContent).toContain('Corporate accounts for every team.');
    const link = box.querySelector('a')!;
    expect(link.textContent).toBe('Comment');
    expect(link.getAttribute('href')).toBe('https://intranet.acme.example/consult');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(box.compareDocumentPosition(root.querySelector('details.reference')!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('speaks the reader’s language', () => {
    const box = show('2026-12-01', 'fr-FR')!;
    expect(box.querySelector('h2')!.textContent).toBe('Modification proposée — avis ouverts jusqu’au 1 décembre 2026');
    expect(box.textContent).toContain('Des comptes d’entreprise pour chaque équipe.');
  });

  it('shows nothing from a stored proposal that no longer reads as one (storage is re-checked, not trusted)', () => {
    const s = state({ active: { policy: { ...policy, proposal: { ...proposal, comment: 'javascript:alert(1)' } }, source: 'bundled' } });
    render(h(Popup, { page: pageContext(s, 'en-US'), now, onRefresh: vi.fn(), onCopy: vi.fn(), onChangesSeen: vi.fn(), onChooseRole: vi.fn(), optionsUrl: 'options.html' }), root);
    expect(root.querySelector('section.proposal')).toBeNull();
    expect(show(42 as unknown as string)).toBeNull();
  });

  it('hides it once the date has passed, and when there is none', () => {
    expect(show('2026-11-23')).toBeNull();
    render(h(Popup, { page: pageContext(state(), 'en-US'), now, onRefresh: vi.fn(), onCopy: vi.fn(), onChangesSeen: vi.fn(), onChooseRole: vi.fn(), optionsUrl: 'options.html' }), root);
    expect(root.querySelector('section.proposal')).toBeNull();
  });
});
