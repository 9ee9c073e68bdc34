/** The studio's first screen: start from a template, from a file, or from the policy in force. */
import { useState } from 'preact/hooks';
import { MAX_POLICY_BYTES } from '../../sync/fetch';
import type { Policy } from '../../policy/types';
import { draftFromText, type JsonObject } from '../json';
import { startFrom, TEMPLATES } from '../templates';
import { SHELL_WORDS, type StudioLocale } from './words';

export interface StartProps {
  readonly locale: StudioLocale;
  readonly policyInForce?: Policy | undefined;
  /** Today as YYYY-MM-DD: a policy started from a template is dated today. */
  readonly today: string;
  /** The draft to start from. */
  readonly onStart: (draft: JsonObject) => void;
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
    else onStart(draft);
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
              <button type="button" aria-label={`${words.useTemplate}${words.colon}${title}`} onClick={() => onStart(startFrom(template, today))}>
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
            <button type="button" class="secondary" onClick={() => onStart(JSON.parse(JSON.stringify(policyInForce)) as JsonObject)}>
              {words.inForce}
            </button>
            <p class="help">{words.inForceHelp(typeof policyInForce.name === 'string' ? policyInForce.name : Object.values(policyInForce.name)[0] ?? '', policyInForce.version)}</p>
          </div>
        )}
      </div>
    </div>
  );
}
