/**
 * `analyze(draft, compiled, roleId, context)`: what the policy asks of a draft, for the role in force.
 * Pure and synchronous; one fold and one scan of the draft, then work proportional to what was found.
 */
import type { Approver, LocalizedText, Network, Rules } from '../policy/types';
import { type AnalysisView, type AnalyzedPolicy, type AnalyzedTopic, withCompany } from '../policy/pack';
import type { PreparedPolicy } from './prepared';
import { judgeDisclosure, readerOf, type Sighting } from './disclosure';
import { type Fitter, fitterFor } from './fit';
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
  const folded = fold(draft, buffers);
  const found = collect(compiled, folded);
  const report = new Report(draft, folded, context.locale, policy);

  if (found.employer.length) report.mention(rules, 'employer-mention', 'employerMention', found.employer, { id: 'employer', name: policy.company.name });
  for (const [index, ranges] of found.competitors) {
    const c = policy.competitors[index]!;
    report.mention(rules, 'competitor-mention', 'competitorMention', ranges, { id: c.id, name: c.name });
  }
  for (const [index, ranges] of found.products) {
    const p = policy.products[index]!;
    const [kind, ruleId] = PRODUCT_RULES[announcedAt(p, now) ? 'released' : p.status];
    // A product known by its hash is called what the user wrote: the policy holds only a label for it.
    const name = p.nameHashes?.length ? report.spansOf(ranges)[0]!.text : p.name;
    report.mention(rules, kind, ruleId, ranges, { id: p.id, name });
  }

  const fit = fitterFor(draft, network);
  const { disclosure, disclaimer } = rules;
  const promotes = found.promotes || found.products.size > 0;
  const disclosureTriggers = disclosure.when === 'endorsement' && !promotes ? [] : triggering(disclosure, found);
  if (disclosureTriggers.length) {
    const verdict = judgeDisclosure(draft, sightingsOf(found.disclosures, folded, draft), network, disclosure.preview);
    if (verdict.state === 'missing') {
      // Placed where the policy says, unless readers would not see it there (in its full or its short form).
      const atEnd = disclosure.placement === 'end' && seenAtEnd(draft, network, disclosure, report);
      report.add('missing-disclosure', 'disclosure', disclosure, disclosureTriggers, undefined, report.insertion(fit, disclosure, atEnd ? 'end' : 'start'));
    } else if (verdict.state === 'weak') {
      report.add('weak-disclosure', 'disclosure', disclosure, [...verdict.sighting.range], undefined, report.insertion(fit, disclosure, 'start'));
    } else if (verdict.state === 'hidden') {
      // The user's own wording moves to the start when it stands alone (a hashtag); a sentence taken out of its
      // place might not read right, so the policy's text is offered instead.
      const own = verdict.sighting.clear && verdict.sighting.text.startsWith('#') ? verdict.sighting.text : undefined;
      const fix = own ? fit(own, undefined, 'start') : report.insertion(fit, disclosure, 'start');
      report.add('hidden-disclosure', 'disclosure', disclosure, [...verdict.sighting.range], undefined, fix);
    }
  }
  // Both rules usually trigger on the same mentions: their ranges are gathered (and their spans found) once.
  const sameTriggers = disclaimer.enabled && disclosureTriggers.length > 0 && sameList(disclaimer.triggers, disclosure.triggers);
  const disclaimerTriggers = sameTriggers ? disclosureTriggers : triggering(disclaimer, found);
  if (disclaimerTriggers.length && !found.disclaimer) {
    report.add('missing-disclaimer', 'disclaimer', disclaimer, disclaimerTriggers, undefined, report.insertion(fit, disclaimer, disclaimer.placement));
  }

  reportTopics(report, view, found, now);

  if (context.account && rules.corporateAccount.enabled && isCorporateAccount(compiled, context.account)) {
    report.add('corporate-account', 'corporateAccount', rules.corporateAccount, []);
  }

  return report.findings.sort(
    (a, b) =>
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      (a.spans[0]?.start ?? -1) - (b.spans[0]?.start ?? -1) ||
      (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0),
  );
}

