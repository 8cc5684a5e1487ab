import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { generateEdition } from "../../scripts/bench/generate-edition.mjs";
import { repoRoot } from "../helpers/cli.js";
import type * as EngineModule from "../../src/engine/index.js";
import type * as LoadModule from "../../src/load/load-edition.js";
import type { Edition } from "../../src/model.js";

// Worker threads run the compiled parser (dist/), which `npm test` builds first.
const compiled = path.join(repoRoot, "dist", "load", "load-edition.js");
const scratch = mkdtempSync(path.join(tmpdir(), "wps-parallel-test-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function contents(edition: Edition): string {
  return JSON.stringify(
    [edition.contributions, edition.unreadable],
    (_key, value: unknown) =>
      value instanceof Map ? [...(value as Map<unknown, unknown>)] : value,
  );
}

describe("parsing on worker threads", () => {
  it.skipIf(!existsSync(compiled))(
    "gives the same edition as parsing on the main thread, in the same order",
    async () => {
      const { loadEdition } = (await import(
        pathToFileURL(compiled).href
      )) as typeof LoadModule;
      const { createEngine } = (await import(
        pathToFileURL(path.join(repoRoot, "dist", "engine", "index.js")).href
      )) as typeof EngineModule;
      const engine = (parallel: EngineModule.ParallelParsing) =>
        createEngine({
          root: edition.root,
          dir: edition.dir,
          cache: false,
          parallel,
        });
      const edition = generateEdition(path.join(scratch, "e"), {
        entities: 30,
        paragraphs: 3,
      });
      const parallel = await loadEdition(edition.root, edition.dir, {
        engine: engine({ above: 0, workers: 1 }),
      });
      const single = await loadEdition(edition.root, edition.dir, {
        engine: engine({ above: Number.POSITIVE_INFINITY }),
      });
      expect(parallel.contributions).toHaveLength(30);
      // The text rules ran beside the parser, on the worker too.
      expect(
        parallel.contributions.every((c) => Array.isArray(c.textProblems)),
      ).toBe(true);
      expect(contents(parallel)).toBe(contents(single));
    },
  );
});
