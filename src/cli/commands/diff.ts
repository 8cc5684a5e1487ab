import path from "node:path";
import { buildReport, type BuildResult } from "../../build-report.js";
import { ConfigError } from "../../diagnostics/errors.js";
import { exitCodeFor } from "../../diagnostics/exit-code.js";
import {
  displayPath,
  formatDiagnosticsText,
} from "../../diagnostics/format-text.js";
import { diffReports, type Change } from "../../diff/index.js";
import { countChanges, formatDiffText } from "../../diff/format-text.js";
import { gitFileSource } from "../../git/file-source.js";
import { comparedRevisions, type RevisionSide } from "../../git/range.js";
import type { Revision } from "../../git/revision.js";
import { locateEdition } from "../../load/find-edition.js";
import { useColor, type CliIO } from "../io.js";
import { styleFor } from "../style.js";
import { displayOutputPath, writeOutput } from "../write-output.js";

export interface DiffOptions {
  from: string;
  /** Absent: the working tree. */
  to?: string;
  edition?: string;
  docx?: string;
  json?: boolean;
}

/** One side of the comparison: a revision, or the working tree. */
interface Side {
  revision?: Revision;
  label: string;
  result: BuildResult;
}

/**
 * Build the draft at two revisions and show what changed, paragraph by
 * paragraph. Exit 0 whether or not anything changed (it reports), 1 when a
 * side cannot be built because its contributions have errors, 2 for
 * unknown revisions, missing history and configuration errors.
 */
export async function diffCommand(
  options: DiffOptions,
  io: CliIO,
): Promise<number> {
  const { root, dir } = await locateEdition(io.cwd, options.edition);
  const sides = await comparedRevisions(root, options.from, options.to);
  // The two builds are independent: git runs for one while the other parses.
  const [before, after] = await Promise.all([
    buildSide(root, dir, sides.from),
    buildSide(root, dir, sides.to),
  ]);

  const where = { root, cwd: io.cwd };
  const broken = [before, after].filter(
    (side) => exitCodeFor(side.result.diagnostics, { strict: false }) !== 0,
  );
  if (broken.length > 0) {
    const errStyle = styleFor(io.stderr, io.env);
    for (const side of broken) {
      const errors = side.result.diagnostics.filter(
        (d) => d.severity === "error",
      );
      io.stderr.write(
        `Cannot build the draft at ${side.label}: its contributions have errors.\n`,
      );
      io.stderr.write(
        formatDiagnosticsText(errors, { ...where, style: errStyle }),
      );
    }
    return 1;
  }

  const diff = diffReports(before.result.report, after.result.report);
  let redline: string | undefined;
  if (options.docx !== undefined) {
    const { renderRedline } = await import("../../diff/redline/index.js");
    const bytes = await renderRedline(diff, {
      date:
        after.revision?.date ?? `${after.result.report.meta.date}T00:00:00Z`,
    });
    redline = path.resolve(io.cwd, options.docx);
    await writeOutput(redline, bytes, { cwd: io.cwd, root, flag: "--docx" });
  }

  if (options.json === true) {
    io.stdout.write(
      `${JSON.stringify(
        {
          from: sideJson(before),
          to: sideJson(after),
          summary: summary(diff.changes),
          changes: diff.changes.map((change) => changeJson(change, where)),
          redline:
            redline === undefined
              ? null
              : displayOutputPath(redline, { cwd: io.cwd, root }),
        },
        null,
        2,
      )}\n`,
    );
    return 0;
  }
  io.stdout.write(
    formatDiffText(diff.changes, {
      fromLabel: before.label,
      toLabel: after.label,
      ...where,
      style: styleFor(io.stdout, io.env),
      colour: useColor(io.stdout, io.env),
    }),
  );
  if (redline !== undefined)
    io.stderr.write(
      `Wrote ${displayOutputPath(redline, { cwd: io.cwd, root })}: the draft at ${after.label} with ${countChanges(diff.changes)} as tracked changes.\n`,
    );
  return 0;
}

async function buildSide(
  root: string,
  dir: string,
  side: RevisionSide | undefined,
): Promise<Side> {
  if (side === undefined)
    return { label: "the working tree", result: await buildReport(root, dir) };
  const revisionName = side.name;
  const source = await gitFileSource(root, side.revision, side.name);
  try {
    const result = await buildReport(root, dir, { source });
    const { commit, date } = source.revision;
    return {
      revision: source.revision,
      label: `${revisionName} (${commit.slice(0, 7)}, ${date.slice(0, 10)})`,
      result,
    };
  } catch (error) {
    // The files named are the revision's, not the working tree's.
    if (error instanceof ConfigError)
      throw new ConfigError(
        `In ${revisionName}: ${error.message}`,
        error.place,
        error.hint,
      );
    throw error;
  } finally {
    source.close();
  }
}

function sideJson(side: Side) {
  return side.revision === undefined
    ? { revision: null, workingTree: true }
    : {
        revision: side.revision.name,
        commit: side.revision.commit,
        date: side.revision.date,
        workingTree: false,
      };
}

function summary(changes: readonly Change[]) {
  const count = (type: Change["type"]) =>
    changes.filter((change) => change.type === type).length;
  return {
    changes: changes.length,
    changed: count("changed"),
    added: count("added"),
    removed: count("removed"),
    moved: count("moved"),
  };
}

function changeJson(change: Change, where: { root: string; cwd: string }) {
  return {
    ...change,
    ...(change.source
      ? {
          source: {
            ...change.source,
            file: displayPath(change.source.file, where),
          },
        }
      : {}),
  };
}
