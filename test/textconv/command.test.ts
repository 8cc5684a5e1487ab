import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it, onTestFinished } from "vitest";
import { renderDocx } from "../../src/render/docx/index.js";
import { renderText } from "../../src/render/text.js";
import { runInProcess } from "../helpers/cli.js";
import { sampleReport } from "../helpers/sample-report.js";

function tempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "wps-textconv-cli-"));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

describe("wps-report textconv", () => {
  it("prints a draft as canonical text", async () => {
    const dir = tempDir();
    const report = sampleReport();
    writeFileSync(path.join(dir, "draft.docx"), await renderDocx(report));
    const result = await runInProcess(["textconv", "draft.docx"], { cwd: dir });
    expect(result).toEqual({ code: 0, stdout: renderText(report), stderr: "" });
  });

  it("prints nothing for an empty file, as git hands one for a side with no content", async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, "empty.docx"), "");
    expect(
      await runInProcess(["textconv", "empty.docx"], { cwd: dir }),
    ).toEqual({
      code: 0,
      stdout: "",
      stderr: "",
    });
  });

  it("exits 2 with a message for a missing file or one that is not a DOCX", async () => {
    const dir = tempDir();
    const missing = await runInProcess(["textconv", "nowhere.docx"], {
      cwd: dir,
    });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("wps-report: No file at nowhere.docx");

    writeFileSync(path.join(dir, "notes.docx"), "just text");
    const wrong = await runInProcess(["textconv", "notes.docx"], { cwd: dir });
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain(
      "wps-report: Unexpected file notes.docx, expected a DOCX: it is not a ZIP archive",
    );
    expect(wrong.stderr).toContain("fix: textconv reads Word documents");
  });
});
