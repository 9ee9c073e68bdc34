import { describe, expect, it } from 'vitest';
import { pieceToAdd, withPiece } from '../../src/text/join';

describe('pieceToAdd', () => {
  it.each([
    ['Acme rocks', 'Views are my own.', 'end', ' Views are my own.'],
    ['Acme rocks ', 'Views are my own.', 'end', 'Views are my own.'],
    ['Acme rocks\n', 'Views are my own.', 'end', 'Views are my own.'],
    ['Acme rocks', 'I work at Acme.', 'start', 'I work at Acme. '],
    [' Acme rocks', 'I work at Acme.', 'start', 'I work at Acme.'],
    ['', 'I work at Acme.', 'start', 'I work at Acme.'],
    ['   ', 'Views are my own.', 'end', 'Views are my own.'],
  ] as const)('%j + %j at the %s → %j', (draft, text, placement, expected) => {
    expect(pieceToAdd(draft, text, placement)).toBe(expected);
  });
});

describe('withPiece', () => {
  it('adds at the start or the end, with the piece pieceToAdd gives', () => {
    expect(withPiece('Acme rocks', 'I work at Acme.', 'start')).toBe('I work at Acme. Acme rocks');
    expect(withPiece('Acme rocks', 'Views are my own.', 'end')).toBe('Acme rocks Views are my own.');
    expect(withPiece('Acme rocks\n', 'Views are my own.', 'end')).toBe('Acme rocks\nViews are my own.');
  });
});
