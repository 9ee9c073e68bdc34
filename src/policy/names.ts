import { fold, foldTerm } from '../text/fold';
import type { Policy } from './types';

/**
 * Whether a wording says whose employee the author is: one of the company's names or hashtags stands in it as a word
 * of its own or a CamelCase part of a hashtag ("I work at Acme", "#AcmeEmployee", "#SalariéAcme"), not inside
 * another word (a company named "On" is not in "#sponsored"). FTC 16 CFR 255.5: the disclosure must "clearly
 * communicate the nature of the connection".
 */
export function companyNamer(policy: Policy): (wording: string) => boolean {
  const { name, aliases, hashtags } = policy.company;
  const names = [name, ...aliases, ...hashtags]
    .map((n) => foldTerm(n).replace(/^#/, ''))
    .flatMap((n) => (n.includes(' ') ? [n, n.replaceAll(' ', '')] : [n]))
    .filter(Boolean);
  return (wording) => {
    const { text, cut } = fold(wording);
    return names.some((n) => {
      for (let at = text.indexOf(n); at >= 0; at = text.indexOf(n, at + 1)) {
        if (cut[at] && cut[at + n.length]) return true;
      }
      return false;
    });
  };
}
