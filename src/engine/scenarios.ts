/**
 * Policy scenarios: realistic drafts with the findings the policy's authors expect. The same engine that nudges
 * checks them, so a scenario is both a teaching card ("Is this OK to post?") and a regression test of the policy.
 */
import type { Scenario } from '../policy/types';
import { analyze } from './analyze';
import type { CompiledPolicy } from './compile';
import { findingKey, isContext } from './findings';
import type { Finding } from './types';

/** What the employee should do, from the findings' kinds: the most demanding wins. */
export type Verdict = 'ok' | 'add' | 'ask' | 'avoid';
const VERDICT_OF_KIND: Partial<Record<Finding['kind'], Verdict>> = {
  'missing-disclaimer': 'add',
  'missing-disclosure': 'add',
  'hidden-disclosure': 'add',
  'weak-disclosure': 'add',
  'needs-approval': 'ask',
  'unreleased-product': 'ask',
  'corporate-account': 'ask',
  avoid: 'avoid',
  'confidential-product': 'avoid',
};
const VERDICT_ORDER: readonly Verdict[] = ['ok', 'add', 'ask', 'avoid'];

export function verdictOf(keys: readonly string[]): Verdict {
  let verdict: Verdict = 'ok';
  for (const key of keys) {
    const kind = key.split(':')[0] as Finding['kind'];
    const next = VERDICT_OF_KIND[kind] ?? 'ok';
    if (VERDICT_ORDER.indexOf(next) > VERDICT_ORDER.indexOf(verdict)) verdict = next;
  }
  return verdict;
}

export interface ScenarioRun {
  readonly scenario: Scenario;
  /** The role it ran as; null for the base policy. */
  readonly role: string | null;
  readonly expected: readonly string[];
  readonly actual: readonly string[];
  readonly missing: readonly string[];
  readonly unexpected: readonly string[];
  readonly pass: boolean;
}

/** Runs a scenario for each of its roles (or the base policy), comparing the advice found with the advice expected. */
export function runScenario(compiled: CompiledPolicy, scenario: Scenario): ScenarioRun[] {
  const roles = scenario.roles.length ? scenario.roles : [null];
  const expected = [...new Set(scenario.expect)].sort();
  return roles.map((role) => {
    const findings = analyze(scenario.draft, compiled, role, {
      ...(scenario.locale && { locale: scenario.locale }),
      ...(scenario.network && { network: scenario.network }),
      ...(scenario.at && { now: Date.parse(scenario.at) }),
    });
    const actual = [...new Set(findings.filter((f) => !isContext(f)).map(findingKey))].sort();
    const missing = expected.filter((key) => !actual.includes(key));
    const unexpected = actual.filter((key) => !expected.includes(key));
    return { scenario, role, expected, actual, missing, unexpected, pass: missing.length === 0 && unexpected.length === 0 };
  });
}
