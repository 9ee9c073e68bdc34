/**
 * `hash-names`: the policy file as published, with its unreleased and confidential products named only by salted
 * hashes (`policy/hashed-names.ts`). It works on the JSON as the author wrote it (no defaults added), keeps the salt
 * a file already has (so earlier hashes stay valid), and gives each product a neutral label in place of its name.
 */
import { type HashedNamesConfig, hashableName, hashName } from '../policy/hashed-names';

type Json = Record<string, unknown>;

export interface HashedPolicy {
  readonly policy: Json;
  /** How many names were hashed, over how many products. */
  readonly names: number;
  readonly products: number;
}

const LABELS = { unreleased: 'Unreleased product', confidential: 'Confidential product' } as const;

/** Throws, naming the product and form, when a name cannot be found by its hash (the author keeps it in clear). */
export function hashProductNames(source: Json, newSalt: () => string): HashedPolicy {
  const existing = source.hashedNames as HashedNamesConfig | undefined;
  const salt = existing?.salt ?? newSalt();
  let maxWords = existing?.maxWords ?? 1;
  let names = 0;
  let products = 0;
  const counters = { unreleased: 0, confidential: 0 };
  const hashedProducts = ((source.products as Json[] | undefined) ?? []).map((product) => {
    const status = product.status as string;
    if (status !== 'unreleased' && status !== 'confidential') return product;
    const forms = [
      product.name as string,
      ...((product.aliases as string[] | undefined) ?? []),
      ...((product.hashtags as string[] | undefined) ?? []).map((tag) => (tag.startsWith('#') ? tag : `#${tag}`)),
    ];
    const hashes = new Set((product.nameHashes as string[] | undefined) ?? []);
    const label = `${LABELS[status]} ${++counters[status]}`;
    if (product.nameHashes && product.name === label && forms.length === 1) return product; // hashed already
    for (const form of forms) {
      const hashable = hashableName(form);
      if ('error' in hashable) throw new Error(`Product "${String(product.id)}": "${form}" ${hashable.error}.`);
      maxWords = Math.max(maxWords, hashable.words);
      hashes.add(hashName(salt, hashable.folded));
      names++;
    }
    products++;
    const { aliases: _aliases, hashtags: _hashtags, ...rest } = product;
    return { ...rest, name: label, nameHashes: [...hashes] };
  });
  return { policy: { ...source, products: hashedProducts, hashedNames: { salt, maxWords } }, names, products };
}
