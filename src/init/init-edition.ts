import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import { ConfigError } from "../diagnostics/errors.js";
import {
  configureDocxDiff,
  type DocxDiffSetup,
} from "../git/docx-diff-setup.js";
import { gitTopLevel } from "../git/run-git.js";
import { parseReportConfig } from "../load/load-config.js";
import { toPosix } from "../load/find-edition.js";
import { mergeCodeowners, planCodeowners } from "./codeowners.js";
import { firstReportYaml } from "./first-report-yaml.js";
import { nextReportYaml } from "./next-report-yaml.js";
import { projectBin } from "../git/project-bin.js";
import { writeSchemaFiles } from "./schema-files.js";
import {
  createIfAbsent,
  updateTextFile,
  withLine,
  type FileChange,
} from "../fs/text-files.js";
import { workflowYaml } from "./workflow.js";

export interface InitEditionOptions {
  /** Project root: the folder holding `contributions/`. */
  root: string;
  /** The edition to start from, root-relative, e.g. `contributions/2004`; undefined for the repository's first edition. */
  fromDir?: string;
  year: number;
}

export interface InitResult {
  dir: string;
  /** Undefined when this is the repository's first edition. */
  fromDir?: string;
  entities: number;
  /** Absolute paths, with what happened to each. */
  files: { path: string; change: FileChange }[];
  textconv: DocxDiffSetup["textconv"];
  /** The textconv command for this repository. */
  textconvCommand: string;
  codeowners: {
    owned: string[];
    withoutHandle: string[];
    /** The task managers' handles, co-owners of every contribution. */
    taskManagers: string[];
  };
}

/**
 * Start the edition of `year` from an earlier one: its report.yaml, then the
 * repository wiring (git diff driver for DOCX, CI workflow, CODEOWNERS,
 * editor schemas). Refuses when the edition exists; files that exist are
 * updated in place (.gitattributes, CODEOWNERS) or kept (the workflow).
 */
export async function initEdition(
  options: InitEditionOptions,
): Promise<InitResult> {
  const { root, fromDir, year } = options;
  const dir = path.posix.join(
    fromDir === undefined ? "contributions" : path.posix.dirname(fromDir),
    String(year),
  );
  await refuseExistingEdition(root, dir);
  let text: string;
  if (fromDir === undefined) text = firstReportYaml(year, dir);
  else {
    const fromFile = `${fromDir}/report.yaml`;
    const previousText = await readFile(path.join(root, fromFile), "utf8");
    const previous = parseReportConfig(
      new TextEncoder().encode(previousText),
      fromFile,
    );
    text = nextReportYaml(previousText, {
      fromDir,
      fromYear: previous.year,
      toDir: dir,
      year,
    });
  }
  // A report.yaml this tool cannot read back would be a bug here, not the user's problem later.
  const started = parseReportConfig(
    new TextEncoder().encode(text),
    `${dir}/report.yaml`,
  );
  const files: InitResult["files"] = [];
  const reportPath = path.join(root, ...dir.split("/"), "report.yaml");
  if ((await createIfAbsent(reportPath, text)) === "kept")
    throw editionExists(dir);
  files.push({ path: reportPath, change: "created" });

  const top = (await gitTopLevel(root)) ?? root;
  const projectDir = toPosix(path.relative(top, root));
  const diff = await configureDocxDiff(root);
  files.push({ path: diff.gitattributes, change: diff.attributes });
  const workflow = path.join(top, ".github", "workflows", "wps-report.yml");
  files.push({
    path: workflow,
    change: await createIfAbsent(
      workflow,
      workflowYaml(projectDir, await projectBin(root, root)),
    ),
  });
  // Only circulated drafts belong in git (`circulate` adds them with --force).
  const ignore = path.join(root, ".gitignore");
  files.push({
    path: ignore,
    change: await updateTextFile(ignore, (current) =>
      /^\/?drafts(\/|$)/m.test(current ?? "")
        ? (current ?? "")
        : withLine(current, "/drafts/**"),
    ),
  });
  const plan = planCodeowners(started.entities, {
    dir,
    prefix: projectDir === "" ? "" : `${projectDir}/`,
    year,
  });
  const codeowners = await codeownersFile(top);
  files.push({
    path: codeowners,
    change: await updateTextFile(codeowners, (current) =>
      mergeCodeowners(current, plan),
    ),
  });
  for (const schema of await writeSchemaFiles(root))
    files.push({ path: path.join(root, schema.file), change: schema.change });
  return {
    dir,
    ...(fromDir === undefined ? {} : { fromDir }),
    entities: started.entities.length,
    files,
    textconv: diff.textconv,
    textconvCommand: diff.command,
    codeowners: {
      owned: plan.owned,
      withoutHandle: plan.withoutHandle,
      taskManagers: plan.taskManagers,
    },
  };
}

async function refuseExistingEdition(root: string, dir: string): Promise<void> {
  const entries = await readdir(path.join(root, dir)).catch(() => undefined);
  if (entries !== undefined && entries.length > 0) throw editionExists(dir);
}

function editionExists(dir: string): ConfigError {
  return new ConfigError(
    `${dir} already exists; wps-report init never overwrites an edition`,
    undefined,
    `Edit ${dir}/report.yaml instead, or start another year.`,
  );
}

/** GitHub reads the first of .github/, the root and docs/; update the one in use, else create .github/CODEOWNERS. */
async function codeownersFile(top: string): Promise<string> {
  for (const place of [".github", ".", "docs"]) {
    const candidate = path.join(top, place, "CODEOWNERS");
    if ((await stat(candidate).catch(() => undefined))?.isFile() === true)
      return candidate;
  }
  return path.join(top, ".github", "CODEOWNERS");
}
