/** Playground and test pages are built from markup through the HTML parser, never by assigning innerHTML (see the lint rules). */
export function htmlNodes(html: string): Node[] {
  return [...new DOMParser().parseFromString(html, 'text/html').body.childNodes];
}
