/**
 * Checks zod cannot express, on a policy that already has the right shape: ids that must be unique or exist, role
 * loops, approvers, placeholders, and terms that would misfire. Each check is one small function over the whole
 * policy; they run in order, so problems are listed in the order of the policy's sections.
 */
import { foldTerm, isInvisible } from '../text/fold';
import { COMMON_WORDS } from './common-words';
import { formatPath, type PathPart, type PolicyProblem } from './problems';
import { resolveRole } from './roles';
import { hashedRuns } from './hashed-names';
import { companyNamer } from './names';
import { protectedSubjectOf } from './protected-speech';
import { policyTerms, type TermOwner } from './terms';
import type { LocalizedText, Policy } from './types';

export interface Checked {
  readonly errors: PolicyProblem[];
  readonly warnings: PolicyProblem[];
}

interface Report {
  error(path: readonly PathPart[], message: string): void;
  warn(path: readonly PathPart[], message: string): void;
}

type PolicyCheck = (policy: Policy, report: Report) => void;

/** Competitors, products, topics and roles are each referred to by id. */
const uniqueIds: PolicyCheck = (policy, report) => {
  for (const list of ['competitors', 'products', 'topics', 'roles'] as const) {
    const seen = new Set<string>();
    policy[list].forEach(({ id }, i) => {
      if (seen.has(id)) report.error([list, i, 'id'], `Duplicate id "${id}": each of the ${list} needs its own id.`);
      seen.add(id);
    });
  }
};

const topicApprovers: PolicyCheck = (policy, report) => {
  policy.topics.forEach((t, i) => {
    if (t.action === 'needs-approval' && !t.approver) {
      report.error(['topics', i, 'approver'], 'A topic that needs approval must say who approves (name and contact).');
    }
    if (t.action === 'protected' && t.approver) {
      report.warn(['topics', i, 'approver'], 'A protected topic needs nobody\'s approval, so Candor shows no approver for it: remove it.');
    }
  });
};

/** Roles extend existing roles without a loop, and change only existing topics, naming an approver when needed. */
const roleReferences: PolicyCheck = (policy, report) => {
  const roleIds = new Set(policy.roles.map((r) => r.id));
  policy.roles.forEach((role, i) => {
    if (role.extends !== undefined && !roleIds.has(role.extends)) {
      report.error(['roles', i, 'extends'], `No role has the id "${role.extends}".`);
    } else if (role.extends !== undefined) {
      const loop = extendsLoop(policy, role.id);
      if (loop) report.error(['roles', i, 'extends'], loop);
    }
    // Judge the role as it resolves (base, then the roles it extends, then itself): an approver may be inherited.
    const resolved = resolveRole(policy, role.id);
    for (const topicId of Object.keys(role.topics)) {
      const topic = resolved.topics.find((t) => t.id === topicId);
      if (!topic) report.error(['roles', i, 'topics', topicId], `No topic has the id "${topicId}".`);
      else if (topic.action === 'needs-approval' && !topic.approver) {
        report.error(['roles', i, 'topics', topicId, 'approver'], 'This role makes the topic need approval: say who approves.');
      }
    }
  });
};

/** Scenarios name existing roles and subjects. */
const scenarioReferences: PolicyCheck = (policy, report) => {
  const roleIds = new Set(policy.roles.map((r) => r.id));
  const subjects = new Set([...policy.topics, ...policy.products, ...policy.competitors].map((s) => s.id));
  policy.scenarios.forEach((scenario, i) => {
    scenario.roles.forEach((role, j) => {
      if (!roleIds.has(role)) report.error(['scenarios', i, 'roles', j], `No role has the id "${role}".`);
    });
    scenario.expect.forEach((key, j) => {
      const subject = key.split(':')[1];
      if (subject !== undefined && !subjects.has(subject)) {
        report.error(['scenarios', i, 'expect', j], `No topic, product or competitor has the id "${subject}".`);
      }
    });
  });
};

/** Disclaimer and disclosure texts use only "{company}", fit on one line, and can be recognised once written. */
const insertedTextChecks: PolicyCheck = (policy, report) => {
  const namesTheCompany = companyNamer(policy);
  for (const [path, text, isVariant] of insertedTexts(policy)) {
    if (LINE_BREAK.test(text)) {
      report.error(
        path,
        isVariant
          ? 'Must be one line: a wording is matched within one line of a post. Remove the line break.'
          : 'Must be one line: some editors (X\'s, Facebook\'s) drop line breaks from inserted text. Remove the line break.',
      );
    }
    if (path.includes('disclosure') && !namesTheCompany(text.replaceAll('{company}', policy.company.name))) {
      report.warn(
        path,
        `"${text}" does not say which company, so readers cannot tell whose employee you are (FTC 16 CFR 255.5): Candor treats it as weak and asks for the clear form. Name the company ("{company}", or a hashtag with its name), or move it to "weakVariants".`,
      );
    }
    for (const [placeholder] of text.matchAll(/\{[^}]*\}/g)) {
      if (placeholder !== '{company}') {
        report.error(path, `Unknown placeholder "${placeholder}": only "{company}" is replaced.`);
      }
    }
    if (!/[\p{L}\p{N}]/u.test(text.replaceAll('{company}', ''))) {
      if (isVariant && text.includes('{company}')) report.warn(path, `"${text}" would count any mention of the company as present.`);
      else report.error(path, `"${text}" has no letter or digit, so it cannot be recognised.`);
    }
  }
};

