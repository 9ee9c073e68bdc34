/**
 * Keeping the policy current. Where it comes from, in order: the organisation's managed URL, the URL set in
 * options, the bundled policy. Whatever goes wrong — network, HTTP status, size, content type, JSON, schema,
 * signature, an older version — the last good policy stays active and the status says what failed.
 */
import { parsePolicyJson } from '../policy/parse';
import type { Policy } from '../policy/types';
import { fetchBytes, SyncError } from './fetch';
import type { ManagedConfig } from './managed';
import { verifySignature } from './signature';
import { type ActivePolicy, type PolicySource, readState, STORAGE_KEYS, type StorageArea, type SyncStatus } from '../store/state';
import { compareVersions } from './version';

export interface SyncEnvironment {
  readonly local: StorageArea;
  readonly managed: () => Promise<ManagedConfig>;
  readonly bundled: () => Policy;
  readonly now: () => Date;
  /** How long to wait for the policy server (tests shorten it). */
  readonly timeoutMs?: number;
}

/** How many validation problems a status keeps: a hostile file can produce 100,000 of them, and storage is 10 MiB. */
export const MAX_STORED_PROBLEMS = 50;
const MAX_PROBLEM_TEXT = 300;
/** Longer validators are not sent back: a server may refuse its own giant ETag (431) forever. */
const MAX_VALIDATOR_LENGTH = 1_024;

type Target = { source: 'bundled' } | { source: Exclude<PolicySource, 'bundled'>; url: string; publicKey?: string | undefined };

export function policyTarget(managed: ManagedConfig, policyUrl: string | undefined): Target {
  if (managed.policyUrl) return { source: 'managed', url: managed.policyUrl, publicKey: managed.publicKey };
  if (policyUrl) return { source: 'options', url: policyUrl, publicKey: managed.publicKey };
  return { source: 'bundled' };
}

export async function syncPolicy(env: SyncEnvironment): Promise<SyncStatus> {
  const state = await readState(env.local);
  const managed = await env.managed();
  const target = policyTarget(managed, state.settings.policyUrl);
  const checkedAt = env.now().toISOString();
  /** After a failure: the policy in force stays when it may, else the bundled one stands in (never none). */
  const bundledUnless = (keepInForce: boolean): ActivePolicy | undefined =>
    keepInForce ? undefined : { policy: env.bundled(), source: 'bundled' };
  const save = async (status: SyncStatus, active?: ActivePolicy) => {
    // A new version keeps the one it replaces, so pages can say what changed.
    const replaced = active && state.active && state.active.policy.version !== active.policy.version ? state.active.policy : undefined;
    try {
      await env.local.set({
        [STORAGE_KEYS.status]: status,
        [STORAGE_KEYS.managed]: managed,
        ...(active && { [STORAGE_KEYS.active]: active }),
        ...(replaced && { [STORAGE_KEYS.previous]: replaced }),
      });
      return status;
    } catch (error) {
      // Storage refused (full, most likely): keep what readers need — a policy and a truthful status — and say so.
      const reason = `Candor could not save the result (${(error as Error).message}).`;
      const short: SyncStatus = {
        ...status,
        error: status.error ? { kind: status.error.kind, message: `${status.error.message} ${reason}` } : { kind: 'storage', message: reason },
      };
      await env.local.set({ [STORAGE_KEYS.status]: short, ...(active && !state.active && { [STORAGE_KEYS.active]: active }) });
      return short;
    }
  };

  if (managed.invalid?.length) {
    // Falling back (to the user's URL, to no signature) would undo what the organisation set: stop and say so.
    const message = `Your organisation's managed settings are invalid: ${managed.invalid.join('; ')}. Candor fetches no policy until they are fixed.`;
    return save({ checkedAt, source: 'managed', error: { kind: 'managed-invalid', message } }, bundledUnless(state.active !== undefined));
  }

  if (target.source === 'bundled') {
    const policy = env.bundled();
    const current = state.active?.source === 'bundled' && JSON.stringify(state.active.policy) === JSON.stringify(policy);
    return save({ checkedAt, source: 'bundled' }, current ? undefined : { policy, source: 'bundled' });
  }

  const { url } = target;
  const previous = state.active?.url === url ? state.active : undefined;
  const belowFloor = (version: string) => managed.minimumVersion !== undefined && compareVersions(version, managed.minimumVersion) < 0;
  // A cached copy only counts if it passes the checks required now: a newly required signature or a raised minimum
  // version means a full fetch.
  const cached = previous && previous.signedWith === target.publicKey && !belowFloor(previous.policy.version) ? previous : undefined;
  try {
    const limits = env.timeoutMs ? { timeoutMs: env.timeoutMs } : {};
    const fetched = await fetchBytes(url, { etag: cached?.etag, lastModified: cached?.lastModified, ...limits }).catch((error: unknown) => {
      // A server that refuses our conditional request would refuse it forever: ask once more without it.
      const conditional = cached?.etag !== undefined || cached?.lastModified !== undefined;
      if (conditional && error instanceof SyncError && error.kind === 'http-status') return fetchBytes(url, limits);
      throw error;
    });
    if (fetched.kind === 'not-modified' && cached) {
      // The copy in force is confirmed, and the status says when: rewriting it would wake every reader for nothing
      // (and could re-pin a copy "Reset" unpinned meanwhile).
      const sameSource = cached.source === target.source;
      return save({ checkedAt, source: target.source, url }, sameSource ? undefined : { ...cached, source: target.source });
    }
    if (fetched.kind === 'not-modified') throw new SyncError('http-status', 'The server answered 304 Not Modified to a first request.');
    if (target.publicKey) await checkSignature(url, fetched.bytes, target.publicKey, limits);
    const policy = parse(fetched.bytes);
    // Versions bind only between policies signed with the organisation's key: an unsigned "999999999" (a typo, a
    // hijacked server) would otherwise refuse every real version after it, and whoever can serve an unsigned policy
    // can serve any policy anyway. Signed, an older version is a replay, and is refused.
    const signedBefore = target.publicKey !== undefined && previous?.signedWith === target.publicKey;
    if (previous && signedBefore && compareVersions(policy.version, previous.policy.version) < 0) {
      throw new SyncError(
        'older-version',
        `The server offered version ${policy.version}, older than the version ${previous.policy.version} in force: kept ${previous.policy.version}.`,
      );
    }
    // The organisation's floor holds even with nothing in force to compare with (a fresh install offered a replay).
    if (belowFloor(policy.version)) {
      throw new SyncError(
        'older-version',
        `The server offered version ${policy.version}, older than ${managed.minimumVersion}, the oldest your organisation accepts.`,
      );
    }
    const active: ActivePolicy = {
      policy,
      source: target.source,
      url,
      fetchedAt: checkedAt,
      ...(fetched.etag && fetched.etag.length <= MAX_VALIDATOR_LENGTH && { etag: fetched.etag }),
      ...(fetched.lastModified && fetched.lastModified.length <= MAX_VALIDATOR_LENGTH && { lastModified: fetched.lastModified }),
      ...(target.publicKey && { signedWith: target.publicKey }),
    };
    return save({ checkedAt, source: target.source, url }, active);
  } catch (error) {
    const failure =
      error instanceof SyncError ? error : new SyncError('network', `Unexpected failure: ${(error as Error).message}.`);
    const reported = { kind: failure.kind, message: failure.message, ...(failure.problems && boundedProblems(failure.problems)) };
    // Never without a policy: until the configured one has worked once, the bundled one stands in. Nor with one the
    // organisation no longer accepts (unsigned once a key is required, older than its minimum version): the bundled
    // one stands in for it.
    const active = state.active;
    const acceptable =
      active !== undefined &&
      (active.source === 'bundled' ||
        ((!target.publicKey || active.signedWith === target.publicKey) && !belowFloor(active.policy.version)));
    return save({ checkedAt, source: target.source, url, error: reported }, bundledUnless(acceptable));
  }
}

