/**
 * Wrappers that change what the fields inside do when they edit: tidy up after themselves, or keep an item's id
 * made from its name. The fields stay the shared ones; only their `edit` differs.
 */
import type { ComponentChildren } from 'preact';
import { idFrom, idsOf, textOf } from '../ids';
import { getAt, type Json, type Path, setAt, withoutEmptyObjects } from '../json';
import { StudioContext, useStudio } from './context';

/** Gives the fields inside another way to edit (the fields call `edit`; this decides what it does). */
export function WithEdit({ edit, children }: { edit: (path: Path, next: Json | undefined) => void; children: ComponentChildren }) {
  const studio = useStudio();
  return <StudioContext.Provider value={{ ...studio, edit }}>{children}</StudioContext.Provider>;
}

/** Fields inside whose edits remove the objects they leave empty, down to `within` (included). */
export function PruneEmpty({ within, children }: { within: Path; children: ComponentChildren }) {
  const { update } = useStudio();
  return <WithEdit edit={(path, next) => update((value) => withoutEmptyObjects(setAt(value, path, next), path, within.length))}>{children}</WithEdit>;
}

/**
 * The field inside (the name of the item at `item`, under `nameKey`) also sets the item's id, made from the name
 * in the policy's first language, while the id is empty, or is still the one the name gives and nothing refers to
 * it: an id the author wrote, or one that scenarios, roles or the policy in force use, stays as it is.
 */
export function IdFromName({
  item,
  nameKey,
  fallback,
  isReferenced = () => false,
  children,
}: {
  item: Path;
  nameKey: 'name' | 'label';
  /** The id of a name with no letter a–z (or none yet). */
  fallback: string;
  isReferenced?: (id: string) => boolean;
  children: ComponentChildren;
}) {
  const { update, languages } = useStudio();
  const list = item.slice(0, -1);
  const index = item.at(-1) as number;
  const idFor = (value: Json | undefined) => idFrom(textOf(getAt(value, [...item, nameKey]), languages[0] ?? 'en'), fallback, idsOf(getAt(value, list), index));
  const edit = (path: Path, next: Json | undefined) =>
    update((value) => {
      const named = setAt(value, path, next);
      const id = getAt(value, [...item, 'id']);
      const madeFromName = typeof id !== 'string' || id === '' || (id === idFor(value) && !isReferenced(id));
      return madeFromName ? setAt(named, [...item, 'id'], idFor(named)) : named;
    });
  return <WithEdit edit={edit}>{children}</WithEdit>;
}
