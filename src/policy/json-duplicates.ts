/**
 * Keys given twice in one object. JSON.parse keeps the last silently, so a policy edited by hand can lose a rule
 * nobody sees go. One linear pass over text JSON.parse has already accepted.
 */
import { formatPath, type PathPart, type PolicyProblem } from './problems';

/** Reporting stops here: a hostile file could repeat a key 100,000 times. */
const MAX_REPORTED = 20;
/** Deeper than any policy (the parser refuses more than 32 levels): stop rather than build ever longer paths. */
const MAX_DEPTH = 64;

interface Frame {
  readonly path: PathPart[];
  readonly keys?: Set<string>;
  expectKey: boolean;
  lastKey: string;
  index: number;
}

export function duplicateKeys(json: string): PolicyProblem[] {
  const found: PolicyProblem[] = [];
  const stack: Frame[] = [];
  const childPath = (): PathPart[] => {
    const parent = stack[stack.length - 1];
    if (!parent) return [];
    return [...parent.path, parent.keys ? parent.lastKey : parent.index];
  };
  for (let i = 0; i < json.length && found.length < MAX_REPORTED; i++) {
    const ch = json[i];
    if (ch === '{' || ch === '[') {
      if (stack.length >= MAX_DEPTH) break;
      stack.push({ path: childPath(), ...(ch === '{' && { keys: new Set<string>() }), expectKey: ch === '{', lastKey: '', index: 0 });
    } else if (ch === '}' || ch === ']') {
      stack.pop();
    } else if (ch === ',') {
      const top = stack[stack.length - 1]!;
      if (top.keys) top.expectKey = true;
      else top.index++;
    } else if (ch === '"') {
      let end = i + 1;
      while (json[end] !== '"') end += json[end] === '\\' ? 2 : 1;
      const top = stack[stack.length - 1];
      if (top?.keys && top.expectKey) {
        const key = JSON.parse(json.slice(i, end + 1)) as string;
        if (top.keys.has(key)) {
          found.push({ path: formatPath([...top.path, key]), message: `"${key}" is given twice in this object: only the last one counts.` });
        }
        top.keys.add(key);
        top.lastKey = key;
        top.expectKey = false;
      }
      i = end;
    }
  }
  return found;
}
