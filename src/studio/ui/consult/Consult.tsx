/**
 * The "Consult" panel, for the last part of the method: involve employees. Compare the draft with the published
 * version (what employees will notice, then every field), draft the changelog entry from the changes, and put a
 * proposed change to employees in the policy itself.
 */
import { useMemo } from 'preact/hooks';
import { policyChanges } from '../../../policy/changes';
import { localize } from '../../../policy/localize';
import type { Policy } from '../../../policy/types';
import { jsonDiff } from '../../diff';
import type { Json } from '../../json';
import { useStudio } from '../context';
import { ChangelogDraft } from './ChangelogDraft';
import { ChangelogEntries } from './ChangelogEntries';
import { FieldDiff } from './FieldDiff';
import { Noticed } from './Noticed';
import { ProposalForm } from './ProposalForm';
import type { Published } from '../context';
import { PublishedLoader } from './PublishedLoader';
import { WORDS } from './words';

/** A parsed policy as plain JSON, both sides with the parser's defaults, so a default left out is no difference. */
const asJson = (policy: Policy): Json => JSON.parse(JSON.stringify(policy)) as Json;

/** What differs between the published version and the draft, worked out once per change of either. */
function useComparison(published: Published | undefined, current: Policy | undefined) {
  return useMemo(() => {
    if (!published || !current) return undefined;
    const before = asJson(published.policy);
    const after = asJson(current);
    return { published: published.policy, current, changes: policyChanges(published.policy, current), before, after, entries: jsonDiff(before, after) };
  }, [published, current]);
}

export function Consult() {
  const { policy, lastValid, locale, published, setPublished } = useStudio();
  const words = WORDS[locale];
  // While the author fixes a problem, the comparison keeps showing the draft as it last was valid.
  const current = policy ?? lastValid;
  const compared = useComparison(published, current);
  return (
    <div class="consult">
      <p>{words.intro}</p>
      <section aria-labelledby="consult-compare-title">
        <h3 id="consult-compare-title">{words.compareTitle}</h3>
        <PublishedLoader onLoad={setPublished} />
        {published && !policy && <p class="problem-warning">{current ? words.draftInvalid : words.noValidDraft}</p>}
        {published && compared && (
          <>
            <p role="status">{words.comparing(localize(published.policy.name, locale, published.policy.defaultLocale), published.policy.version, published.from)}</p>
            <Noticed changes={compared.changes} published={compared.published} current={compared.current} />
            <FieldDiff entries={compared.entries} published={compared.before} current={compared.after} />
          </>
        )}
      </section>
      <section aria-labelledby="consult-changelog-title">
        <h3 id="consult-changelog-title">{words.changelogTitle}</h3>
        {compared ? (
          <ChangelogDraft changes={compared.changes} published={compared.published} current={compared.current} />
        ) : (
          <p class="help">{words.changelogNeedsPublished}</p>
        )}
        <ChangelogEntries />
      </section>
      <section aria-labelledby="consult-proposal-title">
        <h3 id="consult-proposal-title">{words.proposalTitle}</h3>
        <ProposalForm />
      </section>
    </div>
  );
}
