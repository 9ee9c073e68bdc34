/**
 * The studio's form fields. Each edits one place in the draft (its JSON path), shows the parser's problems for
 * that place beside it (linked with aria-describedby, so a screen reader reads them with the field), and carries
 * the id the error summary links to. Values are written as the policy format wants them: a text in one language
 * as a string, in several as `{ "en": …, "fr": … }`; an optional field left empty is removed, not written as "".
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { PolicyProblem } from '../../policy/problems';
import { getAt, insertAt, isObject, type Json, moveAt, type Path, setAt } from '../json';
import { fieldId, pathText, problemsAt } from '../problems';
import { useShellWords, useStudio } from './context';
import { LANGUAGE_NAMES } from './words';

interface FieldProps {
  readonly path: Path;
  readonly label: string;
  readonly help?: string;
}

/** The problems for `path` (and below it), errors first. */
export function useProblems(path: Path): { errors: PolicyProblem[]; warnings: PolicyProblem[] } {
  const { errors, warnings } = useStudio();
  return { errors: problemsAt(errors, path), warnings: problemsAt(warnings, path) };
}

type Aria = Record<string, string | boolean | undefined>;

/**
 * A label and its help around one control that edits no draft path (a version to add, an address to load); the
 * control gets its id and what describes it. `after` goes under the control (its problems).
 */
export function LabelledControl({ id, label, help, invalid = false, described, after, children }: {
  readonly id: string;
  readonly label: string;
  readonly help?: string | undefined;
  readonly invalid?: boolean;
  /** More ids that describe the control (its problems). */
  readonly described?: string | undefined;
  readonly after?: ComponentChildren;
  readonly children: (aria: Aria) => ComponentChildren;
}) {
  const describedBy = [help && `${id}-help`, described].filter(Boolean).join(' ');
  return (
    <div class={`studio-field${invalid ? ' invalid' : ''}`}>
      <label for={id}>{label}</label>
      {help && (
        <p class="help" id={`${id}-help`}>
          {help}
        </p>
      )}
      {children({ id, 'aria-invalid': invalid || undefined, 'aria-describedby': describedBy || undefined })}
      {after}
    </div>
  );
}

/** The label, help and problems around one input for a draft path; `children` gets the input's ARIA attributes. */
function FieldFrame({ path, label, help, children }: FieldProps & { children: (aria: Aria) => ComponentChildren }) {
  const { errors, warnings } = useProblems(path);
  const id = fieldId(path);
  const problems = errors.length > 0 || warnings.length > 0;
  return (
    <LabelledControl
      id={id}
      label={label}
      help={help}
      invalid={errors.length > 0}
      described={problems ? `${id}-problems` : undefined}
      after={<Problems id={`${id}-problems`} errors={errors} warnings={warnings} />}
    >
      {children}
    </LabelledControl>
  );
}

/** Problems beside a field: errors, then warnings, each in a plain sentence. */
export function Problems({ id, errors, warnings }: { id?: string; errors: readonly PolicyProblem[]; warnings: readonly PolicyProblem[] }) {
  if (!errors.length && !warnings.length) return null;
  return (
    <ul class="field-problems" id={id}>
      {errors.map((p) => (
        <li key={`e${p.path}${p.message}`} class="problem-error">
          {p.message}
        </li>
      ))}
      {warnings.map((p) => (
        <li key={`w${p.path}${p.message}`} class="problem-warning">
          {p.message}
        </li>
      ))}
    </ul>
  );
}

const asText = (value: Json | undefined): string => (typeof value === 'string' ? value : value === undefined || value === null ? '' : String(value));

export function TextField({ path, label, help, optional = false, multiline = false, placeholder }: FieldProps & { optional?: boolean; multiline?: boolean; placeholder?: string }) {
  const { value, edit } = useStudio();
  const onInput = (event: { currentTarget: HTMLInputElement | HTMLTextAreaElement }) => {
    const text = event.currentTarget.value;
    edit(path, optional && text.trim() === '' ? undefined : text);
  };
  return (
    <FieldFrame path={path} label={label} help={help}>
      {(aria) =>
        multiline ? (
          <textarea {...aria} rows={2} value={asText(getAt(value, path))} placeholder={placeholder} onInput={onInput} />
        ) : (
          <input {...aria} type="text" value={asText(getAt(value, path))} placeholder={placeholder} onInput={onInput} />
        )
      }
    </FieldFrame>
  );
}

