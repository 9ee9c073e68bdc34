/**
 * One compose box: reads its draft whenever it changes (debounced), asks the engine what the policy says, and
 * keeps its nudge up to date. "Dismiss" lasts until the draft is emptied (posted or cleared).
 */
import { h } from 'preact';
import { analyze } from '../engine/analyze';
import type { CompiledPolicy } from '../engine/compile';
import type { Finding } from '../engine/types';
import type { PublicSurface, SiteAdapter } from '../sites/adapter';
import { type InsertOutcome, insertText } from '../editor/insert';
import { readDraft, rememberCaretOnBlur } from '../editor/text';
import { feedbackHref } from '../ui/feedback';
import { messagesFor } from '../ui/messages';
import { Nudge } from '../ui/nudge/Nudge';
import { nudgeModel } from '../ui/nudge/model';
import { NudgeHost } from './host';

/** Quick enough to feel immediate, long enough to skip most keystrokes of a fast typist. */
export const ANALYSIS_DELAY_MS = 80;

export interface SessionContext {
  readonly adapter: SiteAdapter;
  /** The compiled policy, role and language in force, or undefined when Candor is off here. */
  current(): { compiled: CompiledPolicy; role: string | undefined; locale: 'en' | 'fr' } | undefined;
}

export class EditorSession {
  private readonly host: NudgeHost;
  private readonly observer: MutationObserver;
  private readonly forgetCaret: () => void;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private findings: Finding[] = [];
  private expanded = false;
  private dismissed = false;
  private status: string | undefined;
  private busy = false;
  private destroyed = false;

  constructor(
    readonly editor: HTMLElement,
    private readonly surface: PublicSurface,
    private readonly context: SessionContext,
  ) {
    this.host = new NudgeHost(context.adapter.anchorOf(editor));
    // Editors rewrite their DOM on every change; observing it catches typing, pasting, undo and our own inserts.
    this.observer = new MutationObserver(this.schedule);
    this.observer.observe(editor, { characterData: true, childList: true, subtree: true });
    editor.addEventListener('input', this.schedule); // textareas change without DOM mutations
    this.forgetCaret = rememberCaretOnBlur(editor);
    try {
      this.refresh();
    } catch (error) {
      this.destroy(); // nothing left behind observing a box that cannot be read
      throw error;
    }
  }

  /** Re-reads the draft now (the policy, role or language changed, or the editor just appeared). */
  refresh = (): void => {
    clearTimeout(this.timer);
    this.timer = undefined;
    const now = this.context.current();
    const draft = readDraft(this.editor);
    // An empty box has nothing to advise on yet (the corporate-account reminder would otherwise show on every one).
    this.findings = now && draft.trim() !== ''
      ? analyze(draft, now.compiled, now.role, {
          locale: now.locale,
          account: this.account(),
        })
      : [];
    this.render();
  };

  destroy(): void {
    this.destroyed = true;
    clearTimeout(this.timer);
    this.observer.disconnect();
    this.editor.removeEventListener('input', this.schedule);
    this.forgetCaret();
    this.host.destroy();
  }

  private readonly schedule = () => {
    // A dismissal lasts for this draft: once the box is emptied (posted, cleared), the next draft is nudged again,
    // even if typing resumes before the debounced analysis runs.
    if (this.dismissed && readDraft(this.editor).trim() === '') this.dismissed = false;
    if (!this.busy) this.status = undefined; // a message about the last fix lasts until the next edit
    clearTimeout(this.timer);
    this.timer = setTimeout(this.refresh, ANALYSIS_DELAY_MS);
  };

  private account() {
    const account = this.context.adapter.accountOf(this.editor, new URL(this.editor.ownerDocument.URL));
    return account && { network: this.context.adapter.network, ...account };
  }

  private render(): void {
    const now = this.context.current();
    const messages = messagesFor(now?.locale ?? 'en');
    const model = nudgeModel(this.dismissed ? [] : this.findings);
    this.host.show(
      h(Nudge, {
        model,
        messages,
        surface: this.surface,
        expanded: this.expanded,
        status: this.status,
        busy: this.busy,
        onToggle: () => {
          this.expanded = !this.expanded;
          this.render();
        },
        onDismiss: () => {
          this.dismissed = true;
          this.expanded = false;
          this.render();
          this.editor.focus({ preventScroll: true });
        },
        onFix: (finding) => void this.applyFix(finding),
        feedbackFor: (finding) =>
          now && feedbackHref(now.compiled.policy.feedback, { rule: finding.ruleId, version: now.compiled.policy.version, role: now.role }),
      }),
    );
  }

  private async applyFix(finding: Finding): Promise<void> {
    if (finding.fix?.type !== 'insert' || this.busy) return;
    this.busy = true;
    this.render();
    let outcome: InsertOutcome = 'unexpected';
    try {
      outcome = await insertText(this.editor, finding.fix.text, finding.fix.placement);
    } finally {
      this.busy = false;
    }
    if (this.destroyed) return; // the compose box went away meanwhile
    const messages = messagesFor(this.context.current()?.locale ?? 'en');
    const key = OUTCOME_MESSAGES[outcome];
    this.status = key && messages[key];
    this.refresh();
  }
}

const OUTCOME_MESSAGES = {
  inserted: undefined,
  copied: 'copied',
  'not-inserted': 'notInserted',
  unexpected: 'unexpected',
} as const satisfies Record<InsertOutcome, keyof ReturnType<typeof messagesFor> | undefined>;
