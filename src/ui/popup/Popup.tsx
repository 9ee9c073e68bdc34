/** The toolbar popup: which policy applies to you, how it is kept up to date, and a place to check any draft. */
import icon from '../../../assets/icon.svg';
import type { PageContext } from '../page-context';
import { PolicyStatus, type PolicyStatusProps } from '../PolicyStatus';
import { DraftChecker } from './DraftChecker';
import { PolicyOverview } from './PolicyOverview';
import { ScenarioCards } from './ScenarioCards';
import { WhatChanged } from './WhatChanged';

export interface PopupProps {
  readonly page: PageContext;
  readonly now: Date;
  readonly onRefresh: PolicyStatusProps['onRefresh'];
  readonly onCopy: (text: string) => Promise<void>;
  /** The reader opened "What changed" for this version. */
  readonly onChangesSeen: (version: string) => void;
}

export function Popup({ page, now, onRefresh, onCopy, onChangesSeen }: PopupProps) {
  const { state, policy, compiled, role, view, locale, messages, text } = page;

  return (
    <>
      <header>
        <img src={icon} alt="" width={28} height={28} />
        <div>
          <h1>{text(policy.name)}</h1>
          <p class="quiet">{messages.roleInForce(view.role ? text(view.role.label) : messages.noRole)}</p>
        </div>
      </header>
      <PolicyStatus state={state} messages={messages} locale={locale} now={now} onRefresh={onRefresh} />
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
      <PolicyOverview compiled={compiled} view={view} locale={locale} messages={messages} onCopy={onCopy} now={now} />
      <ScenarioCards compiled={compiled} role={role} locale={locale} messages={messages} />
      <DraftChecker compiled={compiled} role={role} locale={locale} messages={messages} />
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