export function NumberField({ path, label, help, min, max }: FieldProps & { min?: number; max?: number }) {
  const { value, edit } = useStudio();
  const current = getAt(value, path);
  return (
    <FieldFrame path={path} label={label} help={help}>
      {(aria) => (
        <input
          {...aria}
          type="number"
          min={min}
          max={max}
          value={typeof current === 'number' ? current : ''}
          onInput={(event) => {
            const text = event.currentTarget.value;
            edit(path, text === '' ? undefined : Number(text));
          }}
        />
      )}
    </FieldFrame>
  );
}

/** One box per language, each labelled with the text's name and its language (for a text not in the draft, too). */
export function LanguageBoxes({ label, languages, textIn, onInput, idOf, multiline = false, rows = 2, aria = {} }: {
  readonly label: string;
  readonly languages: readonly string[];
  readonly textIn: (tag: string) => string;
  readonly onInput: (tag: string, text: string) => void;
  readonly idOf: (tag: string, index: number) => string;
  readonly multiline?: boolean;
  readonly rows?: number;
  readonly aria?: Aria;
}) {
  const { locale } = useStudio();
  const words = useShellWords();
  const several = languages.length > 1;
  return (
    <>
      {languages.map((tag, i) => {
        const props = {
          ...aria,
          id: idOf(tag, i),
          'aria-label': several ? `${label} (${words.inLanguage(LANGUAGE_NAMES[locale][tag] ?? tag)})` : label,
          lang: tag,
          value: textIn(tag),
          onInput: (event: { currentTarget: HTMLInputElement | HTMLTextAreaElement }) => onInput(tag, event.currentTarget.value),
        };
        return (
          <div key={tag} class="language-box">
            {several && (
              <span class="language-tag" aria-hidden="true">
                {tag}
              </span>
            )}
            {multiline ? <textarea {...props} rows={rows} /> : <input {...props} type="text" />}
          </div>
        );
      })}
    </>
  );
}

/**
 * A text employees read, with one box per language of the policy. With one language the policy holds a string;
 * with more, an object by language tag (a box left empty drops its language).
 */
export function LocalizedField({ path, label, help, optional = false, multiline = false }: FieldProps & { optional?: boolean; multiline?: boolean }) {
  const { value, edit, languages } = useStudio();
  const current = getAt(value, path);
  const defaultLocale = languages[0] ?? 'en';
  const textIn = (tag: string) => (typeof current === 'string' ? (tag === defaultLocale ? current : '') : asText(isObject(current) ? current[tag] : undefined));
  const write = (tag: string, text: string) => {
    if (languages.length === 1 && !isObject(current)) {
      edit(path, optional && text.trim() === '' ? undefined : text);
      return;
    }
    const texts: Record<string, Json> = isObject(current) ? { ...current } : typeof current === 'string' ? { [defaultLocale]: current } : {};
    if (text === '') delete texts[tag];
    else texts[tag] = text;
    edit(path, optional && Object.keys(texts).length === 0 ? undefined : texts);
  };
  const { errors, warnings } = useProblems(path);
  const id = fieldId(path);
  return (
    <fieldset class={`studio-field localized${errors.length ? ' invalid' : ''}`} aria-describedby={help ? `${id}-help` : undefined}>
      <legend>{label}</legend>
      {help && (
        <p class="help" id={`${id}-help`}>
          {help}
        </p>
      )}
      <LanguageBoxes
        label={label}
        languages={languages}
        textIn={textIn}
        onInput={write}
        idOf={(tag, i) => (i === 0 ? id : fieldId([...path, tag]))}
        multiline={multiline}
        aria={{ 'aria-invalid': errors.length > 0 || undefined, 'aria-describedby': errors.length || warnings.length ? `${id}-problems` : undefined }}
      />
      <Problems id={`${id}-problems`} errors={errors} warnings={warnings} />
    </fieldset>
  );
}

