/**
 * First run: what Candor does, the privacy promise, your role, where the policy comes from (the demo saying it is one,
 * and a field for the company's policy address unless IT set it), and a place to try it.
 */
import icon from '../../../assets/icon.svg';
import { runsTheDemo } from '../../store/state';
import type { PageContext } from '../page-context';
import { PolicyStatus, type PolicyStatusProps } from '../PolicyStatus';
import { PolicyUrlForm, type PolicyUrlFormProps } from '../PolicyUrlForm';
import { DraftChecker } from '../popup/DraftChecker';
import { RoleChooser } from '../RoleChooser';

export interface WelcomeProps {
  readonly page: PageContext;
  readonly now: Date;
  readonly onRefresh: PolicyStatusProps['onRefresh'];
  readonly onChooseRole: (role: string | undefined) => void;
  readonly onSavePolicyUrl: PolicyUrlFormProps['onSave'];
  /** Where the options page is. */
  readonly optionsUrl: string;
}

export function Welcome({ page, now, onRefresh, onChooseRole, onSavePolicyUrl, optionsUrl }: WelcomeProps) {
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
        {runsTheDemo(state) && <p class="demo-note">{messages.demoNote}</p>}
        <PolicyStatus state={state} messages={messages} locale={locale} now={now} onRefresh={onRefresh} />
        <PolicyUrlForm messages={messages} state={state} onSave={onSavePolicyUrl} />
        <p>
          <a href={optionsUrl}>{messages.moreOptions}</a>
        </p>
      </section>
      <DraftChecker compiled={compiled} role={role} locale={locale} messages={messages} title={messages.tryIt} />
      <p class="quiet">{messages.ready}</p>
    </>
  );
}
