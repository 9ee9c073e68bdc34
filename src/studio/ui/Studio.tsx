/**
 * The policy studio: a start screen, then six steps that follow the method (what is covered, what needs approval,
 * fair and realistic, roles, personal opinion, disclosure) and three panels (try it, consult, publish), with the
 * JSON one click away. The draft is plain JSON, parsed on every change by the extension's own parser, so every
 * problem is live and shown beside its field; it is saved in the page's storage as the author types.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { parsePolicy } from '../../policy/parse';
import type { Policy } from '../../policy/types';
import { clearDraft, type DraftStorage, loadDraft } from '../autosave';
import { localDay } from '../../policy/days';
import type { JsonObject } from '../json';
import { PANEL_IDS, type PanelId, STEP_IDS } from '../steps';
import { makeStudio, type Published, type Studio as StudioApi, StudioContext } from './context';
import { JsonView } from './JsonView';
import { PANELS } from './panels';
import { ProblemSummary, problemsByPanel } from './ProblemSummary';
import { Start } from './Start';
import { useAutosave } from './useAutosave';
import { SHELL_WORDS, type StudioLocale } from './words';

export interface StudioProps {
  readonly storage: DraftStorage;
  readonly now: () => Date;
  /** The browser's language: the studio speaks French to French browsers, English to the others. */
  readonly browserLanguage: string;
  readonly policyInForce?: Policy | undefined;
}

const ORDER: readonly PanelId[] = [...STEP_IDS, ...PANEL_IDS];
const LOCALE_KEY = 'candor.studio.locale';

