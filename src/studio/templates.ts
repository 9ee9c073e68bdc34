/**
 * The policies an author can start from: ordinary policy files in rules/templates/, each with scenarios that pass
 * (test/rules checks them). The studio bundles them, so it works offline.
 */
import financialFirm from '../../rules/templates/financial-firm.policy.json';
import frenchEmployer from '../../rules/templates/french-employer.policy.json';
import generalCompany from '../../rules/templates/general-company.policy.json';
import healthcare from '../../rules/templates/healthcare.policy.json';
import publicSector from '../../rules/templates/public-sector.policy.json';
import smallBusiness from '../../rules/templates/small-business.policy.json';
import type { Json, JsonObject } from './json';

export interface Template {
  readonly id: string;
  readonly policy: JsonObject;
}

export const TEMPLATES: readonly Template[] = [
  { id: 'general-company', policy: generalCompany },
  { id: 'financial-firm', policy: financialFirm },
  { id: 'healthcare', policy: healthcare },
  { id: 'public-sector', policy: publicSector },
  { id: 'small-business', policy: smallBusiness },
  { id: 'french-employer', policy: frenchEmployer },
].map(({ id, policy }) => ({ id, policy: policy as unknown as JsonObject }));

/**
 * A new policy from a template: a copy dated today, without the template's `$schema` (a path inside this
 * repository, wrong wherever the author publishes). Its changelog's "first version" entry stays: it is the author's.
 */
export function startFrom(template: Template, today: string): JsonObject {
  const { $schema: _schema, ...policy } = structuredClone(template.policy) as Record<string, Json>;
  return { ...policy, updatedAt: today };
}
