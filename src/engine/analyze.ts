/**
 * `analyze(draft, compiled, roleId, context)`: what the policy asks of a draft, for the role in force.
 * Pure and synchronous; one fold and one scan of the draft, then work proportional to what was found.
 */
import type { MentionKind, Rules } from '../policy/types';
import type { CompiledPolicy } from './compile';
import { localize } from './localize';
import { scan } from './matcher';
import { type FoldedText, fold } from './normalize';
import type { AnalysisContext, Finding, FindingKind, Span } from './types';

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

  const add = (kind: FindingKind, ruleId: keyof Rules, ranges: Ranges, subject?: Finding['subject']) => {
    const rule = rules[ruleId];
    if (!rule.enabled) return;
    const approver = 'approver' in rule ? rule.approver : undefined;
    findings.push({
      kind,
      ruleId,
      severity: rule.severity,
      explanation: text(rule.explanation),
      spans: toSpans(ranges),
      ...(subject && { subject }),
      ...(approver && { fix: { type: 'ask-approval', approver } }),
    });
  };

  if (found.employer.length) add('employer-mention', 'employerMention', found.employer, { id: 'employer', name: policy.company.name });
  for (const [index, ranges] of found.competitors) {
    const c = policy.competitors[index]!;
    add('competitor-mention', 'competitorMention', ranges, { id: c.id, name: c.name });
  }
  for (const [index, ranges] of found.products) {
    const p = policy.products[index]!;
    const [kind, ruleId] = PRODUCT_RULES[p.status];
    add(kind, ruleId, ranges, { id: p.id, name: p.name });
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
    findings.push({
      kind,
      ruleId,
      severity: rule.severity,
      explanation: text(rule.explanation),
      spans: toSpans(triggering),
      fix: { type: 'insert', text: text(rule.text).replaceAll('{company}', policy.company.name), placement: rule.placement },
    });
  }

  const aboutEmployer = found.employer.length > 0 || found.products.size > 0;
  for (const [index, ranges] of found.topics) {
    const topic = view.topics[index]!;
    if (topic.action === 'allow' || (topic.scope === 'with-employer' && !aboutEmployer)) continue;
    findings.push({
      kind: topic.action,
      ruleId: `topic:${topic.id}`,
      severity: topic.severity,
      explanation: text(topic.why),
      subject: { id: topic.id, name: text(topic.label) },
      spans: toSpans(ranges),
      ...(topic.approver && { fix: { type: 'ask-approval', approver: topic.approver } }),
    });
  }

  if (context.account && isCorporateAccount(compiled, context.account)) add('corporate-account', 'corporateAccount', []);

  return findings.sort(
    (a, b) =>
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      (a.spans[0]?.start ?? -1) - (b.spans[0]?.start ?? -1) ||
      a.kind.localeCompare(b.kind),
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
 * Folded ranges → original spans, sorted, with ranges inside a longer one dropped ("acme" inside "acme.com"),
 * so each place in the draft is reported once.
 */
function spansOf(ranges: Ranges, folded: FoldedText, draft: string): Span[] {
  const order: number[] = [];
  for (let i = 0; i < ranges.length; i += 2) order.push(i);
  order.sort((a, b) => ranges[a]! - ranges[b]! || ranges[b + 1]! - ranges[a + 1]!);
  const spans: Span[] = [];
  let reach = -1;
  for (const i of order) {
    const start = ranges[i]!;
    const end = ranges[i + 1]!;
    if (end <= reach) continue;
    reach = end;
    const from = folded.origStart[start]!;
    const to = folded.origEnd[end - 1]!;
    spans.push({ start: from, end: to, text: draft.slice(from, to) });
  }
  return spans;
}

function isCorporateAccount(compiled: CompiledPolicy, account: NonNullable<AnalysisContext['account']>): boolean {
  const handle = bareHandle(account.handle);
  return compiled.policy.corporateAccounts.some((a) => a.network === account.network && bareHandle(a.handle) === handle);
}

const bareHandle = (handle: string) => handle.replace(/^@/, '').toLowerCase();
