import { randomBytes } from "node:crypto";
import { mkdir, open, rename, rm } from "node:fs/promises";
import path from "node:path";

/**
 * Write a file so that readers see either the old content or the whole new
 * content, never a half-written draft: write a temporary file in the same
 * folder (so the rename stays on one file system), flush it to disk, then
 * rename it over the target. On any failure the temporary file is removed
 * and the error (with its `code`, e.g. EACCES) is rethrown. Parent folders
 * are created.
 */
export async function writeFileAtomic(
  file: string,
  data: Uint8Array | string,
): Promise<void> {
  const folder = path.dirname(file);
  await makeFolder(folder);
  const temp = path.join(
    folder,
    `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`,
  );
  try {
    const handle = await open(temp, "wx");
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, file);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
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
