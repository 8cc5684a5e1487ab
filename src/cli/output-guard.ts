import { realpath, stat } from "node:fs/promises";
import path from "node:path";
import { ConfigError } from "../diagnostics/errors.js";
import { firstLinkBelow } from "../fs/write-file.js";

/** What an output file must never replace: the edition being read. */
export interface EditionInputs {
  /** Absolute project root. */
  root: string;
  /** Edition folder, root-relative (contributions/<year>). */
  dir: string;
  /** Outline files, root-relative (known once report.yaml is read). */
  outlines?: readonly string[];
}

export interface OutputRequest {
  /** The flag that named the file (`--out`, `--docx`), for the hint. */
  flag: string;
  /** Named by the user: its folder must exist (a default path's folders are made). */
  explicit: boolean;
  cwd: string;
}

/**
 * Refuse, before anything is written, an output path that would replace
 * an input of the edition: a file in the edition folder (contributions,
 * report.yaml, images) or anywhere under contributions/, or the outline;
 * a path inside the project that goes through a symbolic link (a pull
 * request can turn a tracked draft into a link to a contribution or to a
 * file outside the project); and, for a path the user named, a folder
 * that does not exist. Each is a ConfigError (exit 2).
 */
export async function checkOutputPath(
  file: string,
  inputs: EditionInputs,
  request: OutputRequest,
): Promise<void> {
  const where = { cwd: request.cwd, root: inputs.root };
  const shown = displayOutputPath(file, where);
  const other = `Choose another place with ${request.flag}, e.g. drafts/ or a folder outside the project.`;

  const link = await firstLinkBelow(inputs.root, file);
  if (link !== undefined)
    throw new ConfigError(
      `Cannot write ${shown}: ${displayOutputPath(link, where)} is a symbolic link, and wps-report never writes through one inside the project`,
      undefined,
      `Replace the link with a real file or folder (git rm it), or ${lowerFirst(other)}`,
    );

  const real = await realPathOf(file);
  const protectedFolders = [inputs.dir, "contributions"].map((dir) =>
    path.join(inputs.root, dir),
  );
  for (const folder of protectedFolders) {
    const realFolder = await realPathOf(folder);
    if (isInside(file, folder) || isInside(real, realFolder))
      throw new ConfigError(
        `Cannot write ${shown}: it is inside ${toPosix(path.relative(inputs.root, folder))}/, where the contributions are; an output there would replace or join them`,
        undefined,
        other,
      );
  }
  for (const outline of inputs.outlines ?? []) {
    const outlineFile = path.join(inputs.root, outline);
    if (file === outlineFile || real === (await realPathOf(outlineFile)))
      throw new ConfigError(
        `Cannot write ${shown}: it is the edition's outline (${outline})`,
        undefined,
        other,
      );
  }

  if (request.explicit) {
    const folder = path.dirname(file);
    const info = await stat(folder).catch(() => undefined);
    if (info !== undefined && !info.isDirectory())
      throw new ConfigError(
        `Cannot write ${shown}: a part of the path is a file, not a folder`,
        undefined,
        other,
      );
    if (info === undefined)
      throw new ConfigError(
        `Cannot write ${shown}: the folder ${displayOutputPath(folder, where)} does not exist`,
        undefined,
        `Create the folder first, or ${lowerFirst(other)}`,
      );
  }
}

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

/** `file` with every symbolic link in its existing part resolved (the rest appended as written). */
async function realPathOf(file: string): Promise<string> {
  const rest: string[] = [];
  for (let at = path.resolve(file); ; at = path.dirname(at)) {
    const resolved = await realpath(at).catch(() => undefined);
    if (resolved !== undefined) return path.join(resolved, ...rest.reverse());
    if (path.dirname(at) === at) return path.resolve(file);
    rest.push(path.basename(at));
  }
}

function isInside(file: string, folder: string): boolean {
  const relative = path.relative(folder, file);
  return (
    relative === "" ||
    (!relative.startsWith("..") && !path.isAbsolute(relative))
  );
}

function toPosix(p: string): string {
  return p.split(path.sep).join("/");
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
