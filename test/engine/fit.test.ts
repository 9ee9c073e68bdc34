import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../scripts/seeded-random';
import { fitterFor, weightWithPiece } from '../../src/engine/fit';
import { withPiece } from '../../src/text/join';
import { weightedLength } from '../../src/text/weighted-length';

describe("fitting a text to X's limit", () => {
  // `fitterFor` weighs the draft once and, where it can, each piece on its own: the count must be the whole's.
  it('counts a draft with a piece added as X counts the whole, whatever sits at the seam', () => {
    const random = mulberry32(17);
    const bits = [
      'acme.com', 'https://acme.com/careers', 'www.acme.io/a?b=c', 'e\u0301', '\u0301', 'é', '👩\u200d💻', '👍🏽', '🇫🇷',
      '#AcmeLife', '@acme', 'Views are my own.', '日本語', ' ', '  ', '\n', '\t', 'a', '.', '-', '(', ')',
    ];
    const pick = () => bits[Math.floor(random() * bits.length)]!;
    const pieces = ['Views are my own.', '#AcmeEmployee', 'I work at acme.com', '\u0301é', '👩\u200d💻 acme.io', 'https://acme.com'];
    for (let round = 0; round < 5_000; round++) {
      const draft = Array.from({ length: 1 + Math.floor(random() * 8) }, pick).join(random() < 0.5 ? '' : ' ');
      const piece = pieces[round % pieces.length]!;
      for (const placement of ['start', 'end'] as const) {
        const whole = weightedLength(withPiece(draft, piece, placement));
        expect(weightWithPiece(draft, weightedLength(draft), piece, placement), `${JSON.stringify(draft)} ${placement}`).toBe(whole);
      }
    }
  });

  it('offers the short form when only it fits, and says by how much neither does', () => {
    const fit = fitterFor('x'.repeat(265), 'x');
    expect(fit('Views are my own, not those of Acme.', 'Views my own.', 'end')).toMatchObject({ text: 'Views my own.', shortened: true });
    expect(fitterFor('x'.repeat(275), 'x')('Views are my own, not those of Acme.', 'Views my own.', 'end')).toMatchObject({
      shortened: true,
      overLimit: { length: 289, limit: 280 },
    });
    expect(fitterFor('x'.repeat(275), 'linkedin')('Views are my own, not those of Acme.', 'Views my own.', 'end')).toEqual({
      type: 'insert',
      text: 'Views are my own, not those of Acme.',
      placement: 'end',
    });
  });
});
