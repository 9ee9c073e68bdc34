import { describe, expect, it } from 'vitest';
import { fold } from '../../src/text/fold';
import { wordCount, wordGrams } from '../../src/text/word-grams';

const grams = (text: string, maxWords: number) => {
  const folded = fold(text);
  const found: string[] = [];
  wordGrams(folded, maxWords, (start, end) => found.push(folded.text.slice(start, end)));
  return found;
};

describe('wordGrams', () => {
  it.each<[string, number, string[]]>([
    ['Project Falcon ships', 2, ['project', 'project falcon', 'falcon', 'falcon ships', 'ships']],
    ['Falcon-2, soon', 2, ['falcon', 'falcon-2', '2', '2, soon', 'soon']],
    ['love #ProjectFalcon!', 2, ['love', 'love #project', 'project', '#project', 'projectfalcon', '#projectfalcon', 'falcon']],
    ['ask @Falcon or $FLCN', 1, ['ask', 'falcon', '@falcon', 'or', 'flcn', '$flcn']],
    ['Ça va, Œuvre', 1, ['ca', 'va', 'oeuvre']],
    ['', 3, []],
    ['  ...  ', 3, []],
  ])('%j, up to %i words', (text, maxWords, expected) => {
    expect(grams(text, maxWords)).toEqual(expected);
  });

  it('is linear: 2 × maxWords runs per word at most', () => {
    const text = 'falcon '.repeat(10_000);
    expect(grams(text, 3)).toHaveLength(10_000 * 3 - 3);
  });

  it('counts the words of a name as it cuts them', () => {
    expect(wordCount(fold('Project Falcon'))).toBe(2);
    expect(wordCount(fold('#ProjectFalcon'))).toBe(2);
    expect(wordCount(fold('Falcon 2.0'))).toBe(3);
  });
});
