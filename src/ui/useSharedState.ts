import { useEffect, useState } from 'preact/hooks';
import { readState, type SharedState, type StorageArea, type StorageChanges, watchState } from '../store/state';

/** The shared state (policy, settings, status), kept current as the background or another page changes it. */
export function useSharedState(area: StorageArea, changes: StorageChanges): SharedState | undefined {
  const [state, setState] = useState<SharedState>();
  useEffect(() => {
    void readState(area).then(setState);
    return watchState(area, changes, setState);
  }, [area, changes]);
  return state;
}
