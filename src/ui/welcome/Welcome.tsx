/** First run: what Candor does, the privacy promise, your role, where the policy comes from, and a place to try it. */
import icon from '../../../assets/icon.svg';
import type { PageContext } from '../page-context';
import { PolicyStatus, type PolicyStatusProps } from '../PolicyStatus';
import { DraftChecker } from '../popup/DraftChecker';
import { RoleChooser } from '../RoleChooser';

export interface WelcomeProps {
  readonly page: PageContext;
  readonly now: Date;
  readonly onRefresh: PolicyStatusProps['onRefresh'];
  readonly onChooseRole: (role: string | undefined) => void;
}

export function Welcome({ page, now, onRefresh, onChooseRole }: WelcomeProps) {
  const { state, policy, compiled, role, locale, messages } = page;
  return (
    <>
      <header>
        <img src={icon} alt="" width={36} height={36} />
        <h1>{messages.welcome}</h1>
      </header>
      <section>
        {messages.welcomeIntro.map((sentence) => (
          <p key={sentence}>{sentence}</p>
        ))}
        <p>
          <strong>{messages.privacyPromise}</strong>
        </p>
      </section>
      {/* The organisation may have chosen already: then there is nothing to pick. */}
      {state.managed.role === undefined && (
        <RoleChooser policy={policy} role={role} locked={false} locale={locale} messages={messages} onChoose={onChooseRole} />
      )}
      <section aria-labelledby="source-title">
        <h2 id="source-title">{messages.policySource}</h2>
        <PolicyStatus state={state} messages={messages} locale={locale} now={now} onRefresh={onRefresh} />
      </section>
      <DraftChecker compiled={compiled} role={role} locale={locale} messages={messages} title={messages.tryIt} />
      <p class="quiet">{messages.ready}</p>
    </>
  );
}
