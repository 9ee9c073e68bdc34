/**
 * The policy as JSON, editable, always in step with the form: what the author types here becomes the draft as soon
 * as it is valid JSON (problems of the policy itself then show as they do in the form); until then the form keeps
 * the last valid text and this box says where the syntax breaks.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { draftFromText, jsonText } from '../json';
import { parsePath } from '../problems';
import { type PanelId, stepOf } from '../steps';
import { useShellWords, useStudio } from './context';

export function JsonView({ onGoTo }: { onGoTo: (panel: PanelId) => void }) {
  const { value, update, errors, warnings } = useStudio();
  const words = useShellWords();
  const [text, setText] = useState(() => jsonText(value));
  const [syntax, setSyntax] = useState<string | undefined>(undefined);
  const shown = useRef(value);
  // A change the form (or another version chosen) made to the draft replaces the text here.
  useEffect(() => {
    if (value !== shown.current) {
      shown.current = value;
      setText(jsonText(value));
    }
  }, [value]);
  const onInput = (typed: string) => {
    setText(typed);
    const draft = draftFromText(typed);
    if (typeof draft === 'string') {
      setSyntax(draft);
      return;
    }
    setSyntax(undefined);
    shown.current = draft;
    update(() => draft);
  };

  return (
    <div class="json-view">
      <h2 id="panel-title" tabIndex={-1}>
        {words.jsonLabel}
      </h2>
      <p class="help" id="json-help">
        {words.jsonHelp}
      </p>
      {syntax && (
        <p class="field-problems problem-error" id="json-syntax" role="alert">
          {words.jsonSyntax} {syntax}
        </p>
      )}
      <label for="policy-json" class="visually-hidden">
        {words.jsonLabel}
      </label>
      <textarea
        id="policy-json"
        spellcheck={false}
        rows={30}
        value={text}
        aria-invalid={syntax !== undefined || undefined}
        aria-describedby={syntax ? 'json-help json-syntax' : 'json-help'}
        onInput={(event) => onInput(event.currentTarget.value)}
      />
      {(errors.length > 0 || warnings.length > 0) && (
        <ul class="json-problems">
          {[...errors, ...warnings].map((problem) => {
            const panel = stepOf(parsePath(problem.path), value);
            return (
              <li key={problem.path + problem.message} class={errors.includes(problem) ? 'problem-error' : 'problem-warning'}>
                <code>{problem.path}</code> {problem.message}
                {panel && (
                  <>
                    {' '}
                    <a
                      href={`#${panel}`}
                      onClick={(event) => {
                        event.preventDefault();
                        onGoTo(panel);
                      }}
                    >
                      {words.steps[panel]}
                    </a>
                  </>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
