/**
 * The playground `npm start` opens: the three networks' compose boxes, one at a time at full size behind tabs (side by
 * side they only fitted at 45 %, unreadable), each made with that site's editor library and already holding a draft
 * about the demo company, so the nudges show at once. The other two stay loaded off screen, inert, still nudging.
 */
import { useState } from 'preact/hooks';
import type { Network } from '../../policy/types';
import type { PageContext } from '../page-context';
import { NETWORK_NAMES } from '../networks';

export const SAMPLE_DRAFTS: Readonly<Record<Network, string>> = {
  x: 'Loving the new RoadRunner update from Acme! 🚀',
  linkedin: 'Proud of what our team at Acme shipped this quarter. Globex has nothing like it.',
  facebook: 'Guess what Acme is launching soon: Coyote X!',
};
const EDITORS: Readonly<Record<Network, string>> = { x: 'Draft.js', linkedin: 'Quill', facebook: 'Lexical' };

const NETWORKS = Object.keys(SAMPLE_DRAFTS) as Network[];

export function Playground({ page }: { page: PageContext }) {
  const { state, policy, messages, text } = page;
  const [shown, setShown] = useState<Network>('x');
  return (
    <div class="playground">
      <header>
        <h1>Candor playground</h1>
        <p>
          {messages.inForce(text(policy.name), policy.version)} ·{' '}
          {messages.source[state.active!.source]} · <a href="popup.html" target="_blank">Popup</a> ·{' '}
          <a href="options.html" target="_blank">Options</a>
        </p>
      </header>
      <div role="tablist" aria-label={messages.playgroundSites} class="tabs">
        {NETWORKS.map((network) => (
          <button
            key={network}
            type="button"
            role="tab"
            id={`tab-${network}`}
            aria-selected={network === shown}
            aria-controls={`site-${network}`}
            tabIndex={network === shown ? 0 : -1}
            onClick={() => setShown(network)}
            onKeyDown={(event) => {
              const step = { ArrowRight: 1, ArrowLeft: -1 }[event.key];
              if (step === undefined) return;
              const next = NETWORKS[(NETWORKS.indexOf(network) + step + NETWORKS.length) % NETWORKS.length]!;
              setShown(next);
              document.getElementById(`tab-${next}`)?.focus();
            }}
          >
            {NETWORK_NAMES[network]} <span class="quiet">· {EDITORS[network]}</span>
          </button>
        ))}
      </div>
      <div class="sites">
        {NETWORKS.map((network) => (
          <div key={network} role="tabpanel" id={`site-${network}`} aria-labelledby={`tab-${network}`} class={network === shown ? undefined : 'parked'} inert={network !== shown}>
            <iframe
              title={NETWORK_NAMES[network]}
              src={`playground-site.html?site=${network}&draft=${encodeURIComponent(SAMPLE_DRAFTS[network])}`}
            />
          </div>
        ))}
      </div>
    </div>
  );
}
