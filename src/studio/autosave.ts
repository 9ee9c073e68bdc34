/**
 * Drafts are kept in the page's own storage (localStorage) as the author types, so closing the tab loses nothing;
 * nothing leaves the device. What is read back is checked like any stored state: a draft that is not a JSON object
 * is set aside, not trusted.
 */
import { isObject, type Json, type JsonObject, tooDeep } from './json';

export const AUTOSAVE_KEY = 'candor.studio.draft';

export interface SavedDraft {
  readonly policy: JsonObject;
  /** When it was saved, as an ISO moment. */
  readonly savedAt: string;
}

/** The part of `Storage` the studio uses (tests pass a Map-backed one). */
export type DraftStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export function loadDraft(storage: DraftStorage): SavedDraft | undefined {
  let saved: Json;
  try {
    saved = JSON.parse(storage.getItem(AUTOSAVE_KEY) ?? 'null') as Json;
  } catch {
    return undefined;
  }
  if (!isObject(saved) || !isObject(saved.policy) || typeof saved.savedAt !== 'string' || tooDeep(saved.policy)) return undefined;
  return { policy: saved.policy, savedAt: saved.savedAt };
}

/** Saves the draft; false when the storage refused it (full, or switched off), so the page can say so. */
export function saveDraft(storage: DraftStorage, policy: JsonObject, now: Date): boolean {
  try {
    storage.setItem(AUTOSAVE_KEY, JSON.stringify({ policy, savedAt: now.toISOString() }));
    return true;
  } catch {
    return false;
  }
}

export function clearDraft(storage: DraftStorage): void {
  storage.removeItem(AUTOSAVE_KEY);
}
