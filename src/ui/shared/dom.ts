/**
 * Builds DOM from data without ever parsing it as HTML: attribute values go
 * through setAttribute and children become text nodes, so a name like
 * `<script>` shows as those characters. Event handlers are attached with
 * addEventListener by the caller, never as `on…` attributes.
 */

export type Child = Node | string | number | null | undefined | false | readonly Child[];

/** true sets a boolean attribute; false, null and undefined leave it out. */
export type Attrs = Readonly<Record<string, string | number | boolean | null | undefined>>;

/** Attributes that would run or load something from a string. */
const FORBIDDEN = /^(on|href$|src$|srcdoc$|action$|formaction$|xlink:href$)/i;

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs?: Attrs | null, ...children: Child[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs ?? {})) {
    if (FORBIDDEN.test(name)) throw new Error(`h(): attribute ${name} is not allowed`);
    if (value === false || value === null || value === undefined) continue;
    element.setAttribute(name, value === true ? '' : String(value));
  }
  append(element, ...children);
  return element;
}

export function append(parent: Node, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(parent, ...(child as readonly Child[]));
    else if (child instanceof Node) parent.appendChild(child);
    else parent.appendChild(document.createTextNode(String(child)));
  }
}

/** Replaces everything inside `parent`. */
export function fill(parent: Node, ...children: Child[]): void {
  while (parent.firstChild) parent.removeChild(parent.firstChild);
  append(parent, ...children);
}

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`#${id} is missing from the page`);
  return element as T;
}

/** Enter that ends an IME conversion is not a command. */
export function isPlainEnter(event: KeyboardEvent): boolean {
  return event.key === 'Enter' && !event.isComposing && event.keyCode !== 229 && !event.shiftKey && !event.altKey;
}
