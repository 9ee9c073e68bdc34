/**
 * The draft saved in the page's storage as the author types (after a pause, and at once when the tab is hidden or
 * closed), without ever writing over another tab's newer save: two studio tabs on one draft are told apart, and the
 * author chooses which version to keep.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { AUTOSAVE_KEY, type DraftStorage, loadDraft, type SavedDraft, saveDraft } from '../autosave';
import type { JsonObject } from '../json';

/** Saving waits for a pause in typing, so a long edit writes storage once, not at every key. */
const SAVE_DELAY_MS = 400;

export interface Autosave {
  /** The last save: when, and whether the browser took it. */
  readonly saved: { readonly at: Date; readonly ok: boolean } | undefined;
  /** Another tab saved this draft since this one last did: nothing is saved here until the author chooses. */
  readonly conflict: SavedDraft | undefined;
  /** Keeps this tab's version: it is saved over the other. */
  readonly keepMine: () => void;
  /** Takes the other tab's version (the caller shows it). */
  readonly takeTheirs: () => JsonObject | undefined;
  /** Forgets the draft (a new policy is started). */
  readonly forget: () => void;
}

export function useAutosave(storage: DraftStorage, value: JsonObject | undefined, now: () => Date, restored: SavedDraft | undefined): Autosave {
  const [saved, setSaved] = useState<Autosave['saved']>(undefined);
  const [conflict, setConflict] = useState<SavedDraft | undefined>(undefined);
  /** When this tab last saved (or read) the draft in storage: any other save is another tab's. */
  const own = useRef(restored?.savedAt);
  const pending = useRef<JsonObject | undefined>(undefined);

  const save = (draft: JsonObject, overwrite = false) => {
    const stored = loadDraft(storage);
    if (!overwrite && stored && stored.savedAt !== own.current) {
      setConflict(stored);
      return;
    }
    const at = now();
    const ok = saveDraft(storage, draft, at);
    if (ok) own.current = at.toISOString();
    pending.current = undefined;
    setSaved({ at, ok });
  };

  useEffect(() => {
    if (value === undefined || conflict) return;
    pending.current = value;
    const timer = setTimeout(() => save(value), SAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [value, conflict]);

  useEffect(() => {
    // Closing or leaving the tab right after typing loses nothing.
    const flush = () => {
      if (pending.current && !conflict) save(pending.current);
    };
    const onHidden = () => document.visibilityState === 'hidden' && flush();
    // Another tab's save is noticed at once, not at this tab's next one.
    const onStorage = (event: StorageEvent) => {
      if (event.key !== AUTOSAVE_KEY || event.newValue === null) return;
      const stored = loadDraft(storage);
      if (stored && stored.savedAt !== own.current) setConflict(stored);
    };
    addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onHidden);
    addEventListener('storage', onStorage);
    return () => {
      removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onHidden);
      removeEventListener('storage', onStorage);
    };
  }, [conflict]);

  return {
    saved,
    conflict,
    keepMine: () => {
      setConflict(undefined);
      if (value) save(value, true);
    },
    takeTheirs: () => {
      if (!conflict) return undefined;
      own.current = conflict.savedAt;
      pending.current = undefined;
      setConflict(undefined);
      return conflict.policy;
    },
    forget: () => {
      own.current = undefined;
      pending.current = undefined;
      setSaved(undefined);
      setConflict(undefined);
    },
  };
}
