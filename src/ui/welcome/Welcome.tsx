/** First run: what Candor does, the privacy promise, your role, where the policy comes from, and a place to try it. */
import { useMemo } from 'preact/hooks';
import icon from '../../../assets/icon.svg';
import { compile } from '../../engine/compile';
import { roleInForce, type SharedState, uiLocale } from '../../store/state';
import { pageMessagesFor } from '../page-messages';
import { PolicyStatus } from '../PolicyStatus';
import { DraftChecker } from '../popup/DraftChecker';
import { RoleChooser } from '../RoleChooser';

export interface WelcomeProps {
  readonly state: SharedState;
  readonly browserLanguage: string;
  readonly now: Date;
  readonly onRefresh: () => void;
  readonly onChooseRole: (role: string | undefined) => void;
}

export function Welcome({ state, browserLanguage, now, onRefresh, onChooseRole }: WelcomeProps) {
  const policy = state.active!.policy;
  const compiled = useMemo(() => compile(policy), [policy]);
  const locale = uiLocale(state.settings, browserLanguage);
  const messages = pageMessagesFor(locale);
  const role = roleInForce(state);
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
