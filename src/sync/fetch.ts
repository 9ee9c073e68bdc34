/**
 * Fetching a policy file the careful way: conditional requests, a timeout, a size cap enforced while reading,
 * HTTPS only, no redirect at all, and JSON content only. Every failure is a `SyncError` with a plain message.
 *
 * Why no redirect: the browser follows a chain without showing its hops, so `https://policy → http://plain →
 * https://evil` would look like an HTTPS answer, and whoever answers decides what Candor inserts with one click.
 * Admins publish the policy at its final address instead (README, "Hosting the policy").
 */
import type { SyncErrorKind } from '../store/state';
import { isAllowedPolicyUrl } from '../policy/url';

export const FETCH_TIMEOUT_MS = 10_000;
export const MAX_POLICY_BYTES = 1024 * 1024;

export class SyncError extends Error {
  constructor(
    readonly kind: SyncErrorKind,
    message: string,
    readonly problems?: readonly { path: string; message: string }[],
  ) {
    super(message);
  }
}

export type Fetched =
  | { readonly kind: 'not-modified' }
  | { readonly kind: 'fetched'; readonly bytes: Uint8Array<ArrayBuffer>; readonly etag?: string; readonly lastModified?: string };

export interface FetchOptions {
  readonly etag?: string | undefined;
  readonly lastModified?: string | undefined;
  readonly timeoutMs?: number;
  readonly maxBytes?: number;
  /** Whether to insist on a JSON content type (the signature file is plain text). */
  readonly json?: boolean;
}

export async function fetchBytes(url: string, options: FetchOptions = {}): Promise<Fetched> {
  const { timeoutMs = FETCH_TIMEOUT_MS, maxBytes = MAX_POLICY_BYTES, json = true } = options;
  if (!isAllowedPolicyUrl(new URL(url))) throw new SyncError('insecure-url', `Refused ${url}: policies are only fetched over HTTPS.`);
  const headers: Record<string, string> = {};
  if (options.etag) headers['If-None-Match'] = options.etag;
  if (options.lastModified) headers['If-Modified-Since'] = options.lastModified;

  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const response = await fetch(url, { headers, signal: controller.signal, credentials: 'omit', cache: 'no-store', redirect: 'manual' });
    // Browsers hide a redirect's target ("opaqueredirect"); Node shows the 3xx itself.
    if (response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400 && response.status !== 304)) {
      throw new SyncError(
        'redirect',
        `${new URL(url).host} answered with a redirect: Candor follows none, so no other server can replace the policy. Publish it at its final https:// address.`,
      );
    }
    if (response.status === 304) return { kind: 'not-modified' };
    if (!response.ok) throw new SyncError('http-status', `The policy server answered ${response.status} ${response.statusText}`.trim() + '.');
    const type = response.headers.get('content-type') ?? '';
    if (json && !isJsonType(type)) {
      throw new SyncError('not-json', `The server sent ${type || 'no content type'}, not JSON: check the URL (a login page may be in the way).`);
    }
    const declared = Number(response.headers.get('content-length'));
    if (declared > maxBytes) throw tooLarge(maxBytes);
    const bytes = await readCapped(response, maxBytes, controller);
    return {
      kind: 'fetched',
      bytes,
      ...optional('etag', response.headers.get('etag')),
      ...optional('lastModified', response.headers.get('last-modified')),
    };
  } catch (error) {
    if (error instanceof SyncError) throw error;
    throw controller.signal.aborted
      ? new SyncError('timeout', `The policy server did not answer within ${timeoutMs / 1000} s.`)
      : new SyncError('network', `Could not fetch the policy from ${new URL(url).host}: ${reasonOf(error)}.`);
  } finally {
    clearTimeout(timer);
  }
}

/** `application/json` or a `+json` type, parameters aside ("text/html; profile=json" is not JSON). */
function isJsonType(contentType: string): boolean {
  const essence = contentType.split(';')[0]!.trim().toLowerCase();
  return essence === 'application/json' || /^application\/[\w.-]+\+json$/.test(essence);
}

/** What a failure's code most likely means, in words an administrator acts on (Node names the cause; browsers don't). */
const LIKELY_CAUSES: readonly [RegExp, string][] = [
  [/wrong version number|ERR_SSL_WRONG_VERSION_NUMBER|packet length too long/i, 'the server does not speak HTTPS on that port (is it an http:// address?)'],
  [/ECONNREFUSED/, 'nothing answers at that address and port (connection refused)'],
  [/ENOTFOUND|EAI_AGAIN/, 'the host name is unknown (check the address, the network or DNS)'],
  [/ECONNRESET|socket hang up|other side closed/i, 'the connection was cut before the answer came'],
  [/CERT|self[- ]signed|unable to verify|altname/i, "the server's TLS certificate is not trusted"],
  [/ENETUNREACH|EHOSTUNREACH/, 'the network cannot reach that address (offline?)'],
  // Browsers give the same message for all of these, on purpose (a page must not probe the network through it).
  [
    /^Failed to fetch$|NetworkError when attempting to fetch/i,
    "the browser does not say why: most often the computer is offline, the address or its certificate is wrong, the server does not allow Candor's origin (CORS), or Candor was not given permission to read that site (save the URL again in options)",
  ],
];

/** Node's fetch says only "fetch failed"; the reason (refused, unknown host…) is in its `cause`. */
const reasonOf = (error: unknown): string => {
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
  const raw = cause instanceof Error ? cause.message : String(cause);
  const code = (cause as { code?: unknown } | undefined)?.code;
  const said = `${typeof code === 'string' ? `${code} ` : ''}${raw}`;
  const likely = LIKELY_CAUSES.find(([pattern]) => pattern.test(said))?.[1];
  return likely ?? raw;
};

const tooLarge = (maxBytes: number) =>
  new SyncError('too-large', `The policy is larger than ${Math.round(maxBytes / 1024)} KiB: refused.`);

const optional = <K extends string>(key: K, value: string | null) => (value ? { [key]: value } : {}) as Partial<Record<K, string>>;

/** Reads the body chunk by chunk and stops (cancelling the download) as soon as it passes the cap. */
async function readCapped(response: Response, maxBytes: number, controller: AbortController): Promise<Uint8Array<ArrayBuffer>> {
  const reader = response.body?.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  if (reader) {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > maxBytes) {
        controller.abort();
        throw tooLarge(maxBytes);
      }
      chunks.push(value);
    }
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return bytes;
}
