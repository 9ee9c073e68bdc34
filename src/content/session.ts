/**
 * One compose box: reads its draft whenever it changes (debounced), asks the engine what the policy says, and
 * keeps its nudge up to date. "Dismiss" lasts until the draft is emptied (posted or cleared).
 *
 * Only the user's own draft is read: a box is analysed after the user typed, pasted or dropped something into it
 * (trusted input), and only while it is on screen. A box the page fills by script, or hides, says nothing.
 */
import { h } from 'preact';
import { analyze } from '../engine/analyze';
import type { LoadedPack } from '../engine/prepared';
import type { Finding } from '../engine/types';
import type { PublicSurface, SiteAdapter } from '../sites/adapter';
import { type InsertOutcome, insertText } from '../editor/insert';
import { readDraft, rememberCaretOnBlur, sameText } from '../editor/text';
import { withPiece } from '../text/join';
import { feedbackLink } from '../ui/feedback';
import { type Messages, messagesFor } from '../ui/messages';
import { Nudge, type NudgeStatus } from '../ui/nudge/Nudge';
import { nudgeModel } from '../ui/nudge/model';
import { USER_INPUT_EVENTS } from './first-input';
import { NudgeHost } from './host';

/** Quick enough to feel immediate, long enough to skip most keystrokes of a fast typist. */
export const ANALYSIS_DELAY_MS = 80;
/** How long a box the site re-rendered during a fix may take to reappear (the watcher scans every 100 ms). */
const SUCCESSOR_WAIT_MS = 1_000;
const SUCCESSOR_POLL_MS = 100;

export interface SessionContext {
  readonly adapter: SiteAdapter;
  /** Candor's own page (the playground), whose drafts count as the user's from the start. */
  readonly ownPage: boolean;
  /** The role and language in force, or undefined when Candor is off here. */
  current(): { role: string | undefined; locale: 'en' | 'fr' } | undefined;
  /**
   * The policy, once loaded. Asking for it the first time starts loading it (sessions are refreshed when it is
   * ready), so only a draft that needs analysing asks.
   */
  policy(): LoadedPack | undefined;
  /** The session of the box now standing where `box` was (the site replaced the editor), if any. */
  successorOf(box: DOMRect, predecessor: EditorSession): EditorSession | undefined;
}

export class EditorSession {
  /** Made at the user's first input in the box: a page load (and a box the user never writes in) costs no nudge. */
  private host: NudgeHost | undefined;
  private readonly observer: MutationObserver;
  private readonly forgetCaret: () => void;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private findings: Finding[] = [];
  private expanded = false;
  private dismissed = false;
  /** Set by the user's first trusted input in this box; until then the box is not the user's draft. */
  private typedByUser: boolean;
  private status: NudgeStatus | undefined;
  /** The policy the findings came from (its feedback address and version, whether it is the demo). */
  private analyzedWith: LoadedPack | undefined;
  private busy = false;
  private destroyed = false;

  constructor(
    readonly editor: HTMLElement,
    private readonly surface: PublicSurface,
    private readonly context: SessionContext,
    /** The user's input in this box is what brought Candor into the tab (./first-input.ts). */
    writtenBefore = false,
  ) {
    this.typedByUser = context.ownPage || writtenBefore;
    // Editors rewrite their DOM on every change; observing it catches typing, pasting, undo and our own inserts.
    this.observer = new MutationObserver(this.schedule);
    this.observer.observe(editor, { characterData: true, childList: true, subtree: true });
    editor.addEventListener('input', this.schedule); // textareas change without DOM mutations
    for (const type of USER_INPUT_EVENTS) editor.addEventListener(type, this.onUserInput, true);
    this.forgetCaret = rememberCaretOnBlur(editor);
    try {
      this.refresh();
    } catch (error) {
      this.destroy(); // nothing left behind observing a box that cannot be read
      throw error;
    }
  }

  /** Re-reads the draft now (the policy, role or language changed, or the user wrote in the box). */
  refresh = (): void => {
    clearTimeout(this.timer);
    this.timer = undefined;
    const now = this.context.current();
    const draft = now && this.typedByUser && onScreen(this.editor) ? readDraft(this.editor) : '';
    // An empty box has nothing to advise on yet (the corporate-account reminder would otherwise show on every one).
    const policy = now && draft.trim() !== '' ? this.context.policy() : undefined;
    this.analyzedWith = policy;
    this.findings = now && policy
      ? analyze(draft, policy, now.role, {
          locale: now.locale,
          network: this.context.adapter.network,
          account: this.account(),
        })
      : [];
    this.render();
  };

  /** Takes over from the session of the box this one replaced during a fix: the user's draft, and what to tell them. */
  adopt(status: NudgeStatus | undefined): void {
    this.typedByUser = true;
    this.status = status;
    this.refresh();
  }

  destroy(): void {
    this.detach();
    this.host?.destroy();
  }