type TextRule = Rules['disclaimer' | 'disclosure'];

/** Rule texts with the company's name put in, by policy: the same few texts on every keystroke. */
const companyTexts = new WeakMap<AnalyzedPolicy, Map<string, string>>();

/**
 * One analysis's findings and what they share (the draft, its fold, the language): one object with methods, where
 * closures would make a function per helper at every keystroke.
 */
class Report {
  readonly findings: Finding[] = [];
  /** The last ranges turned into spans, and those spans: the disclosure and the disclaimer cite the same mentions. */
  private lastRanges: Ranges | undefined;
  private lastSpans: Span[] = [];
  private readonly namedTexts: Map<string, string>;

  constructor(
    private readonly draft: string,
    private readonly folded: FoldedText,
    private readonly locale: string | undefined,
    private readonly policy: AnalyzedPolicy,
  ) {
    let namedTexts = companyTexts.get(policy);
    if (!namedTexts) companyTexts.set(policy, (namedTexts = new Map()));
    this.namedTexts = namedTexts;
  }

  text(t: LocalizedText): string {
    return localize(t, this.locale, this.policy.defaultLocale);
  }

  /** A rule's text, with the company's name for "{company}" (put in once per policy and text). */
  companyText(t: LocalizedText): string {
    const text = this.text(t);
    let named = this.namedTexts.get(text);
    if (named === undefined) this.namedTexts.set(text, (named = withCompany(text, this.policy.company.name)));
    return named;
  }

  spansOf(ranges: Ranges): Span[] {
    if (ranges !== this.lastRanges) {
      this.lastSpans = spansOf(ranges, this.folded, this.draft);
      this.lastRanges = ranges;
    }
    return this.lastSpans;
  }

  add(
    kind: FindingKind,
    ruleId: string,
    rule: { severity: Finding['severity']; explanation: LocalizedText },
    ranges: Ranges,
    subject?: Finding['subject'],
    fix?: Fix,
  ): void {
    this.findings.push({
      kind,
      ruleId,
      severity: rule.severity,
      explanation: this.text(rule.explanation),
      spans: this.spansOf(ranges),
      ...(subject && { subject }),
      ...(fix && { fix }),
    });
  }

  mention(rules: Rules, kind: FindingKind, ruleId: keyof Rules, ranges: Ranges, subject: Finding['subject']): void {
    const rule = rules[ruleId];
    if (rule.enabled) this.add(kind, ruleId, rule, ranges, subject, askApproval('approver' in rule ? rule.approver : undefined));
  }

  /** The fix adding a rule's text: its short form on X when the full one would not fit. */
  insertion(fit: Fitter, rule: TextRule, placement: 'start' | 'end'): Fix {
    return fit(this.companyText(rule.text), rule.short && this.companyText(rule.short), placement);
  }
}

const askApproval = (approver: Approver | undefined): Fix | undefined => approver && { type: 'ask-approval', approver };

/** The ranges of the mentions a rule triggers on (none when it is off). */
function triggering(rule: TextRule, found: Found): Ranges {
  if (!rule.enabled) return [];
  const ranges: Ranges = [];
  for (const kind of rule.triggers) {
    const lists = kind === 'employer' ? [found.employer] : (kind === 'product' ? found.products : found.competitors).values();
    for (const list of lists) for (const bound of list) ranges.push(bound);
  }
  return ranges;
}

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/** Whether readers would see the disclosure at the draft's end, in its full and its short form. */
function seenAtEnd(draft: string, network: Network | undefined, disclosure: Rules['disclosure'], report: Report): boolean {
  const forms = [disclosure.text, ...(disclosure.short ? [disclosure.short] : [])];
  return forms.every((form) => {
    const wording = report.companyText(form);
    const result = withPiece(draft, wording, 'end');
    return readerOf(result, network, disclosure.preview)({ start: result.length - wording.length, end: result.length, text: wording });
  });
}

