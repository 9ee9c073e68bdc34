/** Plain constants of the policy format, safe for any bundle (no zod). */
export const networks = ['x', 'linkedin', 'facebook'] as const;

/** Every kind of finding the engine reports (scenarios in a policy name the ones they expect). */
export const findingKinds = [
  'employer-mention',
  'competitor-mention',
  'product-mention',
  'unreleased-product',
  'confidential-product',
  'missing-disclaimer',
  'missing-disclosure',
  'needs-approval',
  'avoid',
  'corporate-account',
] as const;
