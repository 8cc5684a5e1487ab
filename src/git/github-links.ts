import path from "node:path";
import { gitTopLevel, runGit } from "./run-git.js";

export interface GithubPlace {
  /** The repository's top folder: annotation paths are relative to it, as GitHub expects. */
  repositoryRoot: string;
  /** `https://github.com/<owner>/<repo>/blob/<commit>/`, when it can be known. */
  blobBase?: string;
}

/**
 * Where `--format github` output points: paths from the top of the
 * repository (the project may sit in a sub-folder), and the base of full
 * links to files of this commit: from GitHub Actions' variables, else from
 * a github.com `origin` remote (at HEAD).
 */
export async function githubPlace(
  root: string,
  env: NodeJS.ProcessEnv,
): Promise<GithubPlace> {
  const workspace = env["GITHUB_WORKSPACE"] || undefined;
  const inWorkspace =
    workspace !== undefined &&
    !path.relative(workspace, root).startsWith("..") &&
    !path.isAbsolute(path.relative(workspace, root));
  const top =
    (inWorkspace ? workspace : undefined) ??
    (await gitTopLevel(root).catch(() => undefined)) ??
    root;
  const server = env["GITHUB_SERVER_URL"];
  const repository = env["GITHUB_REPOSITORY"];
  const sha = env["GITHUB_SHA"];
  if (
    server !== undefined &&
    server !== "" &&
    repository !== undefined &&
    repository !== "" &&
    sha !== undefined &&
    sha !== ""
  )
    return {
      repositoryRoot: top,
      blobBase: `${server}/${repository}/blob/${sha}/`,
    };
  const origin = await runGit(["remote", "get-url", "origin"], { cwd: top })
    .then((r) => (r.code === 0 ? r.stdout.trim() : undefined))
    .catch(() => undefined);
  const blobBase = origin === undefined ? undefined : githubBlobBase(origin);
  return blobBase === undefined
    ? { repositoryRoot: top }
    : { repositoryRoot: top, blobBase };
}

/** A github.com remote URL (https or ssh) as the base of links to its files at HEAD. */
export function githubBlobBase(remote: string): string | undefined {
  const match =
    /^(?:https:\/\/(?:[^@/]+@)?github\.com\/|git@github\.com:|ssh:\/\/git@github\.com\/)([\w.-]+)\/([\w.-]+?)(?:\.git)?\/?$/.exec(
      remote,
    );
  if (match === null) return undefined;
  return `https://github.com/${match[1] ?? ""}/${match[2] ?? ""}/blob/HEAD/`;
}
