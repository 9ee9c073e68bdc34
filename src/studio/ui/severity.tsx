/**
 * How strongly Candor says something: one pair of words for it everywhere in the studio (steps, roles), so an author
 * meets one idea under one name. Candor never blocks: a warning only stands out more than a tip.
 */
import type { Path } from '../json';
import { useStudio } from './context';
import { SelectField } from './fields';
import { bilingual } from './words';

export const SEVERITY_WORDS = bilingual(
  {
    label: 'How Candor says it',
    help: 'A tip is a gentle reminder; a warning asks the employee to look twice. Neither ever blocks the post.',
    names: { info: 'Tip: a gentle reminder', warn: 'Warning: worth a second look' },
  },
  {
    label: 'Comment Candor le dit',
    help: 'Un conseil est un simple rappel\u202F; un avertissement invite à y regarder à deux fois. Aucun ne bloque jamais la publication.',
    names: { info: 'Conseil\u202F: un simple rappel', warn: 'Avertissement\u202F: à regarder à deux fois' },
  },
);

export function SeverityField({ path, help }: { path: Path; /** What the choice means here, when the general help is not enough. */ help?: string }) {
  const words = SEVERITY_WORDS[useStudio().locale];
  return <SelectField path={path} label={words.label} help={help ?? words.help} options={Object.entries(words.names) as [string, string][]} />;
}
