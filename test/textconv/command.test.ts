import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it, onTestFinished } from "vitest";
import { renderDocx } from "../../src/render/docx/index.js";
import { renderText } from "../../src/render/text.js";
import { docx } from "../../scripts/bench/hostile-docx.mjs";
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

  it("exits 2 naming the limit for a DOCX past the reading limits", async () => {
    const dir = tempDir();
    writeFileSync(
      path.join(dir, "deep.docx"),
      docx({ body: `${"<w:sdt>".repeat(300)}${"</w:sdt>".repeat(300)}` }),
    );
    const run = await runInProcess(["textconv", "deep.docx"], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      "wps-report: Cannot read deep.docx: its part word/document.xml nests XML elements deeper than 256 levels",
    );
    expect(run.stderr).toContain(
      "fix: wps-report refuses a DOCX past its reading limits",
    );
  });

  it("as git's driver, prints one line saying why a file cannot be read, and exits 0", async () => {
    const dir = tempDir();
    writeFileSync(
      path.join(dir, "old.docx"),
      "\xd0\xcf\x11\xe0 a Word 97 file",
    );
    writeFileSync(
      path.join(dir, "doctype.docx"),
      docx({ doctype: "<!DOCTYPE w:document>" }),
    );
    const old = await runInProcess(["textconv", "--git-driver", "old.docx"], {
      cwd: dir,
    });
    expect(old).toEqual({
      code: 0,
      stdout: expect.stringMatching(
        /^\[wps-report textconv: this file cannot be shown as text \(\d+ bytes, sha256 [0-9a-f]{12}\): it is not a ZIP archive\]\n$/,
      ) as unknown,
      stderr: "",
    });
    const doctype = await runInProcess(
      ["textconv", "--git-driver", "doctype.docx"],
      { cwd: dir },
    );
    expect(doctype.code).toBe(0);
    expect(doctype.stdout).toContain("DOCTYPEs are not allowed");
    expect(doctype.stdout.split("\n")).toHaveLength(2);
    // A missing file too: git never hands one, but nothing the driver meets may fail git.
    const missing = await runInProcess(
      ["textconv", "--git-driver", "gone.docx"],
      { cwd: dir },
    );
    expect(missing).toEqual({
      code: 0,
      stdout:
        "[wps-report textconv: this file cannot be shown as text: No file at gone.docx]\n",
      stderr: "",
    });
  });
});
