import { execFile } from "node:child_process";

export interface GitResult {
  stdout: string;
  stderr: string;
  code: number;
}

/**
 * The environment git runs in: no prompts, messages in English, and every
 * pathspec literal, so a project folder named `:docs` or `*draft*` is a
 * folder, not pathspec magic or a pattern.
 */
export function gitEnv(): NodeJS.ProcessEnv {
  return {
    ...process.env,
    GIT_TERMINAL_PROMPT: "0",
    GIT_LITERAL_PATHSPECS: "1",
    LC_ALL: "C",
  };
}

/**
 * Run git with arguments (never through a shell: paths and revisions from
 * users are passed as they are). Resolves with the exit code instead of
 * throwing, so callers decide what a failure means. `input` is written to
 * stdin (for `cat-file --batch`).
 */
export function runGit(
  args: readonly string[],
  options: { cwd: string; input?: string; encoding?: "utf8" | "buffer" },
): Promise<GitResult & { raw?: Buffer }> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      "git",
      [...args],
      {
        cwd: options.cwd,
        maxBuffer: 1024 * 1024 * 1024,
        encoding: "buffer",
        env: gitEnv(),
      },
      (error, stdout, stderr) => {
        if (error !== null && typeof error.code !== "number") {
          reject(
            error.code === "ENOENT"
              ? new Error("git is not installed (or not on PATH)")
              : error,
          );
          return;
        }
        resolve({
          stdout: stdout.toString("utf8"),
          stderr: stderr.toString("utf8"),
          code: error === null ? 0 : Number(error.code),
          raw: stdout,
        });
      },
    );
    if (options.input !== undefined) child.stdin?.end(options.input);
  });
}

/** The repository's top folder, or undefined outside a git work tree. */
export async function gitTopLevel(cwd: string): Promise<string | undefined> {
  const result = await runGit(["rev-parse", "--show-toplevel"], { cwd }).catch(
    () => undefined,
  );
  return result?.code === 0 ? result.stdout.trim() : undefined;
}

/** True in a shallow clone, where history before the graft is missing. */
export async function isShallowRepository(cwd: string): Promise<boolean> {
  const result = await runGit(["rev-parse", "--is-shallow-repository"], {
    cwd,
  }).catch(() => undefined);
  return result?.stdout.trim() === "true";
}
