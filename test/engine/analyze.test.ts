import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type AnalysisContext, analyze, compile, type Finding } from '../../src/engine';
import { parsePolicyJson } from '../../src/policy/parse';

function load(file: string) {
  const result = parsePolicyJson(readFileSync(new URL(`../../rules/${file}`, import.meta.url), 'utf8'));
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return compile(result.policy);
}

const acme = load('acme.policy.json');
const dupain = load('dupain.policy.fr.json');

/** Findings, after checking that every span is exactly the original text at its offsets. */
function run(draft: string, role?: string, context?: AnalysisContext, compiled = acme): Finding[] {
  const findings = analyze(draft, compiled, role, context);
  for (const f of findings) for (const s of f.spans) expect(draft.slice(s.start, s.end)).toBe(s.text);
  return findings;
}
const kinds = (findings: Finding[]) => findings.map((f) => f.kind).sort();
const spansOf = (findings: Finding[], kind: string) => findings.find((f) => f.kind === kind)?.spans.map((s) => s.text);

describe('mentions of the employer', () => {
  it.each([
    ['ACME is hiring', 'ACME'],
    ['Proud of Acmé today', 'Acmé'],
    ['Proud of Acme\u0301 today', 'Acme\u0301'],
    ['Thanks @acme for the swag', '@acme'],
    ['Thanks @AcmeSupport!', '@AcmeSupport'],
    ['Fun day #AcmeLife', '#AcmeLife'],
    ['Fun day #TeamAcmeRocks', '#TeamAcme'],
    ['Apply at acme.com/careers today', 'acme.com'],
    ['Apply at https://www.acme.com/careers', 'acme.com'],
    ["Je suis fier de l'Acme", 'Acme'],
    ['Je suis fier de l’Acme', 'Acme'],
    ["Acme's new office", 'Acme'],
    ['Bought more $ACME', '$ACME'],
    ['ＡＣＭＥ ＲＯＢＯＴＩＣＳ', 'ＡＣＭＥ ＲＯＢＯＴＩＣＳ'],
    ['Working at Acme Robotics', 'Acme Robotics'],
    ['#LoveAcme', 'Acme'],
    ['#Acme2026', 'Acme'],
    ['Ac\u200Bme is great', 'Ac\u200Bme'],
  ])('%j mentions the employer as %j', (draft, span) => {
    const findings = run(draft);
    expect(spansOf(findings, 'employer-mention')).toEqual([span]);
  });

  it.each([
    'Acmesoft shipped a thing',
    'I love acmeology',
    'Follow @acmefan',
    'notacme.com is not us',
    'Say hi to @acme_fan',
    'AcmeCorp without a hashtag is one word',
    '#acmehistory',
    'Nothing to see here',
  ])('%j does not mention the employer', (draft) => {
    expect(run(draft)).toEqual([]);
  });
});

