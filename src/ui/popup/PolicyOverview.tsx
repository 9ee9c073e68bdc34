/**
 * The policy as an employee reads it, for their role: principles, what is covered, what needs approval and whom
 * to ask, what to avoid, the texts to add, corporate accounts. What the role changes is marked as such.
 */
import { useState } from 'preact/hooks';
import { withCompany } from '../../engine/compile';
import type { CompiledPolicy } from '../../engine/compile';
import { localizer } from '../localizer';
import { type RoleView, roleChanges } from '../../policy/roles';
import { entityForms } from '../../policy/terms';
import { announcedAt, nextChange, topicInForce } from '../../policy/schedule';
import type { Topic } from '../../policy/types';
import { NETWORK_NAMES } from '../networks';
import type { PageMessages as Messages } from '../page-messages';

export interface PolicyOverviewProps {
  readonly compiled: CompiledPolicy;
  readonly view: RoleView;
  readonly locale: 'en' | 'fr';
  readonly messages: Messages;
  readonly onCopy: (text: string) => Promise<void>;
  /** The moment the popup describes: what is in force then, and what changes next. */
  readonly now: Date;
}

export function PolicyOverview({ compiled, view, locale, messages, onCopy, now }: PolicyOverviewProps) {
  const { policy } = compiled;
  const text = localizer(policy, locale);
  const changed = roleChanges(compiled.base, view);
  const Badge = ({ when }: { when: boolean }) => (when ? <span class="badge">{messages.forYourRole}</span> : null);
  const topicsWith = (action: Topic['action']) => view.topics.filter((t) => t.action === action && topicInForce(t, now.getTime()));
  const when = (iso: string) => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
  const next = nextChange(view.topics, policy.products, now.getTime());
  const { company } = policy;
  const companyForms = entityForms(company)
    .filter((form) => form.path[0] !== 'name')
    .map((form) => form.written);

  return (
    <>
      {policy.principles.length > 0 && (
        <section aria-labelledby="principles-title">
          <h2 id="principles-title">{messages.principles}</h2>
          <ul>
            {policy.principles.map((p, i) => (
              <li key={i}>{text(p)}</li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="covered-title">
        <h2 id="covered-title">{messages.covered}</h2>
        <dl>
          <dt>{messages.company}</dt>
          <dd>
            {company.name}
            {companyForms.length > 0 && <span class="quiet"> · {companyForms.join(', ')}</span>}
          </dd>
          {policy.products.length > 0 && [
            <dt key="pt">{messages.products}</dt>,
            <dd key="pd">
              {policy.products.map((p, i) => {
                const status = announcedAt(p, now.getTime()) ? 'released' : p.status;
                return (
                  <span key={p.id}>
                    {i > 0 && ', '}
                    {p.name} <span class={`product-status ${status}`}>({messages.productStatus[status]})</span>
                  </span>
                );
              })}
            </dd>,
          ]}
          {policy.competitors.length > 0 && [
            <dt key="ct">{messages.competitors}</dt>,
            <dd key="cd">{policy.competitors.map((c) => c.name).join(', ')}</dd>,
          ]}
        </dl>
      </section>

      {(['needs-approval', 'avoid', 'protected'] as const).map((action) =>
        topicsWith(action).length === 0 ? null : (
          <section key={action} aria-labelledby={`${action}-title`}>
            <h2 id={`${action}-title`}>{TOPIC_HEADINGS[action](messages)}</h2>
            <ul class="topics">
              {topicsWith(action).map((topic) => (
                <li key={topic.id}>
                  <strong>{text(topic.label)}</strong> <Badge when={changed.topics.has(topic.id)} />
                  <br />
                  {text(topic.why)}
                  {topic.activeUntil && <> {messages.until(when(topic.activeUntil))}</>}
                  {topic.approver && topic.action !== 'protected' && (
                    <>
                      {' '}
                      <a href={topic.approver.contact} target="_blank" rel="noopener noreferrer">
                        {messages.ask(topic.approver.name)}
                      </a>
                    </>
                  )}
                </li>
              ))}
            </ul>
          </section>
        ),
      )}

      {next && (
        <section aria-labelledby="next-title">
          <h2 id="next-title">{messages.nextChange(when(new Date(next.at).toISOString()))}</h2>
          <ul>
            {next.changes.map((change) =>
              change.kind === 'product-announced' ? (
                <li key={change.product.id}>{messages.change[change.kind](change.product.name)}</li>
              ) : (
                <li key={change.kind + change.topic.id}>{messages.change[change.kind](text(change.topic.label))}</li>
              ),
            )}
          </ul>
        </section>
      )}

      <section aria-labelledby="texts-title">
        <h2 id="texts-title">{messages.texts}</h2>
        {(['disclosure', 'disclaimer'] as const).map((id) => {
          const rule = view.rules[id];
          return (
            <div class="text-rule" key={id}>
              <strong>{id === 'disclaimer' ? messages.disclaimerText : messages.disclosureText}</strong>{' '}
              <Badge when={changed.rules.has(id)} />
              {rule.enabled ? (
                <>
                  <CopyableText text={withCompany(text(rule.text), company.name)} messages={messages} onCopy={onCopy} />
                  {rule.short && (
                    <p class="quiet">
                      {messages.whenShort} <q>{withCompany(text(rule.short), company.name)}</q>
                    </p>
                  )}
                </>
              ) : (
                <p class="quiet">{messages.notNeeded}</p>
              )}
            </div>
          );
        })}
      </section>

      {policy.corporateAccounts.length > 0 && (
        <section aria-labelledby="corporate-title">
          <h2 id="corporate-title">{messages.corporateAccounts}</h2>
          <p>
            {text(view.rules.corporateAccount.explanation)} <Badge when={changed.rules.has('corporateAccount')} />
          </p>
          <ul>
            {policy.corporateAccounts.map((a) => (
              <li key={a.network + a.handle}>
                {NETWORK_NAMES[a.network]}
                {messages.colon}
                {a.handle}
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}

const TOPIC_HEADINGS = {
  'needs-approval': (m: Messages) => m.needsApproval,
  avoid: (m: Messages) => m.avoid,
  protected: (m: Messages) => m.protectedTopics,
} as const;

function CopyableText({ text, messages, onCopy }: { text: string; messages: Messages; onCopy: (text: string) => Promise<void> }) {
  const [copied, setCopied] = useState(false);
  return (
    <p class="copyable">
      <q>{text}</q>{' '}
      <button type="button" class="small" onClick={() => void onCopy(text).then(() => setCopied(true))}>
        {copied ? messages.copiedShort : messages.copy}
      </button>
    </p>
  );
}
