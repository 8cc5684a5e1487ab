import { readdir, stat } from "node:fs/promises";
import path from "node:path";
import { UsageError } from "../diagnostics/errors.js";
import { closest } from "../schema/field-spec.js";
import { editionAt, toPosix, type EditionLocation } from "./find-edition.js";

/** A path given on the command line, resolved to the edition it lies in. */
export interface PathInEdition extends EditionLocation {
  /** Root-relative POSIX path of the file or folder; equal to `dir` for the edition folder itself. */
  target: string;
}

/**
 * The edition a file or folder given on the command line belongs to: the
 * nearest folder at or above it that holds a report.yaml. A path that does
 * not exist, or lies in no edition, is a usage error (exit 2): checking
 * nothing and saying "No problems found" would be a false all-clear.
 */
export async function editionOfPath(
  cwd: string,
  given: string,
): Promise<PathInEdition> {
  const absolute = path.resolve(cwd, given);
  const info = await stat(absolute).catch(() => undefined);
  if (info === undefined)
    throw new UsageError(await noSuchPath(given, absolute));
  let folder = info.isDirectory() ? absolute : path.dirname(absolute);
  for (;;) {
    const report = await stat(path.join(folder, "report.yaml")).catch(
      () => undefined,
    );
    if (report?.isFile() === true) {
      const { root, dir } = editionAt(folder);
      return { root, dir, target: toPosix(path.relative(root, absolute)) };
    }
    const parent = path.dirname(folder);
    if (parent === folder) break;
    folder = parent;
  }
  throw new UsageError(
    `${given} is not a contribution: it is not inside an edition folder (a folder with a report.yaml, such as contributions/2004/)`,
  );
}

async function noSuchPath(given: string, absolute: string): Promise<string> {
  const names = await readdir(path.dirname(absolute)).catch(() => []);
  const suggestion = closest(path.basename(absolute), names);
  const alternative =
    suggestion === undefined
      ? ""
      : ` (did you mean ${toPosix(path.join(path.dirname(given), suggestion))}?)`;
  return `No such file: ${given}${alternative}; nothing was checked`;
}
