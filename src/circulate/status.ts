import {
  changedSince,
  listCirculatedDrafts,
  type CirculatedDraft,
} from "./drafts.js";

/** What `status` says about circulated drafts: each one, and what changed since the last. */
export interface CirculatedStatus {
  drafts: CirculatedDraft[];
  /** Edition files changed since the latest circulated draft (root-relative); empty when none was circulated. */
  changedSinceLatest: string[];
}

export async function circulatedDrafts(
  root: string,
  dir: string,
  year: number,
): Promise<CirculatedStatus> {
  const drafts = (await listCirculatedDrafts(root)).filter(
    (draft) => draft.year === year,
  );
  const latest = drafts.at(-1);
  return {
    drafts,
    changedSinceLatest:
      latest === undefined ? [] : await changedSince(root, latest, dir),
  };
}

/** "Circulated: Draft 1 (2004-09-01, draft/2004/draft-1), ...", then what changed since the last one. */
export function formatCirculated(status: CirculatedStatus): string {
  const latest = status.drafts.at(-1);
  if (latest === undefined) return "";
  const list = status.drafts
    .map((d) => `${d.label} (${d.date.slice(0, 10)}, ${d.tag})`)
    .join(", ");
  const changed = status.changedSinceLatest;
  const since =
    changed.length === 0
      ? `No contribution changed since ${latest.label}.`
      : `Changed since ${latest.label}: ${changed.length === 1 ? "1 file" : `${changed.length} files`} (${changed.slice(0, 8).join(", ")}${changed.length > 8 ? ", ..." : ""}); \`wps-report diff "${latest.label}"\` shows the changes to the draft.`;
  return `\nCirculated: ${list}.\n${since}\n`;
}
