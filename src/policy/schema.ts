/**
 * The policy format a company hosts: one JSON file, `schemaVersion: 1`.
 *
 * Every object is strict, so an unknown (often misspelt) field is reported instead of silently dropped.
 * Terms are literal strings, never patterns: the engine matches them with one multi-pattern automaton,
 * so no policy string is ever compiled into a regular expression.
 *
 * Content scripts must not import this file (zod stays out of them); they import types from `./types`.
 */
import { z } from 'zod';
import { findingKinds, networks } from './constants';
import { MAX_HASHED_WORDS, NAME_HASH, SALT } from './hashed-names';
import { isPolicyLink } from './url';

// Extension pages forbid eval (MV3 CSP): never let zod try to compile validators with `new Function`.
z.config({ jitless: true });

const MAX_TEXT = 2_000;
const MAX_TERM = 200;
const MAX_LIST = 10_000;

/** A BCP 47 language tag such as `en`, `fr` or `fr-CA`. */
const locale = z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'Expected a language tag such as "en" or "fr-CA".');

const nonBlank = (max: number) =>
  z
    .string()
    .max(max)
    .refine((s) => s.trim().length > 0, 'Must not be empty.');

/** Human text: one string, or one string per locale (`{ "en": "…", "fr": "…" }`). */
export const localizedText = z
  .union([nonBlank(MAX_TEXT), z.record(locale, nonBlank(MAX_TEXT))])
  .refine((t) => typeof t === 'string' || Object.keys(t).length > 0, 'Give the text in at least one language.')
  .meta({ id: 'LocalizedText', description: 'Text shown to employees: a string, or an object with one string per language tag.' });

const id = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'Expected an id of lowercase letters, digits and dashes, such as "financial-results".');

const term = nonBlank(MAX_TERM).meta({ id: 'Term', description: 'A literal word or phrase (never a pattern).' });
const terms = z.array(term).max(MAX_LIST);

/** A link employees can follow: an https URL or a mailto: address. */
const href = z
  .string()
  .max(MAX_TEXT)
  .refine(isPolicyLink, 'Expected an https:// URL or a mailto: address.');

const network = z.enum(networks);

/** A moment with its time zone, so "the quiet period ends at 09:00" means the same everywhere. */
const moment = z.iso
  .datetime({ offset: true, error: 'Expected a date and time with a time zone, such as "2027-01-30T09:00:00+01:00" or "2027-01-30T08:00:00Z".' })
  .meta({ id: 'Moment' });

const handle = z
  .string()
  .regex(/^@?[\p{L}\p{N}_.-]{1,100}$/u, 'Expected a handle such as "@acme" (letters, digits, "_", "." or "-").');

