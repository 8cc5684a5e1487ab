import { lstat, mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { ConfigError } from "../diagnostics/errors.js";
import { writeFileAtomic } from "./write-file.js";

/** What happened to a file `init` looks after. `kept`: it existed and was left alone. */
export type FileChange = "created" | "updated" | "unchanged" | "kept";

/** Write a new file, or leave an existing one alone (opened with `wx`, so nothing is ever clobbered, nor a link followed). */
export async function createIfAbsent(
  file: string,
  text: string,
): Promise<"created" | "kept"> {
  await mkdir(path.dirname(file), { recursive: true });
  try {
    await writeFile(file, text, { flag: "wx" });
    return "created";
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return "kept";
    throw error;
  }
}

/** Rewrite a text file through `update` (undefined: the file does not exist yet); written only when the text changes. */
export async function updateTextFile(
  file: string,
  update: (current: string | undefined) => string,
): Promise<"created" | "updated" | "unchanged"> {
  // A pull request can turn CODEOWNERS or .gitattributes into a link to a
  // contribution or out of the project: never read or write through one.
  if ((await lstat(file).catch(() => undefined))?.isSymbolicLink() === true)
    throw new ConfigError(
      `${file} is a symbolic link; wps-report never writes through one inside the project`,
      undefined,
      "Replace the link with a regular file (git rm it), then run the command again.",
    );
  const current = await readFile(file, "utf8").catch((error: unknown) => {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  });
  const next = update(current);
  if (next === current) return "unchanged";
  await writeFileAtomic(file, next);
  return current === undefined ? "created" : "updated";
}

/** `text` with `line` added at the end, unless a line equal to it (ignoring surrounding spaces) is already there. */
export function withLine(text: string | undefined, line: string): string {
  const current = text ?? "";
  if (current.split(/\r?\n/).some((l) => l.trim() === line)) return current;
  const separator = current === "" || current.endsWith("\n") ? "" : "\n";
  return `${current}${separator}${line}\n`;
}