  /**
   * Candor is gone from this page (updated, switched off, removed) and this copy of it can do nothing more. A box
   * the user was writing in says so, and how to get the advice back, instead of going silent; others go quietly.
   */
  retire(messages: Messages): void {
    const writing = this.typedByUser && !this.destroyed;
    this.detach();
    if (!writing) return this.host?.destroy();
    const ignore = () => undefined;
    const status = { message: messages.reloadPage };
    this.nudgeHost().show(h(Nudge, { model: nudgeModel([]), messages, expanded: false, status, onToggle: ignore, onFix: ignore, onDismiss: ignore }));
  }

  private detach(): void {
    this.destroyed = true;
    clearTimeout(this.timer);
    this.observer.disconnect();
    this.editor.removeEventListener('input', this.schedule);
    for (const type of USER_INPUT_EVENTS) this.editor.removeEventListener(type, this.onUserInput, true);
    this.forgetCaret();
  }

  private readonly onUserInput = (event: Event) => {
    if (!event.isTrusted || this.typedByUser) return;
    this.typedByUser = true;
    // The live region is in the page from the first key, well before it has anything to say (where Candor is on).
    if (this.context.current()) this.nudgeHost();
    this.schedule();
  };

  private readonly schedule = () => {
    if (!this.typedByUser) return; // the page's own writes into a box the user never touched
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

  private messages(): Messages {
    return messagesFor(this.context.current()?.locale ?? 'en');
  }

  private nudgeHost(): NudgeHost {
    return (this.host ??= new NudgeHost(this.context.adapter.anchorOf(this.editor)));
  }

  private render(): void {
    const now = this.context.current();
    // Nothing to say about a draft that is not the user's, nor where Candor is off (unless it already said something).
    if (!this.typedByUser || (!this.host && !now)) return;
    const model = nudgeModel(this.dismissed ? [] : this.findings);
    this.nudgeHost().show(
      h(Nudge, {
        model,
        messages: messagesFor(now?.locale ?? 'en'),
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
        onCopy: (text) => void this.copy(text),
        demo: this.analyzedWith?.demo ?? false,
        feedback: this.analyzedWith && feedbackOf(this.analyzedWith, now?.role),
      }),
    );
  }

  private async applyFix(finding: Finding): Promise<void> {
    if (finding.fix?.type !== 'insert' || this.busy) return;
    const { text, placement } = finding.fix;
    const expected = withPiece(readDraft(this.editor), text, placement);
    const box = this.editor.getBoundingClientRect();
    this.busy = true;
    this.render();
    let outcome: InsertOutcome = 'unexpected';
    try {
      outcome = await insertText(this.editor, text, placement);
    } finally {
      this.busy = false;
    }
    const status = statusOf(outcome, text, this.messages());
    if (outcome === 'replaced') await this.handOff(box, expected, status);
    else if (!this.destroyed) {
      this.status = status;
      this.refresh();
    }
  }

  /**
   * The site replaced the editor during a fix: the user's draft is now in the box standing where it was. Say what
   * happened there (unless that box already holds the text); with no such box, there is nowhere to say it, so
   * nothing else happens either (the clipboard in particular is left alone).
   */
  private async handOff(box: DOMRect, expected: string, status: NudgeStatus | undefined): Promise<void> {
    for (let waited = 0; waited <= SUCCESSOR_WAIT_MS; waited += SUCCESSOR_POLL_MS) {
      const successor = this.context.successorOf(box, this);
      if (successor) {
        successor.adopt(sameText(readDraft(successor.editor), expected) ? undefined : status);
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, SUCCESSOR_POLL_MS));
    }
    if (!this.destroyed) {
      this.status = status;
      this.render();
    }
  }

  /** The user asked for the text (a trusted click on "Copy text"): the one time Candor writes the clipboard. */
  private async copy(text: string): Promise<void> {
    const copied = await navigator.clipboard?.writeText(text).then(
      () => true,
      () => false,
    );
    if (this.destroyed) return;
    const messages = this.messages();
    this.status = { message: copied ? messages.copied : messages.copyFailed };
    this.render();
  }
}

/** What the nudge says after a fix: nothing when it worked; otherwise why, with the text offered to copy. */
function statusOf(outcome: InsertOutcome, text: string, messages: Messages): NudgeStatus | undefined {
  switch (outcome) {
    case 'inserted':
      return undefined;
    case 'unexpected':
      return { message: messages.unexpected };
    case 'moved':
      return { message: messages.moved, copy: text };
    case 'replaced':
      return { message: messages.replaced, copy: text };
    case 'not-inserted':
      return { message: messages.notInserted, copy: text };
  }
}

/** Where "This seems wrong" leads, with the rule, the policy's version and the role named only for the click. */
function feedbackOf({ policy }: LoadedPack, role: string | undefined) {
  return feedbackLink(policy.feedback, (finding) => ({ rule: finding.ruleId, version: policy.version, role }));
}

/** The user can see the box: laid out, not hidden, and at least partly inside the viewport. */
function onScreen(editor: HTMLElement): boolean {
  const view = editor.ownerDocument.defaultView;
  const box = editor.getBoundingClientRect();
  if (!view || box.width === 0 || box.height === 0) return false;
  if (box.bottom <= 0 || box.right <= 0 || box.top >= view.innerHeight || box.left >= view.innerWidth) return false;
  return editor.checkVisibility?.({ opacityProperty: true, visibilityProperty: true }) ?? true;
}
