import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { writeFileAtomic } from "../fs/write-file.js";

/** What happened to a file `init` looks after. `kept`: it existed and was left alone. */
export type FileChange = "created" | "updated" | "unchanged" | "kept";

/** Write a new file, or leave an existing one alone (opened with `wx`, so nothing is ever clobbered). */
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
