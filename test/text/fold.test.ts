import { describe, expect, it } from 'vitest';
import { FoldBuffers, fold, foldTerm } from '../../src/text/fold';

describe('fold', () => {
  it.each([
    ['ACME', 'acme'],
    ['Acmé', 'acme'],
    ['Acme\u0301', 'acme'], // decomposed accent
    ['ＡＣＭＥ', 'acme'], // full width
    ['Straße', 'strasse'],
    ['Œuvre Æon', 'oeuvre aeon'],
    ['Ac\u200Bme', 'acme'], // zero-width space cannot hide a word
    ['\u202EAcme\u202C', 'acme'], // bidi controls are dropped
    ['l’Acme', "l'acme"], // typographic apostrophe
    ['we`re', "we're"], // a backtick typed for an apostrophe
    ['Acme™', 'acmetm'], // folded, yet "™" is no letter (see the cuts below)
    ['a  \t\n\n b', 'a b'], // whitespace runs collapse
    ['a\u00A0b', 'a b'], // no-break space
    ['ﬁne', 'fine'], // ligature expands
    ['İstanbul', 'istanbul'],
    ['😀 Acme', '😀 acme'],
  ])('%j folds to %j', (input, expected) => {
    expect(fold(input).text).toBe(expected);
  });

  it('maps every folded unit back to the original characters it came from', () => {
    const draft = 'Ｈé\u0301llo 👩‍👩‍👧 ﬁ Ac\u200Bme';
    const folded = fold(draft);
    expect(folded.text).toBe('hello 👩👩👧 fi acme');
    const original = (from: number, to: number) => draft.slice(folded.startOf(from), folded.endOf(to - 1));
    expect(original(0, 5)).toBe('Ｈé\u0301llo'); // the combining accent belongs to its letter
    expect(original(6, 12)).toBe('👩‍👩‍👧'); // ZWJ sequence stays whole
    expect(original(13, 14)).toBe('ﬁ'); // both halves of the ligature map to it
    expect(original(14, 15)).toBe('ﬁ');
    expect(original(16, 20)).toBe('Ac\u200Bme');
  });

  it('maps expansions, surrogate pairs and the spaces after them back to their sources', () => {
    const draft = 'ﬃ  \t Acme ㈱ 😀\u200bAcme\ud800';
    const folded = fold(draft);
    expect(folded.text).toBe('ffi acme (株) 😀acme\ud800');
    const sources = Array.from({ length: folded.length }, (_, i) => draft.slice(folded.startOf(i), folded.endOf(i)));
    expect(sources).toEqual(['ﬃ', 'ﬃ', 'ﬃ', '  \t ', 'A', 'c', 'm', 'e', ' ', '㈱', '㈱', '㈱', ' ', '😀\u200b', '😀\u200b', 'A', 'c', 'm', 'e', '\ud800']);
  });

  it('keeps offsets monotonic over a long mixed text', () => {
    const draft = 'Ünïcödé 東京 مرحبا שלום ＡＢＣ 🇫🇷 e\u0301\n'.repeat(200);
    const folded = fold(draft);
    expect(folded.length).toBe(folded.text.length);
    for (let i = 1; i < folded.length; i++) {
      expect(folded.startOf(i)).toBeGreaterThanOrEqual(folded.startOf(i - 1));
      expect(folded.endOf(i)).toBeGreaterThan(folded.startOf(i));
    }
    expect(folded.endOf(folded.length - 1)).toBe(draft.length);
  });

  it('grows past its first guess when expansions pile up, keeping every offset and cut', () => {
    const draft = `Acme ${'ﬃ㈱'.repeat(300)} Acme`;
    const folded = fold(draft, new FoldBuffers());
    expect(folded.text).toBe(`acme ${'ffi(株)'.repeat(300)} acme`);
    const last = folded.length - 4;
    expect(draft.slice(folded.startOf(last), folded.endOf(folded.length - 1))).toBe('Acme');
    expect(draft.slice(folded.startOf(5), folded.endOf(7))).toBe('ﬃ'); // three units, one source
    expect(draft.slice(folded.startOf(8), folded.endOf(8))).toBe('㈱');
    expect([folded.cut[last], folded.cut[folded.length]]).toEqual([1, 1]);
  });

  const cuts = (input: string) => {
    const { text, cut } = fold(input);
    let marked = '';
    for (let i = 0; i <= text.length; i++) marked += (cut[i] ? '|' : '') + (text[i] ?? '');
    return marked;
  };

  it.each([
    ['Acme rocks', '|acme| |rocks|'],
    ['#AcmeLife', '|#|acme|life|'],
    ['#ACMELife', '|#|acme|life|'],
    ['#Q3Results', '|#|q|3|results|'],
    ['#Acme2026', '|#|acme|2026|'],
    ['#acmelife', '|#|acmelife|'], // no hump, no cut
    ['AcmeLife', '|acmelife|'], // CamelCase splits only inside hashtags
    ["l'Acme's", "|l|'|acme|'|s|"],
    ['Acme™', '|acme|t|m|'],
    ['#ﬁneAcme', '|#|fine|acme|'], // the units of an expansion share its flags, in a hashtag too
    ['#Acmeﬃ2026', '|#|acmeffi|2026|'],
    ['#😀Acme', '|#|\ud83d|\ude00|acme|'],
  ])('word cuts in %j: %j', (input, expected) => {
    expect(cuts(input)).toBe(expected);
  });
});

describe('foldTerm', () => {
  it.each([
    ['  Acme Corp ', 'acme corp'],
    ['#AcmeLife', '#acmelife'],
    ['Société Générale', 'societe generale'],
  ])('%j → %j', (term, expected) => {
    expect(foldTerm(term)).toBe(expected);
  });
});

describe('FoldBuffers', () => {
  it('grows by doubling, so a draft typed one character at a time rarely reallocates', () => {
    const buffers = new FoldBuffers();
    const allocations = new Set<Uint16Array>();
    let draft = '';
    for (let i = 0; i < 2_000; i++) {
      draft += 'a';
      fold(draft, buffers);
      allocations.add(buffers.codes);
    }
    expect(allocations.size).toBeLessThanOrEqual(8);
  });
});

describe('characters outside the BMP', () => {
  it('fold right however many distinct ones a tab meets (what it remembers of them is bounded)', () => {
    // 70,000 distinct code points of the ideographic planes (U+20000 on), each its own fold: more than a 16-bit index
    // into remembered folds could tell apart. (Not the compatibility ideographs, which fold to others.)
    let pasted = '';
    for (let cp = 0x20000; pasted.length < 140_000; cp++) if (cp < 0x2f800 || cp > 0x2fa1f) pasted += String.fromCodePoint(cp);
    expect(fold(pasted).text).toBe(pasted);
    expect(fold('Straße 😀 ﬁne').text).toBe('strasse 😀 fine');
    expect(foldTerm('𝐀cme 😀')).toBe('acme 😀');
  });

  it('fold right after a term with a lone surrogate was folded (it leaves nothing behind that breaks pairs)', () => {
    expect(foldTerm('a\ud835b')).toBe('a\ud835b');
    expect(fold('𝐀𝐜𝐦𝐞 x').text).toBe('acme x');
  });
});
