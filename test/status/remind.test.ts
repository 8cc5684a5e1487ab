import { describe, expect, it } from "vitest";
import type { Reminders } from "../../src/status/remind.js";
import type { EditionStatus } from "../../src/status/types.js";
import { runBin } from "../helpers/cli.js";
import { contribution, makeEdition, reportYaml } from "../helpers/edition.js";

// Through the real binary (needs `npm run build`): the task manager chasing contributions.

const roster = [
  "  - { code: OSAGI, name: Office of the Special Adviser on Gender Issues and Advancement of Women, kind: task-manager, focal_point: { name: Helena Marchetti } }",
  "  - code: DPKO",
  "    name: Department of Peacekeeping Operations",
  "    kind: member",
  "    focal_point: { name: Ingrid Solvang, email: solvang@un.org }",
  "    deadline: 2004-08-15",
  "  - code: UNICEF",
  "    name: United Nations Children's Fund",
  "    kind: member",
  "    focal_point: { name: Marit Haugland, email: mhaugland@unicef.org }",
  "    word_limit: 12",
  '  - { code: NGOWG, name: "NGO Working Group on Women, Peace and Security", kind: observer, focal_point: { name: Rachel Osei, email: osei@ngowg.org } }',
].join("\n");

function edition() {
  return makeEdition({
    "report.yaml": reportYaml({ entities: roster }),
    // After the edition's deadline, before DPKO's own.
    "dpko.md": contribution(
      "DPKO",
      "## Peacekeeping operations\n\nThe Department of Peacekeeping Operations (DPKO) deployed advisers.\n",
      { frontMatter: "submitted: 2004-08-10\n" },
    ),
    "unicef.md": contribution(
      "UNICEF",
      "## Peace negotiations\n\nThe United Nations Children's Fund (UNICEF) trained mediators in four regions this year.\n",
      { frontMatter: "submitted: 2004-07-20\n" },
    ),
    "ngowg.md": contribution(
      "NGOWG",
      "## Peace negociations\n\nThe NGO Working Group on Women, Peace and Security (NGOWG) met.\n",
      { frontMatter: "submitted: 2004-07-20\n" },
    ),
  });
}

describe("roster entries' own deadline and word_limit", () => {
  it("judge lateness and the word limit, and show in status and its --json", async () => {
    const { root } = edition();
    const json = JSON.parse(
      (await runBin(["status", "--json"], { cwd: root })).stdout,
    ) as EditionStatus;
    const row = (code: string) => json.rows.find((r) => r.code === code);
    expect(row("DPKO")).toMatchObject({
      deadline: "2004-08-15",
      lateness: "on-time",
      focalPoint: { name: "Ingrid Solvang", email: "solvang@un.org" },
      wordLimit: 1500,
    });
    expect(row("UNICEF")).toMatchObject({ wordLimit: 12, lateness: "on-time" });

    const table = await runBin(["status"], { cwd: root });
    expect(table.code).toBe(0);
    expect(table.stdout).toContain("Own deadlines: DPKO 2004-08-15");
    expect(table.stdout).toContain("Own word limits (others 1,500): UNICEF 12");
    expect(table.stdout).toMatch(/^UNICEF +1\/9 +1\d>12 /m);

    const validate = await runBin(
      ["validate", "contributions/2004/unicef.md"],
      {
        cwd: root,
      },
    );
    expect(validate.stdout).toMatch(
      /over the limit of 12 +words\/contribution-limit/,
    );
  });
});

describe("status --remind", () => {
  it("names who to chase with their focal points, and a message to paste", async () => {
    const { root } = edition();
    const run = await runBin(["status", "--remind"], { cwd: root });
    expect(run.code).toBe(0);
    const lines = run.stdout.split("\n");
    expect(lines.find((l) => l.startsWith("OSAGI "))).toMatch(
      /^OSAGI +missing, [\d,]+ days late +Helena Marchetti$/,
    );
    expect(lines.find((l) => l.startsWith("NGOWG "))).toMatch(
      /^NGOWG +invalid \(1 error\) +Rachel Osei <osei@ngowg\.org>$/,
    );
    // DPKO (in, within its extension) and UNICEF (in, valid) need no reminder.
    expect(lines.some((l) => /^(DPKO|UNICEF) /.test(l))).toBe(false);
    expect(run.stdout).toContain("No e-mail in report.yaml for: OSAGI");
    expect(run.stdout).toContain("To: osei@ngowg.org\n");
    expect(run.stdout).toContain(
      "Subject: Women and peace and security (S/2004/814): contributions still needed",
    );
    expect(run.stdout).toContain(
      "- NGO Working Group on Women, Peace and Security (NGOWG): the contribution has 1 error that keeps it out of the draft.",
    );
    expect(run.stdout).toContain(
      "- Office of the Special Adviser on Gender Issues and Advancement of Women (OSAGI): we have not received the contribution yet. It was due on 31 July 2004.",
    );

    const json = JSON.parse(
      (await runBin(["status", "--remind", "--json"], { cwd: root })).stdout,
    ) as Reminders;
    expect(json.entries.map((e) => [e.code, e.reason])).toEqual([
      ["OSAGI", "missing"],
      ["NGOWG", "invalid"],
    ]);
    expect(json.to).toEqual(["osei@ngowg.org"]);
    expect(json.message).toContain("Dear colleagues,");
  });
});
