import { gitTopLevel, isShallowRepository, runGit } from "./run-git.js";

/** A commit as `status` shows it. */
export interface CommitFacts {
  hash: string;
  /** The author's own calendar date, YYYY-MM-DD (author date, in the author's time zone). */
  date: string;
  author: string;
}

export interface FileHistory {
  /** The newest commit that changed the file (under its name now or an earlier one). */
  lastChange: CommitFacts;
  /** The newest commit is a shallow clone's boundary: the file changed on or before its date, by someone unknown. */
  lastChangeAtBoundary: boolean;
  /** The oldest commit that added it; undefined when that is beyond the history we have (shallow clone). */
  added?: CommitFacts;
  /** The oldest commit seen is a shallow clone's boundary: the file may be older, and that commit's date is only an upper bound. */
  truncated: boolean;
}

export interface EditionHistory {
  shallow: boolean;
  /** By root-relative POSIX path, as the files are named now. */
  files: Map<string, FileHistory>;
}

const RECORD = "\x1e";
const FIELD = "\x1f";

/**
 * What git knows about each file of an edition folder, from ONE `git log`
 * over the folder (not one process per file): renames are followed by hand,
 * newest to oldest, the way `git log --follow` would for each file.
 * Undefined outside a git work tree.
 */
export async function readEditionHistory(
  root: string,
  dir: string,
): Promise<EditionHistory | undefined> {
  if ((await gitTopLevel(root)) === undefined) return undefined;
  const shallow = await isShallowRepository(root);
  const result = await runGit(
    [
      "log",
      // Settings in a user's config must not change what is parsed.
      "--no-show-signature",
      "--no-color",
      // Names in UTF-8 whatever i18n.logOutputEncoding says: they are decoded as UTF-8.
      "--encoding=UTF-8",
      "-M",
      "--relative",
      "--name-status",
      "-z",
      "--date=short",
      `--format=${RECORD}%H${FIELD}%ad${FIELD}%aN${FIELD}%P`,
      "--",
      dir,
    ],
    { cwd: root },
  );
  // A repository without commits yet has no history to tell.
  if (result.code !== 0) return { shallow, files: new Map() };
  return { shallow, files: foldHistory(parseLog(result.stdout), shallow) };
}

export interface LogEntry {
  commit: CommitFacts;
  /** No parents: a root commit, or in a shallow clone the boundary where history was cut. */
  parentless: boolean;
  changes: { status: string; path: string; from?: string }[];
}

/** `git log -z --name-status` output (newest first) -> entries. */
export function parseLog(stdout: string): LogEntry[] {
  const entries: LogEntry[] = [];
  for (const record of stdout.split(RECORD)) {
    if (record === "") continue;
    const end = record.indexOf("\0");
    const header = end === -1 ? record : record.slice(0, end);
    const [hash = "", date = "", author = "", parents = ""] =
      header.split(FIELD);
    const tokens =
      end === -1
        ? []
        : record
            .slice(end + 1)
            .replace(/^\n/, "")
            .split("\0");
    const changes: LogEntry["changes"] = [];
    for (let i = 0; i < tokens.length;) {
      const status = tokens[i] ?? "";
      if (status === "") {
        i++;
        continue;
      }
      if (status.startsWith("R") || status.startsWith("C")) {
        changes.push({
          status: status[0] ?? "",
          from: tokens[i + 1] ?? "",
          path: tokens[i + 2] ?? "",
        });
        i += 3;
      } else {
        changes.push({ status: status[0] ?? "", path: tokens[i + 1] ?? "" });
        i += 2;
      }
    }
    entries.push({
      commit: { hash, date, author },
      parentless: parents.trim() === "",
      changes,
    });
  }
  return entries;
}

/** Entries newest first -> history per file as named now. Pure. */
export function foldHistory(
  entries: readonly LogEntry[],
  shallow: boolean,
): Map<string, FileHistory> {
  const files = new Map<string, FileHistory>();
  // Name in an older commit -> the file it is now; null: a name whose later life ended (deleted, or renamed away).
  const alias = new Map<string, string | null>();
  const touch = (
    current: string,
    entry: LogEntry,
    boundary: boolean,
  ): FileHistory => {
    let history = files.get(current);
    if (history === undefined) {
      history = {
        lastChange: entry.commit,
        lastChangeAtBoundary: boundary,
        truncated: false,
      };
      files.set(current, history);
    }
    return history;
  };
  for (const entry of entries) {
    const boundary = shallow && entry.parentless;
    for (const change of entry.changes) {
      const known = alias.get(change.path);
      if (known === null) continue;
      if (known === undefined && change.status === "D") {
        alias.set(change.path, null);
        continue;
      }
      const current = known ?? change.path;
      alias.set(change.path, current);
      if (change.status === "D") continue;
      const history = touch(current, entry, boundary);
      if (boundary) history.truncated = true;
      if (change.status === "R" && change.from !== undefined) {
        alias.set(change.from, current);
        // Older commits that used the new name were about another file.
        if (change.from !== change.path) alias.set(change.path, null);
      } else if (change.status === "A" || change.status === "C") {
        // Keep looking: a file deleted and added again was first added by the oldest add.
        if (boundary) delete history.added;
        else history.added = entry.commit;
      }
    }
  }
  return files;
}
