/**
 * What the background shares with content scripts and pages, through `storage.local`: the active policy (already
 * validated, plain data) and the user's settings. Readers watch storage changes, so a new policy or role reaches
 * open compose boxes without a reload. Type-only imports: no zod here.
 */
import type { Network, Policy } from '../policy/types';

export type PolicySource = 'bundled' | 'managed' | 'options';

/** The last good policy: what every reader uses until a better one arrives. */
export interface ActivePolicy {
  readonly policy: Policy;
  readonly source: PolicySource;
  readonly url?: string;
  readonly etag?: string;
  readonly lastModified?: string;
  /** When the server sent this copy (ISO time); a later "304 Not Modified" shows in the status's `checkedAt`. */
  readonly fetchedAt?: string;
  /** The public key its signature was checked with, if one was required. */
  readonly signedWith?: string;
}

export type SyncErrorKind =
  | 'insecure-url'
  | 'network'
  | 'timeout'
  | 'http-status'
  | 'redirect'
  | 'not-json'
  | 'too-large'
  | 'malformed-json'
  | 'invalid-policy'
  | 'bad-signature'
  | 'older-version'
  | 'storage'
  | 'managed-invalid';

/** How the last attempt to update the policy went. On failure, the last good policy stays active. */
export interface SyncStatus {
  /** When it was tried (ISO time). */
  readonly checkedAt: string;
  readonly source: PolicySource;
  readonly url?: string;
  readonly error?: {
    readonly kind: SyncErrorKind;
    /** A plain sentence saying what failed. */
    readonly message: string;
    /** Validation problems with their JSON paths, for an invalid policy: the first ones (storage is finite)… */
    readonly problems?: readonly { readonly path: string; readonly message: string }[];
    /** …out of this many. */
    readonly problemCount?: number;
  };
}

export interface Settings {
  /** The role chosen in options; none means the base policy. */
  readonly role?: string;
  /** UI and inserted-text language; "auto" follows the browser. */
  readonly locale?: 'auto' | 'en' | 'fr';
  /** Networks where nudges are off (all on by default). */
  readonly disabledNetworks?: readonly Network[];
  /** The policy URL set in options (a managed URL takes precedence). */
  readonly policyUrl?: string;
}

export interface SharedState {
  readonly active?: ActivePolicy;
  readonly settings: Settings;
  readonly status?: SyncStatus;
  readonly managed: ManagedSettings;
  /** The policy in force before the current one, kept to say what changed. */
  readonly previous?: Policy;
  /** The version whose changes the user has opened. */
  readonly changesSeen?: string;
}

export const STORAGE_KEYS = {
  format: 'storedFormat',
  active: 'activePolicy',
  settings: 'settings',
  status: 'syncStatus',
  managed: 'managedConfig',
  previous: 'previousPolicy',
  changesSeen: 'changesSeenVersion',
} as const;

/** What the organisation fixed (mirrored from `storage.managed` by the background at every sync). */
export interface ManagedSettings {
  readonly policyUrl?: string;
  readonly role?: string;
}

/**
 * The shape of what this version stores. The background re-checks the stored policy when it finds another format
 * (an update), so a policy stored by an older Candor is never read as if it had today's shape.
 */
export const STORED_FORMAT = 2;

/** The subset of `browser.storage` used here, so tests can pass WXT's fake browser or a real one. */
export interface StorageArea {
  get(keys: string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}
export interface StorageChanges {
  addListener(listener: (changes: Record<string, { newValue?: unknown }>, area: string) => void): void;
  removeListener(listener: (changes: Record<string, { newValue?: unknown }>, area: string) => void): void;
}

/**
 * The shared state, with anything unreadable treated as missing: storage is re-checked, never trusted (a corrupt or
 * old-shape policy would otherwise throw in every tab). The background validates the policy fully (zod); readers,
 * which must stay light, check that it has the shape they rely on.
 */
export async function readState(area: StorageArea): Promise<SharedState> {
  const stored = await area.get(Object.values(STORAGE_KEYS));
  const active = stored[STORAGE_KEYS.active] as Partial<ActivePolicy> | undefined;
  const previous = stored[STORAGE_KEYS.previous];
  const changesSeen = stored[STORAGE_KEYS.changesSeen];
  return {
    active: isRecord(active) && looksLikePolicy(active.policy) ? (active as ActivePolicy) : undefined,
    ...choicesOf(stored),
    status: isRecord(stored[STORAGE_KEYS.status]) ? (stored[STORAGE_KEYS.status] as SyncStatus) : undefined,
    previous: looksLikePolicy(previous) ? previous : undefined,
    changesSeen: typeof changesSeen === 'string' ? changesSeen : undefined,
  };
}

/** The user's settings and the organisation's choices, from what storage returned (anything unreadable: none). */
export function choicesOf(stored: Record<string, unknown>): Pick<SharedState, 'settings' | 'managed'> {
  const settings = stored[STORAGE_KEYS.settings];
  const managed = stored[STORAGE_KEYS.managed];
  return { settings: isRecord(settings) ? (settings as Settings) : {}, managed: isRecord(managed) ? (managed as ManagedSettings) : {} };
}

/** The bundled demo policy is in force: the advice is about a fictional company, and every surface says so. */
export const runsTheDemo = (state: Pick<SharedState, 'active'>): boolean => state.active?.source === 'bundled';

export const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

const POLICY_LISTS = ['principles', 'competitors', 'products', 'topics', 'corporateAccounts', 'roles', 'scenarios', 'changelog'] as const;
const POLICY_RULES = ['employerMention', 'competitorMention', 'productMention', 'unreleasedProduct', 'confidentialProduct', 'disclaimer', 'disclosure', 'corporateAccount'] as const;

/** The shape readers rely on: the lists and rules they walk (the background checks everything else). */
export function looksLikePolicy(value: unknown): value is Policy {
  if (!isRecord(value) || value.schemaVersion !== 1 || typeof value.version !== 'string') return false;
  if (!isRecord(value.company) || typeof value.company.name !== 'string' || !isRecord(value.rules)) return false;
  const rules = value.rules;
  return POLICY_LISTS.every((list) => Array.isArray(value[list])) && POLICY_RULES.every((rule) => isRecord(rules[rule]));
}

/**
 * Calls `onChange` with the whole new state whenever the policy, settings or status change, saying whether the
 * policy itself changed (so readers recompile only then). Returns an unsubscribe.
 */
export function watchState(
  area: StorageArea,
  changes: StorageChanges,
  onChange: (state: SharedState, policyChanged: boolean) => void,
): () => void {
  const listener = (changed: Record<string, unknown>, areaName: string) => {
    if (areaName === 'local' && Object.values(STORAGE_KEYS).some((key) => key in changed)) {
      void readState(area).then((state) => onChange(state, STORAGE_KEYS.active in changed));
    }
  };
  changes.addListener(listener);
  return () => changes.removeListener(listener);
}
