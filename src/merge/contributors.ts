import type { Entity, Inline } from "../model.js";
import { compareEnglish } from "../shared/english-order.js";

/**
 * The acknowledgement footnotes UN reports carry: the full names of the
 * entities whose contributions were used, alphabetical, in one sentence.
 * Null when there is nobody to list (the reference is then dropped).
 */
export function contributorsFootnote(
  entities: readonly Entity[],
  kinds: readonly Entity["kind"][],
): Inline[][] | null {
  const names = entities
    .filter((e) => kinds.includes(e.kind))
    .map((e) => e.name)
    .sort(compareEnglish);
  if (names.length === 0) return null;
  return [[{ type: "text", value: `${joinAsSentence(names)}.` }]];
}

/** "A", "A and B", "A, B and C": UN style has no serial comma. */
export function joinAsSentence(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items.at(-1) ?? ""}`;
}
