/**
 * The studio's six steps follow the method good policies follow, each a form over its part of the policy; then
 * three panels: try it, consult, publish. `stepOf` says which step owns a JSON path, so each step counts its own
 * problems and an error summary can send the author to the right form.
 */
import { getAt, type Json, type Path } from './json';

export const STEP_IDS = ['covered', 'approval', 'fair', 'roles', 'opinion', 'disclosure'] as const;
export const PANEL_IDS = ['try', 'consult', 'publish'] as const;
export type StepId = (typeof STEP_IDS)[number];
export type PanelId = StepId | (typeof PANEL_IDS)[number];

/** Top-level keys, and rules, each step edits. Topics are split by action: "protected" ones are step 3's. */
const KEYS: Readonly<Record<string, PanelId>> = {
  name: 'covered',
  version: 'covered',
  updatedAt: 'covered',
  defaultLocale: 'covered',
  company: 'covered',
  competitors: 'covered',
  products: 'covered',
  hashedNames: 'covered',
  principles: 'fair',
  feedback: 'fair',
  contact: 'fair',
  roles: 'roles',
  corporateAccounts: 'opinion',
  scenarios: 'try',
  changelog: 'consult',
  proposal: 'consult',
};
const RULES: Readonly<Record<string, StepId>> = {
  employerMention: 'covered',
  competitorMention: 'covered',
  productMention: 'covered',
  unreleasedProduct: 'approval',
  confidentialProduct: 'approval',
  disclaimer: 'opinion',
  corporateAccount: 'opinion',
  disclosure: 'disclosure',
};

/** Topics whose action is "protected" are what employees may always discuss: the "fair and realistic" step. */
export const isProtectedTopic = (topic: Json | undefined): boolean => getAt(topic, ['action']) === 'protected';

export function stepOf(path: Path, value: Json | undefined): PanelId | undefined {
  const [key, next] = path;
  if (key === 'topics') return typeof next === 'number' && isProtectedTopic(getAt(value, ['topics', next])) ? 'fair' : 'approval';
  // Own keys only: a misspelt "constructor" or "toString" in a draft must not find Object's.
  if (key === 'rules') return typeof next === 'string' && Object.hasOwn(RULES, next) ? RULES[next] : 'covered';
  return typeof key === 'string' && Object.hasOwn(KEYS, key) ? KEYS[key] : undefined;
}
