import { ConfigError } from "../diagnostics/errors.js";

/**
 * The whole edition's contribution text: parsed, validated, merged and
 * rendered, it takes about 30 times its size in memory (32 MiB of Markdown:
 * 0.6 GB to validate, 1 GB to build a DOCX, measured cold), so this keeps
 * wps-report under ~1.5 GB. A real edition is under 1 MiB.
 */
export const MAX_EDITION_TEXT_BYTES = 32 * 1024 * 1024;

/** All the edition's images together (each is at most 5 MiB); held in memory and copied into the DOCX. */
export const MAX_EDITION_IMAGE_BYTES = 64 * 1024 * 1024;

interface SizedFile {
  file: string;
  size: number;
}

/** Whether `checkEditionSize` refuses these files: what may be read ahead of it asks the same. */
export function overEditionLimit(
  files: readonly SizedFile[],
  limit: number,
): boolean {
  return totalSize(files) > limit;
}

function totalSize(files: readonly SizedFile[]): number {
  let total = 0;
  for (const { size } of files) total += size;
  return total;
}

/**
 * Refuse, before anything is parsed or read, an edition whose files
 * together are over `limit`: a ConfigError (exit 2) naming the largest
 * files, which are the ones to move out.
 */
export function checkEditionSize(
  files: readonly SizedFile[],
  limit: number,
  what: "contributions" | "images",
): void {
  if (!overEditionLimit(files, limit)) return;
  const total = totalSize(files);
  const largest = [...files]
    .sort((a, b) => b.size - a.size || (a.file < b.file ? -1 : 1))
    .slice(0, 5)
    .map(({ file, size }) => `${file} (${mebibytes(size)})`);
  throw new ConfigError(
    `The edition's ${what} total ${mebibytes(total)}, over the ${mebibytes(limit)} limit; the largest: ${largest.join(", ")}`,
    undefined,
    what === "contributions"
      ? "A report's contributions total well under a megabyte: move pasted annexes and data out of the edition folder (link to them instead)."
      : "Use smaller images (a figure in the report needs at most a few hundred kilobytes), or fewer of them.",
  );
}

function mebibytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}
