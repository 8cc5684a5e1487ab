import type { CirculatedStatus } from "../circulate/status.js";
import type { ReportConfig } from "../model.js";
import { computeReminders, type Reminders } from "./remind.js";
import type { EditionStatus } from "./types.js";

/** Shows a root-relative file as a path from the current directory, like `validate --json`'s. */
export type ShowPath = (file: string) => string;

/** `status --json`: the status with shown paths, and the circulated drafts. */
export function statusJson(
  status: EditionStatus,
  circulated: CirculatedStatus,
  shown: ShowPath,
) {
  return { ...withPaths(status, shown), circulated };
}

/** Who to chase (`status --remind`, as text or JSON), with shown paths. */
export function shownReminders(
  status: EditionStatus,
  config: ReportConfig,
  shown: ShowPath,
): Reminders {
  return computeReminders(withPaths(status, shown), config);
}

/** File paths as seen from the current directory. */
export function withPaths(
  status: EditionStatus,
  shown: ShowPath,
): EditionStatus {
  return {
    ...status,
    rows: status.rows.map((r) =>
      r.file === undefined ? r : { ...r, file: shown(r.file) },
    ),
    unmatched: status.unmatched.map((u) => ({ ...u, file: shown(u.file) })),
    silenced: status.silenced.map((s) => ({ ...s, file: shown(s.file) })),
  };
}
