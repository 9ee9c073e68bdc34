/**
 * Confidential and unreleased product names may be published as salted hashes of their folded forms, so that a
 * policy file read by someone it was not meant for does not name them. The draft's runs of words are hashed the
 * same way and compared (`engine/hashed.ts`); the CLI writes the hashes (`hash-names`); the validator warns where
 * the file still names them in clear.
 *
 * A hash hides a name from a reader, not from a guesser: a code name that is a dictionary word can be found by
 * hashing guesses with the salt, which the file holds. The salt only stops one table serving every company.
 */
import { sha256Hex } from '../text/sha256';
import { fold, UNSPACED_SCRIPT } from '../text/fold';
import { wordCount, wordGrams } from '../text/word-grams';

export const NAME_HASH = /^[0-9a-f]{64}$/;
export const SALT = /^[0-9a-f]{32,128}$/;
/** Runs of words checked per word of the draft: names longer than this cannot be hashed. */
export const MAX_HASHED_WORDS = 6;

/** What the policy says about its hashed names: the salt, and the most words any of them holds. */
export interface HashedNamesConfig {
  readonly salt: string;
  readonly maxWords: number;
}

export function hashName(salt: string, foldedName: string): string {
  return sha256Hex(`${salt}\n${foldedName}`);
}

/**
 * A name as it is typed ("Project Falcon", "#ProjectFalcon"), folded and counted, or why it cannot be found by its
 * hash: it must be a whole run of words as the draft is cut (with its "#", "@" or "$"), in a script written with
 * spaces.
 */
export function hashableName(typed: string): { folded: string; words: number } | { error: string } {
  if (UNSPACED_SCRIPT.test(typed)) {
    return { error: 'is written without spaces between words (Chinese, Japanese, Thai…): a hash cannot find it in a draft' };
  }
  const folded = fold(typed.trim());
  const words = wordCount(folded);
  if (words === 0) return { error: 'has no letters or digits' };
  if (words > MAX_HASHED_WORDS) return { error: `has more than ${MAX_HASHED_WORDS} words` };
  let whole = false;
  wordGrams(folded, words, (start, end) => (whole ||= start === 0 && end === folded.text.length));
  return whole ? { folded: folded.text, words } : { error: 'begins or ends with punctuation: a hash cannot find it in a draft' };
}

/** Calls `visit(hash, start, end)` for every run of words in the folded text, hashed (folded offsets). */
export function hashedRuns(
  config: HashedNamesConfig,
  text: string,
  visit: (hash: string, start: number, end: number) => void,
): void {
  const folded = fold(text);
  wordGrams(folded, config.maxWords, (start, end) => visit(hashName(config.salt, folded.text.slice(start, end)), start, end));
}
