import { deflateXml } from "../../src/render/docx/deflate.js";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { repoRoot } from "../helpers/cli.js";
import type * as DeflateModule from "../../src/engine/deflate-on-worker.js";

// The worker thread runs the compiled module (dist/), which `npm test` builds first.
const compiled = path.join(repoRoot, "dist", "engine", "deflate-on-worker.js");
const load = async () =>
  (await import(pathToFileURL(compiled).href)) as typeof DeflateModule;
const oneSpareCore = () => 1;

const part = new TextEncoder().encode(
  '<w:p><w:pPr><w:pStyle w:val="NumberedParagraph"/></w:pPr><w:r><w:t xml:space="preserve">Women and peace and security</w:t></w:r></w:p>'.repeat(
    5_000,
  ),
);

describe("deflating a draft's large part on a worker thread", () => {
  it.skipIf(!existsSync(compiled))(
    "gives the bytes deflating it here gives, and leaves the part intact",
    async () => {
      const { startDeflateWorker } = await load();
      const before = Buffer.from(part);
      const worker = startDeflateWorker({ spareCores: oneSpareCore });
      // Started early, it waits for the part.
      await new Promise((resolve) => setTimeout(resolve, 50));
      const deflated = await worker.deflate(part);
      expect(Buffer.from(deflated)).toEqual(Buffer.from(deflateXml(part)));
      // The part is copied to the worker, not moved: the zip still needs it for its CRC.
      expect(Buffer.from(part).equals(before)).toBe(true);
    },
  );

  it.skipIf(!existsSync(compiled))(
    "can move the bytes instead of copying them, with the same result",
    async () => {
      const { startDeflateWorker } = await load();
      const moved = part.slice();
      const deflated = await startDeflateWorker({
        spareCores: oneSpareCore,
      }).deflate(moved, { movable: true });
      expect(Buffer.from(deflated)).toEqual(Buffer.from(deflateXml(part)));
      expect(moved.length).toBe(0);
    },
  );

  it.skipIf(!existsSync(compiled))(
    "deflates here when the worker fails",
    async () => {
      const { startDeflateWorker } = await load();
      const scratch = mkdtempSync(path.join(tmpdir(), "wps-deflate-test-"));
      try {
        const broken = path.join(scratch, "broken-worker.mjs");
        writeFileSync(broken, 'throw new Error("broken on purpose");\n');
        const deflated = await startDeflateWorker({
          workerFile: pathToFileURL(broken),
          spareCores: oneSpareCore,
        }).deflate(part);
        expect(Buffer.from(deflated)).toEqual(Buffer.from(deflateXml(part)));
        // Bytes moved to a worker that fails are gone: the caller is told, never given a wrong deflate.
        await expect(
          startDeflateWorker({
            workerFile: pathToFileURL(broken),
            spareCores: oneSpareCore,
          }).deflate(part.slice(), { movable: true }),
        ).rejects.toThrow(/deflate worker failed/);
      } finally {
        rmSync(scratch, { recursive: true, force: true });
      }
    },
  );
});
