/**
 * Nests stand-off spans into a tree that can be rendered as text nodes and <mark> elements, never
 * as HTML. Layers overlap freely (an entity inside a quote, a time crossing a quote's end), so a
 * span that crosses its parent's end is split there: each piece is a mark, the first piece knows
 * it is first (it alone takes keyboard focus). Pure: no DOM, tested in Node.
 */

/** Which layer a mark shows; `cite` is the passage a link pointed at (`&hl=start-end`). */
export type MarkKind = "cite" | "quote" | "event" | "entity" | "time";

/** A span to mark, half-open [start, end) in UTF-16 units of the text. */
export interface Annotation {
  readonly start: number;
  readonly end: number;
  readonly kind: MarkKind;
  /** Unique within the text, e.g. `quote:2`. */
  readonly key: string;
}

export interface TextRun {
  readonly start: number;
  readonly end: number;
}

export interface MarkNode<A extends Annotation = Annotation> {
  readonly annotation: A;
  readonly start: number;
  readonly end: number;
  /** True for the piece that starts where the annotation starts. */
  readonly isFirst: boolean;
  readonly children: readonly (TextRun | MarkNode<A>)[];
}

export type TreeItem<A extends Annotation = Annotation> = TextRun | MarkNode<A>;

// Equal spans nest in this order, outermost first: a quote holds events, entities and times.
const RANK: Readonly<Record<MarkKind, number>> = { cite: 0, quote: 1, event: 2, entity: 3, time: 4 };

interface Piece<A> {
  readonly annotation: A;
  readonly start: number;
  readonly end: number;
}

interface Building<A extends Annotation> {
  readonly piece: Piece<A> | null;
  readonly end: number;
  readonly children: TreeItem<A>[];
}

function comparePieces<A extends Annotation>(a: Piece<A>, b: Piece<A>): number {
  return a.start - b.start || b.end - a.end || RANK[a.annotation.kind] - RANK[b.annotation.kind];
}

/** Finishes a node: text runs fill the gaps between its marks. */
function close<A extends Annotation>(node: Building<A>, start: number): TreeItem<A>[] {
  const items: TreeItem<A>[] = [];
  let at = start;
  for (const child of node.children) {
    if (child.start > at) items.push({ start: at, end: child.start });
    items.push(child);
    at = child.end;
  }
  if (node.end > at) items.push({ start: at, end: node.end });
  return items;
}

/**
 * Builds the mark tree of `text`. Spans outside the text are clipped; empty spans are dropped.
 * The concatenated runs always reproduce the text exactly.
 */
export function buildMarkTree<A extends Annotation>(text: string, annotations: readonly A[]): TreeItem<A>[] {
  const queue: Piece<A>[] = annotations
    .map((annotation) => ({
      annotation,
      start: Math.max(0, annotation.start),
      end: Math.min(text.length, annotation.end),
    }))
    .filter((piece) => piece.end > piece.start)
    .sort(comparePieces);

  const root: Building<A> = { piece: null, end: text.length, children: [] };
  const stack: Building<A>[] = [root];
  const pop = (): void => {
    const done = stack.pop();
    const parent = stack[stack.length - 1];
    if (!done?.piece || !parent) return;
    parent.children.push({
      annotation: done.piece.annotation,
      start: done.piece.start,
      end: done.piece.end,
      isFirst: done.piece.start === Math.max(0, done.piece.annotation.start),
      children: close(done, done.piece.start),
    });
  };

  while (queue.length > 0) {
    let piece = queue.shift()!;
    while (stack.length > 1 && stack[stack.length - 1]!.end <= piece.start) pop();
    const parent = stack[stack.length - 1]!;
    if (piece.end > parent.end) {
      // Crosses the parent's end: keep the inside part here, queue the rest in order.
      const rest = { ...piece, start: parent.end };
      const at = queue.findIndex((other) => comparePieces(rest, other) < 0);
      queue.splice(at === -1 ? queue.length : at, 0, rest);
      piece = { ...piece, end: parent.end };
    }
    stack.push({ piece, end: piece.end, children: [] });
  }
  while (stack.length > 1) pop();
  return close(root, 0);
}

/** True when the item is a mark rather than plain text. */
export function isMark<A extends Annotation>(item: TreeItem<A>): item is MarkNode<A> {
  return "annotation" in item;
}
