/** "Check a draft": the nudge's engine and fixes for text written anywhere else (other networks, email). */
import { useMemo, useRef, useState } from 'preact/hooks';
import { analyze } from '../../engine/analyze';
import type { CompiledPolicy } from '../../engine/compile';
import type { Finding } from '../../engine/types';
import { withPiece } from '../../text/join';
import { feedbackLink } from '../feedback';
import { FindingList } from '../FindingList';
import type { PageMessages as Messages } from '../page-messages';
import { nudgeModel } from '../nudge/model';

export interface DraftCheckerProps {
  readonly compiled: CompiledPolicy;
  readonly role: string | undefined;
  readonly locale: 'en' | 'fr';
  readonly messages: Messages;
  /** The section's heading; "Check a draft" unless the page says otherwise. */
  readonly title?: string;
  /** Where room is short (the popup): a smaller box, its help as the box's description only. */
  readonly compact?: boolean;
}

export function DraftChecker({ compiled, role, locale, messages, title = messages.checkDraft, compact = false }: DraftCheckerProps) {
  const [draft, setDraft] = useState('');
  const area = useRef<HTMLTextAreaElement>(null);
  const advice = useMemo(() => nudgeModel(analyze(draft, compiled, role, { locale })).advice, [draft, compiled, role, locale]);

  const fix = (finding: Finding) => {
    if (finding.fix?.type !== 'insert') return;
    setDraft(withPiece(draft, finding.fix.text, finding.fix.placement));
    area.current?.focus();
  };

  return (
    <section aria-labelledby="check-title">
      <h2 id="check-title">{title}</h2>
      <p id="draft-help" class={compact ? 'visually-hidden' : 'help'}>
        {messages.checkDraftHelp}
      </p>
      <label for="draft" class="visually-hidden">
        {messages.draftLabel}
      </label>
      <textarea
        id="draft"
        ref={area}
        rows={compact ? 2 : 4}
        value={draft}
        placeholder={compact ? messages.checkDraftHelp : undefined}
        aria-describedby="draft-help"
        onInput={(e) => setDraft(e.currentTarget.value)}
      />
      <div aria-live="polite">
        {draft.trim() !== '' &&
          (advice.length ? (
            <FindingList
              findings={advice}
              messages={messages}
              onFix={fix}
              feedback={feedbackLink(compiled.policy.feedback, (f) => ({ rule: f.ruleId, version: compiled.policy.version, role }))}
            />
          ) : (
            <p>{messages.nothingToSay}</p>
          ))}
      </div>
    </section>
  );
}
