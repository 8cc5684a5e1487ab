import { cpSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parse } from "yaml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { EditionStatus } from "../../src/status/types.js";
import { repoRoot, runInProcess } from "../helpers/cli.js";
import { commitAll, initRepo } from "../helpers/git-repo.js";

describe("status on the sample edition, committed in a temporary repository", () => {
  let root: string;
  beforeAll(() => {
    root = mkdtempSync(path.join(tmpdir(), "wps-status-sample-"));
    for (const folder of ["contributions", "templates"])
      cpSync(path.join(repoRoot, folder), path.join(root, folder), {
        recursive: true,
      });
    initRepo(root);
    commitAll(root, "The 2004 edition", {
      author: { name: "Helena Marchetti", email: "hm@un.org" },
      date: "2004-07-20T10:00:00+02:00",
    });
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it("has a row per roster entity, in roster order, whose state agrees with validate", async () => {
    const roster = (
      parse(
        readFileSync(path.join(root, "contributions/2004/report.yaml"), "utf8"),
      ) as { entities: { code: string }[] }
    ).entities.map((e) => e.code);
    const status = await runInProcess(["status", "--json"], { cwd: root });
    expect(status.code).toBe(0);
    const json = JSON.parse(status.stdout) as EditionStatus;
    expect(json.rows.map((r) => r.code)).toEqual(roster);

    const validate = await runInProcess(["validate", "--json"], { cwd: root });
    const { diagnostics } = JSON.parse(validate.stdout) as {
      diagnostics: { file: string; severity: string }[];
    };
    for (const row of json.rows) {
      if (row.file === undefined) {
        expect(row.state).toBe("missing");
        continue;
      }
      const errors = diagnostics.filter(
        (d) => d.file === row.file && d.severity === "error",
      ).length;
      expect(row, row.code).toMatchObject({
        state: errors > 0 ? "invalid" : "valid",
        errors,
        lastChange: { date: "2004-07-20", author: "Helena Marchetti" },
        lateness: "on-time",
      });
    }

    const table = await runInProcess(["status"], { cwd: root });
    for (const row of json.rows) {
      const line = table.stdout
        .split("\n")
        .find((l) => l.startsWith(`${row.code} `));
      expect(line, row.code).toBeDefined();
      if (row.file !== undefined)
        expect(line).toMatch(/2004-07-20 Helena Marchetti$/);
      else expect(line).toMatch(/ missing +-$/);
    }
  });
});
