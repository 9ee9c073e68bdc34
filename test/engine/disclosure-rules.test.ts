/**
 * The rules a disclosure exists for (FTC 16 CFR 255.5 and staff guidance), time windows, protected speech and
 * endorsement-only disclosures, as tables in English and French, on the example policies and variants of them.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type AnalysisContext, analyze, compile, type Finding } from '../../src/engine';
import { parsePolicy } from '../../src/policy/parse';
import type { Network } from '../../src/policy/types';
import { withPiece } from '../../src/text/join';
import { weightedLength } from '../../src/text/weighted-length';

type Draft = Record<string, any>;
const read = (file: string): Draft => JSON.parse(readFileSync(new URL(`../../rules/${file}`, import.meta.url), 'utf8'));

function compiled(file: string, change: (p: Draft) => void = () => {}) {
  const policy = read(file);
  change(policy);
  const result = parsePolicy(policy);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return compile(result.policy);
}
const acme = compiled('acme.policy.json');
const dupain = compiled('dupain.policy.fr.json');

function run(draft: string, context: AnalysisContext = {}, policy = acme, role?: string): Finding[] {
  const findings = analyze(draft, policy, role, context);
  for (const f of findings) for (const s of f.spans) expect(draft.slice(s.start, s.end)).toBe(s.text);
  return findings;
}
/** The disclosure finding's kind, or "disclosed". */
const disclosure = (findings: Finding[]) => findings.find((f) => f.ruleId === 'disclosure')?.kind ?? 'disclosed';
const fixOf = (findings: Finding[], kind: string) => findings.find((f) => f.kind === kind)?.fix;

/** Filler prose of exactly `n` characters ending in a space (ASCII or Latin-1, no policy terms). */
const fillerOf = (sentence: string) => (n: number) => `${sentence.repeat(Math.ceil(n / sentence.length) + 1).slice(0, n - 1)} `;
const filler = fillerOf('The new warehouse routing saved us hours every single week. ');
const fillerFr = fillerOf('La nouvelle tournée de livraison nous fait gagner des heures. ');

