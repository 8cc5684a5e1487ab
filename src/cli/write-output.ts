import path from "node:path";
import { ConfigError } from "../diagnostics/errors.js";

/**
 * An output path as the user should read it: relative to the current
 * folder when it is in the project (`../../drafts/...` from an edition
 * folder), absolute when it is elsewhere (`/tmp/x.docx`, not `../../../tmp`).
 */
export function displayOutputPath(
  file: string,
  where: { cwd: string; root: string },
): string {
  const inProject = path.relative(where.root, file);
  if (inProject.startsWith("..") || path.isAbsolute(inProject)) return file;
  return path.relative(where.cwd, file).split(path.sep).join("/") || file;
}

/**
 * Write a draft atomically; any failure becomes a ConfigError (exit 2)
 * naming the file, the reason in words, and `flag` as the way out.
 */
export async function writeOutput(
  file: string,
  data: Uint8Array | string,
  options: { cwd: string; root: string; flag: string },
): Promise<void> {
  const { writeFileAtomic } = await import("../fs/write-file.js");
  try {
    await writeFileAtomic(file, data);
  } catch (error) {
    const code =
      error instanceof Error && "code" in error ? String(error.code) : "";
    throw new ConfigError(
      `Cannot write ${displayOutputPath(file, options)}: ${describeWriteError(code, error)}`,
      undefined,
      `Choose another place with ${options.flag}, or check the folder's permissions and free space.`,
    );
  }
}

function describeWriteError(code: string, error: unknown): string {
  switch (code) {
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "EROFS":
      return "the file system is read-only";
    case "ENOSPC":
    case "EDQUOT":
      return "the disk is full";
    case "EISDIR":
      return "that path is a folder";
    case "ENOTDIR":
      return "a part of the path is a file, not a folder";
    case "ENOENT":
      return "its folder does not exist and cannot be created";
    case "EIO":
      return "the disk reported an input/output error";
    default:
      return code !== ""
        ? code
        : error instanceof Error
          ? error.message
          : String(error);
  }
}
