/**
 * The policy URL set in options: validated and saved on "Save"; read-only when the organisation manages it. After a
 * save, its note follows the sync: fetching, then in force or failed (the status above says why), never "fetching"
 * once the answer is in. Candor checks the address itself, so the browser's own validation bubble never shows.
 */
import { useRef, useState } from 'preact/hooks';
import type { SharedState } from '../store/state';
import type { PageMessages as Messages } from './page-messages';

export interface PolicyUrlFormProps {
  readonly messages: Messages;
  /** The URL set in options, the organisation's (which overrides it), and how the last sync went. */
  readonly state: Pick<SharedState, 'settings' | 'managed' | 'status'>;
  readonly onSave: (url: string) => Promise<{ ok: true } | { error: string }>;
  /** The time now, as the page sees it (tests pass their own). */
  readonly now?: () => Date;
}

export function PolicyUrlForm({ messages, state, onSave, now = () => new Date() }: PolicyUrlFormProps) {
  const { status } = state;
  const url = state.settings.policyUrl;
  const managedUrl = state.managed.policyUrl;
  const input = useRef<HTMLInputElement>(null);
  const [feedback, setFeedback] = useState<{ error?: string; savedAt?: string }>({});
  if (managedUrl) {
    return (
      <div class="field">
        <label for="policy-url">{messages.policyUrl}</label>
        <input id="policy-url" type="url" value={managedUrl} readOnly aria-describedby="policy-url-note" />
        <p id="policy-url-note">{messages.managedUrl}</p>
      </div>
    );
  }
  const save = async (event: Event) => {
    event.preventDefault();
    const savedAt = now().toISOString();
    const result = await onSave(input.current!.value);
    setFeedback('error' in result ? { error: result.error } : { savedAt });
  };
  const answered = feedback.savedAt !== undefined && status !== undefined && status.checkedAt >= feedback.savedAt;
  const note = feedback.savedAt === undefined ? undefined : !answered ? messages.saved : status?.error ? messages.savedButFailed : messages.savedInForce;
  return (
    <form class="field" onSubmit={save} noValidate>
      <label for="policy-url">{messages.policyUrl}</label>
      <input
        id="policy-url"
        type="url"
        ref={input}
        defaultValue={url ?? ''}
        placeholder="https://"
        aria-describedby="policy-url-note"
        aria-invalid={Boolean(feedback.error)}
      />
      <button type="submit">{messages.save}</button>
      <p id="policy-url-note" role={feedback.error ? 'alert' : undefined}>
        {feedback.error ?? note ?? messages.policyUrlHelp}
      </p>
    </form>
  );
}
