/**
 * The page as Readability and the finders may safely read it. Readability and the
 * Node DOMs recurse once per level of nesting, so a page nested thousands deep
 * overflows the stack (and costs time quadratic in its depth); a page of millions of
 * elements costs seconds before any finder runs. A page within the caps (every real
 * article) is used as it is; one past them is copied without recursion, elements
 * deeper than MAX_DEPTH giving their children to the ancestor at the cap (no text is
 * lost; paragraphs and other elements without elements inside stay) and elements past
 * MAX_ELEMENTS left out, and a warning says which.
 */

/** Deeper than any real page (article pages nest some 10 to 60 levels), far below the stack's limit. */
export const MAX_DEPTH = 200;
/** Some 20 times a long article page's elements. */
export const MAX_ELEMENTS = 100_000;

const ELEMENT_NODE = 1;

export type BoundedPage = {
  /** `doc` itself when within the caps, else a bounded copy. */
  page: Document;
  /** Says what was flattened or left out; null when nothing was. */
  warning: string | null;
};

/** Deepest nesting and element count of `doc`, counted without recursion, stopping once past the caps. */
function measure(doc: Document): { deep: boolean; many: boolean } {
  let depth = 0;
  let elements = 0;
  let node: Node | null = doc.documentElement;
  while (node) {
    if (node.nodeType === ELEMENT_NODE) {
      elements++;
      if (depth > MAX_DEPTH || elements > MAX_ELEMENTS)
        return { deep: depth > MAX_DEPTH, many: elements > MAX_ELEMENTS };
    }
    const child: Node | null = node.nodeType === ELEMENT_NODE ? node.firstChild : null;
    if (child) {
      node = child;
      depth++;
      continue;
    }
    while (node && !node.nextSibling) {
      node = node.parentNode;
      depth--;
      if (node === doc || depth <= 0) node = null;
    }
    node = node ? node.nextSibling : null;
  }
  return { deep: false, many: false };
}

/** Whether `el` holds other elements (a leaf, like a paragraph of text, holds none). */
const hasElements = (el: Element): boolean => el.firstElementChild !== null;

/** Puts the children of `el` where it stands, in order, and removes it. */
function unwrap(el: Element): Node | null {
  const parent = el.parentNode as Node;
  const first = el.firstChild;
  while (el.firstChild) parent.insertBefore(el.firstChild, el);
  parent.removeChild(el);
  return first;
}

/**
 * Elements under `cap` made its children: every element inside it that holds elements
 * is unwrapped, leaves (a paragraph, a link) stay, so text keeps its order and its
 * paragraphs. Each node moves at most once: linear in the subtree.
 */
function flattenUnder(cap: Element): void {
  let node: Node | null = cap.firstChild;
  while (node) {
    if (node.nodeType === ELEMENT_NODE && hasElements(node as Element)) {
      const next = unwrap(node as Element);
      node = next;
    } else {
      node = node.nextSibling;
    }
  }
}

/** `root`'s elements in document order, without recursion (the element list is taken before changes). */
function elementsOf(root: Element): Element[] {
  const out: Element[] = [];
  const stack: Element[] = [root];
  while (stack.length) {
    const el = stack.pop() as Element;
    out.push(el);
    for (let child = el.lastElementChild; child; child = child.previousElementSibling) stack.push(child);
  }
  return out;
}

/** A copy of `doc` within MAX_DEPTH and MAX_ELEMENTS, made without recursion. */
function boundedCopy(doc: Document): { copy: Document; flattened: boolean; dropped: boolean } {
  const copy = doc.cloneNode(true) as Document;
  const root = copy.documentElement;
  let flattened = false;
  // Depth first, caps second: depth is measured down from the root as the walk goes.
  const stack: { el: Element; depth: number }[] = root ? [{ el: root, depth: 0 }] : [];
  while (stack.length) {
    const { el, depth } = stack.pop() as { el: Element; depth: number };
    if (depth >= MAX_DEPTH) {
      if (hasElements(el)) {
        flattenUnder(el);
        flattened = true;
      }
      continue;
    }
    for (let child = el.lastElementChild; child; child = child.previousElementSibling)
      stack.push({ el: child, depth: depth + 1 });
  }
  const elements = root ? elementsOf(root) : [];
  const extra = elements.slice(MAX_ELEMENTS);
  // Later elements first: a removed element takes its descendants with it.
  for (let i = extra.length - 1; i >= 0; i--) extra[i]?.remove();
  return { copy, flattened, dropped: extra.length > 0 };
}

/** `doc` when it is within the caps, else a bounded copy and a warning (see the module comment). */
export function boundedPage(doc: Document): BoundedPage {
  const { deep, many } = measure(doc);
  if (!deep && !many) return { page: doc, warning: null };
  const { copy, flattened, dropped } = boundedCopy(doc);
  const parts: string[] = [];
  if (flattened) parts.push(`elements nested deeper than ${MAX_DEPTH} levels were read as if less deep`);
  if (dropped) parts.push(`elements past the first ${MAX_ELEMENTS.toLocaleString('en-US')} were left out`);
  return { page: copy, warning: `This page is unusually large: ${parts.join('; ')}.` };
}
