/** "What employees will notice": the popup's own "What changed" list, for the draft against the published version. */
import type { PolicyChanges } from '../../../policy/changes';
import type { Policy } from '../../../policy/types';
import { changeSentences } from '../../changelog';
import { useStudio } from '../context';
import { WORDS } from './words';

export function Noticed({ changes, published, current }: { readonly changes: PolicyChanges; readonly published: Policy; readonly current: Policy }) {
  const { locale } = useStudio();
  const words = WORDS[locale];
  return (
    <>
      <h4>{words.noticeTitle}</h4>
      <p class="help">{words.noticeHelp}</p>
      <ul class="noticed">
        {changeSentences(changes, locale, published, current).map((sentence) => (
          <li key={sentence}>{sentence}</li>
        ))}
      </ul>
    </>
  );
}
