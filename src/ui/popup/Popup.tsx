/**
 * The toolbar popup, made for a 400 × 600 window: first what the policy asks of you (your role, the texts to add,
 * whom to ask) and a box to check a draft; then, opened on demand, the whole policy, its examples and what changed;
 * where the policy comes from last, unless its last update failed (then first). The demo policy says it is one.
 */
import icon from '../../../assets/icon.svg';
import { runsTheDemo } from '../../store/state';
import type { PageContext } from '../page-context';
import { PolicyStatus, type PolicyStatusProps } from '../PolicyStatus';
import { AskFirst } from './AskFirst';
import { DraftChecker } from './DraftChecker';
import { PolicyOverview } from './PolicyOverview';
import { Proposal } from './Proposal';
import { RoleSelect } from './RoleSelect';
import { ScenarioCards } from './ScenarioCards';
import { WhatChanged } from './WhatChanged';
import { WhatToAdd } from './WhatToAdd';

export interface PopupProps {
  readonly page: PageContext;
  readonly now: Date;
  readonly onRefresh: PolicyStatusProps['onRefresh'];
  readonly onCopy: (text: string) => Promise<void>;
  /** The reader opened "What changed" for this version. */
  readonly onChangesSeen: (version: string) => void;
  readonly onChooseRole: (role: string | undefined) => void;
  /** Where the options page is. */
  readonly optionsUrl: string;
}

export function Popup({ page, now, onRefresh, onCopy, onChangesSeen, onChooseRole, optionsUrl }: PopupProps) {
  const { state, policy, compiled, role, view, locale, messages, text } = page;
  const demo = runsTheDemo(state);
  const status = <PolicyStatus state={state} messages={messages} locale={locale} now={now} onRefresh={onRefresh} />;
  const failed = state.status?.error !== undefined;

  return (
    <>
      <header>
        <img src={icon} alt="" width={28} height={28} />
        <div class="grow">
          <h1>{text(policy.name)}</h1>
          {demo && <span class="badge demo">{messages.demoBadge}</span>}
          <RoleSelect policy={policy} role={role} locked={state.managed.role !== undefined} view={view} locale={locale} messages={messages} onChoose={onChooseRole} />
        </div>
        <a href={optionsUrl} target="_blank" rel="noopener">
          {messages.openOptions}
        </a>
      </header>
      {demo && (
        <p class="demo-note">
          {messages.demoNotePopup}{' '}
          <a href={optionsUrl} target="_blank" rel="noopener">
            {messages.setPolicy}
          </a>
        </p>
      )}
      {failed && status}
      <WhatToAdd compiled={compiled} view={view} locale={locale} messages={messages} onCopy={onCopy} />
      <AskFirst compiled={compiled} view={view} locale={locale} messages={messages} now={now} />
      <DraftChecker compiled={compiled} role={role} locale={locale} messages={messages} compact />
      {state.previous && state.previous.version !== policy.version && (
        <WhatChanged
          previous={state.previous}
          current={policy}
          seen={state.changesSeen === policy.version}
          locale={locale}
          messages={messages}
          onOpen={() => onChangesSeen(policy.version)}
        />
      )}
      <Proposal proposal={policy.proposal} now={now} locale={locale} messages={messages} text={text} />
      <PolicyOverview compiled={compiled} view={view} locale={locale} messages={messages} now={now} />
      <ScenarioCards compiled={compiled} role={role} locale={locale} messages={messages} />
      {!failed && status}
      <footer>
        {policy.feedback && (
          <p>
            <a href={policy.feedback} target="_blank" rel="noopener noreferrer">
              {messages.suggestChange}
            </a>
          </p>
        )}
        <p class="quiet">{messages.privacy}</p>
      </footer>
    </>
  );
}
