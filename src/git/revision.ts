import { ConfigError } from "../diagnostics/errors.js";
import { isShallowRepository, runGit } from "./run-git.js";

/** A revision the user named, resolved to a commit. */
export interface Revision {
  /** As the user wrote it: `HEAD~1`, `main`, a hash. */
  name: string;
  commit: string;
  /** The commit's author date, ISO 8601 with its offset. */
  date: string;
}

/** Run git and turn "git is not installed" into a message for users. */
export async function git(
  args: readonly string[],
  cwd: string,
): ReturnType<typeof runGit> {
  try {
    return await runGit(args, { cwd });
  } catch (error) {
    throw new ConfigError(
      error instanceof Error ? error.message : String(error),
      undefined,
      "Install git (https://git-scm.com) and make sure it is on PATH.",
    );
  }
}

/** A name git would read as an option is refused before git sees it, with the same message everywhere. */
export function refuseOptionLike(name: string): void {
  if (name.startsWith("-"))
    throw new ConfigError(
      `Unexpected revision ${name}, expected a commit, branch or tag`,
      undefined,
      "Name a revision such as HEAD~1, main or a commit hash.",
    );
}

/**
 * Resolve a revision name to a commit. An unknown name is a ConfigError,
 * and in a shallow clone the message says that history is missing rather
 * than that the name is wrong.
 */
export async function resolveRevision(
  repo: string,
  name: string,
): Promise<Revision> {
  refuseOptionLike(name);
  // One process for the commit and its date; `--` keeps the name a revision, never a path.
  const shown = await git(
    ["show", "-s", "--format=%H%n%aI", `${name}^{commit}`, "--"],
    repo,
  );
  const [commit, date] = shown.stdout.trim().split("\n");
  if (shown.code !== 0 || commit === undefined || date === undefined) {
    if (await isShallowRepository(repo))
      throw new ConfigError(
        `Cannot find revision ${name}: this is a shallow clone, and the history it needs is missing`,
        undefined,
        "Fetch the full history with `git fetch --unshallow` (in GitHub Actions: actions/checkout with `fetch-depth: 0`), then run the command again.",
      );
    throw new ConfigError(
      `Unknown revision ${name}: no commit of that name in this repository`,
      undefined,
      name === "HEAD"
        ? "The repository has no commits yet; commit the edition first."
        : "Name a commit, branch or tag; `git log --oneline` lists the commits.",
    );
  }
  return { name, commit, date };
}
