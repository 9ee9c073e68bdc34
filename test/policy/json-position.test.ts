import { describe, expect, it } from 'vitest';
import { jsonErrorOffset } from '../../src/policy/json-position';

describe('jsonErrorOffset', () => {
  it.each([
    '{}',
    '[]',
    ' {"a": [1, -2.5e3, true, false, null, "x\\n\\u00e9"], "b": {}} ',
    '"just a string"',
    '0',
  ])('valid: %s', (text) => {
    expect(jsonErrorOffset(text)).toBeUndefined();
    expect(() => JSON.parse(text)).not.toThrow(); // agrees with the real parser
  });

  it.each([
    ['{ "a": }', 7],
    ['{ "a": 1, }', 10],
    ['[1, 2,]', 6],
    ['{ "a" 1 }', 6],
    ['{ a: 1 }', 2],
    ['{"a": tru}', 9],
    ['{"a": "unterminated', 19],
    ['{"a": 01}', 7],
    ['{} extra', 3],
    ['', 0],
    ['{"a": "\\x"}', 8],
  ])('%j breaks at offset %i', (text, offset) => {
    expect(jsonErrorOffset(text)).toBe(offset);
    expect(() => JSON.parse(text)).toThrow();
  });

  it('survives absurd nesting without overflowing the stack', () => {
    expect(jsonErrorOffset('['.repeat(100_000))).toBe(513);
  });
});
