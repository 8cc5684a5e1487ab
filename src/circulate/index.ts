import path from "node:path";
import { ConfigError } from "../diagnostics/errors.js";
import { git } from "../git/revision.js";
import { gitTopLevel } from "../git/run-git.js";
import { draftTag, labelSlug, listCirculatedDrafts } from "./drafts.js";

export {
  draftTag,
  labelSlug,
  listCirculatedDrafts,
  resolveDraftName,
  type CirculatedDraft,
} from "./drafts.js";

/** What `circulate` checks before it builds anything. */
export interface CirculationPlan {
  label: string;
  tag: string;
  /** Root-relative POSIX path of the DOCX to commit: drafts/<year>/<symbol>-<label>.docx. */
  file: string;
}

/** drafts/2004/S-2004-814-draft-2.docx: one file per circulated draft, so each can be opened straight from the repository. */
export function circulatedFile(
  year: number,
  symbol: string,
  label: string,
): string {
  const base = symbol.replace(/[/*]/g, "-").replace(/\.+/g, "x");
  return `drafts/${year}/${base}-${labelSlug(label)}.docx`;
}

/**
 * Refuse what would make the record wrong, before building: outside git;
 * a label already circulated (its tag exists); contributions, report.yaml
 * or the outline changed but not committed, since the tag must point at
 * the very texts the draft was built from.
 */
export async function planCirculation(options: {
  root: string;
  dir: string;
  year: number;
  symbol: string;
  label: string;
  /** Root-relative files the draft is built from besides the edition folder (the outline). */
  inputs: readonly string[];
}): Promise<CirculationPlan> {
  const { root, label } = options;
  if ((await gitTopLevel(root)) === undefined)
    throw new ConfigError(
      `Unexpected folder ${root}, expected a git repository: circulate commits and tags the draft`,
      undefined,
      "Run `git init` and commit the edition, or run the command inside the report's repository.",
    );
  const tag = draftTag(options.year, label);
  const existing = (await listCirculatedDrafts(root)).find(
    (draft) => draft.tag === tag,
  );
  const tagged = await git(
    ["rev-parse", "--verify", "--quiet", `refs/tags/${tag}`],
    root,
  );
  if (existing !== undefined || tagged.code === 0)
    throw new ConfigError(
      `"${label}" was already circulated: tag ${tag} exists${existing === undefined ? "" : ` (${existing.date.slice(0, 10)}, commit ${existing.commit.slice(0, 7)})`}`,
      undefined,
      "Give this draft its own label, for example the next number; a circulated draft is never replaced.",
    );
  const dirty = await git(
    [
      "status",
      "--porcelain",
      "--untracked-files=all",
      "--",
      options.dir,
      ...options.inputs,
    ],
    root,
  );
  if (dirty.code !== 0)
    throw new ConfigError(
      `Cannot read the state of ${options.dir} from git: ${dirty.stderr.trim()}`,
    );
  const changed = dirty.stdout
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => line.slice(3))
    .sort();
  if (changed.length > 0) {
    const shown = changed.slice(0, 10).join(", ");
    const more = changed.length > 10 ? ` and ${changed.length - 10} more` : "";
    throw new ConfigError(
      `Not circulated: ${changed.length === 1 ? "a file the draft is built from has" : `${changed.length} files the draft is built from have`} changes that are not committed (${shown}${more})`,
      undefined,
      "Commit (or stash) them first, so the tag records the texts this draft was built from; `git status` lists them.",
    );
  }
  return {
    label,
    tag,
    file: circulatedFile(options.year, options.symbol, label),
  };
}

/**
 * Commit the written DOCX (only that file, whatever else is staged) and tag
 * the commit. drafts/ is ignored by git, so the file is added with --force:
 * circulated drafts are the ones that belong in history.
 */
export async function recordCirculation(
  root: string,
  plan: CirculationPlan,
  symbol: string,
): Promise<{ commit: string }> {
  const file = plan.file;
  const run = async (args: string[], what: string) => {
    const result = await git(args, root);
    if (result.code !== 0)
      throw new ConfigError(
        `Cannot ${what}: ${(result.stderr || result.stdout).trim()}`,
        undefined,
        "Fix what git says (often `git config user.name` and `user.email`), then run circulate again; the draft was written but not recorded.",
      );
    return result;
  };
  await run(["add", "--force", "--", file], `stage ${file}`);
  try {
    await run(
      [
        "commit",
        "--quiet",
        "-m",
        `Circulate ${plan.label} of ${symbol}`,
        "-m",
        `The draft as circulated, built from the contributions in this commit (tag ${plan.tag}).`,
        "--only",
        "--",
        file,
      ],
      `commit ${file}`,
    );
  } catch (error) {
    // Leave the index as it was: the draft stays on disk, unstaged.
    await git(["reset", "--quiet", "--", file], root);
    throw error;
  }
  await run(
    ["tag", "--annotate", plan.tag, "-m", plan.label, "-m", `file: ${file}`],
    `tag ${plan.tag}`,
  );
  const head = await run(["rev-parse", "HEAD"], "read the new commit");
  return { commit: head.stdout.trim() };
}

/** The outline file as a root-relative path, when it lies outside the edition folder. */
export function outlineInput(dir: string, outlineFile: string): string[] {
  const relative = path.posix.relative(dir, outlineFile);
  return relative.startsWith("..") ? [outlineFile] : [];
}
