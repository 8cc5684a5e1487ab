import path from "node:path";
import { buildReport, type BuildResult } from "../../build-report.js";
import { ConfigError } from "../../diagnostics/errors.js";
import { formatDiagnosticsText } from "../../diagnostics/format-text.js";
import { displayPath } from "../../shared/paths.js";
import { resolveDraftName } from "../../circulate/drafts.js";
import { diffReports } from "../../diff/index.js";
import { buildableReport } from "../../diff/buildable.js";
import { countChanges, formatDiffText } from "../../diff/format-text.js";
import { diffJson } from "../../diff/json.js";
import { formatStatText } from "../../diff/stat.js";
import { gitFileSource } from "../../git/file-source.js";
import { comparedRevisions, type RevisionSide } from "../../git/range.js";
import type { Revision } from "../../git/revision.js";
import { locateEdition } from "../../load/find-edition.js";
import { useColor, type CliIO } from "../io.js";
import { styleFor } from "../style.js";
import { checkOutputPath } from "../output-guard.js";
import { displayOutputPath, writeOutput } from "../write-output.js";

export interface DiffOptions {
  from: string;
  /** Absent: the working tree. */
  to?: string;
  edition?: string;
  docx?: string;
  /** text (default), json, markdown (a pull request comment or job summary) or html (a page). */
  format?: "text" | "json" | "markdown" | "html";
  /** Only the changes to this entity's text. */
  entity?: string;
  /** Only the number of changes per entity. */
  stat?: boolean;
}

/** One side of the comparison: a revision, or the working tree. */
interface Side {
  revision?: Revision;
  label: string;
  result: BuildResult;
}

/**
 * Build the draft at two revisions and show what changed, paragraph by
 * paragraph. A side whose contributions have errors is compared without
 * them, and they are named; the exit code is then 1 (problems found in
 * contributions), else 0 whether or not anything changed (it reports). 2
 * for unknown revisions or entities, missing history and configuration
 * errors.
 */
export async function diffCommand(
  options: DiffOptions,
  io: CliIO,
): Promise<number> {
  const { root, dir } = await locateEdition(io.cwd, options.edition);
  // A circulated draft's label ("Draft 2") names its tag, on either side of a range too.
  const sides = await comparedRevisions(
    root,
    options.from,
    options.to,
    (name) => resolveDraftName(root, name, editionYear(dir)),
  );
  const request = { cwd: io.cwd, flag: "--docx", explicit: true };
  const redline =
    options.docx === undefined ? undefined : path.resolve(io.cwd, options.docx);
  // Refused before two builds, so a wrong --docx costs no time.
  if (redline !== undefined)
    await checkOutputPath(redline, { root, dir }, request);
  // The two builds are independent: git runs for one while the other parses.
  const [before, after] = await Promise.all([
    buildSide(root, dir, sides.from),
    buildSide(root, dir, sides.to),
  ]);
  const format = options.format ?? "text";
  const entity =
    options.entity === undefined
      ? undefined
      : knownEntity(options.entity, [before, after]);

  const where = { root, cwd: io.cwd };
  const errStyle = styleFor(io.stderr, io.env);
  const usable = [before, after].map((side) => {
    const built = buildableReport(side.result);
    if (built.leftOut.length > 0) {
      const errors = side.result.diagnostics.filter(
        (d) => d.severity === "error",
      );
      io.stderr.write(
        formatDiagnosticsText(errors, { ...where, style: errStyle }),
      );
      io.stderr.write(
        `The draft at ${side.label} is compared without ${built.leftOut
          .map((f) => displayPath(f.file, where))
          .join(
            ", ",
          )}: ${built.leftOut.length === 1 ? "it has" : "they have"} errors.\n`,
      );
    }
    return { label: side.label, ...built };
  });
  const [older, newer] = usable as [
    (typeof usable)[number],
    (typeof usable)[number],
  ];
  const leftOut = usable.map((side) => ({
    label: side.label,
    files: side.leftOut,
  }));
  const exitCode = usable.some((side) => side.leftOut.length > 0) ? 1 : 0;

  const diff = diffReports(older.report, newer.report);
  const changes =
    entity === undefined
      ? diff.changes
      : diff.changes.filter((change) => change.entity === entity);
  if (redline !== undefined) {
    const { renderRedline } = await import("../../diff/redline/index.js");
    const { readCommitters } = await import("../../diff/redline/committers.js");
    const bytes = await renderRedline(diff, {
      date:
        after.revision?.date ?? `${after.result.report.meta.date}T00:00:00Z`,
      committers: await readCommitters(root, before.revision, after.revision),
      mastheadFile: after.result.edition.config.file,
    });
    await writeOutput(redline, bytes, {
      ...request,
      inputs: {
        root,
        dir,
        outlines: [
          before.result.edition.outline.file,
          after.result.edition.outline.file,
        ],
      },
    });
  }

  const labels = { fromLabel: before.label, toLabel: after.label, ...where };
  switch (format) {
    case "json":
      io.stdout.write(
        `${JSON.stringify(
          diffJson(
            { ...before, leftOut: older.leftOut },
            { ...after, leftOut: newer.leftOut },
            {
              changes,
              ...(entity === undefined ? {} : { entity }),
              stat: options.stat === true,
              redline:
                redline === undefined
                  ? null
                  : displayOutputPath(redline, { cwd: io.cwd, root }),
              where,
            },
          ),
          null,
          2,
        )}\n`,
      );
      return exitCode;
    case "markdown": {
      const { formatDiffMarkdown } =
        await import("../../diff/format-markdown.js");
      io.stdout.write(
        formatDiffMarkdown(changes, {
          ...labels,
          leftOut,
          statOnly: options.stat === true,
        }),
      );
      break;
    }
    case "html": {
      const { formatDiffHtml } = await import("../../diff/format-html.js");
      io.stdout.write(
        formatDiffHtml(changes, {
          ...labels,
          leftOut,
          statOnly: options.stat === true,
        }),
      );
      break;
    }
    case "text": {
      const style = styleFor(io.stdout, io.env);
      if (options.stat === true) {
        const header = `Comparing ${before.label} with ${after.label}`;
        io.stdout.write(
          changes.length === 0
            ? `${header}: no changes to the draft.\n`
            : `${header}: ${countChanges(changes)}.\n${formatStatText(changes)}\n`,
        );
      } else
        io.stdout.write(
          formatDiffText(changes, {
            ...labels,
            style,
            colour: useColor(io.stdout, io.env),
          }),
        );
      break;
    }
  }
  if (redline !== undefined)
    io.stderr.write(
      `Wrote ${displayOutputPath(redline, { cwd: io.cwd, root })}: the draft at ${after.label} with ${countChanges(diff.changes)} as tracked changes.\n`,
    );
  return exitCode;
}

/** The roster's spelling of `code` (case-insensitive), from either side; a ConfigError when neither roster has it. */
function knownEntity(code: string, sides: readonly Side[]): string {
  const codes = new Set(
    sides.flatMap((side) =>
      side.result.edition.config.entities.map((e) => e.code),
    ),
  );
  const found = [...codes].find((c) => c.toLowerCase() === code.toLowerCase());
  if (found !== undefined) return found;
  throw new ConfigError(
    `Unknown entity ${code} for --entity, expected a code from report.yaml`,
    undefined,
    `Known codes: ${[...codes].join(", ")}.`,
  );
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

/** contributions/2004 -> 2004: which edition's drafts a label means first. */
function editionYear(dir: string): number | undefined {
  const name = path.posix.basename(dir);
  return /^\d{4}$/.test(name) ? Number(name) : undefined;
}
