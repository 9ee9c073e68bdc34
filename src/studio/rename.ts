/**
 * A template names its fictional company in every text (explanations, principles, scenario drafts): renaming the
 * company in one field leaves the old name everywhere else, and the scenarios that mention it stop passing. This
 * puts the new name wherever the old one is written, literally and case for case, in every text but the ones that
 * are identifiers or machine values (ids, versions, dates, expected findings, hashes).
 */
import { isObject, type Json } from './json';

/** Keys whose values are identifiers or machine values, never words: left as they are. */
const NOT_WORDS = new Set(['id', '$schema', 'schemaVersion', 'version', 'updatedAt', 'defaultLocale', 'extends', 'expect', 'nameHashes', 'hashedNames', 'at', 'activeFrom', 'activeUntil', 'embargoUntil', 'until', 'network', 'locale']);
const isIdList = (value: Json) => Array.isArray(value) && value.every((item) => typeof item === 'string');
/** A scenario's `roles` lists role ids; the policy's `roles` are overlays, with words in them. */
const keptAsIs = (key: string, value: Json) => NOT_WORDS.has(key) || (key === 'roles' && isIdList(value));

export interface Renamed {
  readonly value: Json;
  /** How many texts changed. */
  readonly texts: number;
}

/** Starts with a vowel sound, as French elision hears it ("d'Acme", "de Brightwave"). */
const elides = (name: string) => /^[aeiouyhœæ]/i.test(name.normalize('NFKD'));

/**
 * French elides before a vowel: renaming "ExampleSoft" to "Brightwave" turns "d'ExampleSoft" into "de Brightwave",
 * not "d'Brightwave" (and "qu'" into "que "). Literal replacements, no pattern built from the names.
 */
function elisionSwaps(from: string, to: string): readonly (readonly [string, string])[] {
  if (!elides(from) || elides(to)) return [];
  return ['d', 'D', 'qu', 'Qu'].flatMap((word) => ["'", '’'].map((apostrophe) => [`${word}${apostrophe}${from}`, `${word}e ${to}`] as const));
}

export function renameEverywhere(value: Json, from: string, to: string): Renamed {
  if (from === '' || from === to) return { value, texts: 0 };
  const swaps = [...elisionSwaps(from, to), [from, to] as const];
  let texts = 0;
  const walk = (here: Json): Json => {
    if (typeof here === 'string') {
      if (!here.includes(from)) return here;
      texts++;
      return swaps.reduce((text, [old, now]) => text.split(old).join(now), here);
    }
    if (Array.isArray(here)) return here.map(walk);
    if (!isObject(here)) return here;
    return Object.fromEntries(
      Object.entries(here).map(([key, inner]) => {
        return [key, keptAsIs(key, inner) ? inner : walk(inner)];
      }),
    );
  };
  const renamed = walk(value);
  // The company's own name is the new one already (and may contain the old: "Acme" → "Acme Group").
  const company = isObject(value) ? value.company : undefined;
  if (!isObject(renamed) || !isObject(company) || !isObject(renamed.company)) return { value: renamed, texts };
  if (typeof company.name === 'string' && company.name.includes(from)) texts--;
  return { value: { ...renamed, company: { ...renamed.company, name: company.name ?? null } }, texts };
}

/** How many texts still write `from` (what `renameEverywhere` would change), counted without copying the draft. */
export function textsNaming(value: Json, from: string): number {
  if (from === '') return 0;
  let texts = 0;
  const stack: Json[] = [value];
  for (let here = stack.pop(); here !== undefined; here = stack.pop()) {
    if (typeof here === 'string') texts += here.includes(from) ? 1 : 0;
    else if (Array.isArray(here)) stack.push(...(here as Json[]));
    else if (isObject(here)) for (const [key, inner] of Object.entries(here)) if (!keptAsIs(key, inner)) stack.push(inner);
  }
  const name = isObject(value) && isObject(value.company) ? value.company.name : undefined;
  return typeof name === 'string' && name.includes(from) ? texts - 1 : texts;
}
