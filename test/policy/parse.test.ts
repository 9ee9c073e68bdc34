import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkPolicy } from '../../src/policy/check';
import { type ParseResult, parsePolicy, parsePolicyJson } from '../../src/policy/parse';
import { formatPath, type PolicyProblem } from '../../src/policy/problems';

/** A policy as written by an administrator: plain JSON, freely mutable in tests. */
type Draft = Record<string, any>;

const readRules = (file: string) => readFileSync(new URL(`../../rules/${file}`, import.meta.url), 'utf8');
const ACME_TEXT = readRules('acme.policy.json');
const DUPAIN_TEXT = readRules('dupain.policy.fr.json');
const ACME: Draft = JSON.parse(ACME_TEXT);

/** A fresh, minimal valid policy: every required field and nothing else. */
function minimalPolicy(): Draft {
  const rule = (severity: 'info' | 'warn') => ({ severity, explanation: 'Why this rule exists.' });
  return {
    schemaVersion: 1,
    name: 'Zorbex social media policy',
    version: '1',
    updatedAt: '2026-01-15',
    company: { name: 'Zorbex' },
    rules: {
      employerMention: rule('info'),
      competitorMention: rule('info'),
      productMention: rule('info'),
      unreleasedProduct: rule('warn'),
      confidentialProduct: rule('warn'),
      disclaimer: { ...rule('warn'), triggers: ['employer'], text: 'Views are my own.' },
      disclosure: { ...rule('warn'), triggers: ['employer'], text: 'I work at {company}.' },
      corporateAccount: rule('warn'),
    },
  };
}

const acme = (): Draft => structuredClone(ACME);

/** A deep clone of the base policy (minimal by default) with one change applied. */
function mutate(change: (policy: Draft) => void, base: () => Draft = minimalPolicy): Draft {
  const policy = structuredClone(base());
  change(policy);
  return policy;
}

/** A valid topic whose only term is specific enough to raise no warning. */
const topic = (id: string, extra: Draft = {}): Draft => ({
  id,
  label: `Topic ${id}`,
  terms: [`glorpwidget ${id}`],
  action: 'avoid',
  severity: 'warn',
  why: 'Because.',
  ...extra,
});
const role = (id: string, extra: Draft = {}): Draft => ({ id, label: `Role ${id}`, description: 'A role.', ...extra });
const approver = { name: 'Legal', contact: 'mailto:legal@zorbex.example' };

function errorsOf(result: ParseResult): readonly PolicyProblem[] {
  if (result.ok) throw new Error(`Expected the policy to be rejected; it parsed (warnings: ${JSON.stringify(result.warnings)}).`);
  return result.errors;
}
function warningsOf(result: ParseResult): readonly PolicyProblem[] {
  if (!result.ok) throw new Error(`Expected the policy to parse; errors: ${JSON.stringify(result.errors)}.`);
  return result.warnings;
}
const matching = (message: string | RegExp) =>
  typeof message === 'string' ? expect.stringContaining(message) : expect.stringMatching(message);

