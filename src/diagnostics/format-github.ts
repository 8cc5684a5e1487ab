import path from "node:path";
import { docsUrlFor } from "./docs-url.js";
import type { Diagnostic } from "./diagnostic.js";
import { displayPath } from "../shared/paths.js";
import { escapeControls } from "./terminal-text.js";

/**
 * GitHub Actions workflow commands: one `::error file=...,line=...,col=...::`
 * line per diagnostic, so the pull request shows the message on the line.
 * Paths are relative to the repository root, as GitHub expects.
 */
export function formatDiagnosticsGithub(
  diagnostics: readonly Diagnostic[],
  options: {
    root: string;
    cwd: string;
    env?: NodeJS.ProcessEnv;
    /** The repository's top folder, when the project sits in a sub-folder of it (see `githubPlace`). */
    repositoryRoot?: string;
    /** Base of full links to the repository's files (see `githubPlace`); from GitHub Actions' variables when not given. */
    blobBase?: string;
  },
): string {
  const top = options.repositoryRoot ?? options.root;
  const project = path.relative(top, options.root).split(path.sep).join("/");
  const docs = `${options.blobBase ?? docsBase(options.env ?? {})}${project === "" ? "" : `${project}/`}`;
  // Findings about the assembled report are the task manager's: not put on the lines of a focal point's pull request.
  const reportWide = diagnostics.filter((d) => d.scope === "report");
  const notice =
    reportWide.length === 0
      ? ""
      : `::notice title=wps-report::${escapeData(
          `${reportWide.length} finding${reportWide.length === 1 ? "" : "s"} about the assembled report (${[...new Set(reportWide.map((d) => d.ruleId))].join(", ")}) ${reportWide.length === 1 ? "is" : "are"} for the task manager, not the author of one file; \`wps-report validate\` shows ${reportWide.length === 1 ? "it" : "them"}.`,
        )}\n`;
  return (
    diagnostics
      .filter((d) => d.scope !== "report")
      .map((d) => {
        const file = displayPath(d.file, { root: options.root, cwd: top });
        const properties = `file=${escapeProperty(file)},line=${d.line},col=${d.column},title=${escapeProperty(d.ruleId)}`;
        const text = [
          d.message,
          d.hint === undefined ? undefined : `Fix: ${d.hint}`,
          `See ${docs}${docsUrlFor(d.ruleId)}`,
        ]
          .filter(Boolean)
          .join("\n");
        return `::${d.severity} ${properties}::${escapeData(text)}\n`;
      })
      .join("") + notice
  );
}

/**
 * Inside GitHub Actions the rule's page becomes a full link to this commit's
 * CONTRIBUTING.md, which the pull request view makes clickable.
 */
function docsBase(env: NodeJS.ProcessEnv): string {
  const server = env["GITHUB_SERVER_URL"];
  const repository = env["GITHUB_REPOSITORY"];
  const sha = env["GITHUB_SHA"];
  if (server === undefined || repository === undefined || sha === undefined)
    return "";
  return `${server}/${repository}/blob/${sha}/`;
}

// https://github.com/actions/toolkit/blob/main/packages/core/src/command.ts
export function escapeData(text: string): string {
  // The log is also read raw (a terminal, `gh run view --log`): other
  // control characters are shown escaped, as in the text output.
  return escapeControls(
    text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A"),
  );
}

export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
