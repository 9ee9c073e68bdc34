/**
 * The organisation's managed configuration (`storage.managed`, declared by `managed_schema.json`): how IT
 * departments set the policy URL, lock the role, require signatures and pace refreshes.
 *
 * A value that is present but invalid is never dropped silently: dropping a `publicKey` would accept unsigned
 * policies, dropping a `policyUrl` would let the user's own URL win. It is listed in `invalid`, and the sync stops
 * and says so until IT fixes it (the last good policy stays in force).
 */
import { z } from 'zod';
import { isAllowedPolicyUrl } from '../policy/url';

export const DEFAULT_REFRESH_MINUTES = 360;

/** A public key as IT may paste it: PEM, or its base64 body alone (armour added here). */
const PEM = /^-----BEGIN PUBLIC KEY-----([A-Za-z0-9+/=\s]+)-----END PUBLIC KEY-----$/;
const publicKey = z
  .string({ error: 'must be text' })
  .transform((s) => s.trim())
  .transform((s) => PEM.exec(s)?.[1] ?? s)
  .transform((body) => body.replace(/\s+/g, ''))
  .refine((body) => /^[A-Za-z0-9+/]{40,}={0,2}$/.test(body), {
    message: 'is not a public key (expected the PEM text "npm run policy -- keygen" prints, or its base64 body)',
  })
  .transform((body) => `-----BEGIN PUBLIC KEY-----\n${body.match(/.{1,64}/g)!.join('\n')}\n-----END PUBLIC KEY-----\n`);

const PACE = 'must be a whole number of minutes from 15 to 10080';
const FIELDS = {
  policyUrl: z.string({ error: 'must be text' }).refine((s) => URL.canParse(s) && isAllowedPolicyUrl(new URL(s)), {
    message: 'must be an https:// URL (http:// only on this computer)',
  }),
  role: z.string({ error: 'must be text' }).min(1, { error: 'must not be empty' }),
  publicKey,
  refreshMinutes: z.number({ error: PACE }).int({ error: PACE }).min(15, { error: PACE }).max(10_080, { error: PACE }),
  minimumVersion: z.string({ error: 'must be text' }).regex(/^\d{1,9}(\.\d{1,9}){0,3}$/, {
    error: 'must be a policy version, numbers separated by dots such as "12" or "2026.11.1"',
  }),
};

export interface ManagedConfig {
  readonly policyUrl?: string;
  readonly role?: string;
  readonly publicKey?: string;
  readonly refreshMinutes?: number;
  /**
   * The oldest policy version accepted. A fresh install has no version in force to compare with, so without this
   * floor it would take an old signed policy replayed to it (its signature is genuine, its rules withdrawn).
   */
  readonly minimumVersion?: string;
  /** Values set but unusable, each as "<name> <why>": the sync stops on them. */
  readonly invalid?: readonly string[];
}

export function parseManaged(value: unknown): ManagedConfig {
  const given = value && typeof value === 'object' ? (value as Record<string, unknown>) : {};
  const config: Record<string, unknown> = {};
  const invalid: string[] = [];
  for (const [name, schema] of Object.entries(FIELDS)) {
    if (given[name] === undefined) continue;
    const parsed = schema.safeParse(given[name]);
    if (parsed.success) config[name] = parsed.data;
    else invalid.push(`${name} ${parsed.error.issues[0]?.message ?? 'is invalid'}`);
  }
  return { ...(config as Omit<ManagedConfig, 'invalid'>), ...(invalid.length && { invalid }) };
}
