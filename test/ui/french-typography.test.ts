/**
 * French sets a narrow no-break space (U+202F) before ":", ";", "?", "!" and "»", and after "«"; English none.
 * Every message the pages and the nudge show is checked, functions called with sample values.
 */
import { describe, expect, it } from 'vitest';
import { messagesFor } from '../../src/ui/messages';
import { pageMessagesFor } from '../../src/ui/page-messages';

/** Every string a message set can produce, with where it comes from. */
function* texts(value: unknown, path: string): Generator<[string, string]> {
  if (typeof value === 'string') yield [path, value];
  else if (typeof value === 'function') yield [path, String((value as (...args: unknown[]) => unknown)(2, 'post', 280))];
  else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) yield* texts(item, `${path}.${key}`);
}

const NARROW = '\u202F';
const WRONG_SPACE = /[ \u00a0](?=[:;?!»])|(?<=«)[ \u00a0]/;
const NO_SPACE = /[\p{L}\p{N})»](?=[:;?!](\s|$))|«(?=\p{L})/u;

describe('French typography', () => {
  const french = [...texts(messagesFor('fr'), 'nudge'), ...texts(pageMessagesFor('fr'), 'pages')];

  it('has messages to check', () => expect(french.length).toBeGreaterThan(100));

  it.each(french)('%s has a narrow no-break space where French wants one', (_path, text) => {
    expect(text).not.toMatch(WRONG_SPACE);
    expect(text).not.toMatch(NO_SPACE);
  });

  it('English has none', () => {
    for (const [path, text] of [...texts(messagesFor('en'), 'nudge'), ...texts(pageMessagesFor('en'), 'pages')]) {
      expect(text.includes(NARROW), path).toBe(false);
    }
  });
});
