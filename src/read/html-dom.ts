import { parseHTML } from 'linkedom';

/** The part of a DOM node the HTML reader uses (the project compiles without the DOM library). */
export interface DomNode {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly childNodes: ArrayLike<DomNode>;
  readonly parentNode: DomNode | null;
  readonly textContent: string | null;
  remove(): void;
}

/** The part of a DOM element the HTML reader uses. */
export interface DomElement extends DomNode {
  readonly tagName: string;
  getAttribute(name: string): string | null;
  removeAttribute(name: string): void;
  /** Inserts nodes before this element (moving them when they are in the tree). */
  before(...nodes: DomNode[]): void;
  querySelector(selectors: string): DomElement | null;
  querySelectorAll(selectors: string): ArrayLike<DomElement>;
}

/** The part of a DOM document the HTML reader uses. */
export interface DomDocument {
  readonly documentElement: DomElement | null;
  readonly body: DomElement | null;
  readonly title: string;
  querySelector(selectors: string): DomElement | null;
  querySelectorAll(selectors: string): ArrayLike<DomElement>;
}

const ELEMENT_NODE = 1;
/** Node type of a text node. */
export const TEXT_NODE = 3;

/** Parses an HTML page (or fragment) into a document with linkedom. */
export function parseDocument(html: string): DomDocument {
  const { document } = parseHTML(html) as unknown as { document: DomDocument };
  return document;
}

/** True when the node is an element. */
export function isElement(node: DomNode): node is DomElement {
  return node.nodeType === ELEMENT_NODE;
}
