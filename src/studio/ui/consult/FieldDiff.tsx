/**
 * Every difference between the published version and the draft, field by field: what kind of change, in which step
 * and item (in words), at which path (for the JSON-minded), and the values before and after.
 */
import { localize } from '../../../policy/localize';
import type { LocalizedText } from '../../../policy/types';
import type { DiffEntry } from '../../diff';
import { getAt, isObject, type Json } from '../../json';
import { stepOf } from '../../steps';
import { useShellWords, useStudio } from '../context';
import { WORDS } from './words';

/** Enough entries to review a real change; a file replaced wholesale would list thousands. */
const SHOWN_ENTRIES = 300;
const SHOWN_CHARACTERS = 160;

/** A value as JSON text, cut short: long lists and texts stay readable in one line. */
function shortJson(value: Json | undefined): string {
  const text = JSON.stringify(value) ?? '';
  return text.length > SHOWN_CHARACTERS ? `${text.slice(0, SHOWN_CHARACTERS)}…` : text;
}

/** The name of the list item a path is in (a topic's label, a competitor's name), when it has one. */
function itemName(source: Json, entry: DiffEntry, locale: string): string | undefined {
  const [list, index] = entry.keys;
  if (typeof list !== 'string' || typeof index !== 'number') return undefined;
  const item = getAt(source, [list, index]);
  if (!isObject(item)) return undefined;
  const name = item.label ?? item.name ?? item.id;
  if (typeof name === 'string') return name;
  const defaultLocale = getAt(source, ['defaultLocale']);
  return isObject(name) ? localize(name as LocalizedText, locale, typeof defaultLocale === 'string' ? defaultLocale : 'en') : undefined;
}

export function FieldDiff({ entries, published, current }: { readonly entries: readonly DiffEntry[]; readonly published: Json; readonly current: Json }) {
  const { locale } = useStudio();
  const words = WORDS[locale];
  const shell = useShellWords();
  return (
    <>
      <h4>{words.diffTitle(entries.length)}</h4>
      {entries.length === 0 ? (
        <p>{words.same}</p>
      ) : (
        <ul class="field-diff">
          {entries.slice(0, SHOWN_ENTRIES).map((entry) => {
            // A removed field is found, and named, in the version it was removed from.
            const source = entry.kind === 'removed' ? published : current;
            const step = stepOf(entry.keys, source);
            const item = itemName(source, entry, locale);
            return (
              <li key={`${entry.kind}${entry.path}`} class={`diff-${entry.kind}`}>
                <span class="badge">{entry.order ? words.order : words.kinds[entry.kind]}</span>{' '}
                {[step && shell.steps[step], item].filter(Boolean).join(' · ')} <code class="quiet">{entry.path}</code>
                {entry.before !== undefined && (
                  <div>
                    <span class="quiet">{words.before}</span> <del>{shortJson(entry.before)}</del>
                  </div>
                )}
                {entry.after !== undefined && (
                  <div>
                    <span class="quiet">{words.after}</span> <ins>{shortJson(entry.after)}</ins>
                  </div>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {entries.length > SHOWN_ENTRIES && <p class="quiet">{words.more(entries.length - SHOWN_ENTRIES)}</p>}
    </>
  );
}
