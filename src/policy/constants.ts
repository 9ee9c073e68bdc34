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
  'hidden-disclosure',
  'weak-disclosure',
  'needs-approval',
  'avoid',
  'corporate-account',
  'protected',
] as const;

/**
 * How much of a post readers see before the network cuts it ("…see more"), where a disclosure must stand (FTC staff:
 * above the "more" cut). X counts weighted characters (twitter-text), the others characters (code points); `lines`
 * counts line breaks too. Sources and dates: README, "Where readers stop reading".
 */
export interface Preview {
  readonly characters: number;
  readonly lines?: number;
}
export const DEFAULT_PREVIEWS = {
  // X shows about 280 weighted characters of a long post before "Show more".
  x: { characters: 280 },
  // LinkedIn: about 3 lines, ≈ 210 characters on mobile, before "…see more".
  linkedin: { characters: 210, lines: 3 },
  // Facebook: about 5 lines, 400–480 characters; the lower bound, so a disclosure judged visible is visible.
  facebook: { characters: 400, lines: 5 },
} as const satisfies Record<(typeof networks)[number], Preview>;
