// `wps-report diff` end to end, in temporary git repositories: two commits
// of an edition with one paragraph edited, one added, one removed and one
// moved give exactly those four changes, in text, JSON and a Word redline.
import { execFileSync, spawnSync } from "node:child_process";
import {
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it, onTestFinished } from "vitest";
import { docxToText } from "../../src/textconv/index.js";
import { runInProcess } from "../helpers/cli.js";
import { part, unzipDocx } from "../helpers/docx.js";
import { contribution, makeEdition, reportYaml } from "../helpers/edition.js";
import { commitAll, git, initRepo } from "../helpers/git-repo.js";

const hasSoffice =
  spawnSync("soffice", ["--version"], { stdio: "ignore" }).status === 0;

const A = "Gender advisers now serve in ten missions, up from four in 2002.";
const B = "Every new mission plans for gender expertise from the start.";
const B2 = "Every new mission plans for gender expertise from the very start.";
const C = "Training on conduct is given to all personnel before deployment.";
const D = "Women made up a small share of the combatants disarmed in Liberia.";
const U1 = "UNICEF supported the return of girls to school in three districts.";
const U2 = "Separate latrines were built in all camps that UNICEF supplied.";
const U3 = "UNICEF also trained forty community mediators, half of them women.";
const N1 = "The Working Group briefed the Council before each field mission.";
const N2 = "Its members met women's organizations in four countries.";

function dpko(peacekeeping: string[], ddr: string[]): string {
  return contribution(
    "DPKO",
    `## Peacekeeping operations\n\n${peacekeeping.join("\n\n")}\n\n## Disarmament, demobilization and reintegration\n\n${ddr.join("\n\n")}\n`,
  );
}

const FIRST = {
  "report.yaml": reportYaml(),
  "dpko.md": dpko([A, B, C], [D]),
  "unicef.md": contribution(
    "UNICEF",
    `## Humanitarian assistance\n\n${U1}\n\n${U2}\n`,
  ),
  "ngowg.md": contribution(
    "NGOWG",
    `## Peace negotiations\n\n${N1}\n\n${N2}\n`,
  ),
};

/** A repository with the first draft committed, then the second. */
function twoDrafts() {
  const edition = makeEdition(FIRST);
  initRepo(edition.root);
  commitAll(edition.root, "first draft", { date: "2004-09-01T10:00:00+00:00" });
  const write = (name: string, text: string) =>
    writeFileSync(path.join(edition.editionPath, name), text);
  write("dpko.md", dpko([B2, C], [D, A])); // B edited, A moved to another section
  write(
    "unicef.md",
    contribution(
      "UNICEF",
      `## Humanitarian assistance\n\n${U1}\n\n${U2}\n\n${U3}\n`,
    ),
  );
  write("ngowg.md", contribution("NGOWG", `## Peace negotiations\n\n${N2}\n`));
  commitAll(edition.root, "second draft", {
    date: "2004-09-15T16:30:00+02:00",
  });
  return edition;
}

const run = (
  argv: string[],
  cwd: string,
  env: NodeJS.ProcessEnv = { NO_COLOR: "1" },
) => runInProcess(argv, { cwd, env });