/** The topics found that are in force, except where a protected subject covers the same words. */
function reportTopics(report: Report, view: AnalysisView, found: Found, now: number): void {
  const aboutEmployer = found.employer.length > 0 || found.products.size > 0;
  const inForce: [AnalyzedTopic, Ranges][] = [];
  let protectedRanges: Ranges = [];
  for (const [index, ranges] of found.topics) {
    const topic = view.topics[index]!;
    if (topic.action === 'allow' || (topic.scope === 'with-employer' && !aboutEmployer) || !topicInForce(topic, now)) continue;
    inForce.push([topic, ranges]);
    if (topic.action === 'protected') protectedRanges = protectedRanges.concat(ranges);
  }
  // Where a protected subject is found, no other topic advises against the same words (other words, it still may).
  for (const [topic, ranges] of inForce) {
    const { action } = topic;
    if (action === 'allow') continue; // never (filtered above), but the type checker cannot tell
    const where = action === 'protected' ? ranges : outside(ranges, protectedRanges);
    if (where.length === 0) continue;
    report.add(
      action,
      `topic:${topic.id}`,
      { severity: topic.severity, explanation: topic.why },
      where,
      { id: topic.id, name: report.text(topic.label) },
      // A right needs nobody's leave.
      action === 'protected' ? undefined : askApproval(topic.approver),
    );
  }
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

/** Adds a range to an owner's. */
function addTo(map: Map<number, Ranges>, index: number, start: number, end: number): void {
  const ranges = map.get(index);
  if (ranges) addRange(ranges, start, end);
  else map.set(index, [start, end]);
}

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
  const sorted = startsAscend(ranges) ? ranges : byStart(ranges);
  const spans: Span[] = [];
  for (let i = 0; i < sorted.length; ) {
    const start = sorted[i]!;
    let end = sorted[i + 1]!;
    // In order of their start, the ranges overlapping this span are the next ones starting before its end.
    for (i += 2; i < sorted.length && sorted[i]! < end; i += 2) end = Math.max(end, sorted[i + 1]!);
    const from = folded.startOf(start);
    const to = folded.endOf(end - 1);
    spans.push({ start: from, end: to, text: draft.slice(from, to) });
  }
  return spans;
}

/** True when the ranges are in order of their start already, as one owner's almost always are. */
function startsAscend(ranges: Ranges): boolean {
  for (let i = 2; i < ranges.length; i += 2) if (ranges[i]! < ranges[i - 2]!) return false;
  return true;
}

/** Room for a range's length in a sort key (lengths are far below; starts times this stay exact in a double). */
const LENGTH_ROOM = 2 ** 24;

/** The ranges in order of their start: each as one number (start, then room for the length), sorted natively. */
function byStart(ranges: Ranges): Ranges {
  const keys = new Float64Array(ranges.length / 2);
  for (let i = 0; i < ranges.length; i += 2) keys[i / 2] = ranges[i]! * LENGTH_ROOM + (ranges[i + 1]! - ranges[i]!);
  keys.sort();
  const sorted: Ranges = [];
  for (const key of keys) {
    const start = Math.floor(key / LENGTH_ROOM);
    sorted.push(start, start + (key % LENGTH_ROOM));
  }
  return sorted;
}

/** Disclosure wordings found, in the original draft. */
function sightingsOf(found: readonly number[], folded: FoldedText, draft: string): Sighting[] {
  const sightings: Sighting[] = [];
  for (let i = 0; i < found.length; i += 3) {
    const start = folded.startOf(found[i]!);
    const end = folded.endOf(found[i + 1]! - 1);
    sightings.push({ start, end, text: draft.slice(start, end), clear: found[i + 2] === 1, range: [found[i]!, found[i + 1]!] });
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
