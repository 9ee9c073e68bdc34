/**
 * `analyze(draft, compiled, roleId, context)`: what the policy asks of a draft, for the role in force.
 * Pure and synchronous; one fold and one scan of the draft, then work proportional to what was found.
 */
import type { Approver, LocalizedText, MentionKind, Rules } from '../policy/types';
import { withCompany } from '../policy/pack';
import type { PreparedPolicy } from './prepared';
import { judgeDisclosure, readerOf, type Sighting } from './disclosure';
import { fitterFor } from './fit';
import { localize } from '../policy/localize';
import { announcedAt, topicInForce } from '../policy/schedule';
import { scanHashed } from './hashed';
import { scan } from './matcher';
import { FoldBuffers, type FoldedText, fold } from '../text/fold';
import type { AnalysisContext, Finding, FindingKind, Fix, Span } from './types';
import { withPiece } from '../text/join';

/** Folded-text ranges found for one owner, as [start, end, start, end, …]. */
type Ranges = number[];

interface Found {
  employer: Ranges;
  competitors: Map<number, Ranges>;
  products: Map<number, Ranges>;
  topics: Map<number, Ranges>;
  disclaimer: boolean;
  /** Disclosure wordings found, as [start, end, clear (1 or 0), …] in folded offsets. */
  disclosures: number[];
  /** A link to the company's domains, or an endorsement cue: the draft promotes. */
  promotes: boolean;
}

const SEVERITY_ORDER = { warn: 0, info: 1 } as const;

/** Reused by every analysis (it is synchronous): a keystroke allocates no buffers that grow with the draft. */
const buffers = new FoldBuffers();

