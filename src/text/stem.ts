import type { Segment, Token } from "../doc/index.js";

/** The token's stem segment (the word without its clitics), undefined when it has none (لها: ل hosts ها). */
export function stemSegment(token: Token): Segment | undefined {
  // A loop, not find(): stages call this once per token of every document.
  for (const segment of token.segments) if (segment.kind === "stem") return segment;
  return undefined;
}
