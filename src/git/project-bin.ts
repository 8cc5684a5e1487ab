import { readFile } from "node:fs/promises";
import path from "node:path";
import { toPosix } from "../load/find-edition.js";

/**
 * How to run this project's own wps-report from `from` (a folder of the
 * repository): `node bin/wps-report.js` in wps-report's own repository,
 * else the copy npm installed, `node_modules/.bin/wps-report`. Never `npx
 * wps-report`: in a fresh clone npx installs and builds a second copy in
 * npm's cache, and an interrupted one breaks every later npx run.
 */
export async function projectBin(root: string, from: string): Promise<string> {
  const own = await isWpsReportItself(root);
  const target = own
    ? path.join(root, "bin", "wps-report.js")
    : path.join(root, "node_modules", ".bin", "wps-report");
  const relative = toPosix(path.relative(from, target));
  const shown = quoted(relative === "" ? target : relative);
  return own ? `node ${shown}` : shown;
}

async function isWpsReportItself(root: string): Promise<boolean> {
  const text = await readFile(path.join(root, "package.json"), "utf8").catch(
    () => undefined,
  );
  if (text === undefined) return false;
  try {
    return (JSON.parse(text) as { name?: unknown }).name === "wps-report";
  } catch {
    return false;
  }
}

function quoted(file: string): string {
  return /^[\w./-]+$/.test(file)
    ? file
    : `"${file.replace(/(["\\$`])/g, "\\$1")}"`;
}
