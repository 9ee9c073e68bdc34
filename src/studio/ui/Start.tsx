/** The studio's first screen: start from a template, from a file, or from the policy in force. */
import { useState } from 'preact/hooks';
import { describeSyntaxError } from '../../policy/problems';
import { MAX_POLICY_BYTES } from '../../sync/fetch';
import type { Policy } from '../../policy/types';
import { isObject, type Json, type JsonObject, MAX_DEPTH, tooDeep } from '../json';
import { startFrom, TEMPLATES } from '../templates';
import { SHELL_WORDS, type StudioLocale } from './words';

export interface StartProps {
  readonly locale: StudioLocale;
  readonly policyInForce?: Policy | undefined;
  /** Today as YYYY-MM-DD: a policy started from a template is dated today. */
  readonly today: string;
  /** A template's id, or "file" / "in-force", and the draft to start from. */
  readonly onStart: (draft: JsonObject, from: string) => void;
}

/** A file's text as a draft, or why it cannot be one. */
export function draftFromText(text: string): JsonObject | string {
  let value: Json;
  try {
    value = JSON.parse(text) as Json;
  } catch (error) {
    return describeSyntaxError(text, error);
  }
  if (!isObject(value)) return 'A policy file holds one JSON object ({ … }).';
  return tooDeep(value) ? `It is nested more than ${MAX_DEPTH} levels deep: no policy is.` : value;
}

export function Start({ locale, policyInForce, today, onStart }: StartProps) {
  const words = SHELL_WORDS[locale];
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const open = async (file: File | undefined) => {
    if (!file) return;
    if (file.size > MAX_POLICY_BYTES) {
      setProblem(words.fileUnreadable(words.overOneMiB));
      return;
    }
    const draft = draftFromText(await file.text());
    if (typeof draft === 'string') setProblem(words.fileUnreadable(draft));
    else onStart(draft, 'file');
  };
  return (
    <div class="start">
      <h2>{words.startTitle}</h2>
      <p>{words.startIntro}</p>
      <ul class="templates">
        {TEMPLATES.map((template) => {
          const [title, description] = words.templates[template.id] ?? [template.id, ''];
          return (
            <li key={template.id}>
              <h3>{title}</h3>
              <p>{description}</p>
              <button type="button" aria-label={`${words.useTemplate}${words.colon}${title}`} onClick={() => onStart(startFrom(template, today), template.id)}>
                {words.useTemplate}
              </button>
            </li>
          );
        })}
      </ul>
      <div class="start-other">
        <div>
          <label for="open-file">{words.openFile}</label>
          <p class="help">{words.openFileHelp}</p>
          <input id="open-file" type="file" accept=".json,application/json" onChange={(event) => void open(event.currentTarget.files?.[0])} />
          {problem && (
            <p class="field-problems problem-error" role="alert">
              {problem}
            </p>
          )}
        </div>
        {policyInForce && (
          <div>
            <button type="button" class="secondary" onClick={() => onStart(JSON.parse(JSON.stringify(policyInForce)) as JsonObject, 'in-force')}>
              {words.inForce}
            </button>
            <p class="help">{words.inForceHelp(typeof policyInForce.name === 'string' ? policyInForce.name : Object.values(policyInForce.name)[0] ?? '', policyInForce.version)}</p>
          </div>
        )}
      </div>
    </div>
  );
}
