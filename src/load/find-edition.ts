import { readdir, stat } from "node:fs/promises";
import path from "node:path";
import { ConfigError } from "../diagnostics/errors.js";

export interface EditionLocation {
  /** Absolute project root: the folder holding `contributions/`. */
  root: string;
  /** Edition folder relative to root (POSIX), e.g. `contributions/2004`. */
  dir: string;
}

/**
 * The edition to work on: `--edition DIR` when given, else the newest
 * `contributions/<year>/` found from `cwd` upward (as git finds `.git`).
 */
export async function locateEdition(
  cwd: string,
  editionOption?: string,
): Promise<EditionLocation> {
  if (editionOption !== undefined) {
    const absolute = path.resolve(cwd, editionOption);
    const info = await stat(absolute).catch(() => undefined);
    if (info === undefined || !info.isDirectory()) {
      throw new ConfigError(
        `No edition folder at ${editionOption}`,
        undefined,
        "Pass --edition contributions/<year>, the folder that holds report.yaml.",
      );
    }
    return editionAt(absolute);
  }
  for (let dir = path.resolve(cwd); ; dir = path.dirname(dir)) {
    const year = await newestYear(path.join(dir, "contributions"));
    if (year !== undefined) return { root: dir, dir: `contributions/${year}` };
    if (path.dirname(dir) === dir) break;
  }
  throw new ConfigError(
    "No edition found: there is no contributions/<year>/report.yaml in this folder or above it",
    undefined,
    "Run the command inside the report's repository, pass --edition contributions/<year>, or start one with `wps-report init <year>`.",
  );
}

/** The location of an edition folder given by its absolute path: the root is above `contributions/`, else the folder's parent. */
export function editionAt(absolute: string): EditionLocation {
  const parent = path.dirname(absolute);
  const root =
    path.basename(parent) === "contributions" ? path.dirname(parent) : parent;
  return { root, dir: toPosix(path.relative(root, absolute)) };
}

async function newestYear(contributions: string): Promise<string | undefined> {
  const names = await readdir(contributions).catch(() => [] as string[]);
  const years = names
    .filter((name) => /^\d{4}$/.test(name))
    .sort()
    .reverse();
  for (const year of years) {
    const report = await stat(
      path.join(contributions, year, "report.yaml"),
    ).catch(() => undefined);
    if (report?.isFile() === true) return year;
  }
  return undefined;
}

export function toPosix(p: string): string {
  return p.split(path.sep).join("/");
}
