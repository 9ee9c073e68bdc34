/**
 * What every part of the studio reads and how it edits: the draft as JSON (valid or not), the parser's problems,
 * the languages the policy is written in, and the studio's own language. One context, so a step is just a form.
 */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { ParseResult } from '../../policy/parse';
import type { PolicyProblem } from '../../policy/problems';
import type { Policy } from '../../policy/types';
import { isObject, type Json, type JsonObject, type Path, setAt } from '../json';
import { policyLanguages } from '../languages';
import { SHELL_WORDS, type StudioLocale } from './words';

export interface Studio {
  /** The draft as the author left it. */
  readonly value: JsonObject;
  /** The draft as Candor reads it, when it is valid. */
  readonly policy: Policy | undefined;
  /** The last draft that was valid: previews keep showing it while the author fixes a problem. */
  readonly lastValid: Policy | undefined;
  readonly errors: readonly PolicyProblem[];
  readonly warnings: readonly PolicyProblem[];
  /** The policy's languages, its default first: a text field has one box per language. */
  readonly languages: readonly string[];
  /** The studio's own language (its words), not the policy's. */
  readonly locale: StudioLocale;
  /** Sets the value at `path`; `undefined` removes it. */
  readonly edit: (path: Path, next: Json | undefined) => void;
  /** Any other change to the whole draft (adding to a list, moving an item). */
  readonly update: (change: (value: JsonObject) => Json | undefined) => void;
  /** The policy Candor applies in this browser (in the extension only): a version to compare with. */
  readonly policyInForce?: Policy | undefined;
  readonly now: () => Date;
  /** The published version the author loaded to compare with (Consult): kept while they work in other steps. */
  readonly published: Published | undefined;
  readonly setPublished: (published: Published | undefined) => void;
}

export interface Published {
  readonly policy: Policy;
  /** Where it came from, in words: its address, its file name. */
  readonly from: string;
}

export const StudioContext = createContext<Studio | undefined>(undefined);

export function useStudio(): Studio {
  const studio = useContext(StudioContext);
  if (!studio) throw new Error('useStudio outside the studio');
  return studio;
}

/** The shell's and the fields' words in the studio's language. */
export const useShellWords = () => SHELL_WORDS[useStudio().locale];

export interface StudioSource {
  readonly value: JsonObject;
  readonly parsed: ParseResult;
  readonly lastValid: Policy | undefined;
  readonly setValue: (change: (current: JsonObject) => JsonObject) => void;
  readonly locale: StudioLocale;
  readonly policyInForce?: Policy | undefined;
  readonly now: () => Date;
  readonly published: Published | undefined;
  readonly setPublished: (published: Published | undefined) => void;
}

/** The context for a draft and its parse (the studio page and the component tests make it the same way). */
export function makeStudio({ value, parsed, lastValid, setValue, locale, policyInForce, now, published, setPublished }: StudioSource): Studio {
  const asDraft = (next: Json | undefined): JsonObject => (next !== undefined && isObject(next) ? next : {});
  return {
    value,
    policy: parsed.ok ? parsed.policy : undefined,
    lastValid,
    errors: parsed.ok ? [] : parsed.errors,
    warnings: parsed.warnings,
    languages: policyLanguages(value),
    locale,
    edit: (path, next) => setValue((current) => asDraft(setAt(current, path, next))),
    update: (change) => setValue((current) => asDraft(change(current))),
    policyInForce,
    now,
    published,
    setPublished,
  };
}
