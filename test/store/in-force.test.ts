import { describe, expect, it } from 'vitest';
import { bundledPolicy } from '../../src/policy/bundled';
import { inForce } from '../../src/store/in-force';
import type { SharedState } from '../../src/store/state';

const policy = bundledPolicy();
const state = (over: Partial<SharedState> = {}): SharedState => ({ active: { policy, source: 'bundled' }, settings: {}, managed: {}, ...over });

describe('inForce', () => {
  it('is the active policy, no role and the browser’s language by default', () => {
    expect(inForce(state(), 'en-US')).toEqual({ policy, role: undefined, locale: 'en' });
    expect(inForce(state(), 'fr-CA').locale).toBe('fr');
  });

  it('takes the organisation’s role over the user’s', () => {
    expect(inForce(state({ settings: { role: 'spokesperson' } }), 'en').role).toBe('spokesperson');
    expect(inForce(state({ settings: { role: 'spokesperson' }, managed: { role: 'executive' } }), 'en').role).toBe('executive');
  });

  it('takes the language setting over the browser’s, and speaks only English and French', () => {
    expect(inForce(state({ settings: { locale: 'fr' } }), 'en-US').locale).toBe('fr');
    expect(inForce(state({ settings: { locale: 'auto' } }), 'fr-FR').locale).toBe('fr');
    expect(inForce(state(), 'de-DE').locale).toBe('en');
  });

  it('has no policy before the background has activated one', () => {
    expect(inForce(state({ active: undefined }), 'en').policy).toBeUndefined();
  });
});
