import { constants } from "node:fs";
import { lstat, readdir, readFile, realpath } from "node:fs/promises";
import path from "node:path";

export interface DirEntry {
  name: string;
  kind: "file" | "directory" | "symlink" | "other";
  size: number;
}

/**
 * Read-only access to the project tree, rooted at the project root. Loading
 * goes through this so the same code reads the working tree or a git
 * revision (see src/git/), and so nothing outside the root is ever read.
 * Paths are POSIX and relative to the root.
 */
export interface FileSource {
  readonly root: string;
  readFile(file: string): Promise<Uint8Array>;
  list(dir: string): Promise<DirEntry[]>;
  /** undefined when there is nothing at that path. */
  stat(file: string): Promise<DirEntry | undefined>;
}

export class OutsideRootError extends Error {
  override readonly name = "OutsideRootError";
}

/** Resolve a root-relative path, refusing any that climbs out of the root. */
export function resolveInside(root: string, file: string): string {
  const normalized = path.posix.normalize(file);
  if (
    path.posix.isAbsolute(normalized) ||
    normalized === ".." ||
    normalized.startsWith("../")
  ) {
    throw new OutsideRootError(`${file} is outside the repository`);
  }
  return path.join(root, ...normalized.split("/"));
}

/** Open flags that refuse a symbolic link as the last part of a path (none on Windows). */
const NO_FOLLOW =
  constants.O_NOFOLLOW === undefined
    ? undefined
    : constants.O_RDONLY | constants.O_NOFOLLOW;

/** What opening a symbolic link with O_NOFOLLOW fails with (ELOOP; EMLINK on some BSDs). */
function isLink(error: unknown): boolean {
  return (
    error instanceof Error &&
    "code" in error &&
    (error.code === "ELOOP" || error.code === "EMLINK")
  );
}

export function diskFileSource(root: string): FileSource {
  const absoluteRoot = path.resolve(root);
  const entryOf = async (name: string, absolute: string): Promise<DirEntry> => {
    const info = await lstat(absolute);
    const kind = info.isSymbolicLink()
      ? "symlink"
      : info.isDirectory()
        ? "directory"
        : info.isFile()
          ? "file"
          : "other";
    return { name, kind, size: info.size };
  };
  // Resolved once: an edition of a thousand files would otherwise resolve the root a thousand times.
  let realRoot: Promise<string> | undefined;
  const realFolders = new Map<string, Promise<string>>();
  /** The real path of `absolute`, refused unless it stays inside the root. */
  const realInside = async (absolute: string, file: string) => {
    const real = await realpath(absolute);
    realRoot ??= realpath(absoluteRoot);
    const resolvedRoot = await realRoot;
    if (real !== resolvedRoot && !real.startsWith(resolvedRoot + path.sep)) {
      throw new OutsideRootError(`${file} points outside the repository`);
    }
    return real;
  };
  return {
    root: absoluteRoot,
    async readFile(file) {
      const absolute = resolveInside(absoluteRoot, file);
      // A symlink could point anywhere; only files whose real path stays
      // inside the root are read. The folder is resolved once for all its
      // files, and the file opened without following a link: a link is
      // resolved and checked as a whole path (one realpath per file was
      // a tenth of a 1,000-file warm build's reading).
      if (NO_FOLLOW !== undefined) {
        const folder = path.dirname(absolute);
        let realFolder = realFolders.get(folder);
        if (realFolder === undefined) {
          realFolder = realInside(folder, file);
          realFolders.set(folder, realFolder);
        }
        const inFolder = path.join(await realFolder, path.basename(absolute));
        try {
          return new Uint8Array(await readFile(inFolder, { flag: NO_FOLLOW }));
        } catch (error) {
          if (!isLink(error)) throw error;
        }
      }
      return new Uint8Array(await readFile(await realInside(absolute, file)));
    },
    async list(dir) {
      const absolute = resolveInside(absoluteRoot, dir);
      const names = (await readdir(absolute)).sort();
      return Promise.all(
        names.map((name) => entryOf(name, path.join(absolute, name))),
      );
    },
    async stat(file) {
      try {
        return await entryOf(
          path.posix.basename(file),
          resolveInside(absoluteRoot, file),
        );
      } catch (error) {
        if (isNotFound(error)) return undefined;
        throw error;
      }
    },
  };
}

export function isNotFound(error: unknown): boolean {
  return (
    error instanceof Error &&
    "code" in error &&
    (error.code === "ENOENT" || error.code === "ENOTDIR")
  );
}
