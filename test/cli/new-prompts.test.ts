import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it, onTestFinished } from "vitest";
import { binPath, runInProcess } from "../helpers/cli.js";
import { contribution, makeEdition, reportYaml } from "../helpers/edition.js";
import { hasScript, keys, PtySession } from "../helpers/pty.js";

// The prompts are driven through a real pseudo-terminal (util-linux `script`), not a mock of inquirer.
const roster = [
  "  - { code: OSAGI, name: Office of the Special Adviser on Gender Issues and Advancement of Women, kind: task-manager }",
  "  - { code: UNICEF, name: United Nations Children's Fund, kind: member }",
  "  - code: DPKO",
  "    name: Department of Peacekeeping Operations",
  "    kind: member",
  "    focal_point: { name: Ingrid Solvang, email: solvang@un.org }",
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

function session(root: string, args: string[] = []): PtySession {
  const pty = new PtySession([process.execPath, binPath, "new", ...args], {
    cwd: root,
  });
  onTestFinished(() => pty.kill());
  return pty;
}

describe.skipIf(!hasScript)("wps-report new in a terminal", () => {
  it("asks for entity, name, e-mail and sections, writes a file validate accepts, and refuses a second time", async () => {
    const { root, editionPath } = edition();
    const pty = session(root);

    // Entities without a file first (roster order), those with one after, not selectable.
    let at = await pty.waitFor(/Which entity is this contribution from\?/);
    at = await pty.waitFor(
      /already have a file[\s\S]*UNICEF[^\n]*\(has unicef\.md\)/,
    );
    const menu = pty.screen();
    expect(menu.indexOf("OSAGI")).toBeLessThan(menu.indexOf("DPKO"));
    expect(menu.indexOf("UN-HABITAT")).toBeLessThan(
      menu.indexOf("UNICEF  United"),
    );
    pty.type(keys.down); // OSAGI -> DPKO
    pty.type(keys.enter);

    // The roster's focal point is offered as the default; type another name over it.
    at = await pty.waitFor(/Focal point's name:.*\(Ingrid Solvang\)/, at);
    pty.type("Ingrid Solvang-Berg");
    pty.type(keys.enter);

    at = await pty.waitFor(/Focal point's e-mail:/, at);
    pty.type("isolvang at un.org");
    pty.type(keys.enter);
    at = await pty.waitFor(
      /expected an e-mail address such as\s+jdoe@unicef\.org/,
      at,
    );
    pty.type(keys.backspace.repeat("isolvang at un.org".length));
    pty.type("isolvang@un.org");
    pty.type(keys.enter);

    at = await pty.waitFor(/Which sections will you write to\?/, at);
    await pty.waitFor(/III\.B +Recommendations/, at);
    // I, II.A, II.B, II.C: tick Peacekeeping operations, then Recommendations (the last).
    pty.type(keys.down.repeat(3));
    pty.type(keys.space);
    pty.type(keys.up.repeat(4)); // wraps round to the last choice
    pty.type(keys.space);
    pty.type(keys.enter);

    await pty.waitFor(/Created contributions\/2004\/dpko\.md for DPKO/, at);
    expect(await pty.exitCode()).toBe(0);

    const text = readFileSync(path.join(editionPath, "dpko.md"), "utf8");
    expect(text).toContain('entity: "DPKO"');
    expect(text).toContain(
      'focal_point: { name: "Ingrid Solvang-Berg", email: "isolvang@un.org" }',
    );
    expect(text).toMatch(
      /\n## Peacekeeping operations\n\n<!-- [^\n]* -->\n\n## Recommendations\n\n<!-- [^\n]* -->\n$/,
    );
    const validate = await runInProcess(
      ["validate", "contributions/2004/dpko.md"],
      { cwd: root },
    );
    expect(validate.stdout).not.toMatch(/error/);
    expect(validate.code).toBe(0);

    // Again for the same entity: refused at once, before any question.
    const again = session(root, ["--entity", "DPKO"]);
    await again.waitFor(/dpko\.md already exists; edit it instead/);
    expect(await again.exitCode()).toBe(2);
    expect(again.screen()).not.toContain("Focal point's name");

    // And in the menu, DPKO has moved among the entities that have a file.
    const menuAgain = session(root);
    await menuAgain.waitFor(/DPKO[^\n]*\(has dpko\.md\)/);
    menuAgain.type(keys.ctrlC);
    await menuAgain.exitCode();
  });

  it("asks only what the flags leave out", async () => {
    const { root, editionPath } = edition();
    const pty = session(root, [
      "--entity",
      "UN-HABITAT",
      "--section",
      "ddr",
      "--focal-point-name",
      "Joseph Ndegwa",
    ]);
    const at = await pty.waitFor(/Focal point's e-mail:/);
    expect(pty.screen()).not.toContain("Which entity");
    pty.type("joseph.ndegwa@unhabitat.org");
    pty.type(keys.enter);
    await pty.waitFor(/Created contributions\/2004\/un-habitat\.md/, at);
    expect(await pty.exitCode()).toBe(0);
    expect(
      readFileSync(path.join(editionPath, "un-habitat.md"), "utf8"),
    ).toMatch(
      /## Disarmament, demobilization and reintegration\n\n<!-- [^\n]* -->\n$/,
    );
  });

  it("Ctrl+C cancels without writing anything", async () => {
    const { root, editionPath } = edition();
    const pty = session(root);
    await pty.waitFor(/Which entity is this contribution from\?/);
    pty.type(keys.ctrlC);
    expect(await pty.exitCode()).toBe(130);
    expect(pty.screen()).toContain("Cancelled; nothing was written.");
    expect(existsSync(path.join(editionPath, "osagi.md"))).toBe(false);
  });
});