describe('a disclosure counts only before the network cuts the post', () => {
  // "I work at Acme." is 15 characters, its words 14 (the final stop is not needed to read it); the draft starts
  // with a product mention so the disclosure is asked for.
  const at = (before: number, text = 'I work at Acme.', fill = filler) => `RoadRunner! ${fill(before - 12)}${text}`;
  it.each<{ name: string; draft: string; network: Network | undefined; expected: string }>([
    { name: 'LinkedIn, words end at 210', draft: at(196), network: 'linkedin', expected: 'disclosed' },
    { name: 'LinkedIn, words end at 211', draft: at(197), network: 'linkedin', expected: 'hidden-disclosure' },
    { name: 'LinkedIn, on the third line', draft: `RoadRunner shipped.\n\nI work at Acme.`, network: 'linkedin', expected: 'disclosed' },
    { name: 'LinkedIn, on the fourth line', draft: `RoadRunner shipped.\n\n\nI work at Acme.`, network: 'linkedin', expected: 'hidden-disclosure' },
    { name: 'Facebook, words end at 400', draft: at(386), network: 'facebook', expected: 'disclosed' },
    { name: 'Facebook, words end at 401', draft: at(387), network: 'facebook', expected: 'hidden-disclosure' },
    { name: 'Facebook, on the sixth line', draft: `RoadRunner\n1\n2\n3\n4\nI work at Acme.`, network: 'facebook', expected: 'hidden-disclosure' },
    { name: 'X, words end at 280', draft: at(266), network: 'x', expected: 'disclosed' },
    { name: 'X, words end at 281', draft: at(267), network: 'x', expected: 'hidden-disclosure' },
    { name: 'X counts CJK twice: 150 ideographs first', draft: `RoadRunner ${'物'.repeat(150)} I work at Acme.`, network: 'x', expected: 'hidden-disclosure' },
    { name: 'Facebook counts the same ideographs once', draft: `RoadRunner ${'物'.repeat(150)} I work at Acme.`, network: 'facebook', expected: 'disclosed' },
    { name: 'unknown network: the strictest (LinkedIn)', draft: at(250), network: undefined, expected: 'hidden-disclosure' },
    { name: 'French on LinkedIn, at the start', draft: `Je travaille chez Acme. RoadRunner ! ${fillerFr(500)}`, network: 'linkedin', expected: 'disclosed' },
    { name: 'French on LinkedIn, after 300 characters', draft: at(300, 'Je travaille chez Acme.', fillerFr), network: 'linkedin', expected: 'hidden-disclosure' },
    { name: 'French on X, ends at 280', draft: at(257, 'Je travaille chez Acme.', fillerFr), network: 'x', expected: 'disclosed' },
  ])('$name → $expected', ({ draft, network, expected }) => {
    expect(disclosure(run(draft, network ? { network } : {}))).toBe(expected);
  });

  it('a policy may say how much a network shows', () => {
    const wide = compiled('acme.policy.json', (p) => (p.rules.disclosure.preview = { linkedin: { characters: 600 } }));
    expect(disclosure(run(at(300), { network: 'linkedin' }, wide))).toBe('disclosed');
    expect(disclosure(run(at(300), { network: 'linkedin' }))).toBe('hidden-disclosure');
  });

  it('a 600-character LinkedIn draft with the disclosure at its end still asks for it at the start', () => {
    const draft = `${at(585)}`;
    expect(draft.length).toBe(600);
    const findings = run(draft, { network: 'linkedin' });
    expect(disclosure(findings)).toBe('hidden-disclosure');
    expect(fixOf(findings, 'hidden-disclosure')).toEqual({ type: 'insert', text: 'I work at Acme.', placement: 'start' });
  });

  it('disclaimers may stay at the end', () => {
    const findings = run(`I work at Acme. RoadRunner! ${filler(500)} Views are my own.`, { network: 'linkedin' });
    expect(findings.filter((f) => f.kind !== 'product-mention' && f.kind !== 'employer-mention')).toEqual([]);
  });
});

