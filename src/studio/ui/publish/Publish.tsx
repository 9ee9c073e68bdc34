/**
 * The last panel: export the policy file, sign it with the organisation's key, and make the readable version for
 * the intranet. Export and signing take the draft only when it is valid (Candor would refuse it otherwise); the
 * readable version previews the last valid draft meanwhile.
 */
import { useMemo, useState } from 'preact/hooks';
import { compile } from '../../../engine/compile';
import { useStudio } from '../context';
import { bilingual } from '../words';
import { ExportPolicy } from './ExportPolicy';
import { PrintablePreview } from './PrintablePreview';
import { SignPolicy } from './SignPolicy';

const WORDS = bilingual(
  {
    intro: 'Three things to publish, all made here on this computer: the policy file Candor reads, its signature if your organisation requires one, and a readable version for your intranet.',
  },
  {
    intro: 'Trois choses à publier, toutes préparées ici, sur cet ordinateur\u202F: le fichier de politique que lit Candor, sa signature si votre organisation l’exige, et une version lisible pour votre intranet.',
  },
);

export function Publish() {
  const { policy, lastValid, locale } = useStudio();
  const shown = policy ?? lastValid;
  const compiled = useMemo(() => (shown ? compile(shown) : undefined), [shown]);
  // The text last downloaded, so signing can say when that file is not the one signed.
  const [exported, setExported] = useState<string | undefined>(undefined);
  return (
    <>
      <p class="help">{WORDS[locale].intro}</p>
      <ExportPolicy compiled={policy ? compiled : undefined} onExported={setExported} />
      <SignPolicy exported={exported} />
      <PrintablePreview compiled={compiled} current={policy !== undefined} />
    </>
  );
}