/** The first problems, each cut to a readable length, and how many there were. */
function boundedProblems(problems: readonly { path: string; message: string }[]) {
  const cut = (text: string) => (text.length > MAX_PROBLEM_TEXT ? `${text.slice(0, MAX_PROBLEM_TEXT - 1)}…` : text);
  return {
    problems: problems.slice(0, MAX_STORED_PROBLEMS).map((p) => ({ path: cut(p.path), message: cut(p.message) })),
    problemCount: problems.length,
  };
}

function parse(bytes: Uint8Array<ArrayBuffer>): Policy {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new SyncError('malformed-json', 'The policy is not UTF-8 text.');
  }
  const result = parsePolicyJson(text);
  if (result.ok) return result.policy;
  const syntax = result.errors.length === 1 && result.errors[0]!.message.startsWith('Not valid JSON');
  if (syntax) throw new SyncError('malformed-json', result.errors[0]!.message);
  const count = result.errors.length;
  throw new SyncError('invalid-policy', `The policy has ${count} error${count === 1 ? '' : 's'}: kept the last good one.`, result.errors);
}

/** Where a policy's signature is published: its path plus ".sig", its query kept ("p.json?v=2" → "p.json.sig?v=2"). */
export function signatureUrl(url: string): string {
  const at = new URL(url);
  at.pathname += '.sig';
  return at.href;
}

async function checkSignature(
  url: string,
  bytes: Uint8Array<ArrayBuffer>,
  publicKey: string,
  limits: { timeoutMs?: number },
): Promise<void> {
  let signature: string;
  const sigUrl = signatureUrl(url);
  try {
    const fetched = await fetchBytes(sigUrl, { json: false, maxBytes: 4096, ...limits });
    if (fetched.kind !== 'fetched') throw new SyncError('bad-signature', 'No signature came with the policy.');
    signature = new TextDecoder().decode(fetched.bytes).trim();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new SyncError('bad-signature', `The policy must be signed, and its signature (${sigUrl}) could not be read: ${reason}`);
  }
  let valid: boolean;
  try {
    valid = await verifySignature(bytes, signature, publicKey);
  } catch (error) {
    throw new SyncError(
      'bad-signature',
      `The organisation's public key could not be used (${(error as Error).message}): check the managed "publicKey" (an Ed25519 key).`,
    );
  }
  if (!valid) throw new SyncError('bad-signature', "The policy's signature does not match the organisation's key: refused.");
}