describe('not lost in a trailing run of hashtags', () => {
  it.each<{ name: string; draft: string; expected: string; locale?: string }>([
    { name: 'third of three trailing hashtags', draft: 'RoadRunner 3 is out. #logistics #robots #AcmeEmployee', expected: 'hidden-disclosure' },
    { name: 'first of three trailing hashtags', draft: 'RoadRunner 3 is out. #AcmeEmployee #logistics #robots', expected: 'hidden-disclosure' },
    { name: 'punctuation between and after them', draft: 'RoadRunner 3 is out! #logistics, #robots, #AcmeEmployee.', expected: 'hidden-disclosure' },
    { name: 'two trailing hashtags are not a cluster', draft: 'RoadRunner 3 is out. #robots #AcmeEmployee', expected: 'disclosed' },
    { name: 'a cluster at the start is read first', draft: '#AcmeEmployee #logistics #robots RoadRunner 3 is out.', expected: 'disclosed' },
    { name: 'a sentence before the hashtags is seen', draft: 'RoadRunner 3 is out. I work at Acme. #logistics #robots #ai', expected: 'disclosed' },
    { name: 'French hashtag in a cluster', draft: 'Le RoadRunner 3 est sorti. #logistique #robots #SalariéAcme', expected: 'hidden-disclosure', locale: 'fr' },
    { name: 'French hashtag alone at the end', draft: 'Le RoadRunner 3 est sorti. #SalariéAcme', expected: 'disclosed', locale: 'fr' },
    { name: 'an emoji after the group', draft: 'RoadRunner 3 is out. #AcmeEmployee #robots #launch 🚀', expected: 'hidden-disclosure' },
    { name: 'an emoji inside the group', draft: 'RoadRunner 3 is out. #AcmeEmployee 🚀 #robots #launch', expected: 'hidden-disclosure' },
    { name: 'a link in the group', draft: 'RoadRunner 3 is out. #AcmeEmployee #robots https://acme.com/rr', expected: 'hidden-disclosure' },
    { name: 'a mention in the group', draft: 'RoadRunner 3 is out. #AcmeEmployee #launch @acme', expected: 'hidden-disclosure' },
    { name: 'separators between tags', draft: 'RoadRunner 3 is out. #AcmeEmployee | #robots | #launch', expected: 'hidden-disclosure' },
    { name: 'a post of hashtags only, the disclosure first', draft: '#AcmeEmployee #RoadRunner #launch #robots', expected: 'disclosed' },
  ])('$name → $expected', ({ draft, expected, locale }) => {
    expect(disclosure(run(draft, { network: 'x', ...(locale && { locale }) }))).toBe(expected);
  });

  it.each([
    ['x', 'RoadRunner 3 is out. #logistics #robots #AcmeEmployee'],
    ['x', '#RoadRunner #launch #robots #AcmeEmployee'],
    ['x', '#employee RoadRunner 3 is out.'],
    ['linkedin', `RoadRunner! ${'The new warehouse routing saved us hours every single week. '.repeat(5)}I work at Acme.`],
    ['facebook', `RoadRunner\n1\n2\n3\n4\nI work at Acme.`],
    ['x', 'RoadRunner rocks'],
  ] as const)('on %s, the fix offered for %j settles the disclosure', (network, draft) => {
    const finding = run(draft, { network }).find((f) => f.ruleId === 'disclosure')!;
    expect(finding.fix?.type).toBe('insert');
    const fix = finding.fix as { text: string; placement: 'start' | 'end' };
    expect(disclosure(run(withPiece(draft, fix.text, fix.placement), { network }))).toBe('disclosed');
  });

  it('a policy that puts a hashtag disclosure at the end puts it at the start when the end is a group of tags', () => {
    const atEnd = compiled('acme.policy.json', (p) => {
      p.rules.disclosure.placement = 'end';
      p.rules.disclosure.text = '#{company}Employee';
    });
    expect(fixOf(run('Love the RoadRunner! #robots #ai', { network: 'linkedin' }, atEnd), 'missing-disclosure')).toEqual({ type: 'insert', text: '#AcmeEmployee', placement: 'start' });
    expect(fixOf(run('Love the RoadRunner!', { network: 'linkedin' }, atEnd), 'missing-disclosure')).toEqual({ type: 'insert', text: '#AcmeEmployee', placement: 'end' });
  });

  it('offers to move the user\'s own hashtag to the start', () => {
    const findings = run('RoadRunner 3 is out. #logistics #robots #AcmeEmployee', { network: 'x' });
    expect(fixOf(findings, 'hidden-disclosure')).toEqual({ type: 'insert', text: '#AcmeEmployee', placement: 'start' });
  });

  it('offers the policy\'s sentence when the hidden wording is a sentence', () => {
    const findings = run(`RoadRunner! ${filler(300)} Je travaille chez Acme.`, { network: 'linkedin', locale: 'fr' });
    expect(fixOf(findings, 'hidden-disclosure')).toEqual({ type: 'insert', text: 'Je travaille chez Acme.', placement: 'start' });
  });
});

describe('clear, not vague: the disclosure names the company', () => {
  it.each<{ name: string; draft: string; locale: string; expected: string; text: string }>([
    { name: '#employee', draft: '#employee Loving the RoadRunner update.', locale: 'en', expected: 'weak-disclosure', text: 'I work at Acme.' },
    { name: '#salarié', draft: '#salarié Le RoadRunner est génial.', locale: 'fr', expected: 'weak-disclosure', text: 'Je travaille chez Acme.' },
    { name: '#AcmeEmployee', draft: '#AcmeEmployee Loving the RoadRunner update.', locale: 'en', expected: 'disclosed', text: '' },
    { name: '#SalariéAcme', draft: '#SalariéAcme Le RoadRunner est génial.', locale: 'fr', expected: 'disclosed', text: '' },
    { name: 'vague at the start, clear past the cut', draft: `#employee RoadRunner! ${filler(300)} I work at Acme.`, locale: 'en', expected: 'weak-disclosure', text: 'I work at Acme.' },
  ])('$name ($locale) → $expected', ({ draft, locale, expected, text }) => {
    const findings = run(draft, { network: 'linkedin', locale });
    expect(disclosure(findings)).toBe(expected);
    if (text) expect(fixOf(findings, expected)).toEqual({ type: 'insert', text, placement: 'start' });
  });

  it('the weak finding points at the vague wording', () => {
    const findings = run('Great RoadRunner release #employee', { network: 'x' });
    expect(findings.find((f) => f.kind === 'weak-disclosure')!.spans.map((s) => s.text)).toEqual(['#employee']);
  });

  it('a vague wording listed among the variants is still weak', () => {
    const lax = compiled('acme.policy.json', (p) => p.rules.disclosure.variants.push('#staff'));
    expect(disclosure(run('#staff RoadRunner rocks', {}, lax))).toBe('weak-disclosure');
  });
});

