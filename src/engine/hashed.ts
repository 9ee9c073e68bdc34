/**
 * Finding products the policy names only by hash (`policy/hashed-names.ts`): every run of up to `maxWords` words of
 * the draft is hashed with the policy's salt and looked up. Still linear in the draft; a run seen before is not hashed
 * again (typing changes one word at a time), and what is remembered is bounded.
 */
import { hashName } from '../policy/hashed-names';
import type { Policy } from '../policy/types';
import type { FoldedText } from '../text/fold';
import { wordGrams } from '../text/word-grams';

/**
 * Runs remembered between keystrokes, in two generations of at most this many: when the newer is full it becomes
 * the older and the oldest is forgotten, so a draft's runs (26,000 at 60,000 characters) stay remembered, and
 * memory stays bounded whatever is pasted.
 */
const GENERATION = 32_768;

export interface HashedProducts {
  readonly salt: string;
  readonly maxWords: number;
  /** Hash → the products it names. */
  readonly products: ReadonlyMap<string, readonly number[]>;
  /** Folded run → the products it names (none: an empty list), newer and older generation. */
  remembered: Map<string, readonly number[]>;
  older: Map<string, readonly number[]>;
}

export function hashedProductsOf(policy: Pick<Policy, 'hashedNames'> & { readonly products: readonly Pick<Policy['products'][number], 'nameHashes'>[] }): HashedProducts | undefined {
  const config = policy.hashedNames;
  if (!config) return undefined;
  const products = new Map<string, number[]>();
  policy.products.forEach((product, index) => {
    for (const hash of product.nameHashes ?? []) {
      const list = products.get(hash);
      if (!list) products.set(hash, [index]);
      else if (!list.includes(index)) list.push(index);
    }
  });
  return products.size ? { salt: config.salt, maxWords: config.maxWords, products, remembered: new Map(), older: new Map() } : undefined;
}

const NONE: readonly number[] = [];

/** Calls `visit(product, start, end)` for every run of the folded draft that a hashed product name matches. */
export function scanHashed(hashed: HashedProducts, folded: FoldedText, visit: (product: number, start: number, end: number) => void): void {
  wordGrams(folded, hashed.maxWords, (start, end) => {
    const run = folded.text.slice(start, end);
    let products = hashed.remembered.get(run);
    if (!products) {
      products = hashed.older.get(run) ?? hashed.products.get(hashName(hashed.salt, run)) ?? NONE;
      if (hashed.remembered.size >= GENERATION) {
        hashed.older = hashed.remembered;
        hashed.remembered = new Map();
      }
      hashed.remembered.set(run, products);
    }
    for (const product of products) visit(product, start, end);
  });
}
