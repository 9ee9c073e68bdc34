/** Which policy is in force, where it came from, and how the last update went (with every problem it found). */
import { useState } from 'preact/hooks';
import type { SharedState } from '../store/state';
import { localizer } from './localizer';
import type { PageMessages as Messages } from './page-messages';

export function relativeTime(iso: string, now: Date, locale: string): string {
  const minutes = Math.round((new Date(iso).getTime() - now.getTime()) / 60_000);
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  if (minutes === 0) return format.format(0, 'second'); // "now"
  if (Math.abs(minutes) < 60) return format.format(minutes, 'minute');
  if (Math.abs(minutes) < 48 * 60) return format.format(Math.round(minutes / 60), 'hour');
  return format.format(Math.round(minutes / 1440), 'day');
}

export interface PolicyStatusProps {
  readonly state: SharedState;
  readonly messages: Messages;
  readonly locale: 'en' | 'fr';
  readonly now: Date;
  /** Asks the background to sync; settles when it has answered (or could not be reached). */
  readonly onRefresh: () => Promise<unknown> | void;
}

export function PolicyStatus({ state, messages, locale, now, onRefresh }: PolicyStatusProps) {
  const { active, status } = state;
  const [refresh, setRefresh] = useState<{ readonly busy: boolean; readonly failed?: string }>({ busy: false });
  if (!active) return null;
  // The sync's own result arrives through storage (the status above); this says only whether the asking worked.
  const refreshNow = () => {
    setRefresh({ busy: true });
    Promise.resolve()
      .then(onRefresh)
      .then(
        () => setRefresh({ busy: false }),
        (error: unknown) => setRefresh({ busy: false, failed: error instanceof Error ? error.message : String(error) }),
      );
  };
  const text = localizer(active.policy, locale);
  return (
    <section class="status" aria-live="polite">
      <p>
        <strong>{messages.inForce(text(active.policy.name), active.policy.version)}</strong>
        <br />
        {messages.source[active.source]}
        {status && !status.error && ` · ${messages.checked(relativeTime(status.checkedAt, now, locale))}`}
      </p>
      {status?.error && (
        <div class="error" role="alert">
          <p>
            {messages.failed(relativeTime(status.checkedAt, now, locale))} {status.error.message}
          </p>
          {status.error.problems && (
            <ul>
              {status.error.problems.map((p) => (
                <li key={p.path + p.message}>
                  <code>{p.path}</code> {p.message}
                </li>
              ))}
              {(status.error.problemCount ?? 0) > status.error.problems.length && (
                <li>{messages.moreProblems((status.error.problemCount ?? 0) - status.error.problems.length)}</li>
              )}
            </ul>
          )}
          <p>{messages.keptInForce}</p>
        </div>
      )}
      <button type="button" onClick={refreshNow} disabled={refresh.busy}>
        {refresh.busy ? messages.refreshing : messages.refreshNow}
      </button>
      {refresh.failed !== undefined && (
        <p class="error" role="alert">
          {messages.refreshFailed(refresh.failed)}
        </p>
      )}
    </section>
  );
}
