import { buildReport } from "../../build-report.js";
import { displayPath } from "../../shared/paths.js";
import { circulatedDrafts, formatCirculated } from "../../circulate/status.js";
import { readEditionHistory } from "../../git/history.js";
import { locateEdition } from "../../load/find-edition.js";
import { asciiSymbols, unicodeSymbols } from "../../status/columns.js";
import { computeStatus } from "../../status/compute-status.js";
import { localIsoDate } from "../../shared/dates.js";
import { renderStatusMatrix } from "../../status/render-matrix.js";
import { renderStatusTable } from "../../status/render-table.js";
import { statusForTerminal } from "../../status/for-terminal.js";
import { computeReminders, renderReminders } from "../../status/remind.js";
import type { EditionStatus } from "../../status/types.js";
import type { CliIO } from "../io.js";
import { styleFor } from "../style.js";

export interface StatusOptions {
  edition?: string;
  /** Entity × section coverage instead of the table. */
  matrix?: boolean;
  json?: boolean;
  /** Exit 1 when any entity is missing, invalid or late. */
  strict?: boolean;
  /** Who to chase, with focal points, and a message to paste into an e-mail. */
  remind?: boolean;
}

/** `status` reports, it does not judge: exit 0 whatever it finds, unless --strict. `now` is injectable so tests know what day it is. */
export async function statusCommand(
  options: StatusOptions,
  io: CliIO,
  now: () => Date = () => new Date(),
): Promise<number> {
  const { root, dir } = await locateEdition(io.cwd, options.edition);
  const { edition, report, diagnostics, silenced } = await buildReport(
    root,
    dir,
  );
  const history = await readEditionHistory(root, dir);
  const status = computeStatus({
    edition,
    diagnostics,
    silenced,
    ...(history === undefined ? {} : { history }),
    today: localIsoDate(now()),
    report,
  });
  const shown = (file: string) => displayPath(file, { root, cwd: io.cwd });
  const render = {
    style: styleFor(io.stdout, io.env),
    // ✓ and · on a terminal; ASCII when piped or logged, where UTF-8 is not guaranteed.
    symbols: io.stdout.isTTY === true ? unicodeSymbols : asciiSymbols,
    width:
      io.stdout.isTTY === true && (io.stdout.columns ?? 0) >= 40
        ? (io.stdout.columns ?? 80)
        : 80,
  };
  if (options.remind === true) {
    // JSON stays exact; text for a terminal has its control characters escaped.
    const reminders = (from: EditionStatus) =>
      computeReminders(withPaths(from, shown), edition.config);
    io.stdout.write(
      options.json === true
        ? `${JSON.stringify(reminders(status), null, 2)}\n`
        : renderReminders(reminders(statusForTerminal(status)), render),
    );
    return options.strict === true && needsAttention(status) ? 1 : 0;
  }
  const circulated = await circulatedDrafts(root, dir, edition.config.year);
  if (options.json === true) {
    io.stdout.write(
      `${JSON.stringify({ ...withPaths(status, shown), circulated }, null, 2)}\n`,
    );
  } else {
    const terminalStatus = statusForTerminal(status);
    io.stdout.write(
      options.matrix === true
        ? renderStatusMatrix(terminalStatus, render)
        : renderStatusTable(terminalStatus, render),
    );
    io.stdout.write(formatCirculated(circulated));
  }
  return options.strict === true && needsAttention(status) ? 1 : 0;
}

/** File paths as seen from the current directory, like `validate --json`'s. */
function withPaths(
  status: EditionStatus,
  shown: (file: string) => string,
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

function needsAttention(status: EditionStatus): boolean {
  return status.rows.some((r) => r.state !== "valid" || r.lateness === "late");
}
