/**
 * The policy as employees read it on the intranet or on paper, in one of its languages, made from the same data
 * Candor applies: principles, what is covered, what needs approval and from whom, what is best avoided and what is
 * always theirs to discuss, what each role changes, the texts to add, corporate accounts, the scenarios as worked
 * examples, whom to ask. It carries its own print-friendly style, so it reads the same wherever it is rendered.
 */
import { allTranslations } from '../../../policy/localize';
import { fold, foldTerm } from '../../../text/fold';
import type { ComponentChildren } from 'preact';
import { type CompiledPolicy, withCompany } from '../../../engine/compile';
import { runScenario, verdictOf } from '../../../engine/scenarios';
import { localize } from '../../../policy/localize';
import { roleChanges, type RoleView } from '../../../policy/roles';
import { announcedAt } from '../../../policy/schedule';
import { entityForms } from '../../../policy/terms';
import type { Approver, LocalizedText, Policy, Rules, Topic } from '../../../policy/types';
import { NETWORK_NAMES } from '../../../ui/networks';
import { pageMessagesFor } from '../../../ui/page-messages';
import { DOCUMENT_WORDS, type DocumentWords, wordsLocale } from './printable-words';

export interface PrintablePolicyProps {
  readonly compiled: CompiledPolicy;
  /** One of the policy's languages: its texts are picked in it. */
  readonly language: string;
  /** When the document is made: a product whose embargo has passed reads as released. */
  readonly now: Date;
}

/**
 * Scoped to the document's class, so it changes nothing around it. A4 with print margins; black on white, serif.
 * No ">" or "&" in it: the standalone file is serialised as XML, which would escape them inside `<style>`.
 */
export const PRINTABLE_CSS = `
@page { size: A4; margin: 2cm 1.8cm; }
.printable-policy { font: 11pt/1.5 Georgia, "Times New Roman", serif; color: #000; background: #fff; max-width: 17cm; margin: 0 auto; padding: 1.2cm 0.6cm; }
.printable-policy h1 { font-size: 20pt; line-height: 1.2; margin: 0 0 0.2em; }
.printable-policy h2 { font-size: 14pt; margin: 1.4em 0 0.4em; padding-bottom: 0.1em; border-bottom: 1px solid #000; break-after: avoid; page-break-after: avoid; }
.printable-policy h3 { font-size: 12pt; margin: 1em 0 0.2em; break-after: avoid; page-break-after: avoid; }
.printable-policy p { margin: 0 0 0.5em; }
.printable-policy ul, .printable-policy ol { margin: 0 0 0.6em; padding-left: 1.4em; }
.printable-policy li { margin: 0.25em 0; }
.printable-policy dt { font-weight: bold; margin-top: 0.4em; }
.printable-policy dd { margin: 0 0 0.3em 1.4em; }
.printable-policy .meta, .printable-policy .note { font-style: italic; }
.printable-policy .address { font-size: 9.5pt; }
.printable-policy .example h3 { margin-top: 0.4em; }
.printable-policy .example { border: 1px solid #666; border-radius: 4px; padding: 0.2em 0.8em 0.4em; margin: 0.8em 0; break-inside: avoid; page-break-inside: avoid; }
.printable-policy blockquote { margin: 0.4em 0; padding-left: 0.8em; border-left: 3px solid #666; font-style: italic; }
.printable-policy a { color: inherit; }
@media print { .printable-policy { max-width: none; padding: 0; } }
`;

type AnyRule = Rules[keyof Rules];
const differs = (a: unknown, b: unknown) => JSON.stringify(a) !== JSON.stringify(b);

/** What a link points to, readable on paper: the address of a mailto:, the URL itself otherwise. */
const addressOf = (href: string) => (href.toLowerCase().startsWith('mailto:') ? href.slice('mailto:'.length).split('?')[0]! : href);

const languageOf = (tag: string) => tag.split('-')[0]!.toLowerCase();
const SECRET_KINDS = ['unreleased-product', 'confidential-product'] as const;
/** A product the public may hear of: released, or announced by now. */
const isPublic = (product: Policy['products'][number], now: Date) => product.status === 'released' || announcedAt(product, now.getTime());