describe('disclaimer and disclosure', () => {
  it('asks for both when the employer is mentioned, disclosure first in severity order, fixes ready to insert', () => {
    const findings = run('Our new robot at Acme is amazing');
    expect(kinds(findings)).toEqual(['employer-mention', 'missing-disclaimer', 'missing-disclosure']);
    const disclaimer = findings.find((f) => f.kind === 'missing-disclaimer')!;
    expect(disclaimer.fix).toEqual({ type: 'insert', text: 'Views are my own.', placement: 'end' });
    expect(disclaimer.severity).toBe('warn');
    expect(disclaimer.spans.map((s) => s.text)).toEqual(['Acme']);
    const disclosure = findings.find((f) => f.kind === 'missing-disclosure')!;
    expect(disclosure.fix).toEqual({ type: 'insert', text: 'I work at Acme.', placement: 'start' });
    expect(findings.at(-1)!.kind).toBe('employer-mention'); // warnings before information
  });

  it.each([
    ['I work at Acme. RoadRunner rocks! Views are my own.'],
    ['RoadRunner rocks! #employee — opinions are my own'],
    ['I work for Acme Corp and RoadRunner rocks (views my own)'],
    ['Acme employee here: RoadRunner rocks. All opinions are my own!'],
    ["Je travaille chez Acme : RoadRunner est top. Mes opinions n'engagent que moi."],
    ['Je travaille chez Acme : RoadRunner est top. Mes opinions n’engagent que moi.'],
    ['I WORK AT ACMÉ, views are my own'],
  ])('recognises texts typed by hand: %j', (draft) => {
    const found = kinds(run(draft));
    expect(found).not.toContain('missing-disclaimer');
    expect(found).not.toContain('missing-disclosure');
  });

  it('asks only for what is missing', () => {
    expect(kinds(run('Views are my own, but Globex is slow'))).toEqual(['competitor-mention', 'missing-disclosure']);
    expect(kinds(run('#AcmeEmployee Globex is slow'))).toEqual(['competitor-mention', 'employer-mention', 'missing-disclaimer']);
  });

  it('uses the texts of the requested language', () => {
    const findings = run('Le RoadRunner est génial', undefined, { locale: 'fr-FR' });
    expect(findings.find((f) => f.kind === 'missing-disclosure')!.fix).toEqual({
      type: 'insert',
      text: 'Je travaille chez Acme.',
      placement: 'start',
    });
    expect(findings.find((f) => f.kind === 'product-mention')!.explanation).toMatch(/^Vous mentionnez un produit Acme/);
  });

  it('lists every mention that calls for the texts, across employer, products and competitors', () => {
    const findings = run('Acme RoadRunner beats Globex');
    expect(spansOf(findings, 'missing-disclaimer')).toEqual(['Acme', 'RoadRunner', 'Globex']);
  });

  it('lists those mentions in the order of the draft, whatever their kinds', () => {
    const findings = run('Globex lost to RoadRunner, says Acme');
    expect(spansOf(findings, 'missing-disclaimer')).toEqual(['Globex', 'RoadRunner', 'Acme']);
  });
});

describe('products, topics and accounts', () => {
  it.each([
    ['Can’t wait for Coyote X!', 'unreleased-product', 'Coyote X'],
    ['Project Skylark is wild', 'confidential-product', 'Project Skylark'],
    ['RoadRunner 2 is out', 'product-mention', 'RoadRunner'],
    ['Anvil Cloud pricing', 'product-mention', 'Anvil Cloud'],
  ])('%j → %s', (draft, kind, span) => {
    const findings = run(draft);
    expect(spansOf(findings, kind)).toEqual([span]);
  });

  it('points unreleased products to whoever approves', () => {
    const finding = run('Coyote X demo').find((f) => f.kind === 'unreleased-product')!;
    expect(finding.fix).toEqual({
      type: 'ask-approval',
      approver: { name: 'Product Marketing', contact: 'https://intranet.acme.com/launch-requests' },
    });
  });

  it.each([
    ['Excited to share our Q3 results next week', ['needs-approval'], 'financial-results', 'Q3 results'],
    ['Our revenue grew, and Acme is hiring', ['needs-approval'], 'financial-results', 'revenue'],
    ['The roadmap for my garden', [], '', ''], // "with-employer" topics need the employer in the draft
    ['The Acme roadmap is bold', ['needs-approval'], 'unannounced-plans', 'roadmap'],
    ['The Acme lawsuit is silly', ['avoid'], 'legal-matters', 'lawsuit'],
    ['Acme stock price is up', [], '', ''], // allowed for everyone…
    ['Acme: we’re hiring!', [], '', ''],
  ])('%j → topics %j', (draft, topicKinds, topicId, span) => {
    const findings = run(draft).filter((f) => f.ruleId.startsWith('topic:'));
    expect(findings.map((f) => f.kind)).toEqual(topicKinds);
    if (topicId) {
      expect(findings[0]!.ruleId).toBe(`topic:${topicId}`);
      expect(findings[0]!.spans.map((s) => s.text)).toEqual([span]);
    }
  });

  it('shows whom to ask for a topic that needs approval', () => {
    const finding = run('Q4 numbers look great').find((f) => f.kind === 'needs-approval')!;
    expect(finding.fix).toEqual({ type: 'ask-approval', approver: { name: 'Investor Relations', contact: 'mailto:ir@acme.com' } });
    expect(finding.subject).toEqual({ id: 'financial-results', name: 'Financial results' });
  });

  it.each([
    [{ network: 'x', handle: '@AcmeSupport' }, true],
    [{ network: 'x', handle: 'acmesupport' }, true],
    [{ network: 'facebook', handle: 'acmecorp' }, true],
    [{ network: 'linkedin', handle: '@acme' }, false], // @acme is a corporate account on X only
    [{ network: 'x', handle: '@jane' }, false],
    [{ network: 'linkedin', handle: 'acme-robotics' }, true],
    [{ network: 'facebook', name: 'Acme  corp ' }, true], // Facebook shows "Comment as Acme Corp", no handle
    [{ network: 'facebook', name: 'Jane Doe' }, false],
    [{ network: 'x', name: 'Acme Corp' }, false], // the name is Facebook's
    [{ network: 'facebook' }, false],
  ] as const)('posting as %j is a corporate account: %s', (account, expected) => {
    expect(kinds(run('Hello world', undefined, { account })).includes('corporate-account')).toBe(expected);
  });
});

