import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { docsUrlFor } from "../../src/diagnostics/docs-url.js";
import { ruleCatalog, ruleIds } from "../../src/validate/registry.js";
import { repoRoot } from "../helpers/cli.js";

const page = readFileSync(path.join(repoRoot, "CONTRIBUTING.md"), "utf8");

describe("CONTRIBUTING.md, where every --format github annotation links", () => {
  it("has a section for every rule in the catalog, at the anchor docsUrlFor gives (regenerate: npm run docs:rules)", () => {
    const missing = ruleIds.filter((ruleId) => {
      const anchor = docsUrlFor(ruleId).split("#")[1] ?? "";
      return (
        !page.includes(`<a id="${anchor}"></a>`) ||
        !page.includes(`\`${ruleId}\`: ${ruleCatalog[ruleId].title}`)
      );
    });
    expect(missing).toEqual([]);
  });

  it("gives every rule its own anchor", () => {
    const anchors = ruleIds.map((id) => docsUrlFor(id));
    expect(new Set(anchors).size).toBe(anchors.length);
  });

  it("keeps the generated part between its markers", () => {
    expect(page.indexOf("<!-- rules:start -->")).toBeGreaterThan(0);
    expect(page.indexOf("<!-- rules:end -->")).toBeGreaterThan(
      page.indexOf("<!-- rules:start -->"),
    );
  });
});