/** Every problem is a plain sentence, not a raw validator code. */
function expectSentences(problems: readonly PolicyProblem[]) {
  for (const p of problems) {
    expect(p.path).toMatch(/^\$/);
    expect(p.message).toMatch(/^["A-Z]/);
    expect(p.message).toMatch(/\.$/);
    expect(p.message).not.toMatch(/^Invalid input|invalid_/);
  }
}

describe('valid policies', () => {
  it.each([
    ['acme.policy.json', ACME_TEXT],
    ['dupain.policy.fr.json', DUPAIN_TEXT],
  ])('%s parses with no warning', (_file, text) => {
    const result = parsePolicyJson(text);
    expect(result.ok ? [] : result.errors).toEqual([]);
    expect(warningsOf(result)).toEqual([]);
  });

  it('checkPolicy finds nothing to say about the Acme example', () => {
    const result = parsePolicy(acme());
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(checkPolicy(result.policy)).toEqual({ errors: [], warnings: [] });
  });

  it('a minimal policy parses with no warning', () => {
    const result = parsePolicy(minimalPolicy());
    expect(result.ok).toBe(true);
    expect(warningsOf(result)).toEqual([]);
  });

  it('does not modify the value it is given', () => {
    const input = mutate((p) => {
      p.topics = [topic('rumours')];
      p.roles = [role('intern')];
    });
    const before = structuredClone(input);
    parsePolicy(input);
    expect(input).toEqual(before);
  });

  const withTopicAndRole = mutate((p) => {
    p.topics = [topic('rumours')];
    p.roles = [role('intern')];
  });
  const parsed = parsePolicy(withTopicAndRole);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  const policy = parsed.policy;

  it.each<[string, () => unknown, unknown]>([
    ['defaultLocale', () => policy.defaultLocale, 'en'],
    ['principles', () => policy.principles, []],
    ['competitors', () => policy.competitors, []],
    ['products', () => policy.products, []],
    ['corporateAccounts', () => policy.corporateAccounts, []],
    ['company.aliases', () => policy.company.aliases, []],
    ['company.handles', () => policy.company.handles, {}],
    ['company.hashtags', () => policy.company.hashtags, []],
    ['company.tickers', () => policy.company.tickers, []],
    ['company.domains', () => policy.company.domains, []],
    ['rules.employerMention.enabled', () => policy.rules.employerMention.enabled, true],
    ['rules.corporateAccount.enabled', () => policy.rules.corporateAccount.enabled, true],
    ['rules.disclaimer.placement', () => policy.rules.disclaimer.placement, 'end'],
    ['rules.disclaimer.variants', () => policy.rules.disclaimer.variants, []],
    ['rules.disclosure.placement', () => policy.rules.disclosure.placement, 'start'],
    ['rules.disclosure.variants', () => policy.rules.disclosure.variants, []],
    ['topics[0].scope', () => policy.topics[0]?.scope, 'anywhere'],
    ['roles[0].rules', () => policy.roles[0]?.rules, {}],
    ['roles[0].topics', () => policy.roles[0]?.topics, {}],
  ])('defaults %s', (_field, read, expected) => {
    expect(read()).toEqual(expected);
  });

  it('keeps the values it was given', () => {
    expect(policy.company.name).toBe('Zorbex');
    expect(policy.topics.map((t) => t.id)).toEqual(['rumours']);
    expect(policy.rules.disclosure.text).toBe('I work at {company}.');
  });
});

interface InvalidCase {
  name: string;
  policy: Draft;
  path: string;
  message: string | RegExp;
}

const REQUIRED = 'This field is required.';

describe('invalid policies', () => {
  const rows: InvalidCase[] = [
    // Wrong schema version.
    { name: 'schemaVersion 2', policy: mutate((p) => { p.schemaVersion = 2; }), path: '$.schemaVersion', message: /Expected 1\b/ },
    { name: 'schemaVersion "1" (text)', policy: mutate((p) => { p.schemaVersion = '1'; }), path: '$.schemaVersion', message: /Expected 1\b/ },

    // Missing required fields.
    { name: 'missing version', policy: mutate((p) => { delete p.version; }), path: '$.version', message: REQUIRED },
    { name: 'missing updatedAt', policy: mutate((p) => { delete p.updatedAt; }), path: '$.updatedAt', message: REQUIRED },
    { name: 'missing company', policy: mutate((p) => { delete p.company; }), path: '$.company', message: REQUIRED },
    { name: 'missing company name', policy: mutate((p) => { delete p.company.name; }), path: '$.company.name', message: REQUIRED },
    { name: 'missing rules', policy: mutate((p) => { delete p.rules; }), path: '$.rules', message: REQUIRED },
    { name: 'missing disclosure rule', policy: mutate((p) => { delete p.rules.disclosure; }), path: '$.rules.disclosure', message: REQUIRED },
    { name: 'missing disclaimer triggers', policy: mutate((p) => { delete p.rules.disclaimer.triggers; }), path: '$.rules.disclaimer.triggers', message: REQUIRED },
    { name: 'missing schemaVersion', policy: mutate((p) => { delete p.schemaVersion; }), path: '$.schemaVersion', message: REQUIRED },
    { name: 'missing name (localized text)', policy: mutate((p) => { delete p.name; }), path: '$.name', message: REQUIRED },
    { name: 'missing rule explanation (localized text)', policy: mutate((p) => { delete p.rules.employerMention.explanation; }), path: '$.rules.employerMention.explanation', message: REQUIRED },
    { name: 'missing rule severity (enum)', policy: mutate((p) => { delete p.rules.employerMention.severity; }), path: '$.rules.employerMention.severity', message: REQUIRED },
    { name: 'missing topic action (enum)', policy: mutate((p) => { p.topics = [topic('rumours')]; delete p.topics[0].action; }), path: '$.topics[0].action', message: REQUIRED },
    { name: 'missing topic why (localized text)', policy: mutate((p) => { p.topics = [topic('rumours')]; delete p.topics[0].why; }), path: '$.topics[0].why', message: REQUIRED },

    // Wrong types.
    { name: 'name is a number', policy: mutate((p) => { p.name = 5; }), path: '$.name', message: /Expected text, or an object with one text per language tag.*got a number/ },
    { name: 'company name is a number', policy: mutate((p) => { p.company.name = 5; }), path: '$.company.name', message: 'Expected text, got a number.' },
    { name: 'version is a number', policy: mutate((p) => { p.version = 3; }), path: '$.version', message: 'Expected text, got a number.' },
    { name: 'topics is an object', policy: mutate((p) => { p.topics = {}; }), path: '$.topics', message: 'Expected a list, got an object.' },
    { name: 'company is a list', policy: mutate((p) => { p.company = ['Zorbex']; }), path: '$.company', message: 'Expected an object, got a list.' },
    { name: 'enabled is text', policy: mutate((p) => { p.rules.disclaimer.enabled = 'yes'; }), path: '$.rules.disclaimer.enabled', message: 'Expected true or false, got text.' },
    { name: 'aliases is text', policy: mutate((p) => { p.company.aliases = 'Zorbex Inc'; }), path: '$.company.aliases', message: 'Expected a list, got text.' },
    { name: 'a null alias', policy: mutate((p) => { p.company.aliases = [null]; }), path: '$.company.aliases[0]', message: 'Expected text, got null.' },

    // Unknown fields, top level and nested.
    { name: 'unknown top-level field', policy: mutate((p) => { p.updatedOn = '2026-01-15'; }), path: '$.updatedOn', message: /Unknown field "updatedOn"/ },
    { name: 'misspelt company.alias', policy: mutate((p) => { p.company.alias = ['Zorbex Inc']; }), path: '$.company.alias', message: /Unknown field "alias"/ },
    { name: 'unknown network in handles', policy: mutate((p) => { p.company.handles = { instagram: ['@zorbex'] }; }), path: '$.company.handles.instagram', message: /Unknown field "instagram"/ },
    { name: 'misspelt topic approver', policy: mutate((p) => { p.topics = [topic('rumours', { aprover: approver })]; }), path: '$.topics[0].aprover', message: /Unknown field "aprover"/ },
    { name: 'misspelt rule name', policy: mutate((p) => { p.rules.disclamer = p.rules.disclaimer; }), path: '$.rules.disclamer', message: /Unknown field "disclamer"/ },
    { name: 'misspelt rule name in a role', policy: mutate((p) => { p.roles = [role('intern', { rules: { disclamer: { enabled: false } } })]; }), path: '$.roles[0].rules.disclamer', message: /Unknown field "disclamer"/ },
    { name: 'unknown field in a role topic change', policy: mutate((p) => { p.topics = [topic('rumours')]; p.roles = [role('intern', { topics: { rumours: { scope: 'anywhere' } } })]; }), path: '$.roles[0].topics.rumours.scope', message: /Unknown field "scope"/ },
    { name: 'unknown field with a dash', policy: mutate((p) => { p['updated-at'] = '2026-01-15'; }), path: '$["updated-at"]', message: /Unknown field "updated-at"/ },

    // Empty and blank strings.
    { name: 'empty alias', policy: mutate((p) => { p.company.aliases = ['']; }), path: '$.company.aliases[0]', message: 'Must not be empty.' },
    { name: 'blank topic term', policy: mutate((p) => { p.topics = [topic('rumours', { terms: ['   '] })]; }), path: '$.topics[0].terms[0]', message: 'Must not be empty.' },
    { name: 'empty company name', policy: mutate((p) => { p.company.name = ''; }), path: '$.company.name', message: 'Must not be empty.' },
    { name: 'empty localized name', policy: mutate((p) => { p.name = ''; }), path: '$.name', message: 'Must not be empty.' },
    { name: 'empty text in one language', policy: mutate((p) => { p.name = { en: 'Policy', fr: ' ' }; }), path: '$.name.fr', message: 'Must not be empty.' },
    { name: 'localized text with no language', policy: mutate((p) => { p.name = {}; }), path: '$.name', message: 'Give the text in at least one language.' },

    // Language tags.
    { name: 'bad locale key in localized text', policy: mutate((p) => { p.name = { EN_x: 'Policy' }; }), path: '$.name.EN_x', message: /The key "EN_x" is not allowed here\. Expected a language tag/ },
    { name: 'bad locale key with a dash', policy: mutate((p) => { p.rules.disclaimer.text = { en: 'Views are my own.', 'fr_FR-': 'Mes opinions.' }; }), path: '$.rules.disclaimer.text["fr_FR-"]', message: /The key "fr_FR-" is not allowed here/ },
    { name: 'bad defaultLocale', policy: mutate((p) => { p.defaultLocale = 'English'; }), path: '$.defaultLocale', message: /Expected a language tag such as "en"/ },

    // Ids.
    { name: 'uppercase topic id', policy: mutate((p) => { p.topics = [topic('Rumours')]; }), path: '$.topics[0].id', message: /Expected an id of lowercase letters, digits and dashes/ },
    { name: 'competitor id with a space', policy: mutate((p) => { p.competitors = [{ id: 'big rival', name: 'Bigrival' }]; }), path: '$.competitors[0].id', message: /Expected an id of lowercase letters/ },
    { name: 'role id starting with a dash', policy: mutate((p) => { p.roles = [role('-intern')]; }), path: '$.roles[0].id', message: /Expected an id of lowercase letters/ },
    { name: 'uppercase topic id as a role topic key', policy: mutate((p) => { p.roles = [role('intern', { topics: { Rumours: { action: 'avoid' } } })]; }), path: '$.roles[0].topics.Rumours', message: /The key "Rumours" is not allowed here\. Expected an id/ },

    // Links.
    { name: 'http:// feedback link', policy: mutate((p) => { p.feedback = 'http://zorbex.example/feedback'; }), path: '$.feedback', message: /Expected an https:\/\/ URL or a mailto: address/ },
    { name: 'bare email as approver contact', policy: mutate((p) => { p.topics = [topic('rumours', { approver: { name: 'Legal', contact: 'legal@zorbex.example' } })]; }), path: '$.topics[0].approver.contact', message: /Expected an https:\/\/ URL or a mailto: address/ },
    { name: 'mailto: without an address', policy: mutate((p) => { p.contact = { name: 'Social team', contact: 'mailto:social' }; }), path: '$.contact.contact', message: /https:\/\/ URL or a mailto:/ },
    { name: 'javascript: link', policy: mutate((p) => { p.feedback = 'javascript:alert(1)'; }), path: '$.feedback', message: /https:\/\/ URL or a mailto:/ },

    // Enumerations.
    { name: 'topic action "forbid"', policy: mutate((p) => { p.topics = [topic('rumours', { action: 'forbid' })]; }), path: '$.topics[0].action', message: 'Expected one of "allow", "needs-approval", "avoid", "protected"; got "forbid".' },
    { name: 'product status "secret"', policy: mutate((p) => { p.products = [{ id: 'widget', name: 'Widgetron', status: 'secret' }]; }), path: '$.products[0].status', message: /Expected one of "released", "unreleased", "confidential"; got "secret"/ },
    { name: 'severity "error"', policy: mutate((p) => { p.rules.employerMention.severity = 'error'; }), path: '$.rules.employerMention.severity', message: /Expected one of "info", "warn"; got "error"/ },
    { name: 'topic scope "everywhere"', policy: mutate((p) => { p.topics = [topic('rumours', { scope: 'everywhere' })]; }), path: '$.topics[0].scope', message: /got "everywhere"/ },

    // Texts that insert cleanly (Draft.js's insertText drops line breaks).
    { name: 'disclosure text on two lines', policy: mutate((p) => { p.rules.disclosure.text = 'I work at {company}.\nViews mine.'; }), path: '$.rules.disclosure.text', message: /Must be one line/ },
    { name: 'French disclaimer with a carriage return', policy: mutate((p) => { p.rules.disclaimer.text = { en: 'Views are my own.', fr: "Mes opinions\r\nn'engagent que moi." }; }), path: '$.rules.disclaimer.text.fr', message: /Must be one line/ },
    { name: 'short form with a line separator', policy: mutate((p) => { p.rules.disclosure.short = '#{company}\u2028Employee'; }), path: '$.rules.disclosure.short', message: /Must be one line/ },
    { name: 'role text on two lines', policy: mutate((p) => { p.roles = [role('support', { rules: { disclosure: { text: '{company} support\nhere.' } } })]; }), path: '$.roles[0].rules.disclosure.text', message: /Must be one line/ },

    // Time windows.
    { name: 'topic date without a time zone', policy: mutate((p) => { p.topics = [topic('quiet', { activeFrom: '2027-01-04T00:00:00' })]; }), path: '$.topics[0].activeFrom', message: /with a time zone/ },
    { name: 'topic date as a day only', policy: mutate((p) => { p.topics = [topic('quiet', { activeUntil: '2027-01-28' })]; }), path: '$.topics[0].activeUntil', message: /with a time zone/ },
    { name: 'topic that ends before it starts', policy: mutate((p) => { p.topics = [topic('quiet', { activeFrom: '2027-01-28T09:00:00+01:00', activeUntil: '2027-01-28T08:00:00Z' })]; }), path: '$.topics[0].activeUntil', message: /would end \(2027-01-28T08:00:00Z\) before it starts/ },
    { name: 'embargo without a time zone', policy: mutate((p) => { p.products = [{ id: 'widget', name: 'Widgetron', status: 'unreleased', embargoUntil: '2027-03-15 16:00' }]; }), path: '$.products[0].embargoUntil', message: /with a time zone/ },
    { name: 'trigger "employee"', policy: mutate((p) => { p.rules.disclaimer.triggers = ['employer', 'employee']; }), path: '$.rules.disclaimer.triggers[1]', message: /got "employee"/ },
    { name: 'placement "middle"', policy: mutate((p) => { p.rules.disclosure.placement = 'middle'; }), path: '$.rules.disclosure.placement', message: /Expected one of "start", "end"; got "middle"/ },
    { name: 'corporate account on "instagram"', policy: mutate((p) => { p.corporateAccounts = [{ network: 'instagram', handle: '@zorbex' }]; }), path: '$.corporateAccounts[0].network', message: /got "instagram"/ },
    { name: 'role severity "error"', policy: mutate((p) => { p.roles = [role('intern', { rules: { disclosure: { severity: 'error' } } })]; }), path: '$.roles[0].rules.disclosure.severity', message: /got "error"/ },

    // Dates and versions.
    { name: 'date as DD/MM/YYYY', policy: mutate((p) => { p.updatedAt = '15/01/2026'; }), path: '$.updatedAt', message: 'Expected a date as YYYY-MM-DD.' },
    { name: 'month 13', policy: mutate((p) => { p.updatedAt = '2026-13-01'; }), path: '$.updatedAt', message: 'Expected a date as YYYY-MM-DD.' },
    { name: 'date with a time', policy: mutate((p) => { p.updatedAt = '2026-01-15T10:00:00Z'; }), path: '$.updatedAt', message: 'Expected a date as YYYY-MM-DD.' },
    { name: 'version "v3"', policy: mutate((p) => { p.version = 'v3'; }), path: '$.version', message: /Expected numbers separated by dots/ },
    { name: 'version "1.2.3.4.5"', policy: mutate((p) => { p.version = '1.2.3.4.5'; }), path: '$.version', message: /Expected numbers separated by dots/ },

    // Domains, handles, hashtags, tickers.
    { name: 'domain with a scheme', policy: mutate((p) => { p.company.domains = ['https://acme.com']; }), path: '$.company.domains[0]', message: /Expected a web domain.*no scheme/ },
    { name: 'domain with a path', policy: mutate((p) => { p.company.domains = ['acme.com/careers']; }), path: '$.company.domains[0]', message: /Expected a web domain/ },
    { name: 'domain without a dot', policy: mutate((p) => { p.competitors = [{ id: 'rival', name: 'Rivalco', domains: ['localhost'] }]; }), path: '$.competitors[0].domains[0]', message: /Expected a web domain/ },
    { name: 'handle with a space', policy: mutate((p) => { p.company.handles = { x: ['@zorbex support'] }; }), path: '$.company.handles.x[0]', message: /Expected a handle such as "@acme"/ },
    { name: 'corporate account handle with a slash', policy: mutate((p) => { p.corporateAccounts = [{ network: 'x', handle: 'x.com/zorbex' }]; }), path: '$.corporateAccounts[0].handle', message: /Expected a handle/ },
    { name: 'hashtag with a space', policy: mutate((p) => { p.company.hashtags = ['#Zorbex Life']; }), path: '$.company.hashtags[0]', message: /Expected a hashtag such as "#AcmeLife"/ },
    { name: 'hashtag with a dash', policy: mutate((p) => { p.products = [{ id: 'widget', name: 'Widgetron', hashtags: ['#widget-tron'], status: 'released' }]; }), path: '$.products[0].hashtags[0]', message: /Expected a hashtag/ },
    { name: 'ticker starting with a digit', policy: mutate((p) => { p.company.tickers = ['$1ZBX']; }), path: '$.company.tickers[0]', message: /Expected a stock ticker/ },

    // Lengths.
    { name: 'explanation over 2000 characters', policy: mutate((p) => { p.rules.employerMention.explanation = 'x'.repeat(2001); }), path: '$.rules.employerMention.explanation', message: 'Too long: at most 2000 characters.' },
    { name: 'localized text over 2000 characters', policy: mutate((p) => { p.name = { en: 'Policy', fr: 'é'.repeat(2001) }; }), path: '$.name.fr', message: 'Too long: at most 2000 characters.' },
    { name: 'feedback link over 2000 characters', policy: mutate((p) => { p.feedback = `https://zorbex.example/${'a'.repeat(2000)}`; }), path: '$.feedback', message: 'Too long: at most 2000 characters.' },
    { name: 'alias over 200 characters', policy: mutate((p) => { p.company.aliases = ['z'.repeat(201)]; }), path: '$.company.aliases[0]', message: 'Too long: at most 200 characters.' },
    { name: 'more than 20 principles', policy: mutate((p) => { p.principles = Array.from({ length: 21 }, (_, i) => `Principle ${i}.`); }), path: '$.principles', message: 'Too many items: at most 20.' },

    // Lists that need items.
    { name: 'topic with zero terms', policy: mutate((p) => { p.topics = [topic('rumours', { terms: [] })]; }), path: '$.topics[0].terms', message: 'Needs at least 1 item.' },
    { name: 'disclaimer with zero triggers', policy: mutate((p) => { p.rules.disclaimer.triggers = []; }), path: '$.rules.disclaimer.triggers', message: 'Needs at least 1 item.' },

    // Semantic checks (checkPolicy).
    { name: 'duplicate topic id', policy: mutate((p) => { p.topics = [topic('rumours'), topic('layoffs'), topic('rumours')]; }), path: '$.topics[2].id', message: /Duplicate id "rumours"/ },
    { name: 'duplicate role id', policy: mutate((p) => { p.roles = [role('intern'), role('intern')]; }), path: '$.roles[1].id', message: /Duplicate id "intern"/ },
    { name: 'duplicate competitor id', policy: mutate((p) => { p.competitors = [{ id: 'rival', name: 'Rivalco' }, { id: 'rival', name: 'Otherco' }]; }), path: '$.competitors[1].id', message: /Duplicate id "rival"/ },
    { name: 'duplicate product id', policy: mutate((p) => { p.products = [{ id: 'widget', name: 'Widgetron', status: 'released' }, { id: 'widget', name: 'Gizmotron', status: 'unreleased' }]; }), path: '$.products[1].id', message: /Duplicate id "widget"/ },
    { name: 'role extends an unknown role', policy: mutate((p) => { p.roles = [role('intern', { extends: 'ghost' })]; }), path: '$.roles[0].extends', message: 'No role has the id "ghost".' },
    { name: 'role extends itself', policy: mutate((p) => { p.roles = [role('a', { extends: 'a' })]; }), path: '$.roles[0].extends', message: /loop/ },
    { name: 'roles extend each other (a → b → a), first', policy: mutate((p) => { p.roles = [role('a', { extends: 'b' }), role('b', { extends: 'a' })]; }), path: '$.roles[0].extends', message: /loop/ },
    { name: 'roles extend each other (a → b → a), second', policy: mutate((p) => { p.roles = [role('a', { extends: 'b' }), role('b', { extends: 'a' })]; }), path: '$.roles[1].extends', message: /loop/ },
    { name: 'role topic change for an unknown topic', policy: mutate((p) => { p.topics = [topic('rumours')]; p.roles = [role('intern', { topics: { 'ghost-topic': { action: 'avoid' } } })]; }), path: '$.roles[0].topics["ghost-topic"]', message: 'No topic has the id "ghost-topic".' },
    { name: 'needs-approval topic without approver', policy: mutate((p) => { p.topics = [topic('rumours'), topic('earnings', { action: 'needs-approval' })]; }), path: '$.topics[1].approver', message: /must say who approves/ },
    { name: 'role makes a topic need approval, no approver anywhere', policy: mutate((p) => { p.roles[1].topics['legal-matters'] = { action: 'needs-approval' }; }, acme), path: '$.roles[1].topics["legal-matters"].approver', message: /say who approves/ },
    { name: 'unknown placeholder in disclosure text', policy: mutate((p) => { p.rules.disclosure.text = 'I work at {name}.'; }), path: '$.rules.disclosure.text', message: 'Unknown placeholder "{name}": only "{company}" is replaced.' },
    { name: 'unknown placeholder in one language', policy: mutate((p) => { p.rules.disclosure.text.fr = 'Je travaille chez {entreprise}.'; }, acme), path: '$.rules.disclosure.text.fr', message: /Unknown placeholder "\{entreprise\}"/ },
    { name: 'unknown placeholder in a disclosure variant', policy: mutate((p) => { p.rules.disclosure.variants = ['employee of {employer}']; }), path: '$.rules.disclosure.variants[0]', message: /Unknown placeholder "\{employer\}"/ },
    { name: 'unknown placeholder in a role disclosure', policy: mutate((p) => { p.roles[1].rules.disclosure.text.en = '{Company} support here.'; }, acme), path: '$.roles[1].rules.disclosure.text.en', message: /Unknown placeholder "\{Company\}"/ },
    { name: 'term "!!!" has no letter or digit', policy: mutate((p) => { p.company.aliases = ['!!!']; }), path: '$.company.aliases[0]', message: '"!!!" has no letter or digit, so it cannot be matched.' },
    { name: 'term of only a zero-width space', policy: mutate((p) => { p.topics = [topic('rumours', { terms: ['\u200B'] })]; }), path: '$.topics[0].terms[0]', message: /has no letter or digit/ },
    { name: 'handle "@__" has no letter or digit', policy: mutate((p) => { p.company.handles = { x: ['@__'] }; }), path: '$.company.handles.x[0]', message: /has no letter or digit/ },
    { name: 'term of only combining accents', policy: mutate((p) => { p.company.aliases = ['\u0301\u0301']; }), path: '$.company.aliases[0]', message: /has no letter or digit/ },
  ];

  it.each(rows)('$name → $path', ({ policy, path, message }) => {
    const errors = errorsOf(parsePolicy(policy));
    expect(errors).toContainEqual({ path, message: matching(message) });
    expectSentences(errors);
  });

  it('reports every schema problem at once, not only the first', () => {
    const policy = mutate((p) => {
      p.version = 'v3';
      p.company.alias = [];
      p.rules.employerMention.severity = 'error';
    });
    expect(errorsOf(parsePolicy(policy)).map((e) => e.path).sort()).toEqual(
      ['$.company.alias', '$.rules.employerMention.severity', '$.version'],
    );
  });

  it('reports every semantic problem at once', () => {
    const policy = mutate((p) => {
      p.topics = [topic('rumours'), topic('rumours', { action: 'needs-approval' })];
      p.roles = [role('intern', { extends: 'ghost' })];
    });
    expect(errorsOf(parsePolicy(policy)).map((e) => e.path).sort()).toEqual(
      ['$.roles[0].extends', '$.topics[1].approver', '$.topics[1].id'],
    );
  });

  it.each([
    { name: 'the topic has an approver', change: (p: Draft) => { p.roles[1].topics['financial-results'] = { action: 'needs-approval' }; } },
    { name: 'the role gives an approver', change: (p: Draft) => { p.roles[1].topics['legal-matters'] = { action: 'needs-approval', approver: { name: 'Legal', contact: 'mailto:legal@acme.com' } }; } },
    { name: 'a role extends an existing role', change: (p: Draft) => { p.roles.push({ id: 'ceo', label: 'CEO', description: 'The boss.', extends: 'executive' }); } },
    { name: '{company} in every disclosure text', change: (p: Draft) => { p.rules.disclosure.text = '{company} employee here: {company}.'; } },
  ])('no error when $name', ({ change }) => {
    const result = parsePolicy(mutate(change, acme));
    expect(result.ok ? [] : result.errors).toEqual([]);
  });
});

describe('roles that extend each other in a loop', () => {
  /** [id, extends] per role. */
  it.each<{ name: string; roles: [string, string][]; inLoop: string[] }>([
    { name: 'a → a', roles: [['a', 'a']], inLoop: ['a'] },
    { name: 'a → b → a', roles: [['a', 'b'], ['b', 'a']], inLoop: ['a', 'b'] },
    { name: 'a → b → c → a', roles: [['a', 'b'], ['b', 'c'], ['c', 'a']], inLoop: ['a', 'b', 'c'] },
    { name: 'c → a, with a → b → a', roles: [['a', 'b'], ['b', 'a'], ['c', 'a']], inLoop: ['a', 'b'] },
  ])('$name is an error that describes the real loop', ({ roles, inLoop }) => {
    const policy = mutate((p) => {
      p.roles = roles.map(([id, parent]) => role(id, { extends: parent }));
    });
    const extendsOf = new Map(roles);
    const errors = errorsOf(parsePolicy(policy)); // returns, so the loop check terminates
    const loops = errors.filter((e) => /loop/.test(e.message));
    // Every role in the loop gets its error, at its "extends".
    for (const id of inLoop) {
      const i = roles.findIndex(([r]) => r === id);
      expect(loops.map((e) => e.path)).toContain(`$.roles[${i}].extends`);
    }
    // Each chain in a message ("x" → "y" → … → "x") is closed and true: "x" → "y" means role x extends role y.
    for (const { message } of loops) {
      const chains = message.match(/"[^"]+"(?: → "[^"]+")+/g) ?? [];
      expect(chains.length, message).toBeGreaterThan(0);
      for (const chain of chains) {
        const ids = [...chain.matchAll(/"([^"]+)"/g)].map((m) => m[1]!);
        expect(ids[ids.length - 1], message).toBe(ids[0]);
        for (let k = 0; k + 1 < ids.length; k++) {
          expect(`${ids[k]} extends ${extendsOf.get(ids[k]!)}`, message).toBe(`${ids[k]} extends ${ids[k + 1]}`);
        }
      }
    }
  });
});

describe('warnings (the policy still loads)', () => {
  it.each<{ name: string; policy: Draft; path: string; message: string | RegExp }>([
    { name: 'one-character alias', policy: mutate((p) => { p.company.aliases = ['Z']; }), path: '$.company.aliases[0]', message: '"Z" is a single character: it will match far too many drafts.' },
    { name: 'one-character hashtag', policy: mutate((p) => { p.company.hashtags = ['#Z']; }), path: '$.company.hashtags[0]', message: /single character/ },
    { name: 'one-character topic term', policy: mutate((p) => { p.topics = [topic('rumours', { terms: ['Q'] })]; }), path: '$.topics[0].terms[0]', message: /single character/ },
    { name: 'common English alias "cloud"', policy: mutate((p) => { p.company.aliases = ['cloud']; }), path: '$.company.aliases[0]', message: '"cloud" is a common word: it will flag many unrelated drafts.' },
    { name: 'common word in other case "Cloud"', policy: mutate((p) => { p.products = [{ id: 'cloud', name: 'Cloud', status: 'released' }]; }), path: '$.products[0].name', message: /common word/ },
    { name: 'common French term "équipe"', policy: mutate((p) => { p.topics = [topic('rh', { terms: ['équipe'] })]; }), path: '$.topics[0].terms[0]', message: /"équipe" is a common word/ },
    { name: 'common French term without its accent', policy: mutate((p) => { p.topics = [topic('rh', { terms: ['equipe'] })]; }), path: '$.topics[0].terms[0]', message: /common word/ },
    { name: 'common word as a hashtag "#Team"', policy: mutate((p) => { p.company.hashtags = ['#Team']; }), path: '$.company.hashtags[0]', message: /common word/ },
    { name: 'zero-width space inside a term', policy: mutate((p) => { p.company.aliases = ['Zor\u200Bbex Inc']; }), path: '$.company.aliases[0]', message: /invisible characters \(U\+200B\)/ },
    { name: 'soft hyphen inside a term', policy: mutate((p) => { p.topics = [topic('rumours', { terms: ['lay\u00ADoffs'] })]; }), path: '$.topics[0].terms[0]', message: /U\+00AD/ },
    { name: 'company name also a competitor alias', policy: mutate((p) => { p.competitors = [{ id: 'rival', name: 'Rivalco', aliases: ['Zorbex'] }]; }), path: '$.competitors[0].aliases[0]', message: '"Zorbex" is also listed for the company: one draft will be read as mentioning both.' },
    { name: 'same term, different case and accents', policy: mutate((p) => { p.company.aliases = ['Zorbex Énergie']; p.competitors = [{ id: 'rival', name: 'ZORBEX ENERGIE' }]; }), path: '$.competitors[0].name', message: /also listed for the company/ },
    { name: 'competitor domain also a product alias', policy: mutate((p) => { p.competitors = [{ id: 'rival', name: 'Rivalco', domains: ['rivalco.example'] }]; p.products = [{ id: 'widget', name: 'Widgetron', aliases: ['rivalco.example'], status: 'released' }]; }), path: '$.products[0].aliases[0]', message: /also listed for competitor "rival"/ },

    // The shape that costs most to check: terms ending with many other terms.
    { name: 'terms nested in one another ("aa", "aaa", …)', policy: mutate((p) => { p.topics = [topic('rumours', { terms: Array.from({ length: 12 }, (_, i) => 'a'.repeat(i + 2)) })]; }), path: '$.topics[0].terms[11]', message: '"aaaaaaaaaaaaa" ends with 11 other terms of this policy (such as "aa"): drafts that repeat it take longer to check, and few policies need terms nested this deep. 2 more terms are nested like it.' },
    { name: 'phrases nested in one another', policy: mutate((p) => { p.topics = [topic('rumours', { terms: Array.from({ length: 10 }, (_, i) => Array(i + 1).fill('go').join(' ')) })]; }), path: '$.topics[0].terms[9]', message: /ends with 9 other terms of this policy \(such as "go"\)/ },

    // Disclosures that say whose employee (FTC 16 CFR 255.5).
    { name: 'vague hashtag accepted as a disclosure', policy: mutate((p) => { p.rules.disclosure.variants = ['#employee']; }), path: '$.rules.disclosure.variants[0]', message: /"#employee" does not say which company/ },
    { name: 'vague French wording', policy: mutate((p) => { p.rules.disclosure.variants = ['#salarié']; }), path: '$.rules.disclosure.variants[0]', message: /does not say which company/ },
    { name: 'disclosure text that names no company', policy: mutate((p) => { p.rules.disclosure.text = 'I work here.'; }), path: '$.rules.disclosure.text', message: /does not say which company/ },

    // Protected speech (NLRA §7, Code du travail).
    { name: 'avoid topic on layoffs', policy: mutate((p) => { p.topics = [topic('rumours', { terms: ['layoffs'] })]; }), path: '$.topics[0].terms[0]', message: /"layoffs" touches .*lawfully discuss/ },
    { name: 'needs-approval topic on strikes, in French', policy: mutate((p) => { p.topics = [topic('social', { action: 'needs-approval', approver: { name: 'DRH', contact: 'mailto:drh@zorbex.example' }, terms: ['préavis de grève'] })]; }), path: '$.topics[0].terms[0]', message: /"préavis de grève" touches/ },
    { name: 'avoid topic on pay', policy: mutate((p) => { p.topics = [topic('rumours', { terms: ['rumours', 'salaires'] })]; }), path: '$.topics[0].terms[1]', message: /Make the topic "protected"/ },

    // Dates that change nothing, endorsements nothing can detect.
    { name: 'embargo on a released product', policy: mutate((p) => { p.products = [{ id: 'widget', name: 'Widgetron', status: 'released', embargoUntil: '2027-03-15T16:00:00Z' }]; }), path: '$.products[0].embargoUntil', message: /Only an unreleased product has an embargo/ },
    { name: 'endorsement-only with no way to tell', policy: mutate((p) => { p.rules.disclosure.when = 'endorsement'; }), path: '$.rules.disclosure.endorsementCues', message: /only product names/ },
  ])('$name → $path', ({ policy, path, message }) => {
    const warnings = warningsOf(parsePolicy(policy));
    expect(warnings).toContainEqual({ path, message: matching(message) });
    expectSentences(warnings);
  });

  it.each([
    { name: 'a protected topic on pay', change: (p: Draft) => { p.topics = [topic('pay', { action: 'protected', terms: ['salaries', 'layoffs'] })]; } },
    { name: 'an avoid topic that only looks like a protected word', change: (p: Draft) => { p.topics = [topic('rumours', { terms: ['European Union', 'Apple Pay'] })]; } },
    { name: 'a vague hashtag listed as weak', change: (p: Draft) => { p.rules.disclosure.weakVariants = ['#employee']; } },
    { name: 'a hashtag that names the company', change: (p: Draft) => { p.rules.disclosure.variants = ['#ZorbexEmployee']; p.rules.disclosure.short = '#{company}Employee'; } },
  ])('no warning for $name', ({ change }) => {
    expect(warningsOf(parsePolicy(mutate(change)))).toEqual([]);
  });

  it('does not warn when the same term is listed twice for the same owner', () => {
    const policy = mutate((p) => { p.company.aliases = ['Zorbex', 'zorbex']; });
    expect(warningsOf(parsePolicy(policy))).toEqual([]);
  });

  it('keeps warnings alongside errors', () => {
    const result = parsePolicy(mutate((p) => {
      p.company.aliases = ['Z'];
      p.roles = [role('intern', { extends: 'ghost' })];
    }));
    expect(result.ok).toBe(false);
    expect(result.warnings.map((w) => w.path)).toEqual(['$.company.aliases[0]']);
  });
});

describe('parsePolicyJson', () => {
  it.each<[string, string, RegExp]>([
    ['a trailing comma on line 3', '{\n  "schemaVersion": 1,\n  "version": "1", }\n', /^Not valid JSON at line 3, column 17: a comma after the last item \(JSON allows none before "}"\)\. Remove it\.$/],
    ['a trailing comma before a bracket on the next line', '{\n  "a": [1, 2,\n  ]\n}', /^Not valid JSON at line 2, column 13: a comma after the last item \(JSON allows none before "]"\)/],
    ['a missing comma on line 2', '{\n  "a": 1\n  "b": 2\n}', /line 3, column 3/],
    ['a single-quoted string', "{\n 'name': 'x'\n}", /line 2, column 2/],
    ['a comment', '{\n  // comment\n  "a": 1\n}', /line 2, column 3/],
    ['an unterminated string', '{\n  "name": "Acme\n}', /line 2/],
    ['empty text', '', /^Not valid JSON/],
    ['trailing garbage', '{}\n}', /line 2, column 1/],
  ])('a syntax error (%s) says where', (_name, text, message) => {
    const errors = errorsOf(parsePolicyJson(text));
    expect(errors).toHaveLength(1);
    expect(errors[0]!.path).toBe('$');
    expect(errors[0]!.message).toMatch(message);
    expect(errors[0]!.message).not.toMatch(/position \d+|is not valid JSON/);
    expectSentences(errors);
  });

  // Pollution itself is not asserted: JSON.parse defines "__proto__" as an own property, so no such check could fail.
  it('refuses a "__proto__" key by name', () => {
    const valid = minimalPolicy();
    const text = JSON.stringify(valid).replace(/^\{/, '{"__proto__": {"polluted": 1},');
    const errors = errorsOf(parsePolicyJson(text));
    expect(errors).toContainEqual({ path: '$.__proto__', message: matching(/The key "__proto__" is not allowed/) });
  });

  it('refuses a nested "__proto__" key', () => {
    const text = JSON.stringify(minimalPolicy()).replace('"company":{', '"company":{"__proto__":{"isAdmin":true},');
    const errors = errorsOf(parsePolicyJson(text));
    expect(errors).toContainEqual({ path: '$.company.__proto__', message: matching(/The key "__proto__" is not allowed/) });
  });

  it.each([
    ['a list', '[]', 'Expected an object, got a list.'],
    ['a list of the policy', () => `[${JSON.stringify(minimalPolicy())}]`, 'Expected an object, got a list.'],
    ['null', 'null', 'Expected an object, got null.'],
    ['text', '"policy"', 'Expected an object, got text.'],
    ['a number', '1', 'Expected an object, got a number.'],
  ])('a top-level %s is an error at "$"', (_name, text, message) => {
    const errors = errorsOf(parsePolicyJson(typeof text === 'function' ? text() : text));
    expect(errors).toEqual([{ path: '$', message }]);
  });

  it('parses valid text like parsePolicy parses the value', () => {
    const text = JSON.stringify(minimalPolicy());
    expect(parsePolicyJson(text)).toEqual(parsePolicy(minimalPolicy()));
  });
});

describe('formatPath', () => {
  it.each<[PropertyKey[], string]>([
    [[], '$'],
    [['topics', 2, 'approver'], '$.topics[2].approver'],
    [['name', 'fr-CA'], '$.name["fr-CA"]'],
    [['roles', 0, 'topics', 'legal-matters', 'approver'], '$.roles[0].topics["legal-matters"].approver'],
    [['$schema'], '$.$schema'],
    [['_private'], '$._private'],
    [['__proto__'], '$.__proto__'],
    [['2fa'], '$["2fa"]'],
    [[''], '$[""]'],
    [['a"b'], '$["a\\"b"]'],
    [['a b'], '$["a b"]'],
    [['équipe'], '$["équipe"]'],
    [[0, 1], '$[0][1]'],
  ])('%j → %s', (path, expected) => {
    expect(formatPath(path)).toBe(expected);
  });
});

describe('regressions found in review', () => {
  it('a role may inherit the approver a topic needs from the role it extends', () => {
    const policy = mutate((p) => {
      p.topics = [topic('legal')];
      p.roles = [
        role('a', { topics: { legal: { approver } } }),
        role('b', { extends: 'a', topics: { legal: { action: 'needs-approval' } } }),
      ];
    });
    expect(errorsOrNone(parsePolicy(policy))).toEqual([]);
  });

  it('a role overlay fills in no defaults: a rule it does not mention stays as the base says', () => {
    const parsed = parsePolicy(mutate((p) => { p.roles = [role('r', { rules: { disclaimer: { severity: 'info' } } })]; }));
    expect(parsed.ok && parsed.policy.roles[0]!.rules.disclaimer).toEqual({ severity: 'info' });
  });

  it.each([
    ['a disclaimer text with an unknown placeholder', (p: Draft) => { p.rules.disclaimer.text = 'Not {employer} speaking.'; }, '$.rules.disclaimer.text', /Unknown placeholder "\{employer\}"/],
    ['a disclosure variant with no letters', (p: Draft) => { p.rules.disclosure.variants = ['!!!']; }, '$.rules.disclosure.variants[0]', /no letter or digit/],
  ])('rejects %s', (_, change, path, message) => {
    expect(errorsOf(parsePolicy(mutate(change)))).toEqual([{ path, message: expect.stringMatching(message) }]);
  });

  it('warns when a disclosure variant is the company name alone', () => {
    const warnings = warningsOf(parsePolicy(mutate((p) => { p.rules.disclosure.variants = ['{company}']; })));
    expect(warnings).toEqual([{ path: '$.rules.disclosure.variants[0]', message: expect.stringMatching(/any mention of the company/) }]);
  });

  it('rejects a mailto with many "@" quickly and clearly', () => {
    const errors = errorsOf(parsePolicy(mutate((p) => { p.feedback = `mailto:${'@'.repeat(60_000)} `; })));
    expect(errors.map((e) => e.path)).toContain('$.feedback');
  });
});

function errorsOrNone(result: ParseResult): readonly PolicyProblem[] {
  return result.ok ? [] : result.errors;
}

describe('scenarios', () => {
  const withScenario = (extra: Draft) =>
    mutate((p) => {
      p.topics = [topic('legal')];
      p.roles = [role('intern')];
      p.scenarios = [{ id: 's', label: 'A case', draft: 'Some draft', expect: [], explanation: 'Why.', ...extra }];
    });

  it('accepts a scenario naming real roles, kinds and subjects', () => {
    expect(errorsOrNone(parsePolicy(withScenario({ roles: ['intern'], expect: ['avoid:legal', 'missing-disclaimer'] })))).toEqual([]);
  });

  it.each([
    ['an unknown role', { roles: ['ceo'] }, '$.scenarios[0].roles[0]', /No role has the id "ceo"/],
    ['an unknown subject', { expect: ['avoid:gossip'] }, '$.scenarios[0].expect[0]', /No topic, product or competitor has the id "gossip"/],
    ['an unknown kind', { expect: ['frowned-upon'] }, '$.scenarios[0].expect[0]', /Expected a finding kind/],
  ])('rejects %s', (_, extra, path, message) => {
    expect(errorsOf(parsePolicy(withScenario(extra)))).toEqual([{ path, message: expect.stringMatching(message) }]);
  });
});
