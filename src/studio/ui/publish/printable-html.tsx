/**
 * The printable policy as a standalone web page for the intranet: the component rendered by Preact into a document
 * of its own and serialised by the DOM, so every policy text is escaped by the browser, never pasted into markup.
 * No script in it: a page that only shows text.
 */
import { render } from 'preact';
import type { CompiledPolicy } from '../../../engine/compile';
import { localize } from '../../../policy/localize';
import { PrintablePolicy } from './PrintablePolicy';

export function printableHtml(compiled: CompiledPolicy, language: string, now: Date): string {
  const { policy } = compiled;
  const page = document.implementation.createHTMLDocument('');
  page.documentElement.setAttribute('lang', language);
  const charset = page.createElement('meta');
  charset.setAttribute('charset', 'utf-8');
  const viewport = page.createElement('meta');
  viewport.setAttribute('name', 'viewport');
  viewport.setAttribute('content', 'width=device-width, initial-scale=1');
  // Not every DOM gives a new document a title element: make sure there is exactly one.
  const title = page.querySelector('title') ?? page.createElement('title');
  title.textContent = localize(policy.name, language, policy.defaultLocale);
  page.head.prepend(charset, viewport, title);
  render(<PrintablePolicy compiled={compiled} language={language} now={now} />, page.body);
  // The component's style belongs in the head of a page of its own.
  page.head.append(...page.body.querySelectorAll('style'));
  return `<!doctype html>\n${new XMLSerializer().serializeToString(page.documentElement)}\n`;
}
