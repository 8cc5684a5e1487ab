import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { fillTemplate } from "../../src/create/create-contribution.js";
import { ConfigError } from "../../src/diagnostics/errors.js";
import { binPath, runBin, runInProcess } from "../helpers/cli.js";
import { contribution, makeEdition, reportYaml } from "../helpers/edition.js";

const roster = [
  "  - { code: OSAGI, name: Office of the Special Adviser on Gender Issues and Advancement of Women, kind: task-manager }",
  "  - code: DPKO",
  "    name: Department of Peacekeeping Operations",
  "    kind: member",
  "    focal_point: { name: Ingrid Solvang, email: solvang@un.org, github: isolvang }",
  "  - { code: UNICEF, name: United Nations Children's Fund, kind: member }",
  "  - { code: UN-HABITAT, name: United Nations Human Settlements Programme, kind: member }",
].join("\n");

function edition() {
  return makeEdition({
    "report.yaml": reportYaml({ entities: roster }),
    "unicef.md": contribution(
      "UNICEF",
      "## Humanitarian assistance\n\nUNICEF opened learning spaces in camps.\n",
    ),
  });
}

const fullFlags = [
  "new",
  "--entity",
  "un-habitat",
  "--section",
  "post-conflict-reconstruction",
  "Peace negotiations",
  "--focal-point-name",
  'Joseph "Joe" Ndegwa',
  "--focal-point-email",
  "joseph.ndegwa@unhabitat.org",
  "--yes",
];

