/** Plain constants of the policy format, safe for any bundle (no zod). */
export const networks = ['x', 'linkedin', 'facebook'] as const;
