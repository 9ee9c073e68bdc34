/**
 * A change the company puts to employees before deciding it: what would change, until when comments are open, and
 * where to comment. Shown until the end of its last day, in the reader's time zone; the policy in force is unchanged.
 */
import { localDay } from '../../policy/days';
import { isPolicyLink } from '../../policy/url';
import type { Proposal as ProposalBlock } from '../../policy/types';
import type { PageContext } from '../page-context';

export interface ProposalProps {
  readonly proposal: ProposalBlock | undefined;
  readonly now: Date;
  readonly locale: PageContext['locale'];
  readonly messages: PageContext['messages'];
  readonly text: PageContext['text'];
}

/** A YYYY-MM-DD day as the reader writes dates ("30 November 2026"), read as that day wherever the reader is. */
function longDay(day: string, locale: string): string {
  const [year, month, date] = day.split('-').map(Number);
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(new Date(year!, month! - 1, date));
}

/** Stored state is re-checked before use: the background validated the policy, but storage is not trusted forever. */
const readable = (proposal: ProposalBlock | undefined): proposal is ProposalBlock =>
  typeof proposal?.until === 'string' &&
  /^\d{4}-\d{2}-\d{2}$/.test(proposal.until) &&
  isPolicyLink(String(proposal.comment)) &&
  (typeof proposal.summary === 'string' || (typeof proposal.summary === 'object' && proposal.summary !== null && Object.values(proposal.summary).every((t) => typeof t === 'string')));

export function Proposal({ proposal, now, locale, messages, text }: ProposalProps) {
  if (!readable(proposal) || localDay(now) > proposal.until) return null;
  return (
    <section class="what-changed proposal" aria-labelledby="proposal-title">
      <h2 id="proposal-title">{messages.proposal.title(longDay(proposal.until, locale))}</h2>
      <p>{text(proposal.summary)}</p>
      <p>
        <a href={proposal.comment} target="_blank" rel="noopener noreferrer">
          {messages.proposal.comment}
        </a>
      </p>
    </section>
  );
}
