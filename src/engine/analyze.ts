/**
 * `analyze(draft, compiled, roleId, context)`: what the policy asks of a draft, for the role in force.
 * Pure and synchronous; one fold and one scan of the draft, then work proportional to what was found.
 */
import type { Approver, MentionKind, Rules } from '../policy/types';
import { type CompiledPolicy, withCompany } from './compile';
import { localize } from '../policy/localize';
import { scan } from './matcher';
import { type FoldedText, fold } from '../text/fold';
import type { AnalysisContext, Finding, FindingKind, Fix, Span } from './types';

/** Folded-text ranges found for one owner, as [start, end, start, end, …]. */
type Ranges = number[];

interface Found {
  employer: Ranges;
  competitors: Map<number, Ranges>;
  products: Map<number, Ranges>;
  topics: Map<number, Ranges>;
  disclaimer: boolean;
  disclosure: boolean;
}

const SEVERITY_ORDER = { warn: 0, info: 1 } as const;

export function analyze(
  draft: string,
  compiled: CompiledPolicy,
  roleId: string | null | undefined,
  context: AnalysisContext = {},
): Finding[] {
  const { policy } = compiled;
  const view = (roleId && compiled.roles.get(roleId)) || compiled.base;
  const { rules } = view;
  const text = (t: Parameters<typeof localize>[0]) => localize(t, context.locale, policy.defaultLocale);
  const folded = fold(draft);
  const found = collect(compiled, folded);
  const toSpans = (ranges: Ranges) => spansOf(ranges, folded, draft);
  const findings: Finding[] = [];
  const report = (
    kind: FindingKind,
    ruleId: string,
    rule: { severity: Finding['severity']; explanation: Parameters<typeof localize>[0] },
    ranges: Ranges,
    extra: { subject?: Finding['subject']; fix?: Finding['fix'] | undefined } = {},
  ) => {
    const { subject, fix } = extra;
    findings.push({
      kind,
      ruleId,
      severity: rule.severity,
      explanation: text(rule.explanation),
      spans: toSpans(ranges),
      ...(subject && { subject }),
      ...(fix && { fix }),
    });
  };
  const askApproval = (approver: Approver | undefined): Fix | undefined => approver && { type: 'ask-approval', approver };

  const mention = (kind: FindingKind, ruleId: keyof Rules, ranges: Ranges, subject: Finding['subject']) => {
    const rule = rules[ruleId];
    if (rule.enabled) report(kind, ruleId, rule, ranges, { subject, fix: askApproval('approver' in rule ? rule.approver : undefined) });
  };
  if (found.employer.length) mention('employer-mention', 'employerMention', found.employer, { id: 'employer', name: policy.company.name });
  for (const [index, ranges] of found.competitors) {
    const c = policy.competitors[index]!;
    mention('competitor-mention', 'competitorMention', ranges, { id: c.id, name: c.name });
  }
  for (const [index, ranges] of found.products) {
    const p = policy.products[index]!;
    const [kind, ruleId] = PRODUCT_RULES[p.status];
    mention(kind, ruleId, ranges, { id: p.id, name: p.name });
  }

  const mentions: Record<MentionKind, Ranges> = {
    employer: found.employer,
    product: [...found.products.values()].flat(),
    competitor: [...found.competitors.values()].flat(),
  };
  for (const [ruleId, kind, present] of [
    ['disclosure', 'missing-disclosure', found.disclosure],
    ['disclaimer', 'missing-disclaimer', found.disclaimer],
  ] as const) {
    const rule = rules[ruleId];
    const triggering = rule.triggers.flatMap((t) => mentions[t]);
    if (!rule.enabled || present || triggering.length === 0) continue;
    const insert = withCompany(text(rule.text), policy.company.name);
    report(kind, ruleId, rule, triggering, { fix: { type: 'insert', text: insert, placement: rule.placement } });
  }

  const aboutEmployer = found.employer.length > 0 || found.products.size > 0;
  for (const [index, ranges] of found.topics) {
    const topic = view.topics[index]!;
    if (topic.action === 'allow' || (topic.scope === 'with-employer' && !aboutEmployer)) continue;
    report(topic.action, `topic:${topic.id}`, { severity: topic.severity, explanation: topic.why }, ranges, {
      subject: { id: topic.id, name: text(topic.label) },
      fix: askApproval(topic.approver),
    });
  }

  if (context.account && rules.corporateAccount.enabled && isCorporateAccount(compiled, context.account)) {
    report('corporate-account', 'corporateAccount', rules.corporateAccount, []);
  }

  return findings.sort(
    (a, b) =>
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      (a.spans[0]?.start ?? -1) - (b.spans[0]?.start ?? -1) ||
      (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0),
  );
}

const PRODUCT_RULES = {
  released: ['product-mention', 'productMention'],
  unreleased: ['unreleased-product', 'unreleasedProduct'],
  confidential: ['confidential-product', 'confidentialProduct'],
} as const satisfies Record<string, [FindingKind, keyof Rules]>;

function collect(compiled: CompiledPolicy, folded: FoldedText): Found {
  const found: Found = {
    employer: [],
    competitors: new Map(),
    products: new Map(),
    topics: new Map(),
    disclaimer: false,
    disclosure: false,
  };
  const addTo = (map: Map<number, Ranges>, index: number, start: number, end: number) => {
    const ranges = map.get(index);
    if (ranges) ranges.push(start, end);
    else map.set(index, [start, end]);
  };
  scan(compiled.matcher, folded, (term, start, end) => {
    for (const owner of compiled.owners[term]!) {
      switch (owner.kind) {
        case 'employer': found.employer.push(start, end); break;
        case 'competitor': addTo(found.competitors, owner.index, start, end); break;
        case 'product': addTo(found.products, owner.index, start, end); break;
        case 'topic': addTo(found.topics, owner.index, start, end); break;
        case 'disclaimer': found.disclaimer = true; break;
        case 'disclosure': found.disclosure = true; break;
      }
    }
  });
  return found;
}

/**
 * Folded ranges → original spans, sorted, with overlapping ranges merged ("acme" inside "acme.com", "@acme" and
 * "acme.com" in "bob@acme.com"), so each place in the draft is reported once.
 */
function spansOf(ranges: Ranges, folded: FoldedText, draft: string): Span[] {
  const order: number[] = [];
  for (let i = 0; i < ranges.length; i += 2) order.push(i);
  order.sort((a, b) => ranges[a]! - ranges[b]! || ranges[b + 1]! - ranges[a + 1]!);
  const merged: [number, number][] = [];
  for (const i of order) {
    const start = ranges[i]!;
    const end = ranges[i + 1]!;
    const last = merged[merged.length - 1];
    if (last && start < last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged.map(([start, end]) => {
    const from = folded.origStart[start]!;
    const to = folded.origEnd[end - 1]!;
    return { start: from, end: to, text: draft.slice(from, to) };
  });
}

function isCorporateAccount(compiled: CompiledPolicy, account: NonNullable<AnalysisContext['account']>): boolean {
  const handle = account.handle && bareHandle(account.handle);
  const name = account.name && sameName(account.name);
  return compiled.policy.corporateAccounts.some(
    (a) => a.network === account.network && ((handle && bareHandle(a.handle) === handle) || (name && a.name && sameName(a.name) === name)),
  );
}

const bareHandle = (handle: string) => handle.replace(/^@/, '').toLowerCase();
/** Names as pages print them: case and runs of spaces aside. */
const sameName = (name: string) => name.trim().replace(/\s+/g, ' ').toLowerCase();
