// The issue's "done when", on a copy of the sample edition: two commits with
// one paragraph edited, one added, one removed and one moved.
import {
  cpSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it, onTestFinished } from "vitest";
import { docxToText } from "../../src/textconv/index.js";
import { repoRoot, runInProcess } from "../helpers/cli.js";
import { part, unzipDocx } from "../helpers/docx.js";
import { commitAll, initRepo } from "../helpers/git-repo.js";

function edit(file: string, change: (text: string) => string): void {
  const before = readFileSync(file, "utf8");
  const after = change(before);
  // If the sample edition is rewritten, say so rather than test nothing.
  expect(
    after,
    `the sample's ${path.basename(file)} no longer has the text this test edits`,
  ).not.toBe(before);
  writeFileSync(file, after);
}

describe("diff on the sample edition", () => {
  it("reports the four changes and writes them as tracked changes by their entities", async () => {
    const root = mkdtempSync(path.join(tmpdir(), "wps-sample-diff-"));
    onTestFinished(() => rmSync(root, { recursive: true, force: true }));
    cpSync(
      path.join(repoRoot, "contributions", "2004"),
      path.join(root, "contributions", "2004"),
      { recursive: true },
    );
    cpSync(path.join(repoRoot, "templates"), path.join(root, "templates"), {
      recursive: true,
    });
    initRepo(root);
    commitAll(root, "draft 1");

    const file = (name: string) =>
      path.join(root, "contributions", "2004", name);
    edit(file("dda.md"), (t) =>
      t.replace("fewer than one in five", "fewer than one in four"),
    );
    edit(file("dpa.md"), (t) =>
      t.replace(
        /\n## Post-conflict reconstruction\n\n/,
        "\n## Post-conflict reconstruction\n\nIn Liberia, the Department advised the electoral commission on the registration of women voters.\n\n",
      ),
    );
    edit(file("undp.md"), (t) =>
      t.replace(/\nWomen's economic recovery is also a condition[^\n]*\n/, ""),
    );
    // DDA's first paragraph moves from conflict prevention to the end of its DDR section.
    edit(file("dda.md"), (t) => {
      const moved =
        /\nThe Department for Disarmament Affairs \(DDA\) continued[^\n]*\n/.exec(
          t,
        )?.[0] ?? "";
      return t
        .replace(moved, "")
        .replace(/\n## Recommendations\n/, `${moved}\n## Recommendations\n`);
    });
    commitAll(root, "draft 2", { date: "2004-10-01T09:00:00+00:00" });

    const result = await runInProcess(
      ["diff", "HEAD~1", "HEAD", "--json", "--docx", "redline.docx"],
      { cwd: root },
    );
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout) as {
      changes: { type: string; entity?: string; what: string }[];
    };
    expect(
      json.changes.map((c) => `${c.type} ${c.what} ${c.entity ?? "-"}`).sort(),
    ).toEqual([
      "added paragraph DPA",
      "changed paragraph DDA",
      "moved paragraph DDA",
      "removed paragraph UNDP",
    ]);

    const redline = new Uint8Array(
      readFileSync(path.join(root, "redline.docx")),
    );
    const xml = part(unzipDocx(redline), "word/document.xml");
    const authors = [
      ...xml.matchAll(
        /<w:(ins|del) w:id="\d+" w:author="([^"]+)" w:date="2004-10-01T09:00:00\+00:00"/g,
      ),
    ].map((m) => `${m[1]} ${m[2]}`);
    expect(new Set(authors)).toEqual(
      new Set([
        "ins DDA (Test Runner)",
        "del DDA (Test Runner)",
        "ins DPA (Test Runner)",
        "del UNDP (Test Runner)",
      ]),
    );
    const built = await runInProcess(["build", "--format", "txt"], {
      cwd: root,
    });
    expect(docxToText(redline)).toBe(built.stdout);
  });
});
