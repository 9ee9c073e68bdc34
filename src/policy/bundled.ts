/** The bundled demo policy, used when no company policy is configured. Validated at load; a test keeps it valid. */
import acme from '../../rules/acme.policy.json';
import { parsePolicy } from './parse';
import type { Policy } from './types';

export function bundledPolicy(): Policy {
  const result = parsePolicy(acme);
  if (!result.ok) throw new Error(`The bundled policy is invalid: ${result.errors[0]?.path} ${result.errors[0]?.message}`);
  return result.policy;
}
