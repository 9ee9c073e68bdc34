/**
 * Where the published version comes from: its https address, a copy of the file, or (in the extension) the policy
 * in force in this browser. A page's fetch of another site may be refused (CORS): the message says so and points to
 * the file instead. Cookies are never sent, and the cache never answers: the version compared is the one served now.
 */
import { useRef, useState } from 'preact/hooks';
import { parsePolicyJson } from '../../../policy/parse';
import { isAllowedPolicyUrl } from '../../../policy/url';
import { fetchBytes, MAX_POLICY_BYTES, SyncError } from '../../../sync/fetch';
import type { PolicyProblem } from '../../../policy/problems';
import { type Published, useStudio } from '../context';
import { LabelledControl, Problems } from '../fields';
import { WORDS } from './words';

type Status =
  | { readonly kind: 'loading' }
  | { readonly kind: 'failed'; readonly message: string }
  | { readonly kind: 'invalid'; readonly from: string; readonly errors: readonly PolicyProblem[] };

/** A broken file may have thousands of problems: the first ones say enough to tell it is the wrong file. */
const SHOWN_PROBLEMS = 20;


export function PublishedLoader({ onLoad }: { readonly onLoad: (published: Published | undefined) => void }) {
  const { locale, policyInForce } = useStudio();
  const words = WORDS[locale];
  const [address, setAddress] = useState('');
  const [status, setStatus] = useState<Status | undefined>(undefined);
  // The author's last choice wins: an answer to an earlier one (a slow address) arrives too late to count.
  const latest = useRef(0);
  const choose = () => ++latest.current;

  const read = (text: string, from: string) => {
    const parsed = parsePolicyJson(text);
    if (parsed.ok) {
      setStatus(undefined);
      onLoad({ policy: parsed.policy, from });
    } else {
      setStatus({ kind: 'invalid', from, errors: parsed.errors });
    }
  };

  // The extension's own fetch: HTTPS (or this computer), no redirect, no cookies, 10 s, 1 MiB, JSON only.
  const loadAddress = async () => {
    const url = address.trim();
    const ticket = choose();
    onLoad(undefined);
    if (!URL.canParse(url) || !isAllowedPolicyUrl(new URL(url))) {
      setStatus({ kind: 'failed', message: words.notHttps });
      return;
    }
    setStatus({ kind: 'loading' });
    try {
      const fetched = await fetchBytes(url);
      if (ticket !== latest.current) return;
      // Nothing conditional was asked, so a "304 Not Modified" is a server's mistake: nothing was read.
      if (fetched.kind === 'fetched') read(new TextDecoder().decode(fetched.bytes), url);
      else setStatus({ kind: 'failed', message: words.unreachable });
    } catch (error) {
      if (ticket !== latest.current) return;
      // A refused CORS request and a network error look the same to a page: the words say both.
      const kind = error instanceof SyncError ? error.kind : 'network';
      setStatus({ kind: 'failed', message: kind === 'network' ? words.unreachable : error instanceof Error ? error.message : String(error) });
    }
  };

  const loadFile = async (file: File | undefined) => {
    if (!file) return;
    const ticket = choose();
    onLoad(undefined);
    if (file.size > MAX_POLICY_BYTES) {
      setStatus({ kind: 'failed', message: words.tooLarge });
      return;
    }
    try {
      const text = await file.text();
      if (ticket === latest.current) read(text, file.name);
    } catch (error) {
      setStatus({ kind: 'failed', message: words.unreadable(error instanceof Error ? error.message : String(error)) });
    }
  };

  return (
    <div class="published-loader">
      <p class="help">{words.compareHelp}</p>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void loadAddress();
        }}
      >
        <LabelledControl id="published-url" label={words.urlLabel} help={words.urlHelp}>
          {(aria) => (
            <div class="inline-control">
              <input
                {...aria}
                type="url"
                inputMode="url"
                placeholder="https://"
                value={address}
                onInput={(event) => setAddress(event.currentTarget.value)}
              />
              <button type="submit" disabled={status?.kind === 'loading'}>
                {words.load}
              </button>
            </div>
          )}
        </LabelledControl>
      </form>
      <LabelledControl id="published-file" label={words.fileLabel} help={words.fileHelp}>
        {(aria) => <input {...aria} type="file" accept=".json,application/json" onChange={(event) => void loadFile(event.currentTarget.files?.[0])} />}
      </LabelledControl>
      {policyInForce && (
        <p>
          <button
            type="button"
            class="secondary"
            onClick={() => {
              choose();
              setStatus(undefined);
              onLoad({ policy: policyInForce, from: words.inForceSource });
            }}
          >
            {words.inForce}
          </button>
        </p>
      )}
      <div role="status" aria-live="polite">
        {status?.kind === 'loading' && <p>{words.loading}</p>}
        {status?.kind === 'failed' && <p class="problem-error">{status.message}</p>}
        {status?.kind === 'invalid' && (
          <>
            <p class="problem-error">{words.invalid(status.from)}</p>
            <Problems errors={status.errors.slice(0, SHOWN_PROBLEMS).map(withPath)} warnings={[]} />
          </>
        )}
      </div>
    </div>
  );
}

/** A problem in the published file, with its place: the author cannot click through to a field of another file. */
const withPath = (problem: PolicyProblem): PolicyProblem => ({ ...problem, message: `${problem.message} (${problem.path})` });
