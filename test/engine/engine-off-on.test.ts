import {
  cpSync,
  existsSync,
  mkdtempSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import type * as BuildModule from "../../src/build-report.js";
import type * as EngineModule from "../../src/engine/index.js";
import type * as DocxModule from "../../src/render/docx/index.js";
import type * as TextModule from "../../src/render/text.js";
import { repoRoot } from "../helpers/cli.js";

// The compiled code (dist/, which `npm test` builds first): worker threads run it.
const dist = path.join(repoRoot, "dist");
const scratch = mkdtempSync(path.join(tmpdir(), "wps-engine-test-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

async function compiled<T>(file: string): Promise<T> {
  return (await import(pathToFileURL(path.join(dist, file)).href)) as T;
}

/** The sample edition, plus a file full of style findings and one that cannot be read. */
function editionWithFindings(): { root: string; dir: string } {
  const root = path.join(scratch, "project");
  const dir = "contributions/2004";
  cpSync(path.join(repoRoot, dir), path.join(root, dir), { recursive: true });
  writeFileSync(
    path.join(root, dir, "unifem.md"),
    "---\nentity: UNIFEM\nyear: 2004\n---\n\n## Peace negotiations\n\nUNIFEM trained 25% of the mediators on 10/31/2004, under UNSCR 1325, in a programme of organisation.[^1]\n\n[^1]: See S/2004/0814.\n",
  );
  writeFileSync(
    path.join(root, dir, "unfpa.md"),
    new Uint8Array([0xff, 0xfe, 0x41, 0x00]),
  );
  return { root, dir };
}

describe("the engine (cache and worker threads)", () => {
  it.skipIf(!existsSync(path.join(dist, "engine", "index.js")))(
    "changes nothing but speed: off, on and cold with a worker thread, on and warm give the same diagnostics and the same bytes",
    async () => {
      const { buildReport } =
        await compiled<typeof BuildModule>("build-report.js");
      const { ContributionCache } =
        await compiled<typeof EngineModule>("engine/index.js");
      const { renderDocx } = await compiled<typeof DocxModule>(
        "render/docx/index.js",
      );
      const { renderText } =
        await compiled<typeof TextModule>("render/text.js");
      const { root, dir } = editionWithFindings();
      const env = { WPS_REPORT_CACHE_DIR: path.join(scratch, "cache") };
      const cache = () => ContributionCache.forEdition(root, dir, { env });

      const off = await buildReport(root, dir, { engine: false });
      const cold = await buildReport(root, dir, {
        cache: cache() ?? false,
        parallel: { above: 0, workers: 1 },
      });
      const warmCache = cache();
      const warm = await buildReport(root, dir, { cache: warmCache ?? false });

      expect(warmCache?.stats.hits).toBeGreaterThan(10);
      // What the comparison is worth: the edition has findings of every kind.
      const ids = new Set(off.diagnostics.map((d) => d.ruleId));
      for (const id of ["file/encoding", "style/per-cent", "style/dates"])
        expect(ids).toContain(id);
      expect(off.edition.contributions.some((c) => c.textProblems)).toBe(false);
      expect(cold.edition.contributions.every((c) => c.textProblems)).toBe(
        true,
      );
      for (const run of [cold, warm]) {
        expect(run.diagnostics).toEqual(off.diagnostics);
        expect(run.silenced).toEqual(off.silenced);
        expect(renderText(run.report)).toBe(renderText(off.report));
        expect(
          Buffer.from(await renderDocx(run.report)).equals(
            Buffer.from(await renderDocx(off.report)),
          ),
        ).toBe(true);
      }
    },
  );
});
