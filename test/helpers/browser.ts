import { existsSync } from "node:fs";
import { execFileSync } from "node:child_process";

/**
 * The system Chromium the browser tests drive (playwright-core cannot
 * download one here): $CHROMIUM_PATH, else `chromium` on the PATH. Undefined
 * when there is none, and the tests skip with a message saying so.
 */
export function findChromium(): string | undefined {
  const fromEnv = process.env["CHROMIUM_PATH"];
  if (fromEnv !== undefined && existsSync(fromEnv)) return fromEnv;
  for (const name of ["chromium", "chromium-browser"]) {
    try {
      const found = execFileSync("sh", ["-c", `command -v ${name}`], {
        encoding: "utf8",
      }).trim();
      if (found !== "") return found;
    } catch {
      // Not on the PATH; try the next name.
    }
  }
  return undefined;
}
