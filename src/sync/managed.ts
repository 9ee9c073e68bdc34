/**
 * The organisation's managed configuration (`storage.managed`, declared by `managed_schema.json`): how IT
 * departments set the policy URL, lock the role, require signatures and pace refreshes. Invalid values are
 * ignored, never trusted.
 */
import { z } from 'zod';
import { isAllowedPolicyUrl } from '../policy/url';

export const DEFAULT_REFRESH_MINUTES = 360;

const managedSchema = z.object({
  policyUrl: z
    .string()
    .refine((s) => URL.canParse(s) && isAllowedPolicyUrl(new URL(s)))
    .optional()
    .catch(undefined),
  role: z.string().min(1).optional().catch(undefined),
  publicKey: z.string().includes('PUBLIC KEY').optional().catch(undefined),
  refreshMinutes: z.number().int().min(15).max(10_080).optional().catch(undefined),
});

export type ManagedConfig = z.output<typeof managedSchema>;

export function parseManaged(value: unknown): ManagedConfig {
  const result = managedSchema.safeParse(value ?? {});
  return result.success ? result.data : {};
}
