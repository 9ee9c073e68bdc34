/**
 * Runs of 1 to `maxWords` consecutive words in folded text: the places a name known only by its hash may stand.
 * Words are cut where the fold cuts them (spaces, punctuation, CamelCase humps inside hashtags), so "#ProjectFalcon"
 * holds "project", "falcon" and "projectfalcon". A run also comes with the "#", "@" or "$" just before it.
 * Linear in the text: at most 2 × `maxWords` runs per word, and only the words' bounds are kept.
 */
import { type FoldedText, isWordChar } from './fold';

const SIGNS = new Set(['#', '@', '$']);
/** Between two cuts, units are all word characters or all not (a cut stands wherever that changes). */
const startsWord = (text: string, at: number) => isWordChar(String.fromCodePoint(text.codePointAt(at)!));

/** The words' bounds, as folded offsets. */
function wordsOf({ text, cut }: FoldedText): { starts: number[]; ends: number[] } {
  const starts: number[] = [];
  const ends: number[] = [];
  let segment = 0;
  for (let i = 1; i <= text.length; i++) {
    if (!cut[i] && i < text.length) continue;
    if (startsWord(text, segment)) {
      starts.push(segment);
      ends.push(i);
    }
    segment = i;
  }
  return { starts, ends };
}

/** Calls `visit(start, end)` for each run, as folded offsets (end exclusive). */
export function wordGrams(folded: FoldedText, maxWords: number, visit: (start: number, end: number) => void): void {
  const { starts, ends } = wordsOf(folded);
  for (let w = 0; w < starts.length; w++) {
    const start = starts[w]!;
    const signed = start > 0 && SIGNS.has(folded.text[start - 1]!);
    for (let last = w; last < Math.min(starts.length, w + maxWords); last++) {
      visit(start, ends[last]!);
      if (signed) visit(start - 1, ends[last]!);
    }
  }
}

/** How many words a folded name holds, counted as `wordGrams` counts them. */
export function wordCount(folded: FoldedText): number {
  return wordsOf(folded).starts.length;
}