const linesOf = (text: string) => text.split('\n').map((line) => line.trim()).filter(Boolean);
const listText = (list: Json | undefined) => (Array.isArray(list) ? list.map(asText).join('\n') : '');

/**
 * A list of words or phrases, one per line. The box keeps what the author types (a new empty line, spaces) while
 * the draft gets the trimmed, non-empty lines; it shows the draft's list again only when that changes elsewhere.
 */
export function TermsField({ path, label, help }: FieldProps) {
  const { value, edit } = useStudio();
  const words = useShellWords();
  const list = getAt(value, path);
  const listed = JSON.stringify(Array.isArray(list) ? list : []);
  // What the author typed, and the list it gave: shown while the draft still holds that list.
  const [typed, setTyped] = useState<{ text: string; list: string } | undefined>(undefined);
  const text = typed?.list === listed ? typed.text : listText(list);
  return (
    <FieldFrame path={path} label={label} help={help ? `${help} ${words.onePerLine}` : words.onePerLine}>
      {(aria) => (
        <textarea
          {...aria}
          rows={Math.min(8, Math.max(2, text.split('\n').length))}
          value={text}
          onInput={(event) => {
            const next = linesOf(event.currentTarget.value);
            setTyped({ text: event.currentTarget.value, list: JSON.stringify(next) });
            edit(path, next);
          }}
        />
      )}
    </FieldFrame>
  );
}

export function SelectField<T extends string>({
  path,
  label,
  help,
  options,
  fallback,
}: FieldProps & { options: readonly (readonly [T, string])[]; /** What the policy means when the field is absent. */ fallback?: T }) {
  const { value, edit } = useStudio();
  const words = useShellWords();
  const current = asText(getAt(value, path)) || fallback || '';
  return (
    <FieldFrame path={path} label={label} help={help}>
      {(aria) => (
        <select {...aria} value={current} onChange={(event) => edit(path, event.currentTarget.value || undefined)}>
          {fallback === undefined && <option value="">{words.notSet}</option>}
          {options.map(([option, text]) => (
            <option key={option} value={option}>
              {text}
            </option>
          ))}
        </select>
      )}
    </FieldFrame>
  );
}

export function CheckboxField({ path, label, help, fallback = false }: FieldProps & { fallback?: boolean }) {
  const { value, edit } = useStudio();
  const current = getAt(value, path);
  const checked = typeof current === 'boolean' ? current : fallback;
  const { errors, warnings } = useProblems(path);
  const id = fieldId(path);
  return (
    <div class="studio-field checkbox">
      <input
        id={id}
        type="checkbox"
        checked={checked}
        aria-describedby={[help && `${id}-help`, (errors.length || warnings.length) && `${id}-problems`].filter(Boolean).join(' ') || undefined}
        onChange={(event) => edit(path, event.currentTarget.checked)}
      />
      <label for={id}>{label}</label>
      {help && (
        <p class="help" id={`${id}-help`}>
          {help}
        </p>
      )}
      <Problems id={`${id}-problems`} errors={errors} warnings={warnings} />
    </div>
  );
}

/**
 * A list of items (competitors, topics, roles…), each in its own fieldset with its legend, a remove button and
 * buttons to move it; "Add" appends a fresh item and moves focus to its first field, as a form user expects.
 */
