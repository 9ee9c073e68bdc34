/**
 * A field-by-field diff of two policies as JSON, for an author checking a draft against the published version.
 * Lists of objects with ids (topics, roles, competitors, scenarios…) are matched by id, so inserting or moving one
 * item does not show every later item as changed; a change in their order is one entry for the whole list. Each
 * node is visited once: the diff of a large policy stays fast.
 */
import { formatPath } from '../policy/problems';
import { isObject, type Json, type JsonObject, type Path } from './json';

export type DiffKind = 'added' | 'removed' | 'changed';

export interface DiffEntry {
  /** Where, as the parser writes paths: `$.topics[2].action` (the index in the list it is in now; removed: was in). */
  readonly path: string;
  /** The same place as keys and indexes, to find the step that owns it. */
  readonly keys: Path;
  readonly kind: DiffKind;
  readonly before?: Json;
  readonly after?: Json;
  /** The items of a list were put in another order: `before` and `after` are their ids, in each order. */
  readonly order?: true;
}

type Entries = DiffEntry[];

const entry = (keys: Path, kind: DiffKind, before: Json | undefined, after: Json | undefined, order = false): DiffEntry => ({
  path: formatPath(keys),
  keys,
  kind,
  ...(before !== undefined && { before }),
  ...(after !== undefined && { after }),
  ...(order && { order: true as const }),
});

/** The ids of a list whose items are all objects with a distinct text id, or undefined for any other list. */
function idsOf(list: readonly Json[]): string[] | undefined {
  const ids: string[] = [];
  for (const item of list) {
    const id = isObject(item) ? item.id : undefined;
    if (typeof id !== 'string') return undefined;
    ids.push(id);
  }
  return new Set(ids).size === ids.length ? ids : undefined;
}

function diffObjects(before: JsonObject, after: JsonObject, keys: Path, out: Entries): void {
  for (const key of Object.keys(after)) {
    if (Object.hasOwn(before, key)) diffValues(before[key], after[key], [...keys, key], out);
    else out.push(entry([...keys, key], 'added', undefined, after[key]));
  }
  for (const key of Object.keys(before)) {
    if (!Object.hasOwn(after, key)) out.push(entry([...keys, key], 'removed', before[key], undefined));
  }
}

function diffByIndex(before: readonly Json[], after: readonly Json[], keys: Path, out: Entries): void {
  const common = Math.min(before.length, after.length);
  for (let i = 0; i < common; i++) diffValues(before[i], after[i], [...keys, i], out);
  for (let i = common; i < after.length; i++) out.push(entry([...keys, i], 'added', undefined, after[i]));
  for (let i = common; i < before.length; i++) out.push(entry([...keys, i], 'removed', before[i], undefined));
}

function diffById(before: readonly Json[], beforeIds: readonly string[], after: readonly Json[], afterIds: readonly string[], keys: Path, out: Entries): void {
  const beforeAt = new Map(beforeIds.map((id, i) => [id, i]));
  const afterAt = new Map(afterIds.map((id, i) => [id, i]));
  // The items in both lists, in each list's order: a different order means some were moved.
  const keptBefore = beforeIds.filter((id) => afterAt.has(id));
  const keptAfter = afterIds.filter((id) => beforeAt.has(id));
  if (keptBefore.some((id, i) => id !== keptAfter[i])) out.push(entry(keys, 'changed', keptBefore, keptAfter, true));
  afterIds.forEach((id, i) => {
    const was = beforeAt.get(id);
    if (was === undefined) out.push(entry([...keys, i], 'added', undefined, after[i]));
    else diffValues(before[was], after[i], [...keys, i], out);
  });
  beforeIds.forEach((id, i) => {
    if (!afterAt.has(id)) out.push(entry([...keys, i], 'removed', before[i], undefined));
  });
}

function diffValues(before: Json | undefined, after: Json | undefined, keys: Path, out: Entries): void {
  if (Array.isArray(before) && Array.isArray(after)) {
    const beforeIds = idsOf(before);
    const afterIds = idsOf(after);
    if (beforeIds && afterIds) diffById(before, beforeIds, after, afterIds, keys, out);
    else diffByIndex(before, after, keys, out);
  } else if (isObject(before) && isObject(after)) {
    diffObjects(before, after, keys, out);
  } else if (before !== after) {
    out.push(entry(keys, 'changed', before, after));
  }
}

/** What differs from `before` to `after`, in the order of `after` (what was removed comes after what stayed). */
export function jsonDiff(before: Json | undefined, after: Json | undefined): DiffEntry[] {
  const out: Entries = [];
  diffValues(before, after, [], out);
  return out;
}
