/**
 * What the nudge needs of Preact, in the content script that every tab of the sites loads: its components are plain
 * functions of their props (no hooks, no state), so rendering is calling them and patching the DOM in place,
 * position by position. Patching in place keeps a focused button the same element across updates, as Preact does.
 * The content script's build resolves `preact` and `preact/jsx-runtime` here (wxt.config.ts); pages keep Preact.
 * It reads only a vnode's `type` and `props`, so it renders Preact's vnodes too (the unit tests do).
 */
type Props = Record<string, unknown> & { readonly children?: ComponentChild };
interface VNode {
  readonly type: string | ((props: Props) => ComponentChild);
  readonly props: Props;
}
export type ComponentChild = VNode | string | number | bigint | boolean | null | undefined | readonly ComponentChild[];

export const Fragment = (props: Props): ComponentChild => props.children;

export function jsx(type: VNode['type'], props: Props): VNode {
  return { type, props };
}
export { jsx as jsxs, jsx as jsxDEV };

export function h(type: VNode['type'], props: Record<string, unknown> | null, ...children: ComponentChild[]): VNode {
  return { type, props: children.length ? { ...props, children: children.length === 1 ? children[0] : children } : { ...props } };
}

export function render(content: ComponentChild, container: Element): void {
  patchChildren(container, content);
}

/** Props last rendered on each element, and its current event handlers (one listener per event type calls them). */
const rendered = new WeakMap<Element, Props>();
const handlers = new WeakMap<Element, Record<string, ((event: Event) => void) | undefined>>();
function dispatch(this: Element, event: Event): void {
  handlers.get(this)?.[event.type]?.(event);
}

/** Elements and texts, components called and fragments spread: what a parent's children are, in order. */
function flatten(child: ComponentChild, out: (VNode | string)[]): void {
  if (child === null || child === undefined || typeof child === 'boolean') return;
  if (Array.isArray(child)) for (const each of child as ComponentChild[]) flatten(each, out);
  else if (typeof child === 'object') {
    const { type, props } = child as VNode;
    if (typeof type === 'function') flatten(type(props), out);
    else out.push(child as VNode);
  } else out.push(String(child));
}

function patchChildren(parent: Element, children: ComponentChild): void {
  const wanted: (VNode | string)[] = [];
  flatten(children, wanted);
  const doc = parent.ownerDocument;
  wanted.forEach((child, i) => {
    const existing: ChildNode | undefined = parent.childNodes[i];
    const node = typeof child === 'string' ? patchText(existing, child, doc) : patchElement(existing, child, doc);
    if (node === existing) return;
    if (existing) parent.replaceChild(node, existing);
    else parent.appendChild(node);
  });
  while (parent.childNodes.length > wanted.length) parent.lastChild!.remove();
}

function patchText(existing: ChildNode | undefined, text: string, doc: Document): Node {
  if (existing?.nodeType === Node.TEXT_NODE) {
    if ((existing as Text).data !== text) (existing as Text).data = text;
    return existing;
  }
  return doc.createTextNode(text);
}

function patchElement(existing: ChildNode | undefined, { type, props }: VNode, doc: Document): Node {
  const tag = type as string;
  const same = existing?.nodeType === Node.ELEMENT_NODE && (existing as Element).localName === tag;
  const element = same ? (existing as Element) : doc.createElement(tag);
  const before = (same && rendered.get(element)) || {};
  for (const name in before) if (!(name in props)) setProp(element, name, undefined);
  for (const name in props) if (props[name] !== before[name]) setProp(element, name, props[name]);
  rendered.set(element, props);
  patchChildren(element, props.children);
  return element;
}

function setProp(element: Element, name: string, value: unknown): void {
  if (name === 'children' || name === 'key') return;
  if (name.startsWith('on')) {
    const type = name.slice(2).toLowerCase();
    let own = handlers.get(element);
    if (!own) handlers.set(element, (own = {}));
    if (!(type in own)) element.addEventListener(type, dispatch);
    own[type] = value as ((event: Event) => void) | undefined;
    return;
  }
  // As Preact: `aria-expanded={false}` says "false"; another attribute set to false is absent.
  const spoken = name.startsWith('aria-') || name.startsWith('data-');
  if (value === null || value === undefined || (value === false && !spoken)) element.removeAttribute(name);
  else element.setAttribute(name, value === true && !spoken ? '' : String(value));
}
