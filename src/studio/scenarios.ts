/**
 * Scenarios as the draft holds them (plain JSON, maybe invalid): what the engine needs to check one, and a new
 * scenario from a post tried in the preview.
 */
import type { CompiledPolicy } from '../engine/compile';
import { runScenario } from '../engine/scenarios';
import { networks } from '../policy/constants';
import type { PolicyProblem } from '../policy/problems';
import type { Network, Scenario } from '../policy/types';
import { newId } from './ids';
import { getAt, isObject, type Json, type JsonObject } from './json';
import { problemsAt } from './problems';

export const SCENARIOS = ['scenarios'] as const;

export function scenarioItems(value: Json | undefined): readonly Json[] {
  const list = getAt(value, SCENARIOS);
  return Array.isArray(list) ? (list as Json[]) : [];
}

const strings = (json: Json | undefined): string[] => (Array.isArray(json) ? json.filter((item): item is string => typeof item === 'string') : []);
const isNetwork = (json: Json | undefined): json is Network => typeof json === 'string' && (networks as readonly string[]).includes(json);

/** The fields a check reads: while one has a problem, the check would say nothing true. */
const CHECKED_FIELDS = ['draft', 'roles', 'locale', 'network', 'at'] as const;

/**
 * The scenario at `index` as the engine checks it, or nothing while a field the check reads has a problem. Its
 * title and explanation are not needed: a scenario just added from the preview is checked before it has them.
 * Expected findings with a problem (an id no topic has) are checked too: the difference says what is wrong.
 */
export function checkableScenario(item: Json | undefined, index: number, errors: readonly PolicyProblem[]): Scenario | undefined {
  if (!isObject(item) || typeof item.draft !== 'string' || item.draft.trim() === '') return undefined;
  if (CHECKED_FIELDS.some((field) => problemsAt(errors, [...SCENARIOS, index, field]).length > 0)) return undefined;
  return {
    id: typeof item.id === 'string' ? item.id : '',
    label: '',
    draft: item.draft,
    roles: strings(item.roles),
    ...(typeof item.locale === 'string' && { locale: item.locale }),
    ...(isNetwork(item.network) && { network: item.network }),
    ...(typeof item.at === 'string' && { at: item.at }),
    expect: strings(item.expect),
    explanation: '',
  };
}

/** The id a scenario gets while its title gives none: "scenario-" and its number. */
export const scenarioFallbackId = (index: number): string => `scenario-${index + 1}`;

export interface TriedPost {
  readonly draft: string;
  readonly role: string | null;
  readonly network: Network | undefined;
  /** The post's language; nothing for the policy's main language. */
  readonly locale: string | undefined;
}

/**
 * A scenario made from a post tried in the preview, expecting what Candor says about it now (the keys a check
 * compares), so the author only confirms. Its title and explanation are theirs to write.
 */
export function scenarioFromPost(post: TriedPost, compiled: CompiledPolicy, items: readonly Json[]): JsonObject {
  const context = { ...(post.locale && { locale: post.locale }), ...(post.network && { network: post.network }) };
  const roles = post.role ? [post.role] : [];
  const [run] = runScenario(compiled, { id: '', label: '', draft: post.draft, roles, expect: [], explanation: '', ...context });
  return {
    id: newId(items, scenarioFallbackId(items.length)),
    label: '',
    draft: post.draft,
    ...(roles.length > 0 && { roles }),
    ...context,
    expect: [...(run?.actual ?? [])],
    explanation: '',
  };
}
