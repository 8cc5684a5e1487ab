import { execFileSync } from "node:child_process";
import { mkdtempSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import {
  afterAll,
  beforeAll,
  describe,
  expect,
  it,
  onTestFinished,
} from "vitest";
import { statusCommand } from "../../src/cli/commands/status.js";
import type { CliIO } from "../../src/cli/io.js";
import type { EditionStatus } from "../../src/status/types.js";
import {
  contribution,
  makeEdition,
  reportYaml,
  type TempEdition,
} from "../helpers/edition.js";
import { commitAll, initRepo, type Author } from "../helpers/git-repo.js";

const helena: Author = { name: "Helena Marchetti", email: "hm@un.org" };
const ana: Author = { name: "Ana Ortiz", email: "ao@un.org" };
const ingrid: Author = { name: "Ingrid Solvang", email: "is@un.org" };
const marit: Author = { name: "Marit Haugland", email: "mh@unicef.org" };
const rachel: Author = { name: "Rachel Osei", email: "ro@ngowg.org" };

const paragraph =
  "The Office supported women's organizations in three peace processes in 2004.";

const files = {
  "report.yaml": reportYaml(),
  "osagi.md": contribution(
    "OSAGI",
    [
      "## Peace negotiations",
      "",
      paragraph,
      "",
      "## Recommendations",
      "",
      "<!-- wps-report-disable footnotes/repeated-reference -- the same study supports both points -->",
      "Member States should appoint more women as mediators.[^1] They should also fund their work.[^1]",
      "",
      "[^1]: See S/2002/1154.",
      "",
    ].join("\n"),
  ),
  "dpko.md": contribution(
    "DPKO",
    `## Peacekeeping operations\n\n${paragraph}\n`,
  ),
  "unicef.md": contribution(
    "UNICEF",
    `## Peace negociations\n\n${paragraph}\n\n## Humanitarian assistance\n\n${paragraph}\n`,
  ),
  // First added under a draft name, renamed later: git history is followed across the rename.
  "ngowg-draft.md": contribution(
    "NGOWG",
    `## Conflict prevention\n\n${paragraph}\n`,
  ),
};

/** A sample-like edition in a real git repository, committed over the summer of 2004 by different people. */
function editionInGit() {
  const edition = makeEdition({ "report.yaml": files["report.yaml"] });
  const { root, editionPath } = edition;
  const write = (name: keyof typeof files) =>
    writeFileSync(path.join(editionPath, name), files[name]);
  initRepo(root);
  commitAll(root, "Roster for 2004", {
    author: helena,
    date: "2004-06-01T09:00:00+02:00",
  });
  write("ngowg-draft.md");
  commitAll(root, "NGOWG draft", {
    author: rachel,
    date: "2004-07-01T10:00:00-04:00",
  });
  write("osagi.md");
  commitAll(root, "OSAGI", {
    author: helena,
    date: "2004-07-10T10:00:00+02:00",
  });
  write("unicef.md");
  commitAll(root, "UNICEF", {
    author: marit,
    date: "2004-07-20T16:00:00-04:00",
  });
  writeFileSync(
    path.join(editionPath, "osagi.md"),
    files["osagi.md"].replace("three", "four"),
  );
  commitAll(root, "OSAGI: correct a figure", {
    author: ana,
    date: "2004-07-25T11:00:00+02:00",
  });
  // Late: the deadline is 2004-07-31.
  write("dpko.md");
  commitAll(root, "DPKO", {
    author: ingrid,
    date: "2004-08-05T15:00:00+02:00",
  });
  renameSync(
    path.join(editionPath, "ngowg-draft.md"),
    path.join(editionPath, "ngowg.md"),
  );
  commitAll(root, "NGOWG: name the file after the entity", {
    author: helena,
    date: "2004-08-02T09:30:00+02:00",
  });
  return edition;
}

function captureIO(cwd: string): CliIO & { out: () => string } {
  let out = "";
  return {
    cwd,
    env: { NO_COLOR: "1" },
    stdout: { write: (t: string | Uint8Array) => (out += String(t)) },
    stderr: { write: () => true },
    stdinIsTTY: false,
    out: () => out,
  };
}

const tenthOfAugust = () => new Date(2004, 7, 10, 12, 0, 0);

async function runStatus(
  cwd: string,
  options: Parameters<typeof statusCommand>[0] = {},
) {
  const io = captureIO(cwd);
  const code = await statusCommand(options, io, tenthOfAugust);
  return { code, out: io.out() };
}

function tableLine(table: string, code: string): string {
  const line = table.split("\n").find((l) => l.startsWith(`${code} `));
  if (line === undefined) throw new Error(`no row for ${code} in\n${table}`);
  return line;
}

describe("status in a git repository", () => {
  // One repository for all: status never writes, so the tests cannot disturb each other.
  let repo: TempEdition;
  let root: string;
  beforeAll(() => {
    repo = editionInGit();
    root = repo.root;
  });
  afterAll(() => repo.cleanup());

  it("shows every roster entity with its state, last change and author, and exits 0", async () => {
    const { code, out } = await runStatus(root);
    expect(code).toBe(0);
    const row = (c: string) => tableLine(out, c).replace(/\s+/g, " ");
    expect(row("OSAGI")).toMatch(/^OSAGI 2\/9 \d+ valid 2004-07-25 Ana Ortiz$/);
    expect(row("DPKO")).toMatch(
      /^DPKO 1\/9 .* valid, late 2004-08-05 Ingrid Solvang$/,
    );
    expect(row("UNICEF")).toMatch(
      /^UNICEF 1\/9 .* invalid \(1 error\) 2004-07-20 Marit Haugland$/,
    );
    expect(row("UN-HABITAT")).toBe("UN-HABITAT - - missing -");
    // Added on 1 July under another name: on time; the rename is the last change.
    expect(row("NGOWG")).toMatch(
      /^NGOWG 1\/9 .* valid 2004-08-02 Helena Marchetti$/,
    );
    // An 80-column terminal.
    for (const line of out.split("\n"))
      if (!line.startsWith("Words:") && !line.startsWith("  osagi"))
        expect(line.length, line).toBeLessThanOrEqual(80);
    expect(out).toContain(
      "Contributions: 4 of 5 received (1 missing, 1 invalid, 1 late)",
    );
    expect(out).toContain("Deadline: 2004-07-31, passed 10 days ago");
    expect(out).toMatch(
      /^Words: [\d,]+ in the draft \([\d,]+ from contributions\), against the report's limit of 8,500$/m,
    );
    expect(out).toMatch(
      /Silenced rules \(with the reason given\):\n {2}osagi\.md:\d+ +footnotes\/repeated-reference +the same study supports both points/,
    );
    expect(out).not.toContain("truncated");
  });

  it("--json carries the same rows as the table", async () => {
    const table = (await runStatus(root)).out;
    const json = JSON.parse(
      (await runStatus(root, { json: true })).out,
    ) as EditionStatus;
    expect(json.rows.map((r) => r.code)).toEqual([
      "OSAGI",
      "DPKO",
      "UNICEF",
      "UN-HABITAT",
      "NGOWG",
    ]);
    for (const row of json.rows) {
      const line = tableLine(table, row.code);
      if (row.file === undefined) expect(row.state).toBe("missing");
      if (row.words !== undefined) {
        expect(line).toContain(` ${row.words} `);
        expect(line).toContain(` ${row.sections.length}/9 `);
      }
      if (typeof row.lastChange === "object")
        expect(line).toMatch(
          new RegExp(`${row.lastChange.date} ${row.lastChange.author ?? ""}$`),
        );
    }
    const unicef = json.rows.find((r) => r.code === "UNICEF");
    expect(unicef).toMatchObject({
      state: "invalid",
      errors: 1,
      lateness: "on-time",
      submitted: { date: "2004-07-20", source: "git" },
      lastChange: { date: "2004-07-20", author: "Marit Haugland" },
      sections: [
        { id: "humanitarian-assistance", title: "Humanitarian assistance" },
      ],
    });
    expect(json.rows.find((r) => r.code === "DPKO")?.lateness).toBe("late");
    expect(json.daysToDeadline).toBe(-10);
    expect(json.totals.contributionWords).toBe(
      json.rows.reduce((sum, r) => sum + (r.words ?? 0), 0),
    );
    expect(json.totals.words).toBeGreaterThan(json.totals.contributionWords);
    expect(json.today).toBe("2004-08-10");
    expect(json.silenced).toEqual([
      expect.objectContaining({
        ruleId: "footnotes/repeated-reference",
        reason: "the same study supports both points",
        entity: "OSAGI",
      }),
    ]);
  });

  it("--strict exits 1 when an entity is missing, invalid or late", async () => {
    expect((await runStatus(root, { strict: true })).code).toBe(1);
  });

  it("--matrix shows who writes to which section, and how many write to each", async () => {
    const { code, out } = await runStatus(root, { matrix: true });
    expect(code).toBe(0);
    const cells = (c: string) => tableLine(out, c).split(/\s+/).slice(1);
    // Columns: I, II.A ... II.F, III.A, III.B.
    expect(out).toMatch(
      /^Entity +I +II\.A +II\.B +II\.C +II\.D +II\.E +II\.F +III\.A +III\.B$/m,
    );
    expect(cells("OSAGI")).toEqual([
      ".",
      ".",
      "x",
      ".",
      ".",
      ".",
      ".",
      ".",
      "x",
    ]);
    expect(cells("UN-HABITAT")).toEqual([
      ".",
      ".",
      ".",
      ".",
      ".",
      ".",
      ".",
      ".",
      ".",
      "(missing)",
    ]);
    expect(cells("Writers")).toEqual([
      "0",
      "1",
      "1",
      "1",
      "1",
      "0",
      "0",
      "0",
      "1",
    ]);
    expect(out).toMatch(/^ {2}II\.C +Peacekeeping operations$/m);
  });

  it("says the history is truncated in a shallow clone, and does not judge lateness from the cut", async () => {
    const clone = mkdtempSync(path.join(tmpdir(), "wps-shallow-"));
    onTestFinished(() => rmSync(clone, { recursive: true, force: true }));
    execFileSync(
      "git",
      ["clone", "-q", "--depth", "3", `file://${root}`, clone],
      {
        env: { ...process.env, GIT_CONFIG_GLOBAL: "/dev/null" },
      },
    );
    const { out } = await runStatus(clone);
    expect(out).toContain(
      "the history is truncated (shallow clone), so dates may be wrong",
    );
    const json = JSON.parse(
      (await runStatus(clone, { json: true })).out,
    ) as EditionStatus;
    expect(json.git).toEqual({ repository: true, shallow: true });
    const byCode = new Map(json.rows.map((r) => [r.code, r]));
    // The clone holds the NGOWG rename, DPKO's add, and OSAGI's correction, where history is cut.
    expect(byCode.get("DPKO")).toMatchObject({
      lateness: "late",
      lastChange: {
        date: "2004-08-05",
        author: "Ingrid Solvang",
        truncated: false,
      },
    });
    // Everything older shows up at the cut: no author, no lateness.
    expect(byCode.get("UNICEF")).toMatchObject({
      lateness: "unknown",
      lastChange: { date: "2004-07-25", truncated: true },
    });
    expect(tableLine(out, "UNICEF")).toMatch(
      /invalid \(1 error\), late\? +<=2004-07-25 \(history/,
    );
    // Renamed after the cut: the rename is known, the first add is not.
    expect(byCode.get("NGOWG")).toMatchObject({
      lateness: "unknown",
      lastChange: { date: "2004-08-02", author: "Helena Marchetti" },
    });
  });
});

describe("status outside git", () => {
  it("takes lateness from `submitted:` and says when it cannot tell", async () => {
    const { root } = makeEdition({
      "report.yaml": reportYaml(),
      "dpko.md": contribution(
        "DPKO",
        `## Peacekeeping operations\n\n${paragraph}\n`,
        {
          frontMatter: "submitted: 2004-08-02\n",
        },
      ),
      "osagi.md": contribution(
        "OSAGI",
        `## Peace negotiations\n\n${paragraph}\n`,
        {
          frontMatter: "submitted: 2004-07-30\n",
        },
      ),
      "unicef.md": contribution(
        "UNICEF",
        `## Peace negotiations\n\n${paragraph}\n`,
      ),
    });
    const { code, out } = await runStatus(root);
    expect(code).toBe(0);
    expect(tableLine(out, "DPKO")).toMatch(/valid, late +-$/);
    expect(tableLine(out, "OSAGI")).toMatch(/ valid +-$/);
    expect(tableLine(out, "UNICEF")).toMatch(/valid, late\? +-$/);
    expect(out).toContain("late?: nothing tells when the file came in");
    expect(out).toContain("Git: not a git repository");
    expect((await runStatus(root, { strict: true })).code).toBe(1);
    // --json paths read from where the command runs, like validate --json's.
    const inside = JSON.parse(
      (await runStatus(path.join(root, "contributions/2004"), { json: true }))
        .out,
    ) as EditionStatus;
    expect(inside.rows.find((r) => r.code === "DPKO")?.file).toBe("dpko.md");
  });

  it("without a deadline, nothing is late", async () => {
    const { root } = makeEdition({
      "report.yaml": reportYaml().replace(/^deadline: .*\n/m, ""),
      "dpko.md": contribution(
        "DPKO",
        `## Peacekeeping operations\n\n${paragraph}\n`,
      ),
    });
    const { out } = await runStatus(root);
    expect(out).toContain("Deadline: none set in report.yaml");
    expect(tableLine(out, "DPKO")).toMatch(/ valid +-$/);
  });
});