describe("wps-report new, without prompts", () => {
  it("writes the file from the template, which validate accepts", async () => {
    const { root, editionPath } = edition();
    const run = await runInProcess(fullFlags, { cwd: root });
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      "Created contributions/2004/un-habitat.md for UN-HABITAT, with a heading for each section: Peace negotiations; Post-conflict reconstruction.",
    );
    const text = readFileSync(path.join(editionPath, "un-habitat.md"), "utf8");
    expect(text).toContain('entity: "UN-HABITAT"\nyear: 2004\n');
    expect(text).toContain(
      'focal_point: { name: "Joseph \\"Joe\\" Ndegwa", email: "joseph.ndegwa@unhabitat.org" }',
    );
    // Headings in outline order, whatever order the flags gave.
    expect(text).toMatch(
      /---\n\n## Peace negotiations\n\n<!-- [^\n]* -->\n\n## Post-conflict reconstruction\n\n<!-- [^\n]* -->\n$/,
    );
    expect(text).toContain(
      "# yaml-language-server: $schema=../../schema/contribution.schema.json",
    );
    const validate = await runInProcess(
      ["validate", "--json", "contributions/2004/un-habitat.md"],
      { cwd: root },
    );
    expect(validate.code).toBe(0);
    const { diagnostics } = JSON.parse(validate.stdout) as {
      diagnostics: { severity: string; ruleId: string }[];
    };
    expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  });

  it("refuses to overwrite: exit 2, 'already exists; edit it instead', the file untouched", async () => {
    const { root, editionPath } = edition();
    const before = readFileSync(path.join(editionPath, "unicef.md"), "utf8");
    const run = await runInProcess(
      [...fullFlags.slice(0, 1), "--entity", "UNICEF", ...fullFlags.slice(3)],
      { cwd: root },
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      "contributions/2004/unicef.md already exists; edit it instead",
    );
    expect(readFileSync(path.join(editionPath, "unicef.md"), "utf8")).toBe(
      before,
    );
    expect((await runInProcess(fullFlags, { cwd: root })).code).toBe(0);
    const again = await runInProcess(fullFlags, { cwd: root });
    expect(again.code).toBe(2);
    expect(again.stderr).toContain(
      "un-habitat.md already exists; edit it instead",
    );
  });

  it("counts a .yaml contribution as the entity's file", async () => {
    const { root } = makeEdition({
      "report.yaml": reportYaml({ entities: roster }),
      "dpko.yaml":
        "entity: DPKO\nyear: 2004\nsections:\n  peacekeeping-operations: Text.\n",
    });
    const run = await runInProcess(
      ["new", "--entity", "DPKO", "--section", "ddr", "--yes"],
      { cwd: root },
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("dpko.yaml already exists; edit it instead");
    expect(existsSync(path.join(root, "contributions/2004/dpko.md"))).toBe(
      false,
    );
  });

  it("with no terminal and missing flags, exits 2 at once, naming them", async () => {
    const { root, editionPath } = edition();
    const run = await runInProcess(["new", "--entity", "OSAGI"], {
      cwd: root,
      stdinIsTTY: false,
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      "Missing --section, --focal-point-name and --focal-point-email: standard input is not a terminal, so wps-report cannot ask",
    );
    expect(run.stderr).toContain(
      "fix: Pass them all, e.g. wps-report new --entity",
    );
    expect(existsSync(path.join(editionPath, "osagi.md"))).toBe(false);
  });

  it("--yes never asks, even in a terminal", async () => {
    const { root } = edition();
    const run = await runInProcess(["new", "--yes"], {
      cwd: root,
      stdinIsTTY: true,
    });
    expect(run.code).toBe(2);
    // The roster supplies a focal point once the entity is known: not asked for yet.
    expect(run.stderr).toContain(
      "Missing --entity and --section: --yes means wps-report does not ask (the focal point's name and e-mail come from the roster",
    );
  });

  it("with no terminal, asks only for what the roster cannot supply", async () => {
    const { root } = edition();
    const run = await runBin(["new", "--entity", "DPKO"], { cwd: root });
    expect(run.code).toBe(2);
    // DPKO's focal point is on the roster: only the section is missing.
    expect(run.stderr).toContain(
      "Missing --section: standard input is not a terminal",
    );
    expect(run.stderr).toMatch(
      /fix: Pass them all, e\.g\. wps-report new --entity DPKO --section "[^"]+" --yes\n/,
    );
  });

  it("takes the focal point from the roster when the flags leave it out", async () => {
    const { root, editionPath } = edition();
    const run = await runInProcess(
      ["new", "--entity", "DPKO", "--section", "peacekeeping-operations"],
      { cwd: root },
    );
    expect(run.code).toBe(0);
    expect(readFileSync(path.join(editionPath, "dpko.md"), "utf8")).toContain(
      'focal_point: { name: "Ingrid Solvang", email: "solvang@un.org" }',
    );
  });

  it("explains an unknown section, entity or e-mail, with exit 2", async () => {
    const { root } = edition();
    const section = await runInProcess(
      ["new", "--entity", "OSAGI", "--section", "Peace negociations", "--yes"],
      { cwd: root },
    );
    expect(section.code).toBe(2);
    expect(section.stderr).toContain(
      "Unexpected section `Peace negociations`, expected an outline section (did you mean `Peace negotiations`?)",
    );
    const entity = await runInProcess(["new", "--entity", "UNICFE", "--yes"], {
      cwd: root,
    });
    expect(entity.code).toBe(2);
    expect(entity.stderr).toContain(
      "Unexpected entity `UNICFE`, expected a code from the roster in contributions/2004/report.yaml (did you mean `UNICEF`?)",
    );
    const email = await runInProcess(
      [
        "new",
        "--entity",
        "OSAGI",
        "--section",
        "ddr",
        "--focal-point-name",
        "Jane Doe",
        "--focal-point-email",
        "jane.doe at un.org",
      ],
      { cwd: root },
    );
    expect(email.code).toBe(2);
    expect(email.stderr).toContain(
      "The e-mail address is `jane.doe at un.org`, expected an e-mail address such as jdoe@unicef.org in --focal-point-email",
    );
  });

  it("--json prints the created file", async () => {
    const { root } = edition();
    const run = await runInProcess([...fullFlags, "--json"], { cwd: root });
    expect(JSON.parse(run.stdout)).toEqual({
      file: "contributions/2004/un-habitat.md",
      entity: "UN-HABITAT",
      sections: ["peace-negotiations", "post-conflict-reconstruction"],
    });
  });

  it("never waits on a pipe that stays open: the bin exits 2 straight away", async () => {
    const { root } = edition();
    const child = spawn(process.execPath, [binPath, "new"], {
      cwd: root,
      stdio: ["pipe", "pipe", "pipe"],
      env: { ...process.env, NO_COLOR: "1" },
    });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => {
      const timer = setTimeout(() => {
        child.kill();
        resolve(null);
      }, 20_000);
      child.on("exit", (c) => {
        clearTimeout(timer);
        resolve(c);
      });
    });
    expect(code).toBe(2);
    expect(stderr).toContain("Missing --entity and --section");
  });
});

describe("fillTemplate", () => {
  const answers = {
    year: 2005,
    entity: "UNICEF",
    focalPoint: { name: "Jane Doe", email: "jdoe@unicef.org" },
    sections: [
      {
        chapterId: "implementation",
        id: "ddr",
        title: "Disarmament, demobilization and reintegration",
      },
    ],
  };

  it("fills every placeholder", () => {
    expect(
      fillTemplate(
        '---\nentity: "{{entity}}"\nyear: {{year}}\nfocal_point: { name: "{{focal_point_name}}", email: "{{ focal_point_email }}" }\n---\n\n{{sections}}\n',
        answers,
      ),
    ).toBe(
      '---\nentity: "UNICEF"\nyear: 2005\nfocal_point: { name: "Jane Doe", email: "jdoe@unicef.org" }\n---\n\n## Disarmament, demobilization and reintegration\n\n<!-- UNICEF: write your text for this section here, in paragraphs (facts, places, dates, results; notes as [^1]). This comment does not appear in the draft. -->\n',
    );
  });

  it("refuses a placeholder it does not know, rather than leave it in the file", () => {
    expect(() => fillTemplate("{{entity}} {{agency}}", answers)).toThrow(
      ConfigError,
    );
    expect(() => fillTemplate("{{agency}}", answers)).toThrow(
      "Unexpected placeholder {{agency}} in templates/contribution.md",
    );
  });
});
