/** "Is this OK to post?", opened on demand: the policy's scenarios for your role, the authors' verdict beside the engine's live one. */
import type { CompiledPolicy } from '../../engine/compile';
import { runScenario, verdictOf } from '../../engine/scenarios';
import { SeemsWrong } from '../FindingList';
import { feedbackHref } from '../feedback';
import { localizer } from '../localizer';
import type { PageMessages } from '../page-messages';

export interface ScenarioCardsProps {
  readonly compiled: CompiledPolicy;
  readonly role: string | undefined;
  readonly locale: 'en' | 'fr';
  readonly messages: PageMessages;
}

export function ScenarioCards({ compiled, role, locale, messages }: ScenarioCardsProps) {
  const { policy } = compiled;
  const { feedback } = policy;
  const text = localizer(policy, locale);
  // A scenario for everyone, or one written for this role; runs as that role (or the base policy).
  const runs = policy.scenarios
    .filter((s) => s.roles.length === 0 || (role !== undefined && s.roles.includes(role)))
    .flatMap((s) => runScenario(compiled, s).filter((run) => run.role === null || run.role === role));
  if (runs.length === 0) return null;
  return (
    <section aria-labelledby="scenarios-title">
      <details class="reference">
        <summary>
          <h2 id="scenarios-title">{messages.examples(runs.length)}</h2>
        </summary>
        <ul class="scenarios">
          {runs.map((run) => {
            const expected = verdictOf(run.expected);
            const live = verdictOf(run.actual);
            return (
              <li key={run.scenario.id + run.role} class={`verdict-${expected}`}>
                <strong>{text(run.scenario.label)}</strong>
                <q>{run.scenario.draft}</q>
                <p class="verdicts">
                  {messages.policySays}
                  {messages.colon}
                  <b>{messages.verdict[expected]}</b> · {messages.candorSays}
                  {messages.colon}
                  <b>{messages.verdict[live]}</b> {run.pass ? '✓' : '≠'}
                </p>
                <p>{text(run.scenario.explanation)}</p>
                {feedback && (
                  <SeemsWrong
                    href={feedback}
                    opens={() => feedbackHref(feedback, { rule: `scenario:${run.scenario.id}`, version: policy.version, role })}
                    messages={messages}
                  />
                )}
              </li>
            );
          })}
        </ul>
      </details>
    </section>
  );
}
