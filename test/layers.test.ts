import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it, onTestFinished } from "vitest";
import { checkLayers } from "../scripts/check-layers.mjs";

function tree(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), "wps-layers-"));
  onTestFinished(() => rmSync(root, { recursive: true, force: true }));
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  }
  return root;
}

describe("the layer check (.ci/run: npm run lint:layers)", () => {
  it("finds no upward import and no cycle in src/", () => {
    expect(checkLayers()).toEqual([]);
  });

  it("reports a lower layer importing a higher one, static, type-only or lazy", () => {
    const src = tree({
      "load/a.ts": 'import { b } from "../validate/b.js";\n',
      "merge/c.ts": 'import type { D } from "../cli/d.js";\n',
      "model.ts": 'const e = await import("./engine/e.js");\n',
      "validate/b.ts": "export const b = 1;\n",
      "cli/d.ts": "export type D = 1;\n",
      "engine/e.ts": "export {};\n",
    });
    expect(checkLayers(src).sort()).toEqual([
      "load/a.ts imports validate/b.ts: src/load is below src/validate",
      "merge/c.ts imports cli/d.ts: src/merge is below src/cli",
      "model.ts imports engine/e.ts: src/model is below src/engine",
    ]);
  });

  it("reports modules that import each other in a circle, and a folder in no layer", () => {
    const src = tree({
      "load/a.ts": 'import { b } from "./b.js";\nexport const a = b;\n',
      "load/b.ts": 'export { a as b } from "./a.js";\n',
      "newthing/x.ts": "export {};\n",
    });
    expect(checkLayers(src).sort()).toEqual([
      "import cycle: load/a.ts -> load/b.ts",
      "newthing/x.ts: src/newthing is in no layer (add it to LAYERS in scripts/check-layers.mjs)",
    ]);
  });
});
