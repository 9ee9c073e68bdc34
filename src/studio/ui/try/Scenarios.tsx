/**
 * Every scenario of the draft, checked live by the engine against the policy (or its last valid version), each with
 * ✓ or ✗ and, when it fails, the difference, as `npm run policy -- test` prints it; each editable in place.
 */
import { useMemo } from 'preact/hooks';
import type { CompiledPolicy } from '../../../engine/compile';
import { runScenario, type ScenarioRun } from '../../../engine/scenarios';
import { localize } from '../../../policy/localize';
import { textOf } from '../../ids';
import { getAt } from '../../json';
import { fieldId } from '../../problems';
import { useStudio } from '../context';
import { ListEditor } from '../fields';
import { focusField } from '../ProblemSummary';
import { FindingKeys } from './FindingKeys';
import { checkableScenario, SCENARIOS, scenarioItems } from '../../scenarios';
import { ScenarioFields } from './ScenarioFields';
import { TRY_WORDS } from './words';

/** Each scenario's runs (one per role), or nothing when it cannot be checked yet. */
type Results = readonly (readonly ScenarioRun[] | undefined)[];

export function Scenarios({ compiled }: { compiled: CompiledPolicy | undefined }) {
  const { value, errors, locale, languages } = useStudio();
  const words = TRY_WORDS[locale];
  const items = scenarioItems(value);
  const results: Results = useMemo(
    () =>
      items.map((item, index) => {
        const scenario = compiled && checkableScenario(item, index, errors);
        return scenario && runScenario(compiled, scenario);
      }),
    [compiled, items, errors],
  );
  const titleOf = (index: number) => textOf(getAt(items[index], ['label']), locale, languages[0] ?? 'en') || words.scenario(index + 1);
  const roleName = (id: string) => {
    const role = compiled?.policy.roles.find((r) => r.id === id);
    return role ? localize(role.label, locale, compiled!.policy.defaultLocale) : id;
  };
  const checked = results.filter((runs) => runs !== undefined);
  const passing = checked.filter((runs) => runs.every((run) => run.pass)).length;
  const failing = results.flatMap((runs, index) => (runs && !runs.every((run) => run.pass) ? [index] : []));
  const uncheckable = items.length - checked.length;

  return (
    <section aria-labelledby="try-scenarios-title">
      <h3 id="try-scenarios-title">{words.scenariosTitle}</h3>
      <p class="help">{words.scenariosHelp}</p>
      <div aria-live="polite" role="status" class="scenario-summary">
        {items.length === 0 ? (
          <p>{words.noScenarios}</p>
        ) : (
          <p>
            <strong class={failing.length ? 'fail' : 'pass'}>{words.summary(passing, checked.length)}</strong>
            {uncheckable > 0 && ` ${words.cannotRunCount(uncheckable)}`}
          </p>
        )}
      </div>
      {failing.length > 0 && (
        <p>
          {words.failing}{' '}
          {failing.map((index, i) => (
            <span key={index}>
              {i > 0 && ', '}
              <a
                href={`#${fieldId([...SCENARIOS, index, 'label'])}`}
                onClick={(event) => {
                  event.preventDefault();
                  focusField([...SCENARIOS, index, 'label']);
                }}
              >
                {titleOf(index)}
              </a>
            </span>
          ))}
        </p>
      )}
      <ListEditor
        path={SCENARIOS}
        legend={(_, index) => titleOf(index)}
        addLabel={words.addScenario}
        fresh={() => ({ id: '', label: '', draft: '', expect: [], explanation: '' })}
      >
        {(index) => (
          <>
            <ScenarioResult runs={results[index]} roleName={roleName} />
            <ScenarioFields index={index} />
          </>
        )}
      </ListEditor>
    </section>
  );
}

function ScenarioResult({ runs, roleName }: { runs: readonly ScenarioRun[] | undefined; roleName: (id: string) => string }) {
  const { locale } = useStudio();
  const words = TRY_WORDS[locale];
  if (!runs) return <p class="quiet">{words.cannotRun}</p>;
  const failed = runs.filter((run) => !run.pass);
  if (failed.length === 0) return <p class="pass scenario-result">{words.passes}</p>;
  return (
    <div class="fail scenario-result">
      <p>{words.fails}</p>
      {failed.map((run) => (
        <div key={run.role ?? ''}>
          {run.role && <p>{words.asRole(roleName(run.role))}</p>}
          <KeyList title={words.missing} keys={run.missing} />
          <KeyList title={words.unexpected} keys={run.unexpected} />
        </div>
      ))}
    </div>
  );
}

function KeyList({ title, keys }: { title: string; keys: readonly string[] }) {
  if (keys.length === 0) return null;
  return (
    <>
      <p>{title}</p>
      <FindingKeys keys={keys} />
    </>
  );
}
