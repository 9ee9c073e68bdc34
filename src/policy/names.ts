import { foldTerm } from '../text/fold';
import type { Policy } from './types';

/**
 * Whether a wording says whose employee the author is: it contains one of the company's names or hashtags
 * ("#AcmeEmployee", "I work at Acme"), not just "#employee" (FTC 16 CFR 255.5: the disclosure must "clearly
 * communicate the nature of the connection"). Compared folded, as substrings, so hashtags that run words together count.
 */
export function companyNamer(policy: Policy): (wording: string) => boolean {
  const { name, aliases, hashtags } = policy.company;
  const names = [name, ...aliases, ...hashtags].map((n) => foldTerm(n).replace(/^#/, '').replaceAll(' ', '')).filter(Boolean);
  return (wording) => {
    const folded = foldTerm(wording).replaceAll(' ', '');
    return names.some((n) => folded.includes(n));
  };
}
