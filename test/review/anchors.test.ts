import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildReport } from "../../src/build-report.js";
import type { Report } from "../../src/model.js";
import { renderDocx, sourceBlobIds } from "../../src/render/docx/index.js";
import { readReviewedDraft } from "../../src/review/draft.js";
import { originalText } from "../../src/review/read-draft.js";
import { repoRoot } from "../helpers/cli.js";
import { unzipDocx } from "../helpers/docx.js";
import { readingOrder } from "../helpers/report.js";

const hasSoffice =
  spawnSync("soffice", ["--version"], { timeout: 60_000 }).status === 0;

let report: Report;
let bytes: Uint8Array;
let blobIds: Map<string, string>;
let folder: string;

beforeAll(async () => {
  folder = mkdtempSync(path.join(tmpdir(), "wps-anchors-"));
  const result = await buildReport(repoRoot, "contributions/2004", {
    cache: false,
  });
  report = result.report;
  blobIds = sourceBlobIds(result.edition);
  bytes = await renderDocx(report, { blobIds });
});

afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** (file:line) of each paragraph block, in reading order, as the map should say. */
function paragraphSources(): string[] {
  return readingOrder(report)
    .filter((block) => block.kind === "paragraph")
    .map((block) => `${block.source.file}:${block.source.line}`);
}

function anchoredParagraphSources(
  draft: ReturnType<typeof readReviewedDraft>,
): string[] {
  return draft.body.flatMap((paragraph) => {
    const anchor = draft.map.anchors[(paragraph.anchors[0] ?? 0) - 1];
    if (anchor?.kind !== "p") return [];
    return [`${draft.map.files[anchor.file]?.path}:${anchor.line}`];
  });
}

describe("anchors in a draft", () => {
  it("mark every numbered paragraph with the contribution file and line it came from, in reading order", () => {
    const draft = readReviewedDraft(bytes, "draft.docx");
    expect(anchoredParagraphSources(draft)).toEqual(paragraphSources());
  });

  it("mark every body paragraph after the masthead, and every footnote paragraph", () => {
    const draft = readReviewedDraft(bytes, "draft.docx");
    const first = draft.body.findIndex((p) => p.anchors.length > 0);
    const unanchored = draft.body
      .slice(first)
      .filter((p) => p.anchors.length === 0)
      .map(originalText);
    expect(unanchored).toEqual([]);
    const notes = [...draft.footnotes.values()].flat();
    expect(notes.length).toBe(report.footnotes.length);
    expect(notes.every((p) => p.anchors.length === 1)).toBe(true);
    // The masthead (symbol, title) is before the first anchor: report.yaml's.
    expect(draft.body.slice(0, first).map(originalText).join(" ")).toContain(
      report.meta.title,
    );
  });

  it("record each contribution's git blob id, the one `git hash-object` gives", () => {
    const draft = readReviewedDraft(bytes, "draft.docx");
    const unicef = draft.map.files.find(
      (f) => f.path === "contributions/2004/unicef.md",
    );
    const hashed = spawnSync("git", [
      "hash-object",
      path.join(repoRoot, "contributions/2004/unicef.md"),
    ]).stdout.toString();
    expect(unicef?.entity).toBe("UNICEF");
    expect(unicef?.blob).toBe(hashed.trim());
  });

  it("keep the custom properties short enough for Word (255 characters each)", () => {
    const custom = unzipDocx(bytes).get("docProps/custom.xml") ?? "";
    const values = [...custom.matchAll(/<vt:lpwstr>([^<]*)<\/vt:lpwstr>/g)].map(
      // The limit is on the value, not on its XML escaping.
      (m) => m[1].replace(/&(quot|amp|lt|gt|apos);/g, "_"),
    );
    expect(values.length).toBeGreaterThan(1);
    expect(values.every((v) => v.length <= 255)).toBe(true);
  });
});

describe.skipIf(!hasSoffice)(
  `LibreOffice keeps the anchors${hasSoffice ? "" : " (skipped: soffice not installed)"}`,
  () => {
    it("through a save as DOCX", () => {
      const input = path.join(folder, "draft.docx");
      const out = path.join(folder, "saved");
      writeFileSync(input, bytes);
      const converted = spawnSync(
        "soffice",
        [
          "--headless",
          `-env:UserInstallation=file://${path.join(folder, "profile")}`,
          "--convert-to",
          "docx",
          "--outdir",
          out,
          input,
        ],
        { timeout: 180_000 },
      );
      expect(converted.status).toBe(0);
      const saved = readReviewedDraft(
        new Uint8Array(readFileSync(path.join(out, "draft.docx"))),
        "saved.docx",
      );
      const original = readReviewedDraft(bytes, "draft.docx");
      expect(saved.map).toEqual(original.map);
      expect(anchoredParagraphSources(saved)).toEqual(paragraphSources());
      const noteAnchors = (d: typeof saved) =>
        [...d.footnotes.values()].flat().map((p) => p.anchors[0]);
      expect(noteAnchors(saved).sort()).toEqual(noteAnchors(original).sort());
    });
  },
);
