/**
 * The whole policy as an employee reads it, for their role, opened on demand: principles, what is covered, what
 * needs approval and why, what to avoid, what is theirs to discuss, the next dated change, corporate accounts. What
 * the role changes is marked as such.
 */
import type { CompiledPolicy } from '../../engine/compile';
import { localizer } from '../localizer';
import { type RoleView, roleChanges } from '../../policy/roles';
import { entityForms } from '../../policy/terms';
import { announcedAt, nextChange, topicInForce } from '../../policy/schedule';
import type { Topic } from '../../policy/types';
import { NETWORK_NAMES } from '../networks';
import type { PageMessages as Messages } from '../page-messages';
import { AskLink } from './AskLink';
import { ForYourRole } from './ForYourRole';

export interface PolicyOverviewProps {
  readonly compiled: CompiledPolicy;
  readonly view: RoleView;
  readonly locale: 'en' | 'fr';
  readonly messages: Messages;
  /** The moment the popup describes: what is in force then, and what changes next. */
  readonly now: Date;
}

export function PolicyOverview({ compiled, view, locale, messages, now }: PolicyOverviewProps) {
  const { policy } = compiled;
  const text = localizer(policy, locale);
  const changed = roleChanges(compiled.base, view);
  const Badge = ({ when }: { when: boolean }) => <ForYourRole when={when} messages={messages} />;
  const topicsWith = (action: Topic['action']) => view.topics.filter((t) => t.action === action && topicInForce(t, now.getTime()));
  const when = (iso: string) => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
  const next = nextChange(view.topics, policy.products, now.getTime());
  const { company } = policy;
  const companyForms = entityForms(company)
    .filter((form) => form.path[0] !== 'name')
    .map((form) => form.written);

  return (
    <details class="reference">
      <summary>
        <h2>{messages.wholePolicy}</h2>
      </summary>
      {policy.principles.length > 0 && (
        <section aria-labelledby="principles-title">
          <h3 id="principles-title">{messages.principles}</h3>
          <ul>
            {policy.principles.map((p, i) => (
              <li key={i}>{text(p)}</li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="covered-title">
        <h3 id="covered-title">{messages.covered}</h3>
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
            <h3 id={`${action}-title`}>{TOPIC_HEADINGS[action](messages)}</h3>
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
                      <AskLink approver={topic.approver} messages={messages} />
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
          <h3 id="next-title">{messages.nextChange(when(new Date(next.at).toISOString()))}</h3>
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

      {policy.corporateAccounts.length > 0 && (
        <section aria-labelledby="corporate-title">
          <h3 id="corporate-title">{messages.corporateAccounts}</h3>
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
    </details>
  );
}

const TOPIC_HEADINGS = {
  'needs-approval': (m: Messages) => m.needsApproval,
  avoid: (m: Messages) => m.avoid,
  protected: (m: Messages) => m.protectedTopics,
} as const;
