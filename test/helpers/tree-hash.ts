import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

/** A hash of every file's path and bytes under a folder: equal before and after means nothing was written. */
export function hashTree(folder: string): string {
  const hash = createHash("sha256");
  const visit = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const full = path.join(dir, name);
      const info = statSync(full);
      hash.update(`${path.relative(folder, full)}\0${info.mode}\0`);
      if (info.isDirectory()) visit(full);
      else hash.update(readFileSync(full));
    }
  };
  visit(folder);
  return hash.digest("hex");
}
