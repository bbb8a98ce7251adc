/**
 * The few DOM members the HTML reader uses, as a shape rather than a package ("depend on a shape"):
 * linkedom's document fits it, and so would a browser's. `parseHtmlDocument` builds one: parse5
 * (the WHATWG tree-construction algorithm, so truncated and misnested markup is repaired as a
 * browser would) followed by linkedom for a DOM that Readability can walk.
 */
import { parseHTML } from "linkedom";
import { parse, serialize } from "parse5";

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

export interface DomNode {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly parentNode: DomNode | null;
  readonly childNodes: ArrayLike<DomNode>;
  textContent: string | null;
  remove(): void;
}

export interface DomElement extends DomNode {
  /** Lower-case tag name. */
  readonly localName: string;
  readonly children: ArrayLike<DomElement>;
  readonly parentElement: DomElement | null;
  readonly nextElementSibling: DomElement | null;
  getAttribute(name: string): string | null;
  setAttribute(name: string, value: string): void;
  removeAttribute(name: string): void;
  querySelector(selectors: string): DomElement | null;
  querySelectorAll(selectors: string): ArrayLike<DomElement>;
  closest(selectors: string): DomElement | null;
  contains(other: DomNode): boolean;
  replaceWith(...nodes: (DomNode | string)[]): void;
}

export interface DomDocument {
  readonly documentElement: DomElement;
  readonly head: DomElement;
  readonly body: DomElement;
  title: string;
  querySelector(selectors: string): DomElement | null;
  querySelectorAll(selectors: string): ArrayLike<DomElement>;
  createElement(name: string): DomElement;
}

export function isElement(node: DomNode): node is DomElement {
  return node.nodeType === ELEMENT_NODE;
}

/** Parses a whole page (or any fragment of one) into a document that always has <html>, <head> and <body>. */
export function parseHtmlDocument(html: string): DomDocument {
  const repaired = serialize(parse(html));
  const window: { document: DomDocument } = parseHTML(repaired);
  return window.document;
}

/** The elements matching a selector, as an array (a NodeList is only array-like). */
export function all(root: DomElement | DomDocument, selectors: string): DomElement[] {
  return Array.from(root.querySelectorAll(selectors));
}

/** Text content with runs of whitespace collapsed and trimmed. */
export function textOf(node: DomNode | null | undefined): string {
  return (node?.textContent ?? "").replace(/\s+/g, " ").trim();
}
