/** Test pages are built from markup through the HTML parser, never by assigning innerHTML (see the lint rules). */
export function htmlNodes(html: string): Node[] {
  return [...new DOMParser().parseFromString(html, 'text/html').body.childNodes];
}

/** Replaces the document body's content with the given markup; returns its first element. */
export function setBody(html: string): HTMLElement {
  document.body.replaceChildren(...htmlNodes(html));
  return document.body.firstElementChild as HTMLElement;
}