describe("wps-report diff", () => {
  it("reports exactly the four changes between two commits, each with its entity", async () => {
    const { root } = twoDrafts();
    const result = await run(["diff", "HEAD~1", "HEAD"], root);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe("");
    const headers = result.stdout
      .split("\n")
      .filter((line) => /^(changed|added|removed|moved) /.test(line));
    expect(headers).toEqual([
      "removed paragraph 4 (older draft) · II.A Peace negotiations · NGOWG contributions/2004/ngowg.md:8",
      "changed paragraph 5 · II.B Peacekeeping operations · DPKO contributions/2004/dpko.md:8",
      "added   paragraph 9 · II.C Humanitarian assistance · UNICEF contributions/2004/unicef.md:12",
      "moved   paragraph 11 (was paragraph 6) · II.D Disarmament, demobilization and reintegration · DPKO contributions/2004/dpko.md:16",
    ]);
    expect(result.stdout).toMatch(
      /^Comparing HEAD~1 \([0-9a-f]{7}, 2004-09-01\) with HEAD \([0-9a-f]{7}, 2004-09-15\): 4 changes \(1 changed, 1 added, 1 removed, 1 moved\)\.\n/,
    );
    expect(result.stdout).toContain(
      "  ~ Every new mission plans for gender expertise from the {+very +}start.\n",
    );
    expect(result.stdout).toContain(`  + ${U3}\n`);
    expect(result.stdout).toContain(`  - ${N1}\n`);
  });

  it("gives the same changes as JSON for tools", async () => {
    const { root } = twoDrafts();
    const result = await run(["diff", "HEAD~1", "HEAD", "--json"], root);
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout) as {
      from: { revision: string; commit: string; date: string };
      to: { revision: string; workingTree: boolean };
      summary: Record<string, number>;
      changes: {
        type: string;
        what: string;
        entity: string;
        place: string;
        source: { file: string };
      }[];
      redline: string | null;
    };
    expect(json.from).toMatchObject({
      revision: "HEAD~1",
      date: "2004-09-01T10:00:00+00:00",
    });
    expect(json.from.commit).toMatch(/^[0-9a-f]{40}$/);
    expect(json.to).toMatchObject({ revision: "HEAD", workingTree: false });
    expect(json.summary).toEqual({
      changes: 4,
      changed: 1,
      added: 1,
      removed: 1,
      moved: 1,
    });
    expect(
      json.changes.map((c) => [c.type, c.entity, c.place, c.source.file]),
    ).toEqual([
      ["removed", "NGOWG", "paragraph 4", "contributions/2004/ngowg.md"],
      ["changed", "DPKO", "paragraph 5", "contributions/2004/dpko.md"],
      ["added", "UNICEF", "paragraph 9", "contributions/2004/unicef.md"],
      ["moved", "DPKO", "paragraph 11", "contributions/2004/dpko.md"],
    ]);
    expect(json.redline).toBeNull();
  });

  it("writes a Word redline with the changes tracked under their entities", async () => {
    const { root } = twoDrafts();
    const statusBefore = git(root, ["status", "--porcelain"]);
    const result = await run(
      ["diff", "HEAD~1", "HEAD", "--docx", "redline.docx"],
      root,
    );
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(
      /^Wrote redline\.docx: the draft at HEAD .* with 4 changes/,
    );
    const redline = new Uint8Array(
      readFileSync(path.join(root, "redline.docx")),
    );
    const xml = part(unzipDocx(redline), "word/document.xml");
    const marks = [
      ...xml.matchAll(
        /<w:(ins|del) w:id="\d+" w:author="([^"]+)" w:date="([^"]+)"/g,
      ),
    ];
    expect(new Set(marks.map((m) => m[3]))).toEqual(
      new Set(["2004-09-15T16:30:00+02:00"]),
    );
    const texts = (kind: string, author: string) =>
      [
        ...xml.matchAll(
          new RegExp(
            `<w:${kind} w:id="\\d+" w:author="${author.replace(/[()]/g, "\\$&")}"[^>]*>([\\s\\S]*?)</w:${kind}>`,
            "g",
          ),
        ),
      ]
        .map((m) => (m[1] ?? "").replace(/<[^>]+>/g, ""))
        .join("|");
    expect(texts("ins", "DPKO (Test Runner)")).toContain("very ");
    expect(texts("del", "DPKO (Test Runner)")).toContain(A); // moved: deleted where it was ...
    expect(texts("ins", "DPKO (Test Runner)")).toContain(A); // ... and inserted where it is
    expect(texts("ins", "UNICEF (Test Runner)")).toBe(U3);
    expect(texts("del", "NGOWG (Test Runner)")).toBe(N1);
    expect(new Set(marks.map((m) => m[2]))).toEqual(
      // Whose text, and who committed the change (the task manager may edit an entity's text).
      new Set([
        "DPKO (Test Runner)",
        "UNICEF (Test Runner)",
        "NGOWG (Test Runner)",
      ]),
    );

    // Accepting every change gives the newer draft, as `build --format txt` prints it.
    const built = await run(["build", "--format", "txt"], root);
    expect(docxToText(redline)).toBe(built.stdout);
    // Nothing in the working tree changed but the redline written.
    expect(git(root, ["status", "--porcelain"])).toBe(
      `${statusBefore}?? redline.docx\n`,
    );
  });

  it.skipIf(!hasSoffice)(
    "writes a redline LibreOffice converts (needs soffice)",
    async () => {
      const { root } = twoDrafts();
      await run(["diff", "HEAD~1", "HEAD", "--docx", "redline.docx"], root);
      const profile = mkdtempSync(path.join(tmpdir(), "wps-soffice-"));
      onTestFinished(() => rmSync(profile, { recursive: true, force: true }));
      execFileSync(
        "soffice",
        [
          `-env:UserInstallation=file://${profile}`,
          "--headless",
          "--convert-to",
          "pdf",
          "--outdir",
          root,
          "redline.docx",
        ],
        { cwd: root, stdio: "ignore", timeout: 120_000 },
      );
      expect(
        readFileSync(path.join(root, "redline.pdf")).subarray(0, 5).toString(),
      ).toBe("%PDF-");
    },
    150_000,
  );

  it("compares with the working tree by default", async () => {
    const { root, editionPath } = twoDrafts();
    const clean = await run(["diff"], root);
    expect(clean).toMatchObject({ code: 0 });
    expect(clean.stdout).toMatch(
      /with the working tree: no changes to the draft\.\n$/,
    );
    writeFileSync(
      path.join(editionPath, "unicef.md"),
      contribution("UNICEF", `## Humanitarian assistance\n\n${U1}\n`),
    );
    const edited = await run(["diff"], root);
    expect(edited.code).toBe(0);
    expect(edited.stdout).toContain("2 changes (2 removed)");
  });

  it("colours the words in a terminal and drops the brackets", async () => {
    const { root } = twoDrafts();
    const result = await run(["diff", "HEAD~1", "HEAD"], root, {
      FORCE_COLOR: "1",
    });
    expect(result.stdout).toContain("\u001b[");
    expect(result.stdout).not.toContain("{+very +}");
  });

  it("exits 2 for an unknown revision and for history a shallow clone lacks", async () => {
    const { root } = twoDrafts();
    const unknown = await run(["diff", "no-such-tag"], root);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("Unknown revision no-such-tag");

    const clone = mkdtempSync(path.join(tmpdir(), "wps-shallow-"));
    onTestFinished(() => rmSync(clone, { recursive: true, force: true }));
    git(clone, ["clone", "-q", "--depth", "1", `file://${root}`, "."]);
    const shallow = await run(["diff", "HEAD~1", "HEAD"], clone);
    expect(shallow.code).toBe(2);
    expect(shallow.stderr).toMatch(
      /shallow clone, and the history it needs is missing/,
    );
    expect(shallow.stderr).toMatch(
      /fix: Fetch the full history with `git fetch --unshallow`/,
    );
  });

  it("exits 2 outside a git repository", async () => {
    const { root } = makeEdition(FIRST);
    const result = await run(["diff", "HEAD~1"], root);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/expected a git repository/);
  });

  it("compares a revision whose contributions have errors without them, names them, and exits 1", async () => {
    const { root, editionPath } = makeEdition({
      ...FIRST,
      "unicef.md": contribution("UNICEF", `## Humanitarian aid\n\n${U1}\n`),
    });
    initRepo(root);
    commitAll(root, "broken draft");
    writeFileSync(path.join(editionPath, "unicef.md"), FIRST["unicef.md"]);
    commitAll(root, "fixed draft");
    const result = await run(
      ["diff", "HEAD~1", "HEAD", "--docx", "out.docx"],
      root,
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("structure/unknown-section");
    expect(result.stderr).toMatch(
      /The draft at HEAD~1 \([0-9a-f]{7}, 2004-01-01\) is compared without contributions\/2004\/unicef\.md: it has errors\.\n/,
    );
    // What builds is compared: UNICEF's section and two paragraphs arrive with the fix, and UNICEF joins the contributors' note.
    const headers = result.stdout
      .split("\n")
      .filter((line) => /^(changed|added|removed|moved) /.test(line));
    expect(headers).toEqual([
      "added   section II.C · II.C Humanitarian assistance · outline",
      "added   paragraph 9 · II.C Humanitarian assistance · UNICEF contributions/2004/unicef.md:8",
      "added   paragraph 10 · II.C Humanitarian assistance · UNICEF contributions/2004/unicef.md:10",
      "changed note 1 · generated templates/sg-report.yaml:1",
    ]);
    expect(existsSync(path.join(root, "out.docx"))).toBe(true);
  });
});