export function Studio({ storage, now, browserLanguage, policyInForce }: StudioProps) {
  const [locale, setLocale] = useState<StudioLocale>(() => {
    const chosen = storage.getItem(LOCALE_KEY);
    return chosen === 'en' || chosen === 'fr' ? chosen : browserLanguage.toLowerCase().startsWith('fr') ? 'fr' : 'en';
  });
  const words = SHELL_WORDS[locale];
  const [restored] = useState(() => loadDraft(storage));
  const [value, setValue] = useState<JsonObject | undefined>(restored?.policy);
  const [panel, setPanel] = useState<PanelId>('covered');
  const [showJson, setShowJson] = useState(false);
  const [published, setPublished] = useState<Published | undefined>(undefined);

  const parsed = useMemo(() => (value === undefined ? undefined : parsePolicy(value)), [value]);
  const lastValid = useRef<Policy | undefined>(undefined);
  if (parsed?.ok) lastValid.current = parsed.policy;

  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = words.title;
  }, [locale]);

  const { saved, conflict, keepMine, takeTheirs, forget } = useAutosave(storage, value, now, restored);

  const studio = useMemo<StudioApi | undefined>(
    () =>
      value && parsed
        ? makeStudio({
            value,
            parsed,
            lastValid: lastValid.current,
            setValue: (change) => setValue((current) => change(current ?? {})),
            locale,
            policyInForce,
            now,
            published,
            setPublished,
          })
        : undefined,
    [value, parsed, locale, policyInForce, published],
  );

  const chooseLocale = (next: StudioLocale) => {
    setLocale(next);
    storage.setItem(LOCALE_KEY, next);
  };

  const header = (
    <header class="studio-header">
      <div class="grow">
        <h1>{words.title}</h1>
        {/* On the first screen only: once at work, the room goes to the form (at 1024 × 700, every line counts). */}
        {!studio && <p class="help">{words.tagline}</p>}
      </div>
      <div class="studio-tools">
        {/* Saving is quiet (not announced at every pause in typing); a refusal is an alert. The line is there from the
            start, so the header does not move when the first save lands. */}
        {studio && saved?.ok !== false && (
          <span class="help">{saved ? words.saved(saved.at.toLocaleTimeString(locale, { hour: '2-digit', minute: '2-digit' })) : words.savedAsYouType}</span>
        )}
        {studio && saved?.ok === false && (
          <span class="problem-error" role="alert">
            {words.notSaved}
          </span>
        )}
        {studio && (
          <button type="button" class="secondary" aria-pressed={showJson} onClick={() => setShowJson(!showJson)}>
            {words.json}
          </button>
        )}
        <label for="studio-locale" class="visually-hidden">
          {words.uiLanguage}
        </label>
        <select id="studio-locale" value={locale} onChange={(event) => chooseLocale(event.currentTarget.value as StudioLocale)}>
          <option value="en">English</option>
          <option value="fr">Français</option>
        </select>
        {studio && (
          <button
            type="button"
            class="secondary"
            onClick={() => {
              if (!confirm(words.startOverConfirm)) return;
              clearDraft(storage);
              forget();
              setValue(undefined);
              setPublished(undefined);
              setPanel('covered');
            }}
          >
            {words.startOver}
          </button>
        )}
      </div>
    </header>
  );

  if (!studio) {
    return (
      <div class="studio">
        {header}
        <main>
          <Start
            locale={locale}
            policyInForce={policyInForce}
            today={localDay(now())}
            onStart={(draft) => {
              setValue(draft);
              setPanel('covered');
            }}
          />
        </main>
      </div>
    );
  }

  const counts = problemsByPanel(studio.errors, value!);
  const Panel = PANELS[panel];
  const at = ORDER.indexOf(panel);
  const go = (next: PanelId) => {
    setPanel(next);
    setShowJson(false);
    // The new step's heading takes focus, so keyboard and screen-reader users start at its top.
    requestAnimationFrame(() => document.getElementById('panel-title')?.focus());
  };
  return (
    <StudioContext.Provider value={studio}>
      <div class="studio">
        {header}
        {conflict && (
          <div class="conflict" role="alert">
            <p>{words.conflict(new Date(conflict.savedAt).toLocaleTimeString(locale, { hour: '2-digit', minute: '2-digit' }))}</p>
            <button type="button" onClick={() => setValue(takeTheirs())}>
              {words.takeTheirs}
            </button>{' '}
            <button type="button" class="secondary" onClick={keepMine}>
              {words.keepMine}
            </button>
          </div>
        )}
        {restored && value === restored.policy && (
          <p class="restored" role="status">
            {words.restored(new Date(restored.savedAt).toLocaleString(locale, { dateStyle: 'long', timeStyle: 'short' }))}
          </p>
        )}
        <div class="studio-body">
          <nav aria-label={words.stepsLabel}>
            <ol>
              {ORDER.map((id, i) => (
                <li key={id} class={i === STEP_IDS.length ? 'after-steps' : undefined}>
                  <a
                    href={`#${id}`}
                    aria-current={id === panel && !showJson ? 'step' : undefined}
                    onClick={(event) => {
                      event.preventDefault();
                      go(id);
                    }}
                  >
                    {i < STEP_IDS.length && <span class="step-number">{i + 1}</span>}
                    <span>
                      {words.steps[id]}
                      {counts.get(id) ? <span class="badge problem-badge">{words.problems(counts.get(id)!)}</span> : null}
                    </span>
                  </a>
                </li>
              ))}
            </ol>
          </nav>
          <main>
            {showJson ? (
              <JsonView onGoTo={(where) => go(where)} />
            ) : (
              <>
                <h2 id="panel-title" tabIndex={-1}>
                  {at < STEP_IDS.length && <span class="quiet">{words.stepNumber(at + 1)} · </span>}
                  {words.steps[panel]}
                </h2>
                <ProblemSummary panel={panel} onGoTo={go} />
                <Panel />
                <div class="step-nav">
                  {at > 0 && (
                    <button type="button" class="secondary" onClick={() => go(ORDER[at - 1]!)}>
                      ← {words.steps[ORDER[at - 1]!]}
                    </button>
                  )}
                  {at < ORDER.length - 1 && (
                    <button type="button" onClick={() => go(ORDER[at + 1]!)}>
                      {words.steps[ORDER[at + 1]!]} →
                    </button>
                  )}
                </div>
              </>
            )}
          </main>
        </div>
      </div>
    </StudioContext.Provider>
  );
}
