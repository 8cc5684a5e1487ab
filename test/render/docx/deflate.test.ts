import { inflateSync } from "fflate";
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { deflateXml } from "../../../src/render/docx/deflate.js";
import { repoRoot } from "../../helpers/cli.js";

// The process runs the compiled module (dist/), which `npm test` builds first.
const compiled = path.join(repoRoot, "dist", "render", "docx", "deflate.js");

const xml = new TextEncoder().encode(
  '<w:p><w:r><w:t xml:space="preserve">Women, peace and security \u2014 1325 (2000)</w:t></w:r></w:p>'.repeat(
    2_000,
  ),
);

describe("deflating a draft's XML parts", () => {
  it("gives raw DEFLATE that a standard inflater reads back, far smaller", () => {
    const deflated = deflateXml(xml);
    expect(Buffer.from(inflateSync(deflated)).equals(Buffer.from(xml))).toBe(
      true,
    );
    expect(deflated.length).toBeLessThan(xml.length / 20);
    expect(Buffer.from(inflateSync(deflateXml(new Uint8Array(0))))).toEqual(
      Buffer.alloc(0),
    );
  });

  it("gives the same bytes every time for the same part", () => {
    expect(Buffer.from(deflateXml(xml))).toEqual(
      Buffer.from(deflateXml(xml.slice())),
    );
  });

  it.skipIf(!existsSync(compiled))(
    "leaves no handler of the compressor's loader on the process",
    () => {
      // The loader runs once per thread: a fresh process sees it run.
      const script = `
        const events = ["uncaughtException", "unhandledRejection"];
        const count = () => events.map((e) => process.listenerCount(e)).join();
        const before = count();
        const { deflateXml } = await import(${JSON.stringify(pathToFileURL(compiled).href)});
        deflateXml(new TextEncoder().encode("<w:p/>"));
        console.log(before + " " + count());`;
      const run = spawnSync(
        process.execPath,
        ["--input-type=module", "-e", script],
        { encoding: "utf8" },
      );
      expect(run.stderr).toBe("");
      expect(run.stdout.trim()).toBe("0,0 0,0");
    },
  );
});
