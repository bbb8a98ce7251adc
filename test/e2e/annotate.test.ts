import assert from "node:assert/strict";
import { test } from "node:test";
import { buildMarkTree, isMark, type Annotation, type TreeItem } from "../../web/src/annotate.js";

/** Flattens the tree back to text, with [key …] around each mark piece. */
function show(text: string, items: readonly TreeItem[]): string {
  return items
    .map((item) =>
      isMark(item)
        ? `[${item.annotation.key} ${show(text, item.children)}]`
        : text.slice(item.start, item.end),
    )
    .join("");
}

function plain(text: string, items: readonly TreeItem[]): string {
  return items
    .map((item) => (isMark(item) ? plain(text, item.children) : text.slice(item.start, item.end)))
    .join("");
}

const TEXT = "قال باركر إن داعش يعاني الآن";

test("nests an entity inside a quote and keeps text outside marks", () => {
  const annotations: Annotation[] = [
    { start: 13, end: 28, kind: "quote", key: "q" },
    { start: 13, end: 17, kind: "entity", key: "e" },
  ];
  const tree = buildMarkTree(TEXT, annotations);
  assert.equal(show(TEXT, tree), "قال باركر إن [q [e داعش] يعاني الآن]");
});

test("splits a span that crosses its parent's end, only the first piece is first", () => {
  const annotations: Annotation[] = [
    { start: 4, end: 12, kind: "quote", key: "q" },
    { start: 10, end: 17, kind: "time", key: "t" },
  ];
  const tree = buildMarkTree(TEXT, annotations);
  assert.equal(show(TEXT, tree), "قال [q باركر [t إن]][t  داعش] يعاني الآن");
  const firsts: string[] = [];
  const walk = (items: readonly TreeItem[]): void =>
    items.forEach((item) => {
      if (!isMark(item)) return;
      if (item.isFirst) firsts.push(item.annotation.key);
      walk(item.children);
    });
  walk(tree);
  assert.deepEqual(firsts.sort(), ["q", "t"]);
});

test("equal spans nest quote outside entity whatever their input order", () => {
  const tree = buildMarkTree(TEXT, [
    { start: 4, end: 9, kind: "entity", key: "e" },
    { start: 4, end: 9, kind: "quote", key: "q" },
  ]);
  assert.equal(show(TEXT, tree), "قال [q [e باركر]] إن داعش يعاني الآن");
});

test("drops empty spans and clips spans outside the text", () => {
  const tree = buildMarkTree(TEXT, [
    { start: 5, end: 5, kind: "entity", key: "empty" },
    { start: 20, end: 99, kind: "time", key: "t" },
  ]);
  assert.equal(show(TEXT, tree), "قال باركر إن داعش يع[t اني الآن]");
});

test("the runs always reproduce the text, for random overlapping spans", () => {
  let seed = 7;
  const next = (n: number): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  const kinds = ["quote", "event", "entity", "time"] as const;
  for (let round = 0; round < 300; round++) {
    const annotations: Annotation[] = Array.from({ length: next(8) }, (_, i) => {
      const start = next(TEXT.length);
      return { start, end: start + next(12), kind: kinds[next(4)]!, key: `a${i}` };
    });
    const tree = buildMarkTree(TEXT, annotations);
    assert.equal(plain(TEXT, tree), TEXT);
    // Every character of every annotation is covered by a piece of it.
    const covered = new Map<string, number>();
    const walk = (items: readonly TreeItem[]): void =>
      items.forEach((item) => {
        if (!isMark(item)) return;
        const key = item.annotation.key;
        covered.set(key, (covered.get(key) ?? 0) + item.end - item.start);
        walk(item.children);
      });
    walk(tree);
    for (const a of annotations) {
      const expected = Math.max(0, Math.min(TEXT.length, a.end) - a.start);
      assert.equal(covered.get(a.key) ?? 0, expected, `annotation ${a.key} in round ${round}`);
    }
  }
});
