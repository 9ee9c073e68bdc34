import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../src/text/sha256';
import { mulberry32 } from '../../scripts/seeded-random';

const oracle = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

describe('sha256Hex', () => {
  it('gives the published digests', () => {
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it("agrees with Node's crypto at every length around the block edges, and on any text", () => {
    for (let length = 0; length <= 200; length++) {
      const text = 'é'.repeat(length >> 1) + 'a'.repeat(length & 1);
      expect(sha256Hex(text), `length ${length}`).toBe(oracle(text));
    }
    const random = mulberry32(7);
    for (let i = 0; i < 500; i++) {
      const text = String.fromCodePoint(...Array.from({ length: Math.floor(random() * 40) }, () => Math.floor(random() * 0x2ffff)).filter((cp) => cp < 0xd800 || cp > 0xdfff));
      expect(sha256Hex(text)).toBe(oracle(text));
    }
  });
});
