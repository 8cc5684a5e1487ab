import path from "node:path";
import { projectBin } from "./project-bin.js";
import { updateTextFile, withLine } from "../fs/text-files.js";
import { gitTopLevel, runGit } from "./run-git.js";

/** The .gitattributes line that sends DOCX files through the wps-report diff driver. */
export const DOCX_ATTRIBUTES_LINE = "*.docx diff=wps-report";

/**
 * What git runs (from the top of the work tree, with the file appended) to
 * turn a DOCX into numbered text: the project's own wps-report (see
 * `projectBin`), never a copy npx fetched. `--git-driver` makes a file it
 * cannot read print a placeholder line and exit 0, since any other exit
 * code breaks `git diff` and `git log -p`.
 */
export async function textconvCommand(
  root: string,
  top: string,
): Promise<string> {
  return `${await projectBin(root, top)} textconv --git-driver`;
}

/** What earlier versions set; replaced, as it is ours (npx could run a broken copy from npm's cache). */
const EARLIER_TEXTCONV_COMMANDS = [
  "npx --no-install wps-report textconv",
  "npx --no-install wps-report textconv --git-driver",
];

export interface DocxDiffSetup {
  /** Absolute path of the .gitattributes file. */
  gitattributes: string;
  attributes: "created" | "updated" | "unchanged";
  /** `kept`: a different textconv was already configured and is left as it is. */
  textconv: "set" | "unchanged" | "kept" | "not a git repository";
  /** The textconv command for this repository (set, or to set). */
  command: string;
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
  const command = await textconvCommand(root, top ?? root);
  if (top === undefined)
    return {
      gitattributes,
      attributes,
      textconv: "not a git repository",
      command,
    };
  const current = await runGit(
    ["config", "--local", "--get", "diff.wps-report.textconv"],
    { cwd: top },
  );
  const existing = current.code === 0 ? current.stdout.trim() : undefined;
  if (existing === command)
    return { gitattributes, attributes, textconv: "unchanged", command };
  if (
    existing !== undefined &&
    existing !== "" &&
    !EARLIER_TEXTCONV_COMMANDS.includes(existing)
  )
    return { gitattributes, attributes, textconv: "kept", command };
  for (const [key, value] of [
    ["diff.wps-report.textconv", command],
    // Converting a DOCX starts node; cache the text per blob so `git log -p` stays quick.
    ["diff.wps-report.cachetextconv", "true"],
  ] as const) {
    const set = await runGit(["config", "--local", key, value], { cwd: top });
    if (set.code !== 0)
      throw new Error(`git config ${key} failed: ${set.stderr.trim()}`);
  }
  return { gitattributes, attributes, textconv: "set", command };
}
