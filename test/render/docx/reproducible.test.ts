import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { strFromU8, unzipSync } from "fflate";
import {
  renderDocx,
  type DocxOptions,
} from "../../../src/render/docx/index.js";
import type { Report } from "../../../src/model.js";
import { makeReport, paragraph, source } from "../../helpers/report.js";
import { sampleReport } from "../../helpers/sample-report.js";

const ROOT = path.resolve(import.meta.dirname, "../../..");
const DIST_ENTRY = path.join(ROOT, "dist/render/docx/index.js");

const sha256 = (bytes: Uint8Array) =>
  createHash("sha256").update(bytes).digest("hex");

/** The compiled renderer exists and is newer than every source file of it (npm test builds first). */
function distIsFresh(): boolean {
  if (!existsSync(DIST_ENTRY)) return false;
  const built = statSync(DIST_ENTRY).mtimeMs;
  const sources = path.join(ROOT, "src/render/docx");
  return readdirSync(sources).every(
    (name) => statSync(path.join(sources, name)).mtimeMs <= built,
  );
}

/** A report as JSON a child process can rebuild: the images map and its bytes as base64. */
function serialize(report: Report): string {
  return JSON.stringify({
    ...report,
    images: [...report.images.values()].map((image) => ({
      ...image,
      data: Buffer.from(image.data).toString("base64"),
    })),
  });
}

const CHILD = `
const input = JSON.parse(require("node:fs").readFileSync(0, "utf8"));
const report = { ...input.report, images: new Map(input.report.images.map((i) => [i.file, { ...i, data: new Uint8Array(Buffer.from(i.data, "base64")) }])) };
import(${JSON.stringify(DIST_ENTRY)}).then(async ({ renderDocx }) => {
  const bytes = await renderDocx(report, input.options);
  process.stdout.write(require("node:crypto").createHash("sha256").update(bytes).digest("hex"));
});
`;

function renderInChild(
  report: Report,
  options: DocxOptions,
  env: Record<string, string>,
): string {
  const input = `{"report":${serialize(report)},"options":${JSON.stringify(options)}}`;
  const child = spawnSync(process.execPath, ["-e", CHILD], {
    input,
    env: { ...process.env, ...env },
    encoding: "utf8",
    timeout: 60_000,
  });
  if (child.status !== 0) throw new Error(`child failed: ${child.stderr}`);
  return child.stdout;
}

describe("byte-for-byte reproducibility", () => {
  it("gives identical bytes for two renders in one process, after rendering other documents", async () => {
    const first = await renderDocx(sampleReport(), { annotate: true });
    // Other documents built in between must not shift drawing or numbering ids.
    await renderDocx(
      makeReport([
        {
          id: "x",
          numeral: "I",
          title: "Other",
          style: "normal",
          sections: [],
          blocks: [paragraph("Other", source("DPKO", 1))],
        },
      ]),
    );
    await renderDocx(sampleReport(), { manuscript: true });
    const second = await renderDocx(sampleReport(), { annotate: true });
    expect(sha256(second)).toBe(sha256(first));
  });

  it("writes [Content_Types].xml first, the other entries sorted, all at one fixed time", async () => {
    const bytes = await renderDocx(sampleReport());
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const entries: { name: string; time: number; date: number }[] = [];
    for (let at = 0; view.getUint32(at, true) === 0x04034b50;) {
      const compressed = view.getUint32(at + 18, true);
      const nameLength = view.getUint16(at + 26, true);
      const extraLength = view.getUint16(at + 28, true);
      const name = strFromU8(bytes.subarray(at + 30, at + 30 + nameLength));
      entries.push({
        name,
        time: view.getUint16(at + 10, true),
        date: view.getUint16(at + 12, true),
      });
      at += 30 + nameLength + extraLength + compressed;
    }
    const names = entries.map((entry) => entry.name);
    expect(names[0]).toBe("[Content_Types].xml");
    expect(names.slice(1)).toEqual([...names.slice(1)].sort());
    expect(names).toHaveLength(Object.keys(unzipSync(bytes)).length);
    // DOS date 1980-01-01 is (0 << 9) | (1 << 5) | 1; time 00:00:00 is 0.
    expect(
      new Set(entries.map((entry) => `${entry.date}/${entry.time}`)),
    ).toEqual(new Set([`${(1 << 5) | 1}/0`]));
  });

  it("names hyperlink relationships by order, not at random", async () => {
    const files = unzipSync(await renderDocx(sampleReport()));
    const rels = strFromU8(files["word/_rels/document.xml.rels"]);
    expect(rels).toMatch(
      /Id="rIdLink1"[^>]*Target="https:\/\/www\.un\.org\/womenwatch\/osagi\/"/,
    );
    expect(strFromU8(files["word/document.xml"])).toContain('r:id="rIdLink1"');
  });

  const fresh = distIsFresh();
  describe.skipIf(!fresh)(
    `in other processes, time zones and locales${fresh ? "" : " (skipped: dist/ is missing or older than src/render/docx; run npm run build)"}`,
    () => {
      it("gives the same sha256 under TZ=UTC and TZ=Pacific/Kiritimati with a German locale", async () => {
        const options: DocxOptions = { annotate: true };
        const here = sha256(await renderDocx(sampleReport(), options));
        const utc = renderInChild(sampleReport(), options, {
          TZ: "UTC",
          LANG: "C.UTF-8",
          LC_ALL: "C.UTF-8",
        });
        const kiritimati = renderInChild(sampleReport(), options, {
          TZ: "Pacific/Kiritimati",
          LANG: "de_DE.UTF-8",
          LC_ALL: "de_DE.UTF-8",
        });
        expect(utc).toMatch(/^[0-9a-f]{64}$/);
        expect(kiritimati).toBe(utc);
        expect(here).toBe(utc);
      });
    },
  );
});
