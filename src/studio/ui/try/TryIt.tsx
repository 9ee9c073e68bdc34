/**
 * "Try it": the policy at work, before anyone depends on it. A live preview of the nudge employees will see, and
 * the policy's scenarios checked as the author edits. Both use the policy as it is, or while it has problems its
 * last valid version, compiled once per version.
 */
import { useMemo } from 'preact/hooks';
import { compileIfReadable } from '../../../engine/compile';
import { useStudio } from '../context';
import { Preview } from './Preview';
import { Scenarios } from './Scenarios';
import { TRY_WORDS } from './words';

export function TryIt() {
  const { policy, lastValid, errors, locale } = useStudio();
  const words = TRY_WORDS[locale];
  const inUse = policy ?? lastValid;
  const compiled = useMemo(() => compileIfReadable(inUse), [inUse]);
  return (
    <>
      <p class="help">{words.intro}</p>
      <p role="status">{!policy && (compiled ? words.showingLastValid : words.fixFirst(errors[0]?.message ?? ''))}</p>
      {compiled && <Preview compiled={compiled} />}
      <Scenarios compiled={compiled} />
    </>
  );
}
