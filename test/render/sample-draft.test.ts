import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, it } from "vitest";
import { buildReport } from "../../src/build-report.js";
import { renderDocx, sourceBlobIds } from "../../src/render/docx/index.js";
import { repoRoot } from "../helpers/cli.js";

it("the committed sample draft is what `wps-report build` makes from the committed sample", async () => {
  const result = await buildReport(repoRoot, "contributions/2004", {
    cache: false,
  });
  expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  const fresh = await renderDocx(result.report, {
    blobIds: sourceBlobIds(result.edition),
  });
  const committed = readFileSync(
    path.join(repoRoot, "drafts", "2004", "S-2004-814.docx"),
  );
  expect(
    Buffer.from(fresh).equals(committed),
    "drafts/2004/S-2004-814.docx is stale: run `npm run build:sample` and commit it",
  ).toBe(true);
});