export function ListEditor({
  path,
  legend,
  addLabel,
  fresh,
  show = () => true,
  children,
}: {
  readonly path: Path;
  /** The item's legend: its name, or what it is when unnamed. */
  readonly legend: (item: Json | undefined, index: number) => string;
  readonly addLabel: string;
  /** A new item, as the form starts it. */
  readonly fresh: () => Json;
  /** Which items this list shows (topics are split between two steps by their action). */
  readonly show?: (item: Json | undefined) => boolean;
  readonly children: (index: number) => ComponentChildren;
}) {
  const { value, update } = useStudio();
  const words = useShellWords();
  const list = getAt(value, path);
  const items = Array.isArray(list) ? (list as Json[]) : [];
  const shown = items.map((item, index) => ({ item, index })).filter(({ item }) => show(item));
  // Each item keeps its key (and so its fields and what is typed in them) when another is removed or moved; a list
  // changed elsewhere (the JSON view) starts over with fresh keys.
  const keys = useRef<number[]>([]);
  const nextKey = useRef(0);
  if (keys.current.length !== items.length) keys.current = items.map(() => nextKey.current++);
  /** What to focus once the list is drawn again: the new item's first field, or the moved item's button. */
  const [focusAfter, setFocusAfter] = useState<{ key: number; selector: string } | undefined>(undefined);
  const listRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!focusAfter) return;
    const item = listRef.current?.querySelector(`[data-key="${focusAfter.key}"]`);
    (item?.querySelector<HTMLElement>(focusAfter.selector) ?? item?.querySelector<HTMLElement>('.item-actions button'))?.focus();
    setFocusAfter(undefined);
  }, [focusAfter]);
  const move = (index: number, to: number, button: string) => {
    const [key] = keys.current.splice(index, 1);
    keys.current.splice(to, 0, key!);
    setFocusAfter({ key: key!, selector: button });
    update((v) => moveAt(v, path, index, to));
  };
  const { errors } = useProblems(path);
  // Problems with the list itself ("Too many items"); its items' problems show beside their fields.
  const ownErrors = errors.filter((p) => p.path === pathText(path));
  return (
    <div class="list-editor" ref={listRef} id={fieldId(path)} tabIndex={-1}>
      <Problems errors={ownErrors} warnings={[]} />
      {shown.map(({ item, index }, position) => (
        <fieldset key={keys.current[index]} class="list-item" data-item={index} data-key={keys.current[index]}>
          <legend>{legend(item, index)}</legend>
          {children(index)}
          <div class="item-actions">
            {position > 0 && (
              <button type="button" class="small secondary move-up" onClick={() => move(index, shown[position - 1]!.index, '.move-up')}>
                {words.moveUp}
              </button>
            )}
            {position < shown.length - 1 && (
              <button type="button" class="small secondary move-down" onClick={() => move(index, shown[position + 1]!.index, '.move-down')}>
                {words.moveDown}
              </button>
            )}
            <button
              type="button"
              class="small secondary"
              aria-label={`${words.remove}: ${legend(item, index)}`}
              onClick={() => {
                keys.current.splice(index, 1);
                update((v) => setAt(v, [...path, index], undefined));
              }}
            >
              {words.remove}
            </button>
          </div>
        </fieldset>
      ))}
      <button
        type="button"
        class="secondary"
        onClick={() => {
          const key = nextKey.current++;
          keys.current.push(key);
          setFocusAfter({ key, selector: 'input, textarea, select' });
          update((v) => insertAt(v, path, fresh()));
        }}
      >
        {addLabel}
      </button>
    </div>
  );
}

/** A language of the policy to work in: at first the one the author's studio speaks, when the policy has it. */
export function usePolicyLanguage(): [language: string, choose: (tag: string) => void] {
  const { languages, locale } = useStudio();
  const [chosen, choose] = useState<string | undefined>(undefined);
  const language = chosen !== undefined && languages.includes(chosen) ? chosen : languages.includes(locale) ? locale : (languages[0] ?? 'en');
  return [language, choose];
}

/** Picks one of the policy's languages, each named in the studio's language. */
export function LanguageSelect({ id, label, value, onChange }: { id: string; label: string; value: string; onChange: (tag: string) => void }) {
  const { languages, locale } = useStudio();
  return (
    <span class="studio-field">
      <label for={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.currentTarget.value)}>
        {languages.map((tag) => (
          <option key={tag} value={tag}>
            {LANGUAGE_NAMES[locale][tag] ?? tag}
          </option>
        ))}
      </select>
    </span>
  );
}
