import { htmlNodes } from '../src/playground/html';

export { htmlNodes };

/** Replaces the document body's content with the given markup; returns its first element. */
export function setBody(html: string): HTMLElement {
  document.body.replaceChildren(...htmlNodes(html));
  return document.body.firstElementChild as HTMLElement;
}
