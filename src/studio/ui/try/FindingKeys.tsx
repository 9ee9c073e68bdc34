import { messagesFor } from '../../../ui/messages';
import { describeFindingKey } from '../../finding-names';
import { useStudio } from '../context';

/** Finding keys as the nudge words them ("Needs approval: Financial results"), each with its key for the JSON. */
export function FindingKeys({ keys }: { keys: readonly string[] }) {
  const { policy, lastValid, locale } = useStudio();
  const messages = messagesFor(locale);
  return (
    <ul>
      {keys.map((key) => (
        <li key={key}>
          {describeFindingKey(key, policy ?? lastValid, messages, locale)} <code class="quiet">{key}</code>
        </li>
      ))}
    </ul>
  );
}
