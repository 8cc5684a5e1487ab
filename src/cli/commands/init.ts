import path from "node:path";
import { ConfigError, UsageError } from "../../diagnostics/errors.js";
import { initEdition, type InitResult } from "../../init/init-edition.js";
import { locateEdition, toPosix } from "../../load/find-edition.js";
import type { CliIO } from "../io.js";
import type { StatusStyle } from "../../status/columns.js";
import { plural } from "../../shared/numbers.js";
import { styleFor } from "../style.js";
import { largest } from "../../shared/append.js";

export interface InitOptions {
  /** The new edition's year, as typed. */
  year: string;
  /** The edition to start from (default: the newest). */
  edition?: string;
  json?: boolean;
  /** Start a year older than the newest edition. */
  force?: boolean;
}

export async function initCommand(
  options: InitOptions,
  io: CliIO,
): Promise<number> {
  if (!/^\d{4}$/.test(options.year))
    throw new UsageError(
      `Unexpected year \`${options.year}\`, expected four digits such as 2005`,
    );
  const year = Number(options.year);
  const newest = await locateEdition(io.cwd).catch((error: unknown) => {
    // No edition anywhere above: this starts the repository's first one, here.
    if (error instanceof ConfigError && options.edition === undefined)
      return undefined;
    throw error;
  });
  const from =
    options.edition === undefined
      ? newest
      : await locateEdition(io.cwd, options.edition);
  const newestYear =
    newest === undefined ? undefined : Number(path.posix.basename(newest.dir));
  if (newestYear !== undefined && year < newestYear && options.force !== true)
    throw new UsageError(
      `${year} is older than the newest edition, ${newest?.dir ?? ""}; editions are started for the coming year. Pass --force to start ${year} anyway.`,
    );
  const result = await initEdition({
    root: from?.root ?? io.cwd,
    ...(from === undefined ? {} : { fromDir: from.dir }),
    year,
  });
  const shown = (file: string) =>
    toPosix(path.relative(io.cwd, file)) || path.basename(file);
  if (options.json === true) {
    io.stdout.write(
      `${JSON.stringify({ ...result, files: result.files.map((f) => ({ ...f, path: shown(f.path) })) }, null, 2)}\n`,
    );
    return 0;
  }
  io.stdout.write(renderInit(result, shown, styleFor(io.stdout, io.env)));
  return 0;
}

function renderInit(
  result: InitResult,
  shown: (file: string) => string,
  style: StatusStyle,
): string {
  const width = largest(
    result.files.map((f) => f.change.length),
    0,
  );
  const lines = [
    result.fromDir === undefined
      ? `Started ${result.dir}, the first edition of this repository (${plural(result.entities, "entity", "entities")} on the roster: add the others):`
      : `Started ${result.dir} from ${result.fromDir} (${result.entities} entities on the roster):`,
    ...result.files.map(
      (f) =>
        `  ${(f.change === "unchanged" || f.change === "kept" ? style.dim : style.green)(f.change.padEnd(width))}  ${shown(f.path)}`,
    ),
    `git diff of DOCX files: ${textconvText(result.textconv, result.textconvCommand)}`,
    `CODEOWNERS: ${codeownersText(result.codeowners)}`,
    "",
    `Next: check date, deadline and the roster in ${result.dir}/report.yaml, then commit these files.`,
    "",
  ];
  return lines.join("\n");
}

function codeownersText(codeowners: InitResult["codeowners"]): string {
  const { owned, withoutHandle, taskManagers } = codeowners;
  const parts = [
    taskManagers.length > 0
      ? `${plural(owned.length, "focal point")} own their file together with the task manager (${taskManagers.join(" ")}), who can approve what its author cannot`
      : `${plural(owned.length, "focal point")} own their file; no task manager on the roster has a GitHub handle, so with "require review from code owners" nobody else can approve a focal point's own pull request (add \`github:\` to the task manager's focal_point)`,
  ];
  if (withoutHandle.length > 0)
    parts.push(
      `no GitHub handle for ${withoutHandle.join(", ")} (the task manager reviews those files; add \`github:\` to their focal_point to change that)`,
    );
  return `${parts.join("; ")}.`;
}

function textconvText(
  textconv: InitResult["textconv"],
  command: string,
): string {
  switch (textconv) {
    case "set":
      return `git config diff.wps-report.textconv set to \`${command}\` in this clone (every reviewer sets it once in theirs)`;
    case "unchanged":
      return "already configured in this clone";
    case "kept":
      return "this clone already has another diff.wps-report.textconv; left as it is";
    case "not a git repository":
      return `not a git repository yet; after \`git init\`, run git config diff.wps-report.textconv "${command}"`;
  }
}
