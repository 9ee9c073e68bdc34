/**
 * At the top of each step, its problems as links to their fields (the pattern error summaries follow), and how many
 * wait in other steps. A problem's field may be a parent of its path (`$.company.handles.x[0]` is edited in the
 * `$.company.handles.x` box): the link goes to the nearest field the form has.
 */
import type { PolicyProblem } from '../../policy/problems';
import type { JsonObject, Path } from '../json';
import { fieldId, parsePath } from '../problems';
import { type PanelId, stepOf } from '../steps';
import { useShellWords, useStudio } from './context';

export function problemsByPanel(problems: readonly PolicyProblem[], value: JsonObject): Map<PanelId | undefined, number> {
  const counts = new Map<PanelId | undefined, number>();
  for (const problem of problems) {
    const panel = stepOf(parsePath(problem.path), value);
    counts.set(panel, (counts.get(panel) ?? 0) + 1);
  }
  return counts;
}

/** Focuses the field for `path`, or the nearest field above it; true when there was one. */
export function focusField(path: Path): boolean {
  for (let length = path.length; length >= 0; length--) {
    const field = document.getElementById(fieldId(path.slice(0, length)));
    if (field) {
      field.focus();
      field.scrollIntoView({ block: 'center' });
      return true;
    }
  }
  return false;
}

export function ProblemSummary({ panel, onGoTo }: { panel: PanelId; onGoTo: (panel: PanelId) => void }) {
  const { errors, warnings, value } = useStudio();
  const words = useShellWords();
  const mine = (problem: PolicyProblem) => stepOf(parsePath(problem.path), value) === panel;
  const here = errors.filter(mine);
  const hereWarnings = warnings.filter(mine);
  const elsewhere = problemsByPanel(errors.filter((p) => !mine(p)), value);
  if (!errors.length && !hereWarnings.length) return null;
  const link = (problem: PolicyProblem) => (
    <li key={problem.path + problem.message}>
      <a
        href={`#${fieldId(parsePath(problem.path))}`}
        onClick={(event) => {
          event.preventDefault();
          focusField(parsePath(problem.path));
        }}
      >
        {problem.message}
      </a>{' '}
      <code class="quiet">{problem.path}</code>
    </li>
  );
  return (
    <div class="problem-summary" role="region" aria-labelledby="problem-summary-title">
      <h3 id="problem-summary-title">{words.problemsTitle(errors.length)}</h3>
      {here.length > 0 && <ul>{here.map(link)}</ul>}
      {elsewhere.size > 0 && (
        <p>
          {words.otherSteps}
          {words.colon}
          {[...elsewhere].map(([other, count], i) => (
            <span key={other ?? 'none'}>
              {i > 0 && ', '}
              {other ? (
                <a
                  href={`#${other}`}
                  onClick={(event) => {
                    event.preventDefault();
                    onGoTo(other);
                  }}
                >
                  {words.steps[other]} ({count})
                </a>
              ) : (
                `JSON (${count})`
              )}
            </span>
          ))}
        </p>
      )}
      {hereWarnings.length > 0 && (
        <>
          <h3>{words.warnings}</h3>
          <ul>{hereWarnings.map(link)}</ul>
        </>
      )}
    </div>
  );
}
