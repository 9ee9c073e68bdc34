/**
 * The playground `npm start` opens: the three networks' compose boxes side by side, each made with that site's
 * editor library and already holding a draft about the demo company, so the nudges show at once.
 */
import type { Network } from '../../policy/types';
import type { PageContext } from '../page-context';
import { NETWORK_NAMES } from '../networks';

export const SAMPLE_DRAFTS: Readonly<Record<Network, string>> = {
  x: 'Loving the new RoadRunner update from Acme! 🚀',
  linkedin: 'Proud of what our team at Acme shipped this quarter. Globex has nothing like it.',
  facebook: 'Guess what Acme is launching soon: Coyote X!',
};
const EDITORS: Readonly<Record<Network, string>> = { x: 'Draft.js', linkedin: 'Quill', facebook: 'Lexical' };

export function Playground({ page }: { page: PageContext }) {
  const { state, policy, messages, text } = page;
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
      <div class="sites">
        {(Object.keys(SAMPLE_DRAFTS) as Network[]).map((network) => (
          <figure key={network}>
            <figcaption>
              {NETWORK_NAMES[network]} · {EDITORS[network]}
            </figcaption>
            <iframe
              title={NETWORK_NAMES[network]}
              src={`playground-site.html?site=${network}&draft=${encodeURIComponent(SAMPLE_DRAFTS[network])}`}
            />
          </figure>
        ))}
      </div>
    </div>
  );
}
