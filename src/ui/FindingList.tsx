/**
 * Findings as a list, each with its title, the policy's explanation and the fix on offer. Shared by the nudge and
 * the popup's "Check a draft", so both say the same thing the same way.
 */
import type { Finding, Fix } from '../engine/types';
import { X_MAX_WEIGHTED_LENGTH } from '../text/weighted-length';
import type { FeedbackLink } from './feedback';
import type { Messages } from './messages';
import { onTrusted } from './trusted';

export interface FindingListProps {
  readonly findings: readonly Finding[];
  readonly messages: Messages;
  readonly onFix: (finding: Finding) => void;
  /** Where "This seems wrong" leads, when the policy has a feedback link. */
  readonly feedback?: FeedbackLink | undefined;
}

/** Mouse clicks on Candor's buttons leave the caret in the editor; keyboard users still reach every button. */
export const keepEditorFocus = (event: MouseEvent) => event.preventDefault();

export function FindingList({ findings, messages, onFix, feedback }: FindingListProps) {
  return (
    <ul class="findings">
      {findings.map((finding) => (
        <li key={finding.ruleId + (finding.subject?.id ?? '')} class={finding.severity}>
          <strong>
            {messages.title[finding.kind]}
            {finding.subject && `: ${finding.subject.name}`}
          </strong>
          <p>{explanationOf(finding, messages)}</p>
          <FixControl finding={finding} messages={messages} onFix={onFix} />
          {feedback && <SeemsWrong href={feedback.href} opens={() => feedback.about(finding)} messages={messages} />}
        </li>
      ))}
    </ul>
  );
}

/** The policy's explanation; for a disclosure that is there but falls short, what is wrong with it. */
function explanationOf(finding: Finding, messages: Messages): string {
  if (finding.kind === 'hidden-disclosure') return messages.hidden;
  if (finding.kind === 'weak-disclosure') return messages.weak(finding.spans[0]?.text ?? '');
  return finding.explanation;
}

const INSERT_LABELS = {
  'missing-disclaimer': 'addDisclaimer',
  'hidden-disclosure': 'addAtStart',
  'weak-disclosure': 'nameCompany',
} as const satisfies Partial<Record<Finding['kind'], keyof Messages>>;

/** The words on a fix's button ("Add disclaimer"), for the nudge and for pages that show what it would do. */
export function fixLabel(finding: Finding, messages: Messages): string {
  return messages[INSERT_LABELS[finding.kind as keyof typeof INSERT_LABELS] ?? 'addDisclosure'];
}

/** What X's limit means for the text on offer: its short form is used, or the post would still be too long. */
function limitNote(fix: Extract<Fix, { type: 'insert' }>, messages: Messages): string | undefined {
  const { text, shortened, overLimit } = fix;
  if (overLimit) return shortened ? messages.shortFormOverLimit(text, overLimit.length, overLimit.limit) : messages.overLimit(overLimit.length, overLimit.limit);
  return shortened ? messages.shortForm(text, X_MAX_WEIGHTED_LENGTH) : undefined;
}

function FixControl({ finding, messages, onFix }: { finding: Finding; messages: Messages; onFix: (f: Finding) => void }) {
  const fix = finding.fix;
  if (!fix) return null;
  if (fix.type === 'ask-approval') {
    return (
      <a class="action" href={fix.approver.contact} target="_blank" rel="noopener noreferrer" onClick={onTrusted()}>
        {messages.ask(fix.approver.name)}
      </a>
    );
  }
  return (
    <>
      {limitNote(fix, messages) && <p class="limit">{limitNote(fix, messages)}</p>}
      <button type="button" class="action" onMouseDown={keepEditorFocus} onClick={onTrusted(() => onFix(finding))}>
        {fixLabel(finding, messages)}
      </button>
    </>
  );
}

interface SeemsWrongProps {
  readonly href: string;
  /** The link to open, with what the policy owners need to find the rule; asked for at click time. */
  readonly opens: () => string;
  readonly messages: Messages;
}

export function SeemsWrong({ href, opens, messages }: SeemsWrongProps) {
  // The browser follows the link after the click handlers: point it at the full link for that moment only.
  const openFull = onTrusted<MouseEvent>((event) => {
    const link = event.currentTarget as HTMLAnchorElement;
    link.href = opens();
    setTimeout(() => (link.href = href));
  });
  return (
    <a class="seems-wrong" href={href} target="_blank" rel="noopener noreferrer" onClick={openFull}>
      {messages.seemsWrong}
    </a>
  );
}
