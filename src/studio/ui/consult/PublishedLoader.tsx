/**
 * Where the published version comes from: its https address, a copy of the file, or (in the extension) the policy
 * in force in this browser. A page's fetch of another site may be refused (CORS): the message says so and points to
 * the file instead. Cookies are never sent, and the cache never answers: the version compared is the one served now.
 */
import { useState } from 'preact/hooks';
import { parsePolicyJson } from '../../../policy/parse';
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

const isHttps = (address: string) => {
  try {
    return new URL(address).protocol === 'https:';
  } catch {
    return false;
  }
};

export function PublishedLoader({ onLoad }: { readonly onLoad: (published: Published | undefined) => void }) {
  const { locale, policyInForce } = useStudio();
  const words = WORDS[locale];
  const [address, setAddress] = useState('');
  const [status, setStatus] = useState<Status | undefined>(undefined);

  const read = (text: string, from: string) => {
    const parsed = parsePolicyJson(text);
    if (parsed.ok) {
      setStatus(undefined);
      onLoad({ policy: parsed.policy, from });
    } else {
      setStatus({ kind: 'invalid', from, errors: parsed.errors });
    }
  };

  const loadAddress = async () => {
    const url = address.trim();
    onLoad(undefined);
    if (!isHttps(url)) {
      setStatus({ kind: 'failed', message: words.notHttps });
      return;
    }
    setStatus({ kind: 'loading' });
    let response: Response;
    try {
      response = await fetch(url, { credentials: 'omit', cache: 'no-store' });
    } catch {
      // The browser says no more than "failed to fetch": a refused CORS request and a network error look the same.
      setStatus({ kind: 'failed', message: words.unreachable });
      return;
    }
    if (!response.ok) setStatus({ kind: 'failed', message: words.httpStatus(response.status) });
    else read(await response.text(), url);
  };

  const loadFile = async (file: File | undefined) => {
    if (!file) return;
    onLoad(undefined);
    try {
      read(await file.text(), file.name);
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
            <>
              <input
                {...aria}
                type="url"
                inputMode="url"
                placeholder="https://"
                value={address}
                onInput={(event) => setAddress(event.currentTarget.value)}
              />{' '}
              <button type="submit" disabled={status?.kind === 'loading'}>
                {words.load}
              </button>
            </>
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
