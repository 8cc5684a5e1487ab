import type { Edition } from "../model.js";

/** Rank of each entity inside a section: the outline's `order`, then report.yaml order, then anyone else. */
export function entityRank(
  edition: Edition,
): (entity: string | undefined) => number {
  const rank = new Map<string, number>();
  for (const code of edition.outline.order ?? [])
    if (!rank.has(code)) rank.set(code, rank.size);
  for (const entity of edition.config.entities)
    if (!rank.has(entity.code)) rank.set(entity.code, rank.size);
  return (entity) =>
    entity === undefined
      ? Number.MAX_SAFE_INTEGER
      : (rank.get(entity) ?? rank.size);
}
