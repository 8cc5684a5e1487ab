import path from "node:path";
import { ConfigError } from "../diagnostics/errors.js";
import {
  OutsideRootError,
  type DirEntry,
  type FileSource,
} from "../load/file-source.js";
import { CatFileBatch } from "./cat-file.js";
import { git, resolveRevision, type Revision } from "./revision.js";

interface TreeEntry extends DirEntry {
  object: string;
}

/** A project tree as it was at one commit. `close()` ends its git process. */
export interface GitFileSource extends FileSource {
  readonly revision: Revision;
  close(): void;
}

// A chain of symlinks longer than this is a loop.
const MAX_LINKS = 8;

function fileError(code: string, message: string): Error {
  return Object.assign(new Error(message), { code });
}

/** `contributions/2004/../x` -> `contributions/x`; undefined when it climbs out of the root. */
function normalize(file: string): string | undefined {
  const normalized = path.posix.normalize(file === "" ? "." : file);
  if (
    path.posix.isAbsolute(normalized) ||
    normalized === ".." ||
    normalized.startsWith("../")
  )
    return undefined;
  return normalized === "." ? "" : normalized.replace(/\/$/, "");
}

/**
 * Read the project tree (rooted at `root`, the folder holding
 * `contributions/`) as it is in `revisionName`, straight from git objects:
 * one `git ls-tree` lists it, one `git cat-file --batch` process reads the
 * files. The working tree is never touched.
 */
export async function gitFileSource(
  root: string,
  revisionName: string,
  /** How messages name the revision, when not as `revisionName` (a merge base found for `A...B`). */
  shownAs: string = revisionName,
): Promise<GitFileSource> {
  const located = await git(
    ["rev-parse", "--show-toplevel", "--show-prefix"],
    root,
  );
  if (located.code !== 0)
    throw new ConfigError(
      `Unexpected folder ${root}, expected a git repository: diff reads earlier drafts from git history`,
      undefined,
      "Run `git init` and commit the edition, or run the command inside the report's repository.",
    );
  // Paths from ls-tree and cat-file are from the repository's top; ours are from root.
  const [top = root, prefix = ""] = located.stdout.split("\n");
  const revision = {
    ...(await resolveRevision(top, revisionName)),
    name: shownAs,
  };
  const tree = await listTree(top, revision.commit, prefix);
  const batch = new CatFileBatch(top);

  const entryAt = (file: string): TreeEntry | undefined => {
    const normalized = normalize(file);
    if (normalized === undefined)
      throw new OutsideRootError(`${file} is outside the repository`);
    return tree.entries.get(normalized);
  };

  const read = async (file: string, links: number): Promise<Uint8Array> => {
    const entry = entryAt(file);
    if (entry === undefined)
      throw fileError("ENOENT", `${file} does not exist in ${shownAs}`);
    if (entry.kind === "directory")
      throw fileError("EISDIR", `${file} is a folder`);
    const data = await batch.read(entry.object);
    if (entry.kind !== "symlink") return data;
    // A symlink's blob is its target; follow it only inside the root.
    const target = new TextDecoder().decode(data);
    const resolved = normalize(
      path.posix.join(path.posix.dirname(file), target),
    );
    if (resolved === undefined || path.posix.isAbsolute(target))
      throw new OutsideRootError(`${file} points outside the repository`);
    if (links >= MAX_LINKS)
      throw fileError("ELOOP", `${file}: too many symbolic links`);
    return read(resolved, links + 1);
  };

  return {
    root: path.resolve(root),
    revision,
    readFile: (file) => read(file, 0),
    list(dir) {
      const normalized = normalize(dir);
      if (normalized === undefined)
        return Promise.reject(
          new OutsideRootError(`${dir} is outside the repository`),
        );
      if (normalized !== "" && entryAt(dir)?.kind !== "directory")
        return Promise.reject(
          fileError("ENOENT", `${dir} does not exist in ${shownAs}`),
        );
      return Promise.resolve(
        (tree.children.get(normalized) ?? [])
          .map(({ name, kind, size }) => ({ name, kind, size }))
          .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)),
      );
    },
    stat(file) {
      const normalized = normalize(file);
      if (normalized === "")
        return Promise.resolve({ name: "", kind: "directory", size: 0 });
      const entry = entryAt(file);
      return Promise.resolve(
        entry && { name: entry.name, kind: entry.kind, size: entry.size },
      );
    },
    close: () => batch.close(),
  };
}

/** The whole tree under `prefix` at `commit`, from one `git ls-tree -r -t -l -z`. */
async function listTree(
  top: string,
  commit: string,
  prefix: string,
): Promise<{
  entries: Map<string, TreeEntry>;
  children: Map<string, TreeEntry[]>;
}> {
  const result = await git(
    [
      "ls-tree",
      "-r",
      "-t",
      "-l",
      "-z",
      "--full-tree",
      commit,
      ...(prefix === "" ? [] : ["--", prefix]),
    ],
    top,
  );
  if (result.code !== 0)
    throw new ConfigError(
      `Cannot list the files of ${commit}: ${result.stderr.trim()}`,
      undefined,
      "Check that the repository is complete (`git fsck`).",
    );
  const entries = new Map<string, TreeEntry>();
  const children = new Map<string, TreeEntry[]>();
  for (const record of result.stdout.split("\0")) {
    const match = /^(\d+) (\w+) (\S+) +(\S+)\t(.*)$/s.exec(record);
    if (match === null) continue;
    const [, mode, type, object, size, full] = match as unknown as string[];
    if (!full?.startsWith(prefix) || full === prefix.replace(/\/$/, ""))
      continue;
    const file = full.slice(prefix.length);
    const entry: TreeEntry = {
      name: path.posix.basename(file),
      kind:
        type === "tree"
          ? "directory"
          : mode === "120000"
            ? "symlink"
            : type === "blob"
              ? "file"
              : "other",
      size: size === "-" ? 0 : Number(size),
      object: object ?? "",
    };
    entries.set(file, entry);
    const parent = path.posix.dirname(file);
    const siblings = children.get(parent === "." ? "" : parent);
    if (siblings === undefined)
      children.set(parent === "." ? "" : parent, [entry]);
    else siblings.push(entry);
  }
  return { entries, children };
}
