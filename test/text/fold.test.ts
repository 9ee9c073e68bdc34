import { describe, expect, it } from 'vitest';
import { fold, foldTerm } from '../../src/text/fold';

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
    const original = (from: number, to: number) => draft.slice(folded.origStart[from], folded.endOf(to - 1));
    expect(original(0, 5)).toBe('Ｈé\u0301llo'); // the combining accent belongs to its letter
    expect(original(6, 12)).toBe('👩‍👩‍👧'); // ZWJ sequence stays whole
    expect(original(13, 14)).toBe('ﬁ'); // both halves of the ligature map to it
    expect(original(14, 15)).toBe('ﬁ');
    expect(original(16, 20)).toBe('Ac\u200Bme');
  });

  it('keeps offsets monotonic over a long mixed text', () => {
    const draft = 'Ünïcödé 東京 مرحبا שלום ＡＢＣ 🇫🇷 e\u0301\n'.repeat(200);
    const { origStart, endOf, text } = fold(draft);
    expect(origStart.length).toBe(text.length);
    for (let i = 1; i < origStart.length; i++) {
      expect(origStart[i]!).toBeGreaterThanOrEqual(origStart[i - 1]!);
      expect(endOf(i)).toBeGreaterThan(origStart[i]!);
    }
    expect(endOf(origStart.length - 1)).toBe(draft.length);
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
