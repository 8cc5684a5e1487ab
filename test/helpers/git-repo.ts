import { execFileSync } from "node:child_process";

export interface Author {
  name: string;
  email: string;
}

const nobody: Author = { name: "Test Runner", email: "runner@example.org" };

/** Run git in `cwd`, deaf to the machine's global and system config, as the given author at the given time. */
export function git(
  cwd: string,
  args: string[],
  options: { author?: Author; date?: string } = {},
): string {
  const author = options.author ?? nobody;
  const date = options.date ?? "2004-01-01T12:00:00+00:00";
  return execFileSync("git", args, {
    cwd,
    encoding: "utf8",
    env: {
      ...process.env,
      GIT_CONFIG_GLOBAL: "/dev/null",
      GIT_CONFIG_NOSYSTEM: "1",
      GIT_AUTHOR_NAME: author.name,
      GIT_AUTHOR_EMAIL: author.email,
      GIT_AUTHOR_DATE: date,
      GIT_COMMITTER_NAME: author.name,
      GIT_COMMITTER_EMAIL: author.email,
      GIT_COMMITTER_DATE: date,
    },
  });
}

export function initRepo(cwd: string): void {
  git(cwd, ["init", "-q", "-b", "main"]);
}

/** Stage everything and commit it as `author` at `date` (ISO 8601 with an offset). */
export function commitAll(
  cwd: string,
  message: string,
  options: { author?: Author; date?: string } = {},
): void {
  git(cwd, ["add", "-A"], options);
  git(cwd, ["commit", "-q", "--no-gpg-sign", "-m", message], options);
}