export function analyze(
  draft: string,
  compiled: PreparedPolicy,
  roleId: string | null | undefined,
  context: AnalysisContext = {},
): Finding[] {
  const { policy } = compiled;
  const view = (roleId && compiled.roles.get(roleId)) || compiled.base;
  const { rules } = view;
  const network = context.network ?? context.account?.network;
  const now = context.now ?? Date.now();
  const text = (t: LocalizedText) => localize(t, context.locale, policy.defaultLocale);
  const folded = fold(draft, buffers);
  const found = collect(compiled, folded);
  const spans = new Map<Ranges, Span[]>();
  const toSpans = (ranges: Ranges) => {
    let found = spans.get(ranges);
    if (!found) spans.set(ranges, (found = spansOf(ranges, folded, draft)));
    return found;
  };
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
    const [kind, ruleId] = PRODUCT_RULES[announcedAt(p, now) ? 'released' : p.status];
    // A product known by its hash is called what the user wrote: the policy holds only a label for it.
    const name = p.nameHashes?.length ? toSpans(ranges)[0]!.text : p.name;
    mention(kind, ruleId, ranges, { id: p.id, name });
  }

  const mentions: Record<MentionKind, readonly Ranges[]> = {
    employer: [found.employer],
    product: [...found.products.values()],
    competitor: [...found.competitors.values()],
  };
  // Both rules usually trigger on the same mentions: their ranges are gathered (and later sorted) once.
  let lastTriggers: readonly MentionKind[] | undefined;
  let lastRanges: Ranges = [];
  const triggering = (rule: Rules['disclaimer' | 'disclosure']): Ranges => {
    if (!rule.enabled) return [];
    if (lastTriggers && lastTriggers.join() === rule.triggers.join()) return lastRanges;
    const ranges: Ranges = [];
    for (const kind of rule.triggers) for (const list of mentions[kind]) for (const bound of list) ranges.push(bound);
    lastTriggers = rule.triggers;
    return (lastRanges = ranges);
  };
  const companyText = (t: LocalizedText) => withCompany(text(t), policy.company.name);
  const fit = fitterFor(draft, network);
  /** The fix adding a rule's text: its short form on X when the full one would not fit. */
  const add = (rule: Rules['disclaimer' | 'disclosure'], placement: 'start' | 'end', wording = companyText(rule.text)) =>
    fit(wording, rule.short && companyText(rule.short), placement);

  const disclosure = rules.disclosure;
  const promotes = found.promotes || found.products.size > 0;
  const disclosureTriggers = disclosure.when === 'endorsement' && !promotes ? [] : triggering(disclosure);
  if (disclosureTriggers.length) {
    const verdict = judgeDisclosure(draft, sightingsOf(found.disclosures, folded, draft), network, disclosure.preview);
    if (verdict.state === 'missing') {
      // Placed where the policy says, unless readers would not see it there (in its full or its short form).
      const seenAtEnd = (wording: string) => {
        const result = withPiece(draft, wording, 'end');
        return readerOf(result, network, disclosure.preview)({ start: result.length - wording.length, end: result.length, text: wording });
      };
      const forms = [disclosure.text, ...(disclosure.short ? [disclosure.short] : [])].map(companyText);
      const atEnd = disclosure.placement === 'end' && forms.every(seenAtEnd);
      report('missing-disclosure', 'disclosure', disclosure, disclosureTriggers, { fix: add(disclosure, atEnd ? 'end' : 'start') });
    } else if (verdict.state === 'weak') {
      report('weak-disclosure', 'disclosure', disclosure, [...verdict.sighting.range], { fix: add(disclosure, 'start') });
    } else if (verdict.state === 'hidden') {
      // The user's own wording moves to the start when it stands alone (a hashtag); a sentence taken out of its
      // place might not read right, so the policy's text is offered instead.
      const own = verdict.sighting.clear && verdict.sighting.text.startsWith('#') ? verdict.sighting.text : undefined;
      report('hidden-disclosure', 'disclosure', disclosure, [...verdict.sighting.range], {
        fix: own ? fit(own, undefined, 'start') : add(disclosure, 'start'),
      });
    }
  }
  const disclaimerTriggers = triggering(rules.disclaimer);
  if (disclaimerTriggers.length && !found.disclaimer) {
    report('missing-disclaimer', 'disclaimer', rules.disclaimer, disclaimerTriggers, { fix: add(rules.disclaimer, rules.disclaimer.placement) });
  }

  const aboutEmployer = found.employer.length > 0 || found.products.size > 0;
  const inForce = [...found.topics].filter(([index]) => {
    const topic = view.topics[index]!;
    return topic.action !== 'allow' && (topic.scope !== 'with-employer' || aboutEmployer) && topicInForce(topic, now);
  });
  // Where a protected subject is found, no other topic advises against the same words (other words, it still may).
  const protectedRanges = inForce.flatMap(([index, ranges]) => (view.topics[index]!.action === 'protected' ? ranges : []));
  for (const [index, ranges] of inForce) {
    const topic = view.topics[index]!;
    const { action } = topic;
    if (action === 'allow') continue;
    const where = action === 'protected' ? ranges : outside(ranges, protectedRanges);
    if (where.length === 0) continue;
    report(action, `topic:${topic.id}`, { severity: topic.severity, explanation: topic.why }, where, {
      subject: { id: topic.id, name: text(topic.label) },
      // A right needs nobody's leave.
      fix: action === 'protected' ? undefined : askApproval(topic.approver),
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

function collect(compiled: PreparedPolicy, folded: FoldedText): Found {
  const found: Found = {
    employer: [],
    competitors: new Map(),
    products: new Map(),
    topics: new Map(),
    disclaimer: false,
    disclosures: [],
    promotes: false,
  };
  const addTo = (map: Map<number, Ranges>, index: number, start: number, end: number) => {
    const ranges = map.get(index);
    if (ranges) addRange(ranges, start, end);
    else map.set(index, [start, end]);
  };
  scan(compiled.matcher, folded, (term, start, end) => {
    for (const owner of compiled.owners[term]!) {
      switch (owner.kind) {
        case 'employer': addRange(found.employer, start, end); break;
        case 'competitor': addTo(found.competitors, owner.index, start, end); break;
        case 'product': addTo(found.products, owner.index, start, end); break;
        case 'topic': addTo(found.topics, owner.index, start, end); break;
        case 'disclaimer': found.disclaimer = true; break;
        case 'disclosure': found.disclosures.push(start, end, owner.clear ? 1 : 0); break;
        case 'company-link':
        case 'endorsement-cue': found.promotes = true; break;
      }
    }
  });
  if (compiled.hashed) scanHashed(compiled.hashed, folded, (product, start, end) => addTo(found.products, product, start, end));
  return found;
}

/** Room for a range's length in a sort key (lengths are far below; starts times this stay exact in a double). */
const LENGTH_ROOM = 2 ** 24;

/**
 * Adds a range, merged into the last one when they overlap: they become one span anyway, and a draft repeating a
 * phrase of nested terms would otherwise pile up a range per word.
 */
function addRange(ranges: Ranges, start: number, end: number): void {
  const last = ranges.length - 1;
  if (last > 0 && start < ranges[last]! && ranges[last - 1]! < end) {
    ranges[last - 1] = Math.min(ranges[last - 1]!, start);
    ranges[last] = Math.max(ranges[last]!, end);
  } else ranges.push(start, end);
}

/**
 * Folded ranges → original spans, sorted, with overlapping ranges merged ("acme" inside "acme.com", "@acme" and
 * "acme.com" in "bob@acme.com"), so each place in the draft is reported once.
 */
function spansOf(ranges: Ranges, folded: FoldedText, draft: string): Span[] {
  // By start, longest first: each range as one number (start, then room for the length), sorted natively.
  const keys = new Float64Array(ranges.length / 2);
  for (let i = 0; i < ranges.length; i += 2) keys[i / 2] = ranges[i]! * LENGTH_ROOM + (LENGTH_ROOM - 1 - (ranges[i + 1]! - ranges[i]!));
  keys.sort();
  const merged: [number, number][] = [];
  for (const key of keys) {
    const start = Math.floor(key / LENGTH_ROOM);
    const end = start + LENGTH_ROOM - 1 - (key % LENGTH_ROOM);
    const last = merged[merged.length - 1];
    if (last && start < last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged.map(([start, end]) => {
    const from = folded.startOf(start);
    const to = folded.endOf(end - 1);
    return { start: from, end: to, text: draft.slice(from, to) };
  });
}

/** Disclosure wordings found, in the original draft. */
function sightingsOf(found: readonly number[], folded: FoldedText, draft: string): Sighting[] {
  const sightings: Sighting[] = [];
  for (let i = 0; i < found.length; i += 3) {
    const [span] = spansOf([found[i]!, found[i + 1]!], folded, draft);
    sightings.push({ ...span!, clear: found[i + 2] === 1, range: [found[i]!, found[i + 1]!] });
  }
  return sightings.sort((a, b) => a.start - b.start);
}

/** The ranges that overlap none of `cover` (both as [start, end, …]). */
function outside(ranges: Ranges, cover: Ranges): Ranges {
  if (cover.length === 0) return ranges;
  const kept: Ranges = [];
  for (let i = 0; i < ranges.length; i += 2) {
    let covered = false;
    for (let j = 0; j < cover.length && !covered; j += 2) covered = ranges[i]! < cover[j + 1]! && cover[j]! < ranges[i + 1]!;
    if (!covered) kept.push(ranges[i]!, ranges[i + 1]!);
  }
  return kept;
}

function isCorporateAccount(compiled: PreparedPolicy, account: NonNullable<AnalysisContext['account']>): boolean {
  const handle = account.handle && bareHandle(account.handle);
  const name = account.name && sameName(account.name);
  return compiled.policy.corporateAccounts.some(
    (a) => a.network === account.network && ((handle && bareHandle(a.handle) === handle) || (name && a.name && sameName(a.name) === name)),
  );
}

const bareHandle = (handle: string) => handle.replace(/^@/, '').toLowerCase();
/** Names as pages print them: case and runs of spaces aside. */
const sameName = (name: string) => name.trim().replace(/\s+/g, ' ').toLowerCase();
