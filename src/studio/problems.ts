/**
 * The parser's problems, placed: each has a JSON path (`$.topics[2].approver`); a field shows those at its own path
 * or below it, and the step that owns the path counts them.
 */
import { formatPath, type PolicyProblem } from '../policy/problems';
import type { Path } from './json';

export const pathText = (path: Path): string => formatPath(path);

/** Problems at `path`, or anywhere below it (`$.company.name` is below `$.company`). */
export function problemsAt(problems: readonly PolicyProblem[], path: Path): PolicyProblem[] {
  const at = pathText(path);
  return problems.filter((p) => p.path === at || p.path.startsWith(`${at}.`) || p.path.startsWith(`${at}[`));
}

/** The path of a problem as keys and indexes again: `$.topics[2]["a b"]` → `["topics", 2, "a b"]`. */
export function parsePath(text: string): Path {
  const parts: (string | number)[] = [];
  const part = /\.([A-Za-z_$][\w$]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/y;
  part.lastIndex = 1; // after "$"
  for (let match = part.exec(text); match; match = part.exec(text)) {
    if (match[1] !== undefined) parts.push(match[1]);
    else if (match[2] !== undefined) parts.push(Number(match[2]));
    else parts.push(JSON.parse(match[3]!) as string);
  }
  return parts;
}

/** An element id for a field at `path`, so an error summary can link to it (ids allow any character but spaces). */
export const fieldId = (path: Path): string => `field-${pathText(path).replace(/\s/g, '_')}`;
