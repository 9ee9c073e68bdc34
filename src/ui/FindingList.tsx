/**
 * Findings as a list, each with its title, the policy's explanation and the fix on offer. Shared by the nudge and
 * the popup's "Check a draft", so both say the same thing the same way.
 */
import type { Finding } from '../engine/types';
import type { Messages } from './messages';

export interface FindingListProps {
  readonly findings: readonly Finding[];
  readonly messages: Messages;
  readonly onFix: (finding: Finding) => void;
  /** The policy's feedback link for a finding ("This seems wrong"), when the policy has one. */
  readonly feedbackFor?: (finding: Finding) => string | undefined;
}

/** Mouse clicks on Candor's buttons leave the caret in the editor; keyboard users still reach every button. */
export const keepEditorFocus = (event: MouseEvent) => event.preventDefault();

export function FindingList({ findings, messages, onFix, feedbackFor }: FindingListProps) {
  return (
    <ul class="findings">
      {findings.map((finding) => (
        <li key={finding.ruleId + (finding.subject?.id ?? '')} class={finding.severity}>
          <strong>
            {messages.title[finding.kind]}
            {finding.subject && `: ${finding.subject.name}`}
          </strong>
          <p>{finding.explanation}</p>
          <FixControl finding={finding} messages={messages} onFix={onFix} />
          <SeemsWrong href={feedbackFor?.(finding)} messages={messages} />
        </li>
      ))}
    </ul>
  );
}

function FixControl({ finding, messages, onFix }: { finding: Finding; messages: Messages; onFix: (f: Finding) => void }) {
  const fix = finding.fix;
  if (!fix) return null;
  if (fix.type === 'ask-approval') {
    return (
      <a class="action" href={fix.approver.contact} target="_blank" rel="noopener noreferrer">
        {messages.ask(fix.approver.name)}
      </a>
    );
  }
  return (
    <button type="button" class="action" onMouseDown={keepEditorFocus} onClick={() => onFix(finding)}>
      {finding.kind === 'missing-disclaimer' ? messages.addDisclaimer : messages.addDisclosure}
    </button>
  );
}

export function SeemsWrong({ href, messages }: { href: string | undefined; messages: Messages }) {
  if (!href) return null;
  return (
    <a class="seems-wrong" href={href} target="_blank" rel="noopener noreferrer">
      {messages.seemsWrong}
    </a>
  );
}
