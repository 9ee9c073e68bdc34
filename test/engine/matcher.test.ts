import { describe, expect, it } from 'vitest';
import { buildMatcher, scan } from '../../src/engine/matcher';
import { fold, foldTerm } from '../../src/text/fold';

/** Every match as "term@start-end" over the folded text. */
function matches(terms: string[], draft: string): string[] {
  const matcher = buildMatcher(terms.map(foldTerm));
  const found: string[] = [];
  scan(matcher, fold(draft), (term, start, end) => found.push(`${matcher.terms[term]}@${start}-${end}`));
  return found.sort();
}

describe('scan', () => {
  it('finds overlapping terms through failure links (the classic he/she/hers)', () => {
    // Terms edged with "-" need no word cuts, so every overlap must come from the automaton's failure links.
    expect(matches(['-he-', '-she-', '-hers-'], 'x-she-he-hers-x')).toEqual(['-he-@5-9', '-hers-@8-14', '-she-@1-6']);
  });

  it.each([
    ['Acme', 'I love Acme.', ['acme@7-11']],
    ['Acme', 'Acmesoft is not us', []],
    ['Acme', 'NotAcme either', []],
    ['Acme', "l'Acme et Acme's", ['acme@2-6', 'acme@10-14']],
    ['Acme', '#AcmeLife', ['acme@1-5']],
    ['Acme', '#acmelife', []],
    ['@acme', 'ping @acme and @acmefan', ['@acme@5-10']],
    ['acme.com', 'see acme.com/careers or notacme.com', ['acme.com@4-12']],
    ['$ACME', 'long $ACME!', ['$acme@5-10']],
    ['Acme Corp', 'ACME   CORP rocks', ['acme corp@0-9']],
    ['アクメ', 'アクメ社で働いています', ['アクメ@0-3']], // no spaces between Japanese words
    ['𐌰𐌱', '𐌰𐌱𐌲 is longer', []], // letters outside the BMP are word characters too
    ['𐌰𐌱', 'say 𐌰𐌱!', ['𐌰𐌱@4-8']],
    ['views are my own', 'Views are my own.', ['views are my own@0-16']],
  ])('%j in %j', (term, draft, expected) => {
    expect(matches([term], draft)).toEqual([...expected].sort());
  });

  it('agrees with a brute-force search on random text', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const alphabet = 'ab c-';
    const word = (n: number) => Array.from({ length: n }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
    for (let round = 0; round < 50; round++) {
      const terms = [...new Set(Array.from({ length: 8 }, () => word(1 + Math.floor(random() * 4)).trim()).filter((t) => /[abc]/.test(t)))];
      const text = word(200);
      const folded = fold(text);
      const expected: string[] = [];
      for (const term of terms) {
        for (let i = folded.text.indexOf(term); i >= 0; i = folded.text.indexOf(term, i + 1)) {
          const end = i + term.length;
          const before = /\w/.test(term[0]!) ? folded.cut[i] : 1;
          const after = /\w/.test(term[term.length - 1]!) ? folded.cut[end] : 1;
          if (before && after) expected.push(`${term}@${i}-${end}`);
        }
      }
      expect(matches(terms, text)).toEqual(expected.sort());
    }
  });

  it('ignores duplicate and empty terms', () => {
    const matcher = buildMatcher(['acme', '', 'acme', 'globex']);
    expect(matcher.terms).toEqual(['acme', 'globex']);
  });
});

describe('scan under hostile policies', () => {
  // `scan` returns how many output states it examined: the work beyond one step per character, counted, not timed.
  const examined = (terms: string[], draft: string, groupOf?: (term: number) => number) =>
    scan(buildMatcher(terms, groupOf), fold(draft), () => {});

  it('skips at once every term that would need a word to end where none does ("a" … "a"×200 in a run of "a")', () => {
    const terms = Array.from({ length: 200 }, (_, i) => 'a'.repeat(i + 1));
    const draft = 'a'.repeat(3_000);
    // One term may end there: the run's end. The chain there holds 200 terms, of which one starts at a cut.
    expect(examined(terms, draft)).toBeLessThanOrEqual(200);
    expect(examined(terms, `${draft} `.repeat(3))).toBeLessThanOrEqual(3 * 200);
  });

  it('reports one match per place for nested terms of one group, and all of them for terms of no group', () => {
    const terms = Array.from({ length: 50 }, (_, i) => Array.from({ length: i + 1 }, () => 'go').join(' '));
    const draft = 'go '.repeat(1_000);
    const oneGroup = () => 0;
    const found: number[] = [];
    const matcher = buildMatcher(terms, oneGroup);
    scan(matcher, fold(draft), (term) => found.push(term));
    expect(found).toHaveLength(1_000); // the longest at each word
    expect(examined(terms, draft, oneGroup)).toBe(1_000);
    expect(examined(terms, draft)).toBeGreaterThan(40_000); // unrelated terms: each is its own finding
  });

  it('still reports a shorter term of the group where the longer one does not stand on a word cut', () => {
    const matcher = buildMatcher(['acme', 'b acme'], () => 0);
    const found: string[] = [];
    scan(matcher, fold('ab acme, b acme'), (term, start, end) => found.push(`${matcher.terms[term]}@${start}-${end}`));
    expect(found).toEqual(['acme@3-7', 'b acme@9-15']);
  });
});
