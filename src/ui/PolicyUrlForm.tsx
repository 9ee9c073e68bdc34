/** The policy URL set in options: validated and saved on "Save"; read-only when the organisation manages it. */
import { useRef, useState } from 'preact/hooks';
import type { PageMessages as Messages } from './page-messages';

export interface PolicyUrlFormProps {
  readonly messages: Messages;
  /** The URL in force from options, if any. */
  readonly url: string | undefined;
  /** The organisation's URL, which overrides the user's. */
  readonly managedUrl: string | undefined;
  readonly onSave: (url: string) => Promise<{ ok: true } | { error: string }>;
}

export function PolicyUrlForm({ messages, url, managedUrl, onSave }: PolicyUrlFormProps) {
  const input = useRef<HTMLInputElement>(null);
  const [feedback, setFeedback] = useState<{ error?: string; note?: string }>({});
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
    const result = await onSave(input.current!.value);
    setFeedback('error' in result ? { error: result.error } : { note: messages.saved });
  };
  return (
    <form class="field" onSubmit={save}>
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
        {feedback.error ?? feedback.note ?? messages.policyUrlHelp}
      </p>
    </form>
  );
}
