/**
 * The pieces of a text Candor offers to insert, shared by steps 5 (the personal-opinion line) and 6 (the
 * disclosure line): whether Candor asks for it and how strongly, why, the line and its short form for X with what
 * they read for this company, where it goes, and which mentions call for it.
 */
import { localize } from '../../../policy/localize';
import { withCompany } from '../../../policy/pack';
import { mentionKinds } from '../../../policy/schema';
import { getAt, isObject, type Json, type Path } from '../../json';
import { fieldId } from '../../problems';
import { useStudio } from '../context';
import { CheckboxField, LocalizedField, Problems, SelectField, useProblems } from '../fields';
import { SeverityField } from '../severity';
import { bilingual, LANGUAGE_NAMES } from '../words';

const WORDS = bilingual(
  {
    enabledHelp: 'When this is off, Candor never asks for it.',
    explanation: 'Why, in one sentence',
    explanationHelp: 'Shown to the employee with the suggestion.',
    text: 'The line Candor adds',
    short: 'Shorter form for X',
    placement: 'Where it goes',
    placements: { start: 'At the start of the post', end: 'At the end of the post' },
    mentions: { employer: 'The company', product: 'One of its products', competitor: 'A competitor' },
    example: (company: string) => `What employees will add, for ${company}:`,
    yourCompany: 'your company',
    onX: 'on X, when space is short:',
    fallback: '(no text in this language yet: employees writing in it get this one)',
  },
  {
    enabledHelp: 'Désactivée, Candor ne la demande jamais.',
    explanation: 'Pourquoi, en une phrase',
    explanationHelp: 'Montré au salarié avec la suggestion.',
    text: 'La phrase que Candor ajoute',
    short: 'Forme courte pour X',
    placement: 'Où elle se place',
    placements: { start: 'Au début de la publication', end: 'À la fin de la publication' },
    mentions: { employer: 'L’entreprise', product: 'Un de ses produits', competitor: 'Un concurrent' },
    example: (company) => `Ce que les salariés ajouteront, pour ${company}\u202F:`,
    yourCompany: 'votre entreprise',
    onX: 'sur X, quand la place manque\u202F:',
    fallback: '(pas encore de texte dans cette langue\u202F: ceux qui y écrivent reçoivent celui-ci)',
  },
);

/**
 * A rule's inserted line: on or off, how strongly Candor asks, why, the line and its short form for X (with what
 * they read for this company), and where it goes. The words that differ between the two lines are the step's.
 */
export function InsertedTextFields({
  rule,
  own,
  placementFallback,
}: {
  rule: Path;
  /** The step's words for this line. */
  own: { enabled: string; textHelp: string; shortHelp: string; placementHelp: string };
  /** Where the engine puts the line when the policy does not say. */
  placementFallback: 'start' | 'end';
}) {
  const words = WORDS[useStudio().locale];
  return (
    <>
      <CheckboxField path={[...rule, 'enabled']} label={own.enabled} help={words.enabledHelp} fallback />
      <SeverityField path={[...rule, 'severity']} />
      <LocalizedField path={[...rule, 'explanation']} label={words.explanation} help={words.explanationHelp} multiline />
      <LocalizedField path={[...rule, 'text']} label={words.text} help={own.textHelp} />
      <LocalizedField path={[...rule, 'short']} label={words.short} help={own.shortHelp} optional />
      <LiveExample rule={rule} />
      <PlacementField path={[...rule, 'placement']} help={own.placementHelp} fallback={placementFallback} />
    </>
  );
}

function PlacementField({ path, help, fallback }: { path: Path; help: string; fallback: 'start' | 'end' }) {
  const words = WORDS[useStudio().locale];
  return <SelectField path={path} label={words.placement} help={help} options={Object.entries(words.placements)} fallback={fallback} />;
}

/**
 * Which mentions call for a text: one box per kind of mention, written as the list the policy holds (in a fixed
 * order). Unticking them all leaves an empty list, so the parser says that one is needed, beside the boxes.
 */
export function TriggersField({ path, label, help }: { path: Path; label: string; help: string }) {
  const { value, edit, locale } = useStudio();
  const words = WORDS[locale];
  const current = getAt(value, path);
  const ticked: readonly Json[] = Array.isArray(current) ? current : [];
  // Anything else the JSON holds stays, for the parser to point out.
  const unknown = ticked.filter((kind) => !(mentionKinds as readonly Json[]).includes(kind));
  const toggle = (kind: string, on: boolean) => edit(path, [...mentionKinds.filter((k) => (k === kind ? on : ticked.includes(k))), ...unknown]);
  const { errors, warnings } = useProblems(path);
  const id = fieldId(path);
  const describedBy = `${id}-help${errors.length || warnings.length ? ` ${id}-problems` : ''}`;
  return (
    <fieldset class={`studio-field localized${errors.length ? ' invalid' : ''}`}>
      <legend>{label}</legend>
      <p class="help" id={`${id}-help`}>
        {help}
      </p>
      {mentionKinds.map((kind, i) => {
        // The first box carries the field's id, so the problem summary's link lands on it.
        const boxId = i === 0 ? id : fieldId([...path, kind]);
        return (
          <div key={kind} class="studio-field checkbox">
            <input
              id={boxId}
              type="checkbox"
              checked={ticked.includes(kind)}
              aria-invalid={errors.length > 0 || undefined}
              aria-describedby={describedBy}
              onChange={(event) => toggle(kind, event.currentTarget.checked)}
            />
            <label for={boxId}>{words.mentions[kind]}</label>
          </div>
        );
      })}
      <Problems id={`${id}-problems`} errors={errors} warnings={warnings} />
    </fieldset>
  );
}

/** A draft text as the engine reads it, in one language (the engine's fallbacks included), or nothing. */
function textIn(text: Json | undefined, tag: string, defaultLocale: string): string | undefined {
  if (typeof text === 'string') return text;
  if (!isObject(text)) return undefined;
  const strings = Object.fromEntries(Object.entries(text).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
  return localize(strings, tag, defaultLocale) || undefined;
}

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** What a rule's line (and its short form for X) will read for this company, in each language of the policy. */
function LiveExample({ rule }: { rule: Path }) {
  const { value, languages, locale } = useStudio();
  const words = WORDS[locale];
  const name = getAt(value, ['company', 'name']);
  const company = typeof name === 'string' && name.trim() ? name.trim() : undefined;
  const text = getAt(value, [...rule, 'text']);
  const short = getAt(value, [...rule, 'short']);
  const defaultLocale = languages[0] ?? 'en';
  const shown = (line: string) => (company ? withCompany(line, company) : line);
  return (
    <div class="live-example">
      <p class="help">{words.example(company ?? words.yourCompany)}</p>
      <ul>
        {languages.map((tag) => {
          const line = textIn(text, tag, defaultLocale);
          const shortLine = textIn(short, tag, defaultLocale);
          const own = typeof text === 'string' ? tag === defaultLocale : isObject(text) && typeof text[tag] === 'string';
          return (
            <li key={tag}>
              {capitalised(LANGUAGE_NAMES[locale][tag] ?? tag)}
              {locale === 'fr' ? '\u202F: ' : ': '}
              {line !== undefined && <q lang={tag}>{shown(line)}</q>}
              {line !== undefined && !own && <span class="quiet"> {words.fallback}</span>}
              {shortLine !== undefined && (
                <span class="quiet">
                  {' '}
                  · {words.onX} <q lang={tag}>{shown(shortLine)}</q>
                </span>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
