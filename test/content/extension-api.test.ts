// @vitest-environment happy-dom
/** The content scripts take the browser's real extension API, never an element the page named `browser`. */
import { afterEach, describe, expect, it } from 'vitest';
import { extensionApi } from '../../src/content/extension-api';

const globals = globalThis as { browser?: unknown; chrome?: unknown };
const saved = { browser: globals.browser, chrome: globals.chrome };
afterEach(() => Object.assign(globals, saved));

describe('extensionApi', () => {
  const chrome = { runtime: { getURL: (path: string) => `chrome-extension://id${path}` } };

  it("takes Chrome's `chrome` when `browser` is the page's element, not an API", () => {
    Object.assign(globals, { browser: document.createElement('div'), chrome });
    expect(extensionApi()).toBe(chrome);
  });

  it("takes Firefox's `browser` first", () => {
    const browser = { runtime: { getURL: (path: string) => `moz-extension://uuid${path}` } };
    Object.assign(globals, { browser, chrome });
    expect(extensionApi()).toBe(browser);
  });
});
