/**
 * The changelog entry drafted from the changes, one box per language of the policy, and the version it suggests;
 * the author edits them here (nothing reaches the policy until "Add"), then adds the entry at the top of the
 * changelog, which also sets the policy's version and date. Adding again for the same version replaces the entry.
 */
import { useState } from 'preact/hooks';
import type { PolicyChanges } from '../../../policy/changes';
import type { Policy } from '../../../policy/types';
import { draftChangelog } from '../../changelog';
import { localDay } from '../../../policy/days';
import { getAt, isObject, type Json } from '../../json';
import { useShellWords, useStudio } from '../context';
import { LANGUAGE_NAMES } from '../words';
import { WORDS } from './words';

/** Texts the author typed over the drafted ones: kept while the draft says the same, replaced when it changes. */
interface Typed {
  readonly drafted: string;
  readonly texts: Readonly<Record<string, string>>;
}

export function ChangelogDraft({ changes, published, current }: { readonly changes: PolicyChanges; readonly published: Policy; readonly current: Policy }) {
  const { value, languages, locale, update, now } = useStudio();
  const words = WORDS[locale];
  const shell = useShellWords();
  const drafted = draftChangelog(changes, languages, published, current);
  const draftedTexts = JSON.stringify(drafted.changes);
  const [typed, setTyped] = useState<Typed | undefined>(undefined);
  const [typedVersion, setTypedVersion] = useState<string | undefined>(undefined);
  const [added, setAdded] = useState<string | undefined>(undefined);
  const texts: Readonly<Record<string, string>> =
    typed?.drafted === draftedTexts
      ? typed.texts
      : Object.fromEntries(languages.map((tag) => [tag, typeof drafted.changes === 'string' ? drafted.changes : (drafted.changes[tag] ?? '')]));

  const version = (typedVersion ?? drafted.version).trim();
  const filled = languages.filter((tag) => texts[tag]?.trim());
  const first = getAt(value, ['changelog', 0]);
  const replaces = isObject(first) && first.version === version;

  const add = () => {
    // One language: a plain string, as the policy format writes a text in one language.
    const text: Json = languages.length === 1 ? (texts[languages[0]!] ?? '').trim() : Object.fromEntries(filled.map((tag) => [tag, texts[tag]!.trim()]));
    const day = localDay(now());
    update((draft) => {
      const list = Array.isArray(draft.changelog) ? (draft.changelog as Json[]) : [];
      const top = list[0];
      const rest = isObject(top) && top.version === version ? list.slice(1) : list;
      return { ...draft, version, updatedAt: day, changelog: [{ version, changes: text }, ...rest] };
    });
    setAdded(words.added(version, day));
  };

  const several = languages.length > 1;
  return (
    <div class="changelog-draft">
      <p class="help">{words.changelogHelp}</p>
      <div class="studio-field">
        <label for="changelog-draft-version">{words.version}</label>
        <p class="help" id="changelog-draft-version-help">
          {words.versionHelp}
        </p>
        <input
          id="changelog-draft-version"
          type="text"
          inputMode="decimal"
          aria-describedby="changelog-draft-version-help"
          value={typedVersion ?? drafted.version}
          onInput={(event) => {
            setTypedVersion(event.currentTarget.value);
            setAdded(undefined);
          }}
        />
      </div>
      <fieldset class="studio-field localized">
        <legend>{words.entryText}</legend>
        {languages.map((tag) => {
          const languageName = LANGUAGE_NAMES[locale][tag] ?? tag;
          return (
            <div key={tag} class="language-box">
              {several && (
                <span class="language-tag" aria-hidden="true">
                  {tag}
                </span>
              )}
              <textarea
                id={`changelog-draft-${tag}`}
                aria-label={several ? `${words.entryText} (${shell.inLanguage(languageName)})` : words.entryText}
                lang={tag}
                rows={3}
                value={texts[tag] ?? ''}
                onInput={(event) => {
                  setTyped({ drafted: draftedTexts, texts: { ...texts, [tag]: event.currentTarget.value } });
                  setAdded(undefined);
                }}
              />
            </div>
          );
        })}
      </fieldset>
      <button type="button" disabled={!version || filled.length === 0} onClick={add}>
        {replaces ? words.replace(version) : words.add}
      </button>
      <p role="status" aria-live="polite">
        {added}
      </p>
    </div>
  );
}
