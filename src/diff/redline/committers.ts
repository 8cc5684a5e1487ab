import { git } from "../../git/revision.js";
import type { Revision } from "../../git/revision.js";
import type { Committers } from "./authors.js";

/**
 * The authors of the commits between two drafts, by the files they
 * changed (root-relative), most recent first. When the newer draft is the
 * working tree, files changed but not committed count as the work of the
 * person git would commit them as (user.name). An older draft that is
 * the working tree has no range: nobody is named.
 */
export async function readCommitters(
  root: string,
  from: Revision | undefined,
  to: Revision | undefined,
): Promise<Committers> {
  const byFile = new Map<string, string[]>();
  const add = (file: string, name: string) => {
    const names = byFile.get(file) ?? [];
    if (!names.includes(name)) names.push(name);
    byFile.set(file, names);
  };
  if (from === undefined) return byFile;
  if (to === undefined) {
    const [status, user, prefix] = await Promise.all([
      git(
        ["status", "--porcelain", "-z", "--untracked-files=all", "--", "."],
        root,
      ),
      git(["config", "user.name"], root),
      git(["rev-parse", "--show-prefix"], root),
    ]);
    const name = user.code === 0 ? user.stdout.trim() : "";
    // Porcelain paths are from the repository's top; ours from the project root.
    const top = prefix.code === 0 ? prefix.stdout.trim() : "";
    if (status.code === 0)
      for (const file of porcelainFiles(status.stdout))
        add(
          file.startsWith(top) ? file.slice(top.length) : file,
          name || "not committed",
        );
  }
  // %x00 starts each commit; the files it touched follow, one per line.
  const log = await git(
    [
      "log",
      "--no-merges",
      "--relative",
      "--format=%x00%an",
      "--name-only",
      `${from.commit}..${to?.commit ?? "HEAD"}`,
      "--",
      ".",
    ],
    root,
  );
  if (log.code !== 0) return byFile;
  for (const record of log.stdout.split("\u0000").slice(1)) {
    const [name = "", ...files] = record.split("\n");
    for (const file of files) if (file.trim() !== "") add(file, name.trim());
  }
  return byFile;
}

/** The files of `git status --porcelain -z`: "XY file", and after a rename or copy its old name, which is skipped. */
function porcelainFiles(output: string): string[] {
  const entries = output.split("\u0000");
  const files: string[] = [];
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i] ?? "";
    if (entry.length < 4) continue;
    files.push(entry.slice(3));
    if (/^[RC]/.test(entry)) i++;
  }
  return files;
}
