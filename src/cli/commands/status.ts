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
import { renderReminders } from "../../status/remind.js";
import { shownReminders, statusJson } from "../../status/json.js";
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
    io.stdout.write(
      options.json === true
        ? `${JSON.stringify(shownReminders(status, edition.config, shown), null, 2)}\n`
        : renderReminders(
            shownReminders(statusForTerminal(status), edition.config, shown),
            render,
          ),
    );
    return options.strict === true && needsAttention(status) ? 1 : 0;
  }
  const circulated = await circulatedDrafts(root, dir, edition.config.year);
  if (options.json === true) {
    io.stdout.write(
      `${JSON.stringify(statusJson(status, circulated, shown), null, 2)}\n`,
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

function needsAttention(status: EditionStatus): boolean {
  return status.rows.some((r) => r.state !== "valid" || r.lateness === "late");
}
