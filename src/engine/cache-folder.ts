import { createHash, randomBytes } from "node:crypto";
import { constants, realpathSync } from "node:fs";
import { link, lstat, mkdir, open, rm } from "node:fs/promises";
import { homedir } from "node:os";
import path from "node:path";

/**
 * Where the cache lives instead of the default (tests, CI runners, a user
 * who wants it elsewhere). An absolute path; anything else is ignored.
 */
export const CACHE_DIR_ENV = "WPS_REPORT_CACHE_DIR";

/**
 * The in-repository folder older versions used. A repository can supply
 * it (`git add -f`), so it is never read or written; projects keep it in
 * .gitignore only so old copies stay out of commits.
 */
export const LEGACY_CACHE_FOLDER = ".wps-report-cache";

const SECRET_FILE = "secret";
const SECRET_BYTES = 32;

/**
 * The user's cache folder for wps-report: `$WPS_REPORT_CACHE_DIR`, else
 * `$XDG_CACHE_HOME/wps-report`, else `~/.cache/wps-report`. Outside any
 * work tree, so a repository cannot bring its own cache; undefined when
 * there is no home to put it in (no cache then, only slower runs).
 */
export function userCacheFolder(
  env: NodeJS.ProcessEnv = process.env,
): string | undefined {
  const chosen = env[CACHE_DIR_ENV];
  if (chosen !== undefined && path.isAbsolute(chosen)) return chosen;
  const xdg = env.XDG_CACHE_HOME;
  if (xdg !== undefined && path.isAbsolute(xdg))
    return path.join(xdg, "wps-report");
  let home: string;
  try {
    home = homedir();
  } catch {
    return undefined;
  }
  return home === "" ? undefined : path.join(home, ".cache", "wps-report");
}

/**
 * The sub-folder of one project: a hash of the project's real path, so
 * two clones never share entries and a path's spelling does not matter.
 */
export function projectFolderName(root: string): string {
  let real = root;
  try {
    real = realpathSync(root);
  } catch {
    // A root that cannot be resolved still gets a stable name.
  }
  return createHash("sha256").update(real).digest("hex").slice(0, 32);
}

/**
 * The per-machine key that authenticates cache entries: 32 random bytes in
 * `<cache folder>/secret`, created once with mode 0600 and never written
 * anywhere else. A secret that is not a regular file of ours, readable by
 * others, or of the wrong size is not trusted: undefined, and the run goes
 * without a cache.
 */
export async function machineSecret(
  folder: string,
): Promise<Uint8Array | undefined> {
  const file = path.join(folder, SECRET_FILE);
  const existing = await readSecret(file);
  if (existing !== "missing") return existing;
  try {
    await mkdir(folder, { recursive: true, mode: 0o700 });
    // Written whole under a temporary name, then linked into place: a
    // second process either wins the link or reads the winner's secret.
    const temp = path.join(
      folder,
      `.${SECRET_FILE}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`,
    );
    const handle = await open(
      temp,
      constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL,
      0o600,
    );
    try {
      await handle.writeFile(randomBytes(SECRET_BYTES));
      await handle.sync();
    } finally {
      await handle.close();
    }
    await link(temp, file).catch(() => undefined);
    await rm(temp, { force: true });
  } catch {
    return undefined;
  }
  const made = await readSecret(file);
  return made === "missing" ? undefined : made;
}

async function readSecret(
  file: string,
): Promise<Uint8Array | undefined | "missing"> {
  let handle;
  try {
    handle = await open(file, constants.O_RDONLY | constants.O_NOFOLLOW);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "ENOENT"
      ? "missing"
      : undefined;
  }
  try {
    const info = await handle.stat();
    const uid = process.getuid?.();
    if (
      !info.isFile() ||
      info.size !== SECRET_BYTES ||
      (uid !== undefined && info.uid !== uid) ||
      (process.platform !== "win32" && (info.mode & 0o077) !== 0)
    )
      return undefined;
    const bytes = new Uint8Array(SECRET_BYTES);
    const { bytesRead } = await handle.read(bytes, 0, SECRET_BYTES, 0);
    return bytesRead === SECRET_BYTES ? bytes : undefined;
  } catch {
    return undefined;
  } finally {
    await handle.close();
  }
}

/**
 * Read a cache file without following a symbolic link and only when it is
 * a regular file: a link to `/dev/zero` or into a repository is no cache.
 */
export async function readCacheFile(
  file: string,
): Promise<Uint8Array | undefined> {
  let handle;
  try {
    handle = await open(file, constants.O_RDONLY | constants.O_NOFOLLOW);
  } catch {
    return undefined;
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) return undefined;
    // One read of the whole file where handle.readFile() makes one per
    // 512 KiB, each queued again behind whatever else the thread pool has:
    // a 1,000-file build reads its contributions meanwhile, and a 47 MB
    // pack then waited for all of them.
    // Not pooled (allocUnsafeSlow): the bytes own their whole buffer. A plain
    // Uint8Array, as before: a Buffer's slice() would not copy.
    const bytes = new Uint8Array(
      Buffer.allocUnsafeSlow(info.size).buffer,
      0,
      info.size,
    );
    let length = 0;
    while (length < bytes.length) {
      const { bytesRead } = await handle.read(
        bytes,
        length,
        bytes.length - length,
        length,
      );
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    return bytes.subarray(0, length);
  } catch {
    return undefined;
  } finally {
    await handle.close();
  }
}

/** Make `folder` (mode 0700) and check that it is a real folder, not a link to one. */
export async function makeCacheFolder(folder: string): Promise<void> {
  await mkdir(folder, { recursive: true, mode: 0o700 });
  const info = await lstat(folder);
  if (!info.isDirectory())
    throw new Error(`${folder} is not a folder of its own`);
}