describe("within X's limit", () => {
  // "I work at Acme. " adds 16; the short form "#AcmeEmployee " adds 14.
  const draftOf = (length: number) => {
    const draft = `RoadRunner ${filler(length - 11)}`;
    expect(weightedLength(draft)).toBe(length);
    return draft;
  };
  it.each<{ length: number; network: Network; fix: object }>([
    { length: 264, network: 'x', fix: { text: 'I work at Acme.' } },
    { length: 265, network: 'x', fix: { text: '#AcmeEmployee', shortened: true } },
    { length: 266, network: 'x', fix: { text: '#AcmeEmployee', shortened: true } },
    { length: 267, network: 'x', fix: { text: '#AcmeEmployee', shortened: true, overLimit: { length: 281, limit: 280 } } },
    { length: 279, network: 'x', fix: { text: '#AcmeEmployee', shortened: true, overLimit: { length: 293, limit: 280 } } },
    { length: 265, network: 'linkedin', fix: { text: 'I work at Acme.' } },
  ])('$length weighted characters on $network → $fix', ({ length, network, fix }) => {
    // A long draft has its disclosure judged missing whatever the network, so the fix is always on offer.
    const found = fixOf(run(draftOf(length), { network }), 'missing-disclosure');
    expect(found).toEqual({ type: 'insert', placement: 'start', ...fix });
  });

  it('never offers a text that passes 280 without saying so', () => {
    for (let length = 200; length <= 280; length++) {
      const draft = draftOf(length);
      for (const f of run(draft, { network: 'x' })) {
        if (f.fix?.type !== 'insert') continue;
        const result = withPiece(draft, f.fix.text, f.fix.placement);
        if (weightedLength(result) > 280) expect(f.fix.overLimit, `${length} ${f.kind}`).toEqual({ length: weightedLength(result), limit: 280 });
        else expect(f.fix.overLimit).toBeUndefined();
      }
    }
  });

  it('the disclaimer has its short form too, in French', () => {
    const draft = `Le RoadRunner ${fillerFr(254)}`;
    expect(weightedLength(draft)).toBe(268);
    expect(fixOf(run(draft, { network: 'x', locale: 'fr' }), 'missing-disclaimer')).toEqual({ type: 'insert', text: 'Avis perso.', placement: 'end', shortened: true });
  });

  it('a draft already past 280 is from an account allowed longer posts: no limit applies', () => {
    expect(fixOf(run(draftOf(300), { network: 'x' }), 'missing-disclosure')).toEqual({ type: 'insert', text: 'I work at Acme.', placement: 'start' });
  });
});

