/** Entity mentions placed on the tokens, so argument rules can count words between them and a trigger. */
import type { Entity, Token } from "../../doc/index.js";
import type { MentionRef } from "./event-arguments.js";

/** Index of the first token ending after `at` (tokens are sorted and do not overlap). */
function tokenAt(tokens: readonly Token[], at: number): number {
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (tokens[mid]!.end <= at) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Every mention of every entity with its token range, sorted by start then end. */
export function mentionRefs(entities: readonly Entity[], tokens: readonly Token[]): MentionRef[] {
  const refs: MentionRef[] = [];
  for (const entity of entities) {
    for (const mention of entity.mentions) {
      const first = tokenAt(tokens, mention.start);
      if (first >= tokens.length) continue;
      const last = Math.max(first, tokenAt(tokens, Math.max(mention.start, mention.end - 1)));
      refs.push({
        start: mention.start,
        end: mention.end,
        entity: entity.id,
        type: entity.type,
        first,
        last,
      });
    }
  }
  return refs.sort((a, b) => a.start - b.start || a.end - b.end);
}
