import { ConfigError } from "../diagnostics/errors.js";
import {
  checkOutputPath,
  displayOutputPath,
  type EditionInputs,
  type OutputRequest,
} from "./output-guard.js";

export { displayOutputPath };

/**
 * Write an output file atomically, after checking that it replaces no
 * input of the edition (see checkOutputPath); any failure becomes a
 * ConfigError (exit 2) naming the file, the reason in words, and `flag` as
 * the way out. Folders are made only for a default path.
 */
export async function writeOutput(
  file: string,
  data: Uint8Array | string,
  options: OutputRequest & { inputs: EditionInputs },
): Promise<void> {
  await checkOutputPath(file, options.inputs, options);
  const { writeFileAtomic } = await import("../fs/write-file.js");
  const where = { cwd: options.cwd, root: options.inputs.root };
  try {
    await writeFileAtomic(file, data, {
      createFolders: !options.explicit,
      noLinksBelow: options.inputs.root,
    });
  } catch (error) {
    const code =
      error instanceof Error && "code" in error ? String(error.code) : "";
    throw new ConfigError(
      `Cannot write ${displayOutputPath(file, where)}: ${describeWriteError(code, error, options.explicit)}`,
      undefined,
      `Choose another place with ${options.flag}, or check the folder's permissions and free space.`,
    );
  }
}

function describeWriteError(
  code: string,
  error: unknown,
  explicit: boolean,
): string {
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
      return explicit
        ? "its folder does not exist"
        : "its folder does not exist and cannot be created";
    case "ESYMLINK":
      return "a part of the path is a symbolic link, which wps-report never writes through inside the project";
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
