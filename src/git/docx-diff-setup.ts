import path from "node:path";
import { updateTextFile, withLine } from "../fs/text-files.js";
import { gitTopLevel, runGit } from "./run-git.js";

/** The .gitattributes line that sends DOCX files through the wps-report diff driver. */
export const DOCX_ATTRIBUTES_LINE = "*.docx diff=wps-report";

/**
 * What git runs (from the top of the work tree, with the file appended) to
 * turn a DOCX into numbered text. `npx --no-install` finds the wps-report
 * installed in the repository's node_modules and never downloads one;
 * `--git-driver` makes a file it cannot read print a placeholder line and
 * exit 0, since any other exit code breaks `git diff` and `git log -p`.
 */
export const TEXTCONV_COMMAND =
  "npx --no-install wps-report textconv --git-driver";

/** What earlier versions set; replaced, as it is ours. */
const EARLIER_TEXTCONV_COMMANDS = ["npx --no-install wps-report textconv"];

export interface DocxDiffSetup {
  /** Absolute path of the .gitattributes file. */
  gitattributes: string;
  attributes: "created" | "updated" | "unchanged";
  /** `kept`: a different textconv was already configured and is left as it is. */
  textconv: "set" | "unchanged" | "kept" | "not a git repository";
}

/**
 * Wire `git diff` for DOCX drafts: the attributes line at the top of the
 * repository (idempotent, never clobbering other lines) and, inside a git
 * repository, `diff.wps-report.textconv` in its local config. The config is
 * per clone (git never commits it), so every reviewer runs this once.
 */
export async function configureDocxDiff(root: string): Promise<DocxDiffSetup> {
  const top = await gitTopLevel(root);
  const gitattributes = path.join(top ?? root, ".gitattributes");
  const attributes = await updateTextFile(gitattributes, (text) =>
    withLine(text, DOCX_ATTRIBUTES_LINE),
  );
  if (top === undefined)
    return { gitattributes, attributes, textconv: "not a git repository" };
  const current = await runGit(
    ["config", "--local", "--get", "diff.wps-report.textconv"],
    { cwd: top },
  );
  const existing = current.code === 0 ? current.stdout.trim() : undefined;
  if (existing === TEXTCONV_COMMAND)
    return { gitattributes, attributes, textconv: "unchanged" };
  if (
    existing !== undefined &&
    existing !== "" &&
    !EARLIER_TEXTCONV_COMMANDS.includes(existing)
  )
    return { gitattributes, attributes, textconv: "kept" };
  for (const [key, value] of [
    ["diff.wps-report.textconv", TEXTCONV_COMMAND],
    // Converting a DOCX starts node; cache the text per blob so `git log -p` stays quick.
    ["diff.wps-report.cachetextconv", "true"],
  ] as const) {
    const set = await runGit(["config", "--local", key, value], { cwd: top });
    if (set.code !== 0)
      throw new Error(`git config ${key} failed: ${set.stderr.trim()}`);
  }
  return { gitattributes, attributes, textconv: "set" };
}
