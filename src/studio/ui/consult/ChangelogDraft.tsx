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
import { useStudio } from '../context';
import { LabelledControl, LanguageBoxes } from '../fields';
import { WORDS } from './words';

/** Texts the author typed over the drafted ones: kept while the draft says the same, replaced when it changes. */
interface Typed {
  readonly drafted: string;
  readonly texts: Readonly<Record<string, string>>;
}

export function ChangelogDraft({ changes, published, current }: { readonly changes: PolicyChanges; readonly published: Policy; readonly current: Policy }) {
  const { value, languages, locale, update, now } = useStudio();
  const words = WORDS[locale];
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

  return (
    <div class="changelog-draft">
      <p class="help">{words.changelogHelp}</p>
      <LabelledControl id="changelog-draft-version" label={words.version} help={words.versionHelp}>
        {(aria) => (
          <input
            {...aria}
            type="text"
            inputMode="decimal"
            value={typedVersion ?? drafted.version}
            onInput={(event) => {
              setTypedVersion(event.currentTarget.value);
              setAdded(undefined);
            }}
          />
        )}
      </LabelledControl>
      <fieldset class="studio-field localized">
        <legend>{words.entryText}</legend>
        <LanguageBoxes
          label={words.entryText}
          languages={languages}
          textIn={(tag) => texts[tag] ?? ''}
          onInput={(tag, text) => {
            setTyped({ drafted: draftedTexts, texts: { ...texts, [tag]: text } });
            setAdded(undefined);
          }}
          idOf={(tag) => `changelog-draft-${tag}`}
          multiline
          rows={3}
        />
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
