import { describe, expect, it } from 'vitest';
import { draftsSent } from '../e2e/browser';

describe('draftsSent (the privacy check every browser test ends with)', () => {
  const typed = new Set(['Loving the new RoadRunner at Acme', 'e', '!']);

  it.each([
    [{ url: 'https://x.com/home', body: '' }, []],
    [{ url: 'http://127.0.0.1:4000/social-policy.json', body: '' }, []],
    [{ url: 'https://evil.example/?q=Loving%20the%20new%20RoadRunner%20at%20Acme', body: '' }, ['carried "Loving the new RoadRunner at Acme"']],
    [{ url: 'https://evil.example/collect', body: '{"d":"Loving the new RoadRunner at Acme"}' }, ['carried "Loving the new RoadRunner at Acme"']],
    [{ url: 'https://evil.example/%E0%A4%A', body: '' }, []], // malformed escapes are searched as they are
    [{ url: 'https://evil.example/collect', body: 'd=Loving+the+new+RoadRunner+at+Acme' }, ['carried "Loving the new RoadRunner at Acme"']], // form-encoded
    [{ url: 'https://evil.example/collect', body: 'LOVING THE NEW ROADRUNNER AT ACME' }, ['carried "Loving the new RoadRunner at Acme"']],
    [{ url: `https://evil.example/?d=${btoa('Loving the new RoadRunner at Acme')}`, body: '' }, ['carried "Loving the new RoadRunner at Acme"']],
    [{ url: 'https://evil.example/collect', body: Buffer.from('Loving the new RoadRunner at Acme').toString('base64url') }, ['carried "Loving the new RoadRunner at Acme"']],
    [{ url: 'https://evil.example/collect', body: 'q=RoadRunner' }, []], // a policy term is no draft
  ])('%j', (request, expected) => {
    expect(draftsSent([request], typed).map((leak) => leak.slice(leak.indexOf('carried')))).toEqual(expected);
  });

  it('a draft split across two requests', () => {
    const requests = [
      { url: 'https://evil.example/a', body: 'Loving the ne' },
      { url: 'https://evil.example/b', body: 'w RoadRunner at Acme' },
    ];
    expect(draftsSent(requests, typed)).toEqual(['https://evil.example/b carried "Loving the new RoadRunner at Acme"']);
  });
});
