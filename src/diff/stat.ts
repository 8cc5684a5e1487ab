import type { Change } from "./changes.js";

/** Changes by whose text they are in: an entity, the outline, report.yaml (masthead) or the generated notes. */
export interface EntityStat {
  who: string;
  changes: number;
  changed: number;
  added: number;
  removed: number;
  moved: number;
}

/** Where a change stands, as `diff` names it: its place, and where it was or which draft it is from. */
export function changePlace(change: Change): string {
  if (change.was !== undefined) return `${change.place} (was ${change.was})`;
  return change.draft === "older"
    ? `${change.place} (older draft)`
    : change.place;
}

/** Who a change belongs to, as `diff` names it. */
export function changeOwner(change: Change): string {
  return (
    change.entity ??
    (change.what === "masthead"
      ? "report.yaml"
      : change.what === "note"
        ? "generated"
        : "outline")
  );
}

/** One row per owner with changes, in order of first change (reading order). */
export function statByEntity(changes: readonly Change[]): EntityStat[] {
  const rows = new Map<string, EntityStat>();
  for (const change of changes) {
    const who = changeOwner(change);
    const row = rows.get(who) ?? {
      who,
      changes: 0,
      changed: 0,
      added: 0,
      removed: 0,
      moved: 0,
    };
    row.changes += 1;
    row[change.type] += 1;
    rows.set(who, row);
  }
  return [...rows.values()];
}

/** " DPKO     3  (1 changed, 1 added, 1 moved)" lines for a terminal. */
export function formatStatText(changes: readonly Change[]): string {
  const rows = statByEntity(changes);
  const width = rows.reduce((w, row) => Math.max(w, row.who.length), 0);
  const count = rows.reduce(
    (w, row) => Math.max(w, String(row.changes).length),
    0,
  );
  return rows
    .map((row) => {
      const parts = (["changed", "added", "removed", "moved"] as const)
        .filter((type) => row[type] > 0)
        .map((type) => `${row[type]} ${type}`);
      return `  ${row.who.padEnd(width)}  ${String(row.changes).padStart(count)}  (${parts.join(", ")})`;
    })
    .join("\n");
}
