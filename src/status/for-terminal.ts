import { escapeLine } from "../diagnostics/terminal-text.js";
import type { EditionStatus, StatusRow } from "./types.js";

/**
 * The status with every text that comes from files or git (file names,
 * section titles, authors, reasons) shown with control characters escaped,
 * for the table and the matrix. `--json` prints the status as it is.
 */
export function statusForTerminal(status: EditionStatus): EditionStatus {
  const e = escapeLine;
  return {
    ...status,
    dir: e(status.dir),
    targets: status.targets.map((t) => ({ ...t, title: e(t.title) })),
    rows: status.rows.map((row) => escapeRow(row)),
    unmatched: status.unmatched.map((u) => ({
      ...u,
      file: e(u.file),
      ...(u.entity === undefined ? {} : { entity: e(u.entity) }),
    })),
    silenced: status.silenced.map((s) => ({
      ...s,
      file: e(s.file),
      ruleId: e(s.ruleId),
      reason: e(s.reason),
      ...(s.entity === undefined ? {} : { entity: e(s.entity) }),
    })),
  };
}

function escapeRow(row: StatusRow): StatusRow {
  const e = escapeLine;
  const { lastChange } = row;
  return {
    ...row,
    code: e(row.code),
    name: e(row.name),
    ...(row.file === undefined ? {} : { file: e(row.file) }),
    sections: row.sections.map((s) => ({ ...s, title: e(s.title) })),
    ...(lastChange === undefined || lastChange === "uncommitted"
      ? {}
      : {
          lastChange: {
            ...lastChange,
            ...(lastChange.author === undefined
              ? {}
              : { author: e(lastChange.author) }),
          },
        }),
  };
}
