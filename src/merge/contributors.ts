import type { Entity, Inline } from "../model.js";

/**
 * The acknowledgement footnotes UN reports carry: the full names of the
 * entities whose contributions were used, alphabetical, in one sentence.
 * Null when there is nobody to list (the reference is then dropped).
 */
// localeCompare with a locale builds an ICU collator on every call: ~6 ms
// for the sample's 17 names. One collator, made when first needed, orders
// the same.
let english: Intl.Collator | undefined;

export function contributorsFootnote(
  entities: readonly Entity[],
  kinds: readonly Entity["kind"][],
): Inline[][] | null {
  const names = entities
    .filter((e) => kinds.includes(e.kind))
    .map((e) => e.name)
    .sort((english ??= new Intl.Collator("en")).compare);
  if (names.length === 0) return null;
  return [[{ type: "text", value: `${joinAsSentence(names)}.` }]];
}

/** "A", "A and B", "A, B and C": UN style has no serial comma. */
export function joinAsSentence(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items.at(-1) ?? ""}`;
}