function ApproverLink({ approver }: { approver: Approver }) {
  return (
    <>
      <a href={approver.contact}>{approver.name}</a> <span class="address">({addressOf(approver.contact)})</span>
    </>
  );
}

interface Reading {
  readonly words: DocumentWords;
  /** The fixed words' language, on the elements that hold them, when it is not the document's (a "de" policy). */
  readonly wordsLang: string | undefined;
  readonly text: (text: LocalizedText) => string;
  readonly company: string;
  readonly day: (isoDate: string) => string;
  readonly moment: (iso: string) => string;
}

export function PrintablePolicy({ compiled, language, now }: PrintablePolicyProps) {
  const { policy, base } = compiled;
  const locale = wordsLocale(language);
  const words = DOCUMENT_WORDS[locale];
  const reading: Reading = {
    words,
    wordsLang: language.split('-')[0] === locale ? undefined : locale,
    text: (text) => localize(text, language, policy.defaultLocale),
    company: policy.company.name,
    day: (isoDate) => new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${isoDate}T00:00:00Z`)),
    moment: (iso) =>
      new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', day: 'numeric', hour: '2-digit', minute: '2-digit', timeZoneName: 'short' }).format(
        new Date(iso),
      ),
  };
  const { text, wordsLang } = reading;
  const change = policy.changelog.find((entry) => entry.version === policy.version);
  return (
    <article class="printable-policy" lang={language}>
      <style>{PRINTABLE_CSS}</style>
      <header>
        <h1>{text(policy.name)}</h1>
        <p class="meta" lang={wordsLang}>
          {words.version(policy.version)}, {words.updated(reading.day(policy.updatedAt))}
        </p>
      </header>
      {policy.principles.length > 0 && (
        <section>
          <h2 lang={wordsLang}>{words.principles}</h2>
          <ol>
            {policy.principles.map((principle, i) => (
              <li key={i}>{text(principle)}</li>
            ))}
          </ol>
        </section>
      )}
      <Covered compiled={compiled} reading={reading} now={now} />
      <TopicSections compiled={compiled} reading={reading} now={now} />
      {/* What every employee needs first, then what changes by role. */}
      <TextsToUse rules={base.rules} reading={reading} />
      <RoleDifferences compiled={compiled} reading={reading} />
      {policy.corporateAccounts.length > 0 && (
        <section>
          <h2 lang={wordsLang}>{words.corporateAccounts}</h2>
          {base.rules.corporateAccount.enabled && <p>{text(base.rules.corporateAccount.explanation)}</p>}
          <ul>
            {policy.corporateAccounts.map((account) => (
              <li key={account.network + account.handle}>
                {NETWORK_NAMES[account.network]}
                {words.colon}
                {account.handle}
                {account.name && <> ({account.name})</>}
              </li>
            ))}
          </ul>
        </section>
      )}
      <WorkedExamples compiled={compiled} reading={reading} language={language} now={now} />
      {(policy.contact || policy.feedback) && (
        <section>
          <h2 lang={wordsLang}>{words.contact}</h2>
          {policy.contact && (
            <p>
              <span lang={wordsLang}>{words.questions}</span>
              {words.colon}
              <ApproverLink approver={policy.contact} />
            </p>
          )}
          {policy.feedback && (
            <p>
              <span lang={wordsLang}>{words.feedback}</span>
              {words.colon}
              <a href={policy.feedback}>{addressOf(policy.feedback)}</a>
            </p>
          )}
        </section>
      )}
      {change && (
        <section>
          <h2 lang={wordsLang}>{words.whatChanged}</h2>
          <p>{text(change.changes)}</p>
        </section>
      )}
    </article>
  );
}

interface SectionProps {
  readonly compiled: CompiledPolicy;
  readonly reading: Reading;
}

function Covered({ compiled, reading, now }: SectionProps & { now: Date }) {
  const { policy } = compiled;
  const { words, wordsLang } = reading;
  // A printed policy travels (PDFs get forwarded): products not yet announced and code names are never named in it.
  const publicProducts = policy.products.filter((product) => isPublic(product, now));
  const otherForms = entityForms(policy.company)
    .filter((form) => form.path[0] !== 'name')
    .map((form) => form.typed);
  return (
    <section>
      <h2 lang={wordsLang}>{words.covered}</h2>
      <p lang={wordsLang}>{words.coveredIntro}</p>
      <dl>
        <dt lang={wordsLang}>{words.company}</dt>
        <dd>
          {policy.company.name}
          {otherForms.length > 0 && (
            <>
              <br />
              <span lang={wordsLang}>{words.alsoWritten}</span>
              {words.colon}
              {otherForms.join(', ')}
            </>
          )}
        </dd>
        {publicProducts.length > 0 && (
          <>
            <dt lang={wordsLang}>{words.products}</dt>
            <dd>{publicProducts.map((product) => product.name).join(', ')}</dd>
          </>
        )}
        {policy.competitors.length > 0 && (
          <>
            <dt lang={wordsLang}>{words.competitors}</dt>
            <dd>{policy.competitors.map((competitor) => competitor.name).join(', ')}</dd>
          </>
        )}
      </dl>
    </section>
  );
}

/** What needs approval (topics and products not yet announced), what is best avoided, and what is always allowed. */
function TopicSections({ compiled, reading, now }: SectionProps & { now: Date }) {
  const { policy, base } = compiled;
  const { words, wordsLang, text } = reading;
  const topicsWith = (action: Topic['action']) => base.topics.filter((topic) => topic.action === action);
  const productsWith = (status: 'unreleased' | 'confidential') => policy.products.filter((product) => product.status === status && !isPublic(product, now)).length;
  const unreleased = base.rules.unreleasedProduct.enabled ? productsWith('unreleased') : 0;
  const confidential = base.rules.confidentialProduct.enabled ? productsWith('confidential') : 0;

  const topicItem = (topic: Topic) => (
    <li key={topic.id}>
      <strong>{text(topic.label)}</strong>
      {words.colon}
      {text(topic.why)}
      {topic.activeFrom && <span lang={wordsLang}> {words.from(reading.moment(topic.activeFrom))}</span>}
      {topic.activeUntil && <span lang={wordsLang}> {words.until(reading.moment(topic.activeUntil))}</span>}
      {topic.action === 'needs-approval' && topic.approver && <AskLine approver={topic.approver} reading={reading} />}
    </li>
  );
  const productItem = (label: string, count: number, rule: Rules['unreleasedProduct']) => (
    <li>
      <strong lang={wordsLang}>{label}</strong>
      {words.colon}
      <span lang={wordsLang}>{words.notNamedHere(count)}</span> {text(rule.explanation)}
      {rule.approver && <AskLine approver={rule.approver} reading={reading} />}
    </li>
  );
  const approval = topicsWith('needs-approval');
  const avoid = topicsWith('avoid');
  const protectedTopics = topicsWith('protected');
  return (
    <>
      {(approval.length > 0 || unreleased > 0) && (
        <section>
          <h2 lang={wordsLang}>{words.approval}</h2>
          <p lang={wordsLang}>{words.approvalIntro}</p>
          <ul>
            {approval.map(topicItem)}
            {unreleased > 0 && productItem(words.unreleasedProducts, unreleased, base.rules.unreleasedProduct)}
          </ul>
        </section>
      )}
      {(avoid.length > 0 || confidential > 0) && (
        <section>
          <h2 lang={wordsLang}>{words.avoid}</h2>
          <ul>
            {avoid.map(topicItem)}
            {confidential > 0 && productItem(words.confidentialProducts, confidential, base.rules.confidentialProduct)}
          </ul>
        </section>
      )}
      {protectedTopics.length > 0 && (
        <section>
          <h2 lang={wordsLang}>{words.protected}</h2>
          <p lang={wordsLang}>{words.protectedIntro}</p>
          <ul>{protectedTopics.map(topicItem)}</ul>
        </section>
      )}
    </>
  );
}

function AskLine({ approver, reading }: { approver: Approver; reading: Reading }) {
  return (
    <>
      <br />
      <span lang={reading.wordsLang}>{reading.words.ask}</span> <ApproverLink approver={approver} />
    </>
  );
}

function RoleDifferences({ compiled, reading }: SectionProps) {
  const { policy, base } = compiled;
  const { words, wordsLang, text } = reading;
  if (policy.roles.length === 0) return null;
  return (
    <section>
      <h2 lang={wordsLang}>{words.roles}</h2>
      <p lang={wordsLang}>{words.rolesIntro}</p>
      {policy.roles.map((role) => {
        const view = compiled.roles.get(role.id) ?? base;
        const changed = roleChanges(base, view);
        const parent = role.extends ? policy.roles.find((other) => other.id === role.extends) : undefined;
        const items = [
          ...[...changed.rules].map((id) => (
            <li key={id}>
              <strong lang={wordsLang}>{words.ruleNames[id]}</strong>
              {words.colon}
              <Sentences parts={ruleChangeParts(base.rules[id], view.rules[id], reading)} />
            </li>
          )),
          ...base.topics
            .filter((topic) => changed.topics.has(topic.id))
            .map((topic) => (
              <li key={topic.id}>
                <strong>{text(topic.label)}</strong>
                {words.colon}
                <Sentences parts={topicChangeParts(topic, view.topics.find((t) => t.id === topic.id) ?? topic, reading)} />
              </li>
            )),
        ];
        return (
          <div key={role.id}>
            <h3>{text(role.label)}</h3>
            <p>{text(role.description)}</p>
            {parent && <p lang={wordsLang}>{words.builtOn(text(parent.label))}</p>}
            {items.length > 0 ? <ul>{items}</ul> : <p lang={wordsLang}>{words.noChange}</p>}
          </div>
        );
      })}
    </section>
  );
}

function Sentences({ parts }: { parts: readonly ComponentChildren[] }) {
  return (
    <>
      {parts.map((part, i) => (
        <span key={i}>
          {i > 0 && ' '}
          {part}
        </span>
      ))}
    </>
  );
}

/** What a role's version of a rule says that the base one does not, in sentences. */
function ruleChangeParts(before: AnyRule, after: AnyRule, reading: Reading): ComponentChildren[] {
  const { words, wordsLang, text, company } = reading;
  const fixed = (words: string) => <span lang={wordsLang}>{words}</span>;
  if (!after.enabled) return [fixed(words.ruleOff)];
  const parts: ComponentChildren[] = [];
  if (!before.enabled) parts.push(fixed(words.ruleOn));
  if (after.severity !== before.severity) parts.push(fixed(words.severity[after.severity]));
  if (!before.enabled || differs(after.explanation, before.explanation)) parts.push(text(after.explanation));
  if ('text' in after && 'text' in before) {
    if (differs(after.text, before.text)) {
      parts.push(
        <>
          {fixed(words.textToUse)} <q>{withCompany(text(after.text), company)}</q>
        </>,
      );
    }
    if (after.short && differs(after.short, before.short)) {
      parts.push(
        <>
          {fixed(words.shortForm)} <q>{withCompany(text(after.short), company)}</q>
        </>,
      );
    }
    if (differs(after.triggers, before.triggers)) parts.push(fixed(`${words.onlyWhen} ${after.triggers.map((kind) => words.triggers[kind]).join(', ')}.`));
  }
  if ('approver' in after && after.approver && differs(after.approver, 'approver' in before ? before.approver : undefined)) {
    parts.push(<AskLine approver={after.approver} reading={reading} />);
  }
  return parts.length > 0 ? parts : [fixed(words.adjusted)];
}

function topicChangeParts(before: Topic, after: Topic, reading: Reading): ComponentChildren[] {
  const { words, wordsLang, text } = reading;
  const parts: ComponentChildren[] = [];
  if (after.action !== before.action) parts.push(<span lang={wordsLang}>{words.actions[after.action]}</span>);
  if (after.severity !== before.severity && after.action === before.action) parts.push(<span lang={wordsLang}>{words.severity[after.severity]}</span>);
  if (differs(after.why, before.why)) parts.push(text(after.why));
  if (after.action === 'needs-approval' && after.approver && differs(after.approver, before.approver)) {
    parts.push(<AskLine approver={after.approver} reading={reading} />);
  }
  return parts.length > 0 ? parts : [<span lang={wordsLang}>{words.adjusted}</span>];
}

function TextsToUse({ rules, reading }: { rules: RoleView['rules']; reading: Reading }) {
  const { words, wordsLang, text, company } = reading;
  return (
    <section>
      <h2 lang={wordsLang}>{words.texts}</h2>
      {(['disclosure', 'disclaimer'] as const).map((id) => {
        const rule = rules[id];
        return (
          <div key={id}>
            <h3 lang={wordsLang}>{words[id]}</h3>
            {rule.enabled ? (
              <>
                <p>
                  <q>{withCompany(text(rule.text), company)}</q> <span lang={wordsLang}>{words.placement[rule.placement]}</span>
                </p>
                {rule.short && (
                  <p>
                    <span lang={wordsLang}>{words.whenShort}</span> <q>{withCompany(text(rule.short), company)}</q>
                  </p>
                )}
                <p class="note">{text(rule.explanation)}</p>
              </>
            ) : (
              <p lang={wordsLang}>{words.notRequired}</p>
            )}
          </div>
        );
      })}
    </section>
  );
}

/** The scenarios, with what Candor says about each (the popup's verdict, from the same engine). */
function WorkedExamples({ compiled, reading, language, now }: SectionProps & { language: string; now: Date }) {
  const { policy } = compiled;
  const { words, wordsLang, text } = reading;
  // Examples written in another language stay out of this one's document, and so do those about products not yet
  // announced or code names (by what Candor says of them, or by their names in the draft, title or explanation): the
  // document names neither.
  const secrets = policy.products
    .filter((product) => !isPublic(product, now))
    .flatMap((product) => [product.name, ...product.aliases, ...product.hashtags])
    .map(foldTerm);
  // Folded as Candor folds drafts, so an accent, a capital or a full-width letter does not let a name through.
  const names = (text: LocalizedText) => {
    const folded = allTranslations(text).map((t) => fold(t).text);
    return secrets.some((name) => folded.some((t) => t.includes(name)));
  };
  const examples = policy.scenarios
    .filter((scenario) => !scenario.locale || languageOf(scenario.locale) === languageOf(language))
    .filter((scenario) => !names(scenario.draft) && !names(scenario.label) && !names(scenario.explanation))
    .map((scenario) => ({ scenario, runs: runScenario(compiled, scenario) }))
    .filter(({ runs }) => !runs.some((run) => run.actual.some((key) => SECRET_KINDS.some((kind) => key.startsWith(kind)))));
  if (examples.length === 0) return null;
  const verdicts = pageMessagesFor(wordsLocale(language)).verdict;
  const roleLabel = (id: string) => {
    const role = policy.roles.find((r) => r.id === id);
    return role ? text(role.label) : id;
  };
  return (
    <section>
      <h2 lang={wordsLang}>{words.examples}</h2>
      <p lang={wordsLang}>{words.examplesIntro}</p>
      {examples.map(({ scenario, runs }) => {
        const where = [
          scenario.roles.length > 0 ? `${words.forRoles} ${scenario.roles.map(roleLabel).join(', ')}` : undefined,
          scenario.network ? words.on(NETWORK_NAMES[scenario.network]) : undefined,
        ].filter(Boolean);
        return (
          <div class="example" key={scenario.id}>
            <h3>{text(scenario.label)}</h3>
            {where.length > 0 && <p class="meta">{where.join(' · ')}</p>}
            <blockquote lang={scenario.locale}>{scenario.draft}</blockquote>
            {runs.map((run) => (
              <p key={run.role ?? ''}>
                <strong lang={wordsLang}>
                  {words.candorSays}
                  {run.role !== null && scenario.roles.length > 1 && ` (${roleLabel(run.role)})`}
                  {words.colon}
                  {verdicts[verdictOf(run.actual)]}
                </strong>
              </p>
            ))}
            <p>{text(scenario.explanation)}</p>
          </div>
        );
      })}
    </section>
  );
}