const entityShape = {
  name: nonBlank(MAX_TERM).describe('The name as people usually write it.'),
  aliases: terms.default([]).describe('Other names, abbreviations and former names.'),
  handles: z
    .strictObject({ x: z.array(handle).max(MAX_LIST), linkedin: z.array(handle).max(MAX_LIST), facebook: z.array(handle).max(MAX_LIST) })
    .partial()
    .default({})
    .describe('Account handles per network, with or without the leading "@".'),
  hashtags: z
    .array(z.string().regex(/^#?[\p{L}\p{N}_]{1,100}$/u, 'Expected a hashtag such as "#AcmeLife".'))
    .max(MAX_LIST)
    .default([]),
  tickers: z
    .array(z.string().regex(/^\$?[A-Za-z][A-Za-z0-9.]{0,9}$/, 'Expected a stock ticker such as "$ACME".'))
    .max(MAX_LIST)
    .default([]),
  domains: z
    .array(
      z
        .string()
        .regex(
          /^(?!-)[A-Za-z0-9-]{1,63}(\.[A-Za-z0-9-]{1,63})+$/,
          'Expected a web domain such as "acme.example" (no scheme, no path).',
        ),
    )
    .max(MAX_LIST)
    .default([]),
};

export const company = z.strictObject(entityShape);
export const competitor = z.strictObject({ id, ...entityShape });

export const productStatuses = ['released', 'unreleased', 'confidential'] as const;
export const product = z.strictObject({
  id,
  name: entityShape.name,
  aliases: entityShape.aliases,
  hashtags: entityShape.hashtags,
  status: z.enum(productStatuses),
  embargoUntil: moment
    .optional()
    .describe('For an unreleased product: when it is announced. From then on it counts as released.'),
  nameHashes: z
    .array(z.string().regex(NAME_HASH, 'Expected a SHA-256 hash as 64 lowercase hexadecimal digits.'))
    .max(MAX_LIST)
    .optional()
    .describe('Its names, aliases and hashtags as salted hashes, so the file does not name it (`npm run policy -- hash-names` writes them); `name` is then a label.'),
});

export const hashedNames = z
  .strictObject({
    salt: z.string().regex(SALT, 'Expected 32 to 128 lowercase hexadecimal digits.'),
    maxWords: z.number().int().min(1).max(MAX_HASHED_WORDS).describe('The most words any hashed name holds.'),
  })
  .describe('How the products\' `nameHashes` were made; written by `npm run policy -- hash-names`.');

export const severities = ['info', 'warn'] as const;
const severity = z.enum(severities);

export const approver = z
  .strictObject({
    name: nonBlank(MAX_TERM).describe('Who approves, e.g. "Investor Relations".'),
    contact: href.describe('How to reach them: an https URL or a mailto: address.'),
  })
  .meta({ id: 'Contact' });

export const topicActions = ['allow', 'needs-approval', 'avoid', 'protected'] as const;
export const topicScopes = ['anywhere', 'with-employer'] as const;
export const topic = z.strictObject({
  id,
  label: localizedText,
  terms: terms.min(1),
  action: z.enum(topicActions),
  severity,
  why: localizedText.describe('One line: why this topic needs care.'),
  approver: approver.optional().describe('Required when the action is "needs-approval".'),
  scope: z
    .enum(topicScopes)
    .default('anywhere')
    .describe('"with-employer": only when the draft also mentions the employer or its products.'),
  activeFrom: moment.optional().describe('The topic applies from this moment (e.g. the start of a quiet period).'),
  activeUntil: moment.optional().describe('The topic applies until this moment, excluded.'),
});

export const mentionKinds = ['employer', 'product', 'competitor'] as const;
const triggers = z
  .array(z.enum(mentionKinds))
  .min(1)
  .describe('Which mentions make this text necessary.');

// Rule fields without defaults. The base policy fills in what it leaves out; role overlays must not, or a role
// that changes one field of a rule would silently reset the others (e.g. switch a disabled rule back on).
const ruleFields = {
  enabled: z.boolean(),
  severity,
  explanation: localizedText.describe('A short, human explanation shown with the nudge.'),
};
const approvalRuleFields = { ...ruleFields, approver: approver.optional() };
const placement = z.enum(['start', 'end']);
const disclaimerFields = {
  ...ruleFields,
  triggers,
  text: localizedText.describe(
    'The personal-opinion line to insert, per language ("Views are my own."); "{company}" is replaced by the company name.',
  ),
  variants: terms.describe('Other wordings that count as a disclaimer already present; "{company}" stands for any name of the company.'),
  placement,
  short: localizedText
    .optional()
    .describe('A shorter form ("#AcmeEmployee") offered on X when the text would take the post past 280 characters.'),
};
const preview = z
  .strictObject({
    characters: z.int().min(20).max(100_000).describe('How many characters readers see (weighted characters on X).'),
    lines: z.int().min(1).max(1_000).optional().describe('How many lines readers see, when the network cuts by lines.'),
  })
  .meta({ id: 'Preview' });
const disclosureFields = {
  ...disclaimerFields,
  text: localizedText.describe('The disclosure to insert, per language; "{company}" is replaced by the company name.'),
  variants: terms.describe('Other wordings that count as a disclosure already present; "{company}" stands for any name of the company.'),
  weakVariants: terms.describe(
    'Wordings employees use that do not say which company ("#employee"): recognised, and answered with the clear form.',
  ),
  preview: z
    .strictObject({ x: preview, linkedin: preview, facebook: preview })
    .partial()
    .describe('How much of a post each network shows before "see more": a disclosure counts only there. Defaults: README.'),
  when: z
    .enum(['mention', 'endorsement'])
    .describe('"mention": whenever a trigger is mentioned; "endorsement": only when the draft also promotes (names a product, links to the company\'s domains, or uses an endorsement cue).'),
  endorsementCues: terms.describe('Words that make a draft an endorsement ("check out", "discount code"), for "when": "endorsement".'),
};

const enabled = ruleFields.enabled.default(true);
export const rules = z.strictObject({
  employerMention: z.strictObject({ ...ruleFields, enabled }),
  competitorMention: z.strictObject({ ...ruleFields, enabled }),
  productMention: z.strictObject({ ...ruleFields, enabled }),
  unreleasedProduct: z.strictObject({ ...approvalRuleFields, enabled }),
  confidentialProduct: z.strictObject({ ...approvalRuleFields, enabled }),
  disclaimer: z.strictObject({
    ...disclaimerFields,
    enabled,
    variants: disclaimerFields.variants.default([]),
    placement: placement.default('end'),
  }),
  disclosure: z.strictObject({
    ...disclosureFields,
    enabled,
    variants: disclosureFields.variants.default([]),
    placement: placement.default('start'),
    weakVariants: disclosureFields.weakVariants.default([]),
    preview: disclosureFields.preview.default({}),
    when: disclosureFields.when.default('mention'),
    endorsementCues: disclosureFields.endorsementCues.default([]),
  }),
  corporateAccount: z.strictObject({ ...ruleFields, enabled }),
});

/** What a role may change on a rule: any of its fields, nothing filled in. */
const ruleOverlay = <S extends z.ZodRawShape>(fields: S) => z.strictObject(fields).partial();

export const roleOverlay = z.strictObject({
  id,
  label: localizedText,
  description: localizedText,
  extends: id.optional().describe('Another role whose changes apply first.'),
  rules: z
    .strictObject({
      employerMention: ruleOverlay(ruleFields),
      competitorMention: ruleOverlay(ruleFields),
      productMention: ruleOverlay(ruleFields),
      unreleasedProduct: ruleOverlay(approvalRuleFields),
      confidentialProduct: ruleOverlay(approvalRuleFields),
      disclaimer: ruleOverlay(disclaimerFields),
      disclosure: ruleOverlay(disclosureFields),
      corporateAccount: ruleOverlay(ruleFields),
    })
    .partial()
    .default({}),
  topics: z
    .record(
      id,
      z.strictObject({
        action: topic.shape.action,
        severity: topic.shape.severity,
        why: topic.shape.why,
        approver,
      }).partial(),
    )
    .default({})
    .describe('Changes to topics, by topic id.'),
});

export const corporateAccount = z.strictObject({
  network,
  handle,
  name: nonBlank(MAX_TERM)
    .optional()
    .describe('The name the network shows for the account ("Comment as Acme Corp" on Facebook), where it shows no handle.'),
});

/** "kind" or "kind:subject", as the engine reports them: "missing-disclaimer", "needs-approval:financial-results". */
const expectedFinding = z
  .string()
  .regex(
    new RegExp(`^(${findingKinds.join('|')})(:[a-z0-9][a-z0-9-]{0,63})?$`),
    'Expected a finding kind, optionally with ":" and the id of its topic, product or competitor, such as "needs-approval:financial-results".',
  );

export const scenario = z.strictObject({
  id,
  label: localizedText.describe('A short title for the card: "Sharing our Q3 numbers".'),
  draft: nonBlank(MAX_TEXT).describe('A realistic post an employee might write.'),
  roles: z.array(id).max(100).default([]).describe('Roles the scenario is for; empty: everyone (the base policy).'),
  locale: locale.optional().describe('The language the draft is written in, for the texts Candor would insert.'),
  network: network.optional().describe('Where it is posted, for what readers see before "see more"; absent: the strictest network.'),
  at: moment.optional().describe('When it is posted, for topics and products with dates; absent: now.'),
  expect: z
    .array(expectedFinding)
    .max(50)
    .describe('What Candor should say about the draft (mentions of the company and its products aside); empty: fine as it is.'),
  explanation: localizedText.describe('What to do and why, in a sentence or two.'),
});

/** A change put to employees before it is decided: the policy in force stays as it is meanwhile. */
export const proposal = z
  .strictObject({
    summary: localizedText.describe('What would change, in words employees understand.'),
    until: z.iso.date({ error: 'Expected a date as YYYY-MM-DD.' }).describe('Comments are open until the end of this day.'),
    comment: href.describe('Where employees comment: an https URL or a mailto: address.'),
  })
  .describe('A proposed change, open for comments: the popup shows it while this version stays in force.');

const policyVersion = z
  .string()
  .regex(/^\d{1,9}(\.\d{1,9}){0,3}$/, 'Expected numbers separated by dots, such as "3" or "2026.11.1".');

export const changelogEntry = z.strictObject({
  version: policyVersion,
  changes: localizedText.describe('What changed, in words employees understand; shown before the computed summary.'),
});

export const policySchema = z
  .strictObject({
    $schema: z.string().optional().describe('Where editors find this schema; ignored by Candor.'),
    schemaVersion: z.literal(1),
    name: localizedText,
    version: policyVersion
      .describe('Increases with every published change; an older version never replaces a newer one.'),
    updatedAt: z.iso.date({ error: 'Expected a date as YYYY-MM-DD.' }).describe('The day this version was published (YYYY-MM-DD).'),
    defaultLocale: locale.default('en'),
    principles: z.array(localizedText).max(20).default([]),
    feedback: href.optional().describe('Where employees suggest a change to this policy.'),
    contact: approver.optional().describe('Who answers questions about this policy.'),
    company,
    competitors: z.array(competitor).max(MAX_LIST).default([]),
    products: z.array(product).max(MAX_LIST).default([]),
    hashedNames: hashedNames.optional(),
    topics: z.array(topic).max(1_000).default([]),
    rules,
    corporateAccounts: z.array(corporateAccount).max(1_000).default([]),
    roles: z.array(roleOverlay).max(100).default([]),
    scenarios: z.array(scenario).max(200).default([]).describe('"Is this OK to post?" examples; `npm run policy -- test` checks them.'),
    changelog: z.array(changelogEntry).max(200).default([]).describe('What changed in each version, newest first.'),
    proposal: proposal.optional(),
  })
  .describe('A Candor social-media policy.');

