// The redline names, for every tracked change, the entity whose text it is
// and the person who committed the change, and tracks masthead changes:
// a task manager's copy-edit of UNDP's text reads "UNDP (Ana Task)", a new
// date is a deleted date and an inserted one.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { docxToText } from "../../src/textconv/index.js";
import { runInProcess } from "../helpers/cli.js";
import { part, unzipDocx } from "../helpers/docx.js";
import { contribution, makeEdition, reportYaml } from "../helpers/edition.js";
import { commitAll, git, initRepo } from "../helpers/git-repo.js";
import { validateDocx, validatorMissing } from "../helpers/validate-docx.js";

const FOCAL = { name: "Uma Focal", email: "uma@undp.example" };
const TASK_MANAGER = { name: "Ana Task", email: "ana@un.example" };
const UNDP_TEXT =
  "UNDP supported women's organisations in three post-conflict countries.";
const UNDP_EDITED =
  "UNDP supported women's organizations in three post-conflict countries.";

const ENTITIES = [
  "  - { code: OSAGI, name: Office of the Special Adviser, kind: task-manager }",
  "  - { code: UNDP, name: United Nations Development Programme, kind: member }",
].join("\n");

/** Every w:ins / w:del with its author and text, in document order. */
function tracked(xml: string): string[] {
  return [
    ...xml.matchAll(
      /<w:(ins|del) w:id="\d+" w:author="([^"]*)" w:date="[^"]*"(?:\/>|>([\s\S]*?)<\/w:\1>)/g,
    ),
  ]
    .map(([, kind, author, inner]) => {
      const text = [
        ...(inner ?? "").matchAll(/<w:(?:t|delText)[^>]*>([^<]*)</g),
      ]
        .map((m) => m[1])
        .join("");
      return `${kind} ${author}: ${text}`;
    })
    .filter((line) => !line.endsWith(": "));
}

function repository() {
  const edition = makeEdition({
    "report.yaml": reportYaml({ entities: ENTITIES }),
    "undp.md": contribution(
      "UNDP",
      `## Post-conflict reconstruction\n\n${UNDP_TEXT}\n`,
    ),
  });
  initRepo(edition.root);
  commitAll(edition.root, "UNDP's contribution", { author: FOCAL });
  return edition;
}

describe("redline attribution", () => {
  it("credits a copy-edit to the entity whose text it is and to its committer, and tracks the masthead", async () => {
    const edition = repository();
    writeFileSync(
      path.join(edition.editionPath, "undp.md"),
      contribution(
        "UNDP",
        `## Post-conflict reconstruction\n\n${UNDP_EDITED}\n`,
      ),
    );
    writeFileSync(
      path.join(edition.editionPath, "report.yaml"),
      reportYaml({ entities: ENTITIES }).replace(
        "date: 2004-10-13",
        "date: 2004-10-20",
      ),
    );
    commitAll(edition.root, "Copy-edit and new date", {
      author: TASK_MANAGER,
    });

    const result = await runInProcess(
      ["diff", "HEAD~1", "HEAD", "--docx", "redline.docx"],
      { cwd: edition.root },
    );
    expect(result.code, result.stderr).toBe(0);
    const file = path.join(edition.root, "redline.docx");
    const redline = new Uint8Array(readFileSync(file));
    expect(tracked(part(unzipDocx(redline), "word/document.xml"))).toEqual([
      "del report.yaml (Ana Task): 13 October 2004",
      "ins report.yaml (Ana Task): 20 October 2004",
      "del UNDP (Ana Task): organisations",
      "ins UNDP (Ana Task): organizations",
    ]);
    // Accepted in full, it is the newer draft, masthead included.
    const built = await runInProcess(["build", "--format", "txt"], {
      cwd: edition.root,
    });
    expect(docxToText(redline)).toBe(built.stdout);
    if (validatorMissing === undefined)
      expect(validateDocx([file]).findings).toEqual([]);
  });

  it("names the person who will commit an edit not yet committed", async () => {
    const edition = repository();
    git(edition.root, ["config", "user.name", "Bo Editor"]);
    writeFileSync(
      path.join(edition.editionPath, "undp.md"),
      contribution(
        "UNDP",
        `## Post-conflict reconstruction\n\n${UNDP_EDITED}\n`,
      ),
    );
    const result = await runInProcess(["diff", "--docx", "redline.docx"], {
      cwd: edition.root,
    });
    expect(result.code, result.stderr).toBe(0);
    const xml = part(
      unzipDocx(
        new Uint8Array(readFileSync(path.join(edition.root, "redline.docx"))),
      ),
      "word/document.xml",
    );
    expect(tracked(xml)).toEqual([
      "del UNDP (Bo Editor): organisations",
      "ins UNDP (Bo Editor): organizations",
    ]);
  });
});
