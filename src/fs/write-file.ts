import { randomBytes } from "node:crypto";
import {
  lstat,
  mkdir,
  open,
  readdir,
  realpath,
  rename,
  rm,
  stat,
  writeFile,
} from "node:fs/promises";
import path from "node:path";

export interface AtomicWriteOptions {
  /** Make missing parent folders (the default); false: a missing folder is ENOENT. */
  createFolders?: boolean;
  /**
   * The project folder: below it no part of the path may be a symbolic
   * link (the write fails with code ESYMLINK), since a repository can bring
   * links that point at a contribution or out of the project.
   */
  noLinksBelow?: string;
  /**
   * Asked just before the rename; false abandons the write and leaves the
   * target as it is (`validate --fix` keeps an editor's save this way).
   */
  stillCurrent?: () => Promise<boolean>;
}

/**
 * Write a file so that readers see either the old content or the whole new
 * content, never a half-written draft: write a temporary file in the same
 * folder (so the rename stays on one file system), flush it to disk, then
 * rename it over the target. On any failure the temporary file is removed
 * and the error (with its `code`, e.g. EACCES) is rethrown. A device or
 * pipe (`/dev/stdout`) is written in place, since renaming over it would
 * replace the device with a file. Outside `noLinksBelow`, a symbolic link
 * is followed, so the file it names is replaced and the link stays.
 * Resolves to false when `stillCurrent` abandoned the write.
 */
export async function writeFileAtomic(
  target: string,
  data: Uint8Array | string,
  options: AtomicWriteOptions = {},
): Promise<boolean> {
  if (options.noLinksBelow !== undefined) {
    const link = await firstLinkBelow(options.noLinksBelow, target);
    if (link !== undefined) throw symlinkError(link);
  }
  const existing = await stat(target).catch(() => undefined);
  if (existing !== undefined && !existing.isFile() && !existing.isDirectory()) {
    await writeFile(target, data);
    return true;
  }
  const file = existing === undefined ? target : await realpath(target);
  const folder = path.dirname(file);
  if (options.createFolders === false) await requireFolder(folder);
  else await makeFolder(folder);
  const temp = temporaryPathFor(file);
  try {
    const handle = await open(temp, "wx");
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (options.stillCurrent !== undefined && !(await options.stillCurrent())) {
      await rm(temp, { force: true });
      return false;
    }
    await rename(temp, file);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  await removeStaleTemporaries(file);
  return true;
}

/**
 * The first part of `file`'s path below `root` (the target included) that
 * is a symbolic link; undefined when none is, or when `file` is not below
 * `root`. Parts that do not exist yet end the search.
 */
export async function firstLinkBelow(
  root: string,
  file: string,
): Promise<string | undefined> {
  const relative = path.relative(root, file);
  if (relative === "" || relative.startsWith("..") || path.isAbsolute(relative))
    return undefined;
  let at = root;
  for (const part of relative.split(path.sep)) {
    at = path.join(at, part);
    const info = await lstat(at).catch(() => undefined);
    if (info === undefined) return undefined;
    if (info.isSymbolicLink()) return at;
  }
  return undefined;
}

function symlinkError(link: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`ESYMLINK: ${link} is a symbolic link`), {
    code: "ESYMLINK",
    path: link,
  });
}

/** The folder must exist already (an explicit output path): ENOENT or ENOTDIR otherwise. */
async function requireFolder(folder: string): Promise<void> {
  const info = await stat(folder);
  if (!info.isDirectory())
    throw Object.assign(new Error(`ENOTDIR: ${folder} is not a folder`), {
      code: "ENOTDIR",
      path: folder,
    });
}

/** `.<name>.<pid>.<random>.tmp` beside the target: hidden, and naming the process that writes it. */
export function temporaryPathFor(file: string): string {
  return path.join(
    path.dirname(file),
    `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`,
  );
}

/**
 * A writer killed between creating its temporary file and renaming it
 * leaves the file behind; the next successful write removes those whose
 * process is gone. A live process's file is left alone (two builds at once
 * each finish their own rename).
 */
export async function removeStaleTemporaries(file: string): Promise<void> {
  const folder = path.dirname(file);
  const prefix = `.${path.basename(file)}.`;
  let names: string[];
  try {
    names = await readdir(folder);
  } catch {
    return;
  }
  for (const name of names) {
    if (!name.startsWith(prefix) || !name.endsWith(".tmp")) continue;
    const pid = Number(name.slice(prefix.length).split(".")[0]);
    if (!Number.isInteger(pid) || pid <= 0 || isAlive(pid)) continue;
    await rm(path.join(folder, name), { force: true }).catch(() => undefined);
  }
}

function isAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** mkdir -p; a file in the way is reported as ENOTDIR (Node says EEXIST, which reads as "already done"). */
async function makeFolder(folder: string): Promise<void> {
  try {
    await mkdir(folder, { recursive: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    throw Object.assign(
      new Error(`ENOTDIR: a part of ${folder} is a file, not a folder`, {
        cause: error,
      }),
      {
        code: "ENOTDIR",
        path: folder,
      },
    );
  }
}