describe('time windows', () => {
  const quiet = 'Big things coming for Acme this quarter';
  const topics = (draft: string, at: string) => run(draft, { now: Date.parse(at) }).filter((f) => f.ruleId.startsWith('topic:')).map((f) => f.kind);
  it.each<[string, string[]]>([
    ['2027-01-03T23:59:59.999-08:00', []],
    ['2027-01-04T00:00:00-08:00', ['avoid']],
    ['2027-01-04T08:00:00Z', ['avoid']], // the same moment, another time zone
    ['2027-01-04T09:00:00+01:00', ['avoid']],
    ['2027-01-04T07:59:59Z', []],
    ['2027-01-28T12:59:59-08:00', ['avoid']],
    ['2027-01-28T21:00:00Z', []], // activeUntil is excluded: 13:00 in California
    ['2027-01-28T22:00:00+01:00', []],
  ])('the quiet period at %s → %j', (at, expected) => {
    expect(topics(quiet, at)).toEqual(expected);
  });

  it.each<[string, string, string]>([
    ['Coyote X', '2027-03-15T15:59:59Z', 'unreleased-product'],
    ['Coyote X', '2027-03-15T16:00:00Z', 'product-mention'],
    ['Coyote X', '2027-03-15T17:00:00+01:00', 'product-mention'],
    ['Skylark', '2099-01-01T00:00:00Z', 'confidential-product'],
  ])('%s at %s is a %s', (name, at, kind) => {
    expect(run(`${name} is great`, { now: Date.parse(at) }).map((f) => f.kind)).toContain(kind);
  });

  it('French policy: Pain Lune before and after its announcement (Paris time)', () => {
    const kinds = (at: string) => run('Le Pain Lune arrive', { now: Date.parse(at) }, dupain).map((f) => f.kind);
    expect(kinds('2027-02-01T07:59:00+01:00')).toContain('unreleased-product');
    expect(kinds('2027-02-01T07:00:00Z')).toContain('product-mention');
  });
});

describe('protected speech', () => {
  it.each<[string, AnalysisContext, string]>([
    ['Acme wages have not moved in three years.', {}, 'workplace-rights'],
    ['Les salaires chez Acme stagnent.', { locale: 'fr' }, 'workplace-rights'],
  ])('%s → shows the right, never advises against it', (draft, context, id) => {
    const found = run(draft, context).find((f) => f.kind === 'protected')!;
    expect(found.subject!.id).toBe(id);
    expect(found.fix).toBeUndefined();
    expect(found.severity).toBe('info');
  });

  it('French policy: a strike is the employee\'s to talk about, for staff; management asks HR', () => {
    expect(run('Grève chez Dupain demain', {}, dupain).map((f) => f.kind)).toContain('protected');
    expect(run('Grève chez Dupain demain', {}, dupain, 'direction').map((f) => f.kind)).toContain('needs-approval');
  });

  it('another topic listing the same words says nothing about them; about other words it still does', () => {
    const both = compiled('acme.policy.json', (p) =>
      p.topics.push({ id: 'morale', label: 'Morale', terms: ['layoffs', 'morale'], action: 'avoid', severity: 'warn', why: 'Careful.' }),
    );
    const kinds = (draft: string) => run(draft, {}, both).filter((f) => f.ruleId.startsWith('topic:')).map((f) => f.kind);
    expect(kinds('Acme layoffs announced')).toEqual(['protected']);
    expect(kinds('Acme morale is low')).toEqual(['avoid']);
    expect(kinds('Acme layoffs hurt morale').sort()).toEqual(['avoid', 'protected']);
  });
});

describe('endorsements, not mere mentions (Dupain asks only for endorsements)', () => {
  it.each<[string, string]>([
    ['On croise des collègues de chez Dupain au marché.', 'disclosed'],
    ['Dupain fait le meilleur pain, je vous recommande d\'y passer !', 'missing-disclosure'],
    ['Goûtez la Croustille, un délice.', 'missing-disclosure'], // a product: promotion
    ['Les horaires de Dupain sont sur dupain.example/horaires', 'missing-disclosure'], // a link to the company
    ['Dupain: go try it!', 'missing-disclosure'],
    ['Farinette fait du pain moins bon que nous.', 'disclosed'],
  ])('%s → %s', (draft, expected) => {
    expect(disclosure(run(draft, { network: 'facebook' }, dupain))).toBe(expected);
  });

  it('Acme asks on every mention', () => {
    expect(disclosure(run('Bumped into Acme colleagues at the market.', {}))).toBe('missing-disclosure');
  });
});
