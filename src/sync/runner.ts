/**
 * Runs syncs one at a time: install, start-up, the alarm, a settings change and "Refresh now" can all ask at
 * once; a request made while a sync runs gets one more sync after it, never two in parallel.
 */
import type { SyncStatus } from '../store/state';

export function serialized<T = SyncStatus>(run: () => Promise<T>): () => Promise<T> {
  let current: Promise<T> | undefined;
  let queued: Promise<T> | undefined;
  const start = (): Promise<T> => {
    current = run().finally(() => (current = undefined));
    return current;
  };
  return () => {
    if (!current) return start();
    queued ??= current.catch(() => undefined).then(() => {
      queued = undefined;
      return start();
    });
    return queued;
  };
}

/** Minutes until the first periodic sync: spread over the period so a whole company does not call at once. */
export function jitteredDelay(periodMinutes: number, random: () => number = Math.random): number {
  return Math.max(1, Math.round(random() * periodMinutes));
}
