import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { duplicateKeys } from '../../src/policy/json-duplicates';
import { jsonErrorOffset } from '../../src/policy/json-position';
import { parsePolicyJson } from '../../src/policy/parse';

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

describe('duplicateKeys', () => {
  it.each([
    ['{"a": 1, "a": 2}', ['$.a']],
    ['{"rules": {"disclaimer": {"enabled": true, "enabled": false}}}', ['$.rules.disclaimer.enabled']],
    ['{"topics": [{"id": "x"}, {"id": "y", "id": "z"}]}', ['$.topics[1].id']],
    ['{"a": "\\"a\\"", "b": {"a": 1}, "c": ["a", "a"]}', []],
    ['{"k\\u0041": 1, "kA": 2}', ['$.kA']],
    ['{}', []],
  ])('%s → %j', (json, paths) => {
    expect(duplicateKeys(json).map((d) => d.path)).toEqual(paths);
  });

  it('parsePolicyJson warns, so the policy still loads but the lost value is seen', () => {
    const text = readFileSync(new URL('../../rules/dupain.policy.fr.json', import.meta.url), 'utf8').replace('"schemaVersion": 1,', '"schemaVersion": 1, "version": "1",');
    const result = parsePolicyJson(text);
    expect(result.ok).toBe(true);
    expect(result.warnings[0]).toEqual({ path: '$.version', message: '"version" is given twice in this object: only the last one counts.' });
  });
});
