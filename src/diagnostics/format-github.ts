import { docsUrlFor } from "./docs-url.js";
import type { Diagnostic } from "./diagnostic.js";
import { displayPath } from "./format-text.js";

/**
 * GitHub Actions workflow commands: one `::error file=...,line=...,col=...::`
 * line per diagnostic, so the pull request shows the message on the line.
 * Paths are relative to the repository root, as GitHub expects.
 */
export function formatDiagnosticsGithub(
  diagnostics: readonly Diagnostic[],
  options: { root: string; cwd: string; env?: NodeJS.ProcessEnv },
): string {
  const docs = docsBase(options.env ?? {});
  return diagnostics
    .map((d) => {
      const file = displayPath(d.file, {
        root: options.root,
        cwd: options.root,
      });
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
    .join("");
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
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
