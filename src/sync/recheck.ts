/**
 * At every worker start (which follows every update), the stored policies are checked again with the full parser:
 * an older Candor may have stored a shape this one does not read, and storage may be corrupt. What no longer passes
 * is dropped (the sync then fetches, or the bundled policy stands in); a good policy stored in another format loses
 * its ETag, so the next sync fetches the whole file instead of trusting "304 Not Modified".
 */
import { type ActivePolicy, isRecord, STORAGE_KEYS, STORED_FORMAT, type StorageArea } from '../store/state';

export interface RemovableStorageArea extends StorageArea {
  remove(keys: string[]): Promise<void>;
}

export async function recheckStored(area: RemovableStorageArea, isValidPolicy: (value: unknown) => boolean): Promise<void> {
  const stored = await area.get([STORAGE_KEYS.format, STORAGE_KEYS.active, STORAGE_KEYS.previous]);
  const active = stored[STORAGE_KEYS.active] as Partial<ActivePolicy> | undefined;
  const drop: string[] = [];
  const keep: Record<string, unknown> = { [STORAGE_KEYS.format]: STORED_FORMAT };
  if (active !== undefined && !(isRecord(active) && isValidPolicy(active.policy))) {
    drop.push(STORAGE_KEYS.active);
  } else if (active !== undefined && stored[STORAGE_KEYS.format] !== STORED_FORMAT) {
    const { etag: _etag, lastModified: _lastModified, ...rest } = active;
    keep[STORAGE_KEYS.active] = rest;
  }
  const previous = stored[STORAGE_KEYS.previous];
  if (previous !== undefined && !isValidPolicy(previous)) drop.push(STORAGE_KEYS.previous);
  if (drop.length) await area.remove(drop);
  await area.set(keep);
}
