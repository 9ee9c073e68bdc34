import { useEffect, useState } from 'preact/hooks';
import { readState, type SharedState, type StorageArea, type StorageChanges, watchState } from '../store/state';

/**
 * The shared state (policy, settings, status), kept current as the background or another page changes it. While
 * the active policy is not rewritten, the same object is kept, so what depends on it (the compiled policy) stays.
 */
export function useSharedState(area: StorageArea, changes: StorageChanges): SharedState | undefined {
  const [state, setState] = useState<SharedState>();
  useEffect(() => {
    void readState(area).then(setState);
    return watchState(area, changes, (next, policyChanged) =>
      setState((previous) => (policyChanged || !previous ? next : { ...next, active: previous.active })),
    );
  }, [area, changes]);
  return state;
}