/** Terms that cannot match, hide invisible characters, match too much, or belong to two owners. */
const termChecks: PolicyCheck = (policy, report) => {
  const owners = new Map<string, string>();
  for (const { path, written: term, owner } of policyTerms(policy)) {
    const folded = foldTerm(term);
    const invisible = [...term].filter(isInvisible);
    if (!/[\p{L}\p{N}]/u.test(folded)) {
      report.error(path, `"${term}" has no letter or digit, so it cannot be matched.`);
      continue;
    }
    if (invisible.length) {
      const codes = [...new Set(invisible)].map((c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`);
      report.warn(path, `"${term}" contains invisible characters (${codes.join(', ')}); they are ignored when matching.`);
    }
    const bare = folded.replace(/^[#@$]/, '');
    if ([...bare].length === 1) report.warn(path, `"${term}" is a single character: it will match far too many drafts.`);
    else if (COMMON_WORDS.has(bare)) report.warn(path, `"${term}" is a common word: it will flag many unrelated drafts.`);
    const name = ownerName(policy, owner);
    const previous = owners.get(folded);
    if (previous !== undefined && previous !== name) {
      report.warn(path, `"${term}" is also listed for ${previous}: one draft will be read as mentioning both.`);
    } else owners.set(folded, name);
  }
};

/** More policy terms than this at the end of one term, and drafts repeating it cost noticeably more to check. */
export const NESTED_TERMS_LIMIT = 8;

/**
 * Terms ending with many other terms ("a", "aa", "aaa"…; "go", "go go", "go go go"…): wherever such a term could
 * end, every one of them is looked at again. Candor keeps that bounded, but it is the shape that costs most, and
 * rarely what an author meant: said once, at the deepest.
 */
const nestedTermChecks: PolicyCheck = (policy, report) => {
  const terms = policyTerms(policy).map((term) => ({ ...term, folded: foldTerm(term.typed) }));
  const known = new Set(terms.map((term) => term.folded));
  let deepest: { term: (typeof terms)[number]; inside: string[] } | undefined;
  let nested = 0;
  for (const term of terms) {
    const inside: string[] = [];
    for (let k = 1; k < term.folded.length; k++) if (known.has(term.folded.slice(k))) inside.push(term.folded.slice(k));
    if (inside.length <= NESTED_TERMS_LIMIT) continue;
    nested++;
    if (!deepest || inside.length > deepest.inside.length) deepest = { term, inside };
  }
  if (!deepest) return;
  const others = nested > 1 ? ` ${nested - 1} more terms are nested like it.` : '';
  report.warn(
    deepest.term.path,
    `"${deepest.term.written}" ends with ${deepest.inside.length} other terms of this policy (such as "${deepest.inside.at(-1)}"): ` +
      `drafts that repeat it take longer to check, and few policies need terms nested this deep.${others}`,
  );
};

/**
 * Hashed names need the salt they were made with, and a file that still names them in clear (a scenario's draft, a
 * changelog entry, an id) hides nothing.
 */
const hashedNameChecks: PolicyCheck = (policy, report) => {
  const hashed = new Map<string, string>();
  policy.products.forEach((product, i) => {
    if (!product.nameHashes?.length) return;
    if (!policy.hashedNames) {
      report.error(['products', i, 'nameHashes'], 'Hashed names need "hashedNames" (their salt) at the top of the policy: "npm run policy -- hash-names" writes both.');
    }
    if (product.status === 'released') {
      report.warn(['products', i, 'nameHashes'], `"${product.id}" is released: its names are public, and hashing them only hides them from the popup.`);
    }
    for (const hash of product.nameHashes) hashed.set(hash, product.id);
  });
  const config = policy.hashedNames;
  if (!config || hashed.size === 0) return;
  for (const [path, text] of stringsOf(policy, [])) {
    if (path.includes('hashedNames') || path.includes('nameHashes')) continue;
    let named: string | undefined;
    hashedRuns(config, text, (hash) => (named ??= hashed.get(hash)));
    if (named !== undefined) report.warn(path, `Names the hashed product "${named}" in clear: whoever reads the file learns the name.`);
  }
};

function* stringsOf(value: unknown, path: PathPart[]): Generator<[PathPart[], string]> {
  if (typeof value === 'string') yield [path, value];
  else if (Array.isArray(value)) for (const [i, item] of value.entries()) yield* stringsOf(item, [...path, i]);
  else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) yield* stringsOf(item, [...path, key]);
}

/** Dates that can be met: a window that opens before it closes, an embargo only on an unreleased product. */
const dateChecks: PolicyCheck = (policy, report) => {
  policy.topics.forEach((t, i) => {
    if (t.activeFrom !== undefined && t.activeUntil !== undefined && Date.parse(t.activeFrom) >= Date.parse(t.activeUntil)) {
      report.error(['topics', i, 'activeUntil'], `The topic would end (${t.activeUntil}) before it starts (${t.activeFrom}).`);
    }
  });
  policy.products.forEach((p, i) => {
    if (p.embargoUntil !== undefined && p.status !== 'unreleased') {
      report.warn(['products', i, 'embargoUntil'], `Only an unreleased product has an embargo: this one is ${p.status}, so the date changes nothing.`);
    }
  });
};

/**
 * A policy must not tell employees to avoid, or ask leave to discuss, what labour law lets them discuss: pay,
 * working conditions, unions, strikes, layoffs, harassment reports, whistleblowing (US NLRA §7 as read in
 * Stericycle, 372 NLRB No. 113, 2023; France: Code du travail L1121-1, L2511-1). Roles aside: managers and
 * spokespeople may be held to more.
 */
const protectedSpeech: PolicyCheck = (policy, report) => {
  policy.topics.forEach((t, i) => {
    if (t.action !== 'avoid' && t.action !== 'needs-approval') return;
    t.terms.forEach((term, j) => {
      const subject = protectedSubjectOf(term);
      if (subject) {
        report.warn(
          ['topics', i, 'terms', j],
          `"${term}" touches ${subject.label.en.toLowerCase()}, which employees may lawfully discuss (${subject.law.en.replace(/\.$/, '')}). Make the topic "protected", or narrow the term.`,
        );
      }
    });
  });
};

/** An endorsement-only disclosure needs something that tells an endorsement from a mention. */
const endorsementChecks: PolicyCheck = (policy, report) => {
  const { disclosure } = policy.rules;
  if (disclosure.when === 'endorsement' && disclosure.endorsementCues.length === 0 && policy.company.domains.length === 0) {
    report.warn(['rules', 'disclosure', 'endorsementCues'], 'With no cues and no company domains, only product names make a draft an endorsement.');
  }
};

const CHECKS: readonly PolicyCheck[] = [
  uniqueIds,
  topicApprovers,
  roleReferences,
  scenarioReferences,
  insertedTextChecks,
  dateChecks,
  protectedSpeech,
  endorsementChecks,
  termChecks,
  nestedTermChecks,
  hashedNameChecks,
];

/** Line feeds, carriage returns and Unicode's line and paragraph separators. */
const LINE_BREAK = /[\n\r\u2028\u2029]/;

/** Runs every check on a policy zod has accepted. */
export function checkPolicy(policy: Policy): Checked {
  const checked: Checked = { errors: [], warnings: [] };
  const report: Report = {
    error: (path, message) => checked.errors.push({ path: formatPath(path), message }),
    warn: (path, message) => checked.warnings.push({ path: formatPath(path), message }),
  };
  for (const check of CHECKS) check(policy, report);
  return checked;
}

/** A term's owner as an administrator reads it: "the company", `competitor "globex"`… */
function ownerName(policy: Policy, owner: TermOwner): string {
  switch (owner.kind) {
    case 'employer': return 'the company';
    case 'competitor': return `competitor "${policy.competitors[owner.index]!.id}"`;
    case 'product': return `product "${policy.products[owner.index]!.id}"`;
    case 'topic': return `topic "${policy.topics[owner.index]!.id}"`;
  }
}

/** Follows `extends` from a role; describes the loop it runs into, if any. */
function extendsLoop(policy: Policy, roleId: string): string | undefined {
  const path: string[] = [];
  for (let id: string | undefined = roleId; id !== undefined; id = policy.roles.find((r) => r.id === id)?.extends) {
    const seenAt = path.indexOf(id);
    if (seenAt >= 0) {
      const loop = [...path.slice(seenAt), id].map((r) => `"${r}"`).join(' → ');
      return seenAt === 0
        ? `Roles extend each other in a loop: ${loop}.`
        : `"${roleId}" extends "${path[1]}", which leads into a loop: ${loop}.`;
    }
    path.push(id);
  }
  return undefined;
}

/** The disclaimer and disclosure texts and variants, base and roles, each with its path and whether it is a variant. */
function* insertedTexts(policy: Policy): Generator<[PathPart[], string, boolean]> {
  type TextRule = { text?: LocalizedText | undefined; short?: LocalizedText | undefined; variants?: readonly string[] | undefined };
  function* of(base: PathPart[], rule: TextRule | undefined): Generator<[PathPart[], string, boolean]> {
    for (const field of ['text', 'short'] as const) {
      const text = rule?.[field];
      if (typeof text === 'string') yield [[...base, field], text, false];
      else if (text) for (const [locale, t] of Object.entries(text)) yield [[...base, field, locale], t, false];
    }
    for (const [j, v] of (rule?.variants ?? []).entries()) yield [[...base, 'variants', j], v, true];
  }
  for (const kind of ['disclaimer', 'disclosure'] as const) {
    yield* of(['rules', kind], policy.rules[kind]);
    for (const [i, role] of policy.roles.entries()) yield* of(['roles', i, 'rules', kind], role.rules[kind]);
  }
}