describe('roles', () => {
  it('spokesperson: no disclaimer, disclosure only as information', () => {
    const findings = run('Acme ships RoadRunner 2 today', 'spokesperson');
    expect(kinds(findings)).toEqual(['employer-mention', 'missing-disclosure', 'product-mention']);
    expect(findings.find((f) => f.kind === 'missing-disclosure')!.severity).toBe('info');
  });

  it('customer service: may mention products, must disclose, with its own disclosure text', () => {
    const findings = run('RoadRunner stuck? DM us', 'customer-service');
    expect(kinds(findings)).toEqual(['missing-disclosure']);
    expect(findings[0]!.fix).toEqual({ type: 'insert', text: 'Acme support here.', placement: 'start' });
    expect(kinds(run('The Acme roadmap is bold', 'customer-service'))).toContain('avoid');
  });

  it('executive: inherits the spokesperson overlay and tightens the stock topic', () => {
    const findings = run('Acme stock price is up', 'executive');
    expect(kinds(findings)).toEqual(['employer-mention', 'missing-disclosure', 'needs-approval']);
    expect(findings.find((f) => f.kind === 'needs-approval')!.fix).toEqual({
      type: 'ask-approval',
      approver: { name: 'Legal', contact: 'mailto:legal@acme.com' },
    });
  });

  it('an unknown role falls back to the base policy', () => {
    expect(run('Acme rocks', 'no-such-role')).toEqual(run('Acme rocks'));
  });
});

describe('French policy', () => {
  it('flags an unreleased product and offers French texts', () => {
    const findings = run('Le nouveau Pain Lune arrive, bravo à l’équipe Dupain !', undefined, {}, dupain);
    expect(kinds(findings)).toEqual(['employer-mention', 'missing-disclaimer', 'missing-disclosure', 'unreleased-product']);
    const fixes = findings.flatMap((f) => (f.fix?.type === 'insert' ? [f.fix.text] : []));
    expect(fixes.sort()).toEqual(['Je travaille chez Dupain.', "Mes propos n'engagent que moi."]);
  });

  it.each([
    ["Le chiffre d'affaires de Dupain progresse", 'chiffre d'],
    ['Le chiffre d’affaires de Dupain progresse', 'chiffre d’'],
  ])('topics match whatever the apostrophe: %j', (draft, prefix) => {
    const finding = run(draft, undefined, {}, dupain).find((f) => f.kind === 'needs-approval')!;
    expect(finding.spans[0]!.text.startsWith(prefix)).toBe(true);
    expect(finding.spans[0]!.text).toMatch(/affaires$/);
  });

  it('direction inherits porte-parole and needs approval for social topics', () => {
    // Dupain asks for the disclosure on endorsements only: a strike is not one.
    const findings = run('Grève chez Dupain demain', 'direction', {}, dupain);
    expect(kinds(findings)).toEqual(['employer-mention', 'needs-approval']);
  });
});

