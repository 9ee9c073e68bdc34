import { htmlNodes } from '../src/playground/html';

export { htmlNodes };

/** Replaces the document body's content with the given markup; returns its first element. */
export function setBody(html: string): HTMLElement {
  document.body.replaceChildren(...htmlNodes(html));
  return document.body.firstElementChild as HTMLElement;
}

/**
 * A click as the user makes it. happy-dom has no `isTrusted` (so every event there looks forged to Candor's
 * controls): this one says it is trusted, as the browser's own events do.
 */
export function userClick(element: Element): MouseEvent {
  const event = new MouseEvent('click', { bubbles: true, cancelable: true });
  Object.defineProperty(event, 'isTrusted', { value: true });
  element.dispatchEvent(event);
  return event;
}
