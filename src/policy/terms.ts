/**
 * The one list of the ways a policy names things: an entity (the company, a competitor, a product) by its name,
 * aliases, @handles, #hashtags, $tickers and domains, and a topic by its terms. The engine matches them, the parser
 * checks them, the popup shows them and "What changed" compares them: all from here, so they cannot drift apart.
 */
import type { Policy } from './types';

/** A key or index in a JSON path (`['company', 'aliases', 0]`). */
type PathPart = string | number;

/** What the company, competitors and products share (products have no handles, tickers or domains). */
export interface Entity {
  readonly name: string;
  readonly aliases: readonly string[];
  readonly handles?: Partial<Record<string, readonly string[]>>;
  readonly hashtags: readonly string[];
  readonly tickers?: readonly string[];
  readonly domains?: readonly string[];
}

export interface EntityForm {
  /** Where the entity lists it: `['aliases', 0]`, `['handles', 'x', 1]`. */
  readonly path: readonly PathPart[];
  /** As the policy writes it ("acme", "AcmeLife"). */
  readonly written: string;
  /** As people type it in a post: handles with "@", hashtags with "#", tickers with "$". */
  readonly typed: string;
}

const withPrefix = (prefix: string, s: string) => (s.startsWith(prefix) ? s : prefix + s);

/** Every way an entity may be written, name first. */
export function entityForms(entity: Entity): EntityForm[] {
  const forms: EntityForm[] = [{ path: ['name'], written: entity.name, typed: entity.name }];
  const add = (path: readonly PathPart[], list: readonly string[] | undefined, prefix = '') =>
    (list ?? []).forEach((written, i) => forms.push({ path: [...path, i], written, typed: prefix ? withPrefix(prefix, written) : written }));
  add(['aliases'], entity.aliases);
  for (const [network, list] of Object.entries(entity.handles ?? {})) add(['handles', network], list, '@');
  add(['hashtags'], entity.hashtags, '#');
  add(['tickers'], entity.tickers, '$');
  add(['domains'], entity.domains);
  return forms;
}

/** Every way an entity may be written, as people type it. */
export function entityTerms(entity: Entity): string[] {
  return entityForms(entity).map((form) => form.typed);
}

/** Whom a term stands for. `index` points into the policy's competitors, products or topics. */
export type TermOwner =
  | { readonly kind: 'employer' }
  | { readonly kind: 'competitor' | 'product' | 'topic'; readonly index: number };

export interface PolicyTerm extends EntityForm {
  /** The same object for every term of one entity or topic, so owners compare by identity. */
  readonly owner: TermOwner;
}

/** Every term a draft is matched against: the company's, then each competitor's, product's and topic's. */
export function policyTerms(policy: Policy): PolicyTerm[] {
  const terms: PolicyTerm[] = [];
  const entity = (base: readonly PathPart[], owner: TermOwner, e: Entity, labelOnly = false) => {
    for (const form of entityForms(e)) {
      if (!(labelOnly && form.path[0] === 'name')) terms.push({ ...form, path: [...base, ...form.path], owner });
    }
  };
  entity(['company'], { kind: 'employer' }, policy.company);
  policy.competitors.forEach((c, index) => entity(['competitors', index], { kind: 'competitor', index }, c));
  // A product known by its hashes has a label for a name ("Confidential product 1"): not a way to write it.
  policy.products.forEach((p, index) => entity(['products', index], { kind: 'product', index }, p, Boolean(p.nameHashes?.length)));
  policy.topics.forEach((t, index) => {
    const owner: TermOwner = { kind: 'topic', index };
    t.terms.forEach((term, j) => terms.push({ path: ['topics', index, 'terms', j], written: term, typed: term, owner }));
  });
  return terms;
}