describe('drafts with emoji, several paragraphs and scripts', () => {
  it('maps spans to exact offsets in the original draft', () => {
    const draft = '🎉🎉 Big news 👩‍💻\n\nAcmé rocks 🇫🇷\n\nRoadRunner ❤️ Globex? نعم שלום\n— views are my own';
    const findings = run(draft);
    expect(spansOf(findings, 'missing-disclosure')).toEqual(['Acmé', 'RoadRunner', 'Globex']);
    const acmeSpan = findings.find((f) => f.kind === 'employer-mention')!.spans[0]!;
    expect(acmeSpan.start).toBe(draft.indexOf('Acmé'));
    expect(acmeSpan.end).toBe(draft.indexOf('Acmé') + 'Acmé'.length);
    expect(kinds(findings)).not.toContain('missing-disclaimer');
  });

  it('reports each place once, keeping the longest form ("acme.com" over "acme")', () => {
    expect(spansOf(run('acme.com and Acme Corp and @acme'), 'employer-mention')).toEqual(['acme.com', 'Acme Corp', '@acme']);
  });

  it('is pure: the same draft gives the same findings', () => {
    const draft = 'Acme RoadRunner Q3 results Globex';
    expect(run(draft)).toEqual(run(draft));
  });
});

describe('regressions found in review', () => {
  /** The bundled policy with one change, validated as a company would publish it. */
  function variant(change: (policy: Record<string, any>) => void) {
    const json = JSON.parse(readFileSync(new URL('../../rules/acme.policy.json', import.meta.url), 'utf8'));
    change(json);
    const result = parsePolicyJson(JSON.stringify(json));
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    return compile(result.policy);
  }

  it.each([
    ['Acme™ rocks', 'employer-mention', 'Acme'],
    ['RoadRunner™ ships today', 'product-mention', 'RoadRunner'],
    ['Acme² is a joke', 'employer-mention', 'Acme'],
  ])('a sign after a name does not hide it: %j', (draft, kind, span) => {
    expect(spansOf(run(draft), kind)).toEqual([span]);
  });

  it('a role that changes one field of a rule keeps the others (spokesperson switched the disclaimer off)', () => {
    const compiled = variant((p) => p.roles.push({ id: 'ceo', label: 'CEO', description: 'Top.', extends: 'spokesperson', rules: { disclaimer: { severity: 'info' } } }));
    expect(kinds(run('Acme rocks', 'ceo', {}, compiled))).not.toContain('missing-disclaimer');
  });

  it('a disclosure asked for only in endorsements still leaves the disclaimer asked for on every mention', () => {
    const compiled = variant((p) => (p.rules.disclosure.when = 'endorsement'));
    const found = kinds(run('Acme rocks', undefined, {}, compiled));
    expect(found).toContain('missing-disclaimer');
    expect(found).not.toContain('missing-disclosure');
  });

  it('a disclaimer naming the company is recognised once inserted', () => {
    const compiled = variant((p) => (p.rules.disclaimer.text = { en: "These are my views, not {company}'s." }));
    const fix = run('Acme rocks', undefined, {}, compiled).find((f) => f.kind === 'missing-disclaimer')!.fix!;
    expect(fix).toEqual({ type: 'insert', text: "These are my views, not Acme's.", placement: 'end' });
    expect(kinds(run(`Acme rocks ${fix.type === 'insert' ? fix.text : ''}`, undefined, {}, compiled))).not.toContain('missing-disclaimer');
  });

  it('a "$" in the company name is inserted literally', () => {
    const compiled = variant((p) => (p.company.name = "Ca$'h"));
    const fix = run("Ca$'h rocks", undefined, {}, compiled).find((f) => f.kind === 'missing-disclosure')!.fix;
    expect(fix).toEqual({ type: 'insert', text: "I work at Ca$'h.", placement: 'start' });
  });

  it('overlapping forms are one span: "bob@acme.com"', () => {
    expect(spansOf(run('Mail bob@acme.com'), 'employer-mention')).toEqual(['@acme.com']);
  });
});
