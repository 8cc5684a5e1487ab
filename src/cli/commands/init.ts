import path from "node:path";
import { UsageError } from "../../diagnostics/errors.js";
import { TEXTCONV_COMMAND } from "../../git/docx-diff-setup.js";
import { initEdition, type InitResult } from "../../init/init-edition.js";
import { locateEdition, toPosix } from "../../load/find-edition.js";
import type { CliIO } from "../io.js";
import type { StatusStyle } from "../../status/columns.js";
import { styleFor } from "../style.js";
import { largest } from "../../append.js";

export interface InitOptions {
  /** The new edition's year, as typed. */
  year: string;
  /** The edition to start from (default: the newest). */
  edition?: string;
  json?: boolean;
}

export async function initCommand(
  options: InitOptions,
  io: CliIO,
): Promise<number> {
  if (!/^\d{4}$/.test(options.year))
    throw new UsageError(
      `Unexpected year \`${options.year}\`, expected four digits such as 2005`,
    );
  const { root, dir } = await locateEdition(io.cwd, options.edition);
  const result = await initEdition({
    root,
    fromDir: dir,
    year: Number(options.year),
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
    `Started ${result.dir} from ${result.fromDir} (${result.entities} entities on the roster):`,
    ...result.files.map(
      (f) =>
        `  ${(f.change === "unchanged" || f.change === "kept" ? style.dim : style.green)(f.change.padEnd(width))}  ${shown(f.path)}`,
    ),
    `git diff of DOCX files: ${textconvText(result.textconv)}`,
    `CODEOWNERS: ${result.codeowners.owned.length} focal points own their file${result.codeowners.withoutHandle.length > 0 ? `; no GitHub handle for ${result.codeowners.withoutHandle.join(", ")} (the task manager reviews those files; add \`github:\` to their focal_point to change that)` : ""}.`,
    "",
    `Next: check date, deadline and the roster in ${result.dir}/report.yaml, then commit these files.`,
    "",
  ];
  return lines.join("\n");
}

function textconvText(textconv: InitResult["textconv"]): string {
  switch (textconv) {
    case "set":
      return `git config diff.wps-report.textconv set to \`${TEXTCONV_COMMAND}\` in this clone (every reviewer sets it once in theirs)`;
    case "unchanged":
      return "already configured in this clone";
    case "kept":
      return "this clone already has another diff.wps-report.textconv; left as it is";
    case "not a git repository":
      return `not a git repository yet; after \`git init\`, run git config diff.wps-report.textconv "${TEXTCONV_COMMAND}"`;
  }
}
