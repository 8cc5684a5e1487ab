import { truncateSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  MAX_EDITION_IMAGE_BYTES,
  MAX_EDITION_TEXT_BYTES,
} from "../../src/load/edition-size.js";
import { MAX_CONTRIBUTION_BYTES } from "../../src/load/load-edition.js";
import { runBin } from "../helpers/cli.js";
import { contribution, makeEdition, reportYaml } from "../helpers/edition.js";
import { hashTree } from "../helpers/tree-hash.js";

/**
 * An edition too big to hold in memory is refused before anything is
 * parsed: exit 2, naming the largest files. The files are sparse (their
 * size is what counts, and it is checked before they are read).
 */

const GOOD = contribution(
  "UNICEF",
  "## Humanitarian assistance\n\nThe Fund trained 200 women mediators.\n",
);

describe("the edition's size limit", () => {
  it("contributions over the total are exit 2 for validate and build, naming the largest, nothing parsed or written", async () => {
    const { root, editionPath } = makeEdition({
      "report.yaml": reportYaml(),
      "unicef.md": GOOD,
    });
    // Each just under the per-file limit, so only the total is over.
    const size = MAX_CONTRIBUTION_BYTES - 1;
    const count = Math.floor(MAX_EDITION_TEXT_BYTES / size) + 1;
    for (let i = 0; i < count; i++) {
      const file = path.join(editionPath, `annex-${i}.md`);
      writeFileSync(file, "");
      truncateSync(file, size - i);
    }
    const before = hashTree(root);
    for (const args of [["validate"], ["build"], ["status"]]) {
      const run = await runBin(args, { cwd: root });
      expect(run.code, run.stderr).toBe(2);
      expect(run.stderr).toMatch(
        /wps-report: The edition's contributions total 34\.0 MiB, over the 32\.0 MiB limit; the largest: contributions\/2004\/annex-0\.md \(2\.0 MiB\), contributions\/2004\/annex-1\.md \(2\.0 MiB\)/,
      );
      expect(run.stderr).toContain("move pasted annexes");
      expect(run.stderr).not.toContain("internal error");
    }
    expect(hashTree(root)).toBe(before);
  });

  it("images over their total are exit 2, naming the largest", async () => {
    const { root, editionPath } = makeEdition({
      "report.yaml": reportYaml(),
      "unicef.md": GOOD,
    });
    const size = 5 * 1024 * 1024;
    const count = Math.floor(MAX_EDITION_IMAGE_BYTES / size) + 1;
    for (let i = 0; i < count; i++) {
      const file = path.join(editionPath, `photo-${i}.png`);
      writeFileSync(file, "");
      truncateSync(file, size);
    }
    const run = await runBin(["validate"], { cwd: root });
    expect(run.code, run.stderr).toBe(2);
    expect(run.stderr).toMatch(
      /The edition's images total 65\.0 MiB, over the 64\.0 MiB limit; the largest: contributions\/2004\/photo-0\.png \(5\.0 MiB\)/,
    );
  });
});
