/** "Ask Investor Relations": the link to whoever approves a topic, opened outside the popup. */
import type { Approver } from '../../policy/types';
import type { PageMessages as Messages } from '../page-messages';

export function AskLink({ approver, messages }: { approver: Approver; messages: Messages }) {
  return (
    <a href={approver.contact} target="_blank" rel="noopener noreferrer">
      {messages.ask(approver.name)}
    </a>
  );
}
