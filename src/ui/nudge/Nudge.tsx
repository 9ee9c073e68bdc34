/**
 * The nudge beside a compose box: one calm line with a count, the advice when opened. It never takes focus:
 * mouse clicks keep the caret in the editor (mousedown is cancelled), yet every control is a real button or link
 * reachable with the keyboard. The live region announces changes politely. Every control acts on the user's own
 * clicks and keys only: the page's scripts can forge events, not trusted ones.
 */
import type { Finding } from '../../engine/types';
import type { FeedbackLink } from '../feedback';
import { FindingList, keepEditorFocus } from '../FindingList';
import type { Messages, Surface } from '../messages';
import { onTrusted } from '../trusted';
import type { NudgeModel } from './model';

/** A message about the last fix; `copy` is text the user may copy themselves (Candor never writes the clipboard unasked). */
export interface NudgeStatus {
  readonly message: string;
  readonly copy?: string;
}

export interface NudgeProps {
  readonly model: NudgeModel;
  readonly messages: Messages;
  /** What the draft is, for the summary line ("for this comment"). */
  readonly surface?: Surface;
  readonly expanded: boolean;
  readonly status?: NudgeStatus | undefined;
  /** True while a fix is being applied: assistive tech (and tests) wait for the editor to settle. */
  readonly busy?: boolean;
  readonly onToggle: () => void;
  readonly onFix: (finding: Finding) => void;
  readonly onDismiss: () => void;
  readonly onCopy?: (text: string) => void;
  readonly feedback?: FeedbackLink | undefined;
  /** The bundled demo policy is in force (no company's own): the advice is about a fictional company. */
  readonly demo?: boolean;
}

export function Nudge({ model, messages, surface, expanded, status, busy = false, onToggle, onFix, onDismiss, onCopy, feedback, demo = false }: NudgeProps) {
  const count = model.advice.length;
  const summary = count ? messages.summary(count, surface) : '';
  const copy = status?.copy;
  return (
    <div class="nudge" role="region" aria-label="Candor" aria-busy={busy}>
      {/* Always rendered, so screen readers hear the first suggestion as well as later ones. */}
      <div class="live" aria-live="polite" role="status">
        {status?.message ?? summary}
      </div>
      {status && (
        <p class="status-line">
          {status.message}
          {copy !== undefined && onCopy && (
            <button type="button" class="quiet" onMouseDown={keepEditorFocus} onClick={onTrusted(() => onCopy(copy))}>
              {messages.copyText}
            </button>
          )}
        </p>
      )}
      {count > 0 && (
        <button
          type="button"
          class={`pill ${model.advice.some((f) => f.severity === 'warn') ? 'warn' : 'info'}`}
          aria-expanded={expanded}
          onMouseDown={keepEditorFocus}
          onClick={onTrusted(onToggle)}
        >
          <span class="dot" aria-hidden="true" />
          <span class="summary">{summary}</span>
          {/* Both words take room, only one shows: the pill keeps its width, and its place, when it opens. */}
          <span class="toggle">
            <span>{expanded ? messages.hide : messages.show}</span>
            <span aria-hidden="true">{expanded ? messages.show : messages.hide}</span>
          </span>
        </button>
      )}
      {expanded && count > 0 && (
        <div class="panel">
          {demo && <p class="demo">{messages.demoPolicy}</p>}
          <FindingList findings={model.advice} messages={messages} onFix={onFix} feedback={feedback} />
          {model.mentioned.length > 0 && (
            <p class="mentions">
              {messages.mentions}
              {messages.colon}
              {model.mentioned.join(', ')}
            </p>
          )}
          <div class="footer">
            <span class="privacy">{messages.privacy}</span>
            <button type="button" class="quiet" onMouseDown={keepEditorFocus} onClick={onTrusted(onDismiss)}>
              {messages.dismiss}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
