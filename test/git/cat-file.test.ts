import * as childProcess from "node:child_process";
import { describe, expect, it, vi } from "vitest";
import { buildReport } from "../../src/build-report.js";
import { gitFileSource } from "../../src/git/file-source.js";
import { contribution, makeEdition, reportYaml } from "../helpers/edition.js";
import { commitAll, initRepo } from "../helpers/git-repo.js";

// Count the processes the git source starts, without changing what they do.
vi.mock("node:child_process", async (importOriginal) => {
  const original = await importOriginal<typeof childProcess>();
  return { ...original, spawn: vi.fn(original.spawn) };
});

describe("reading a revision", () => {
  it("starts one git cat-file process for all the files it reads", async () => {
    const files: Record<string, string> = { "report.yaml": reportYaml() };
    for (const entity of ["UNICEF", "DPKO", "NGOWG", "OSAGI"])
      files[`${entity.toLowerCase()}.md`] = contribution(
        entity,
        `## Conflict prevention\n\n${entity} reported on its work.\n`,
      );
    const { root, dir } = makeEdition(files);
    initRepo(root);
    commitAll(root, "draft");

    const spawn = vi.mocked(childProcess.spawn);
    spawn.mockClear();
    const source = await gitFileSource(root, "HEAD");
    try {
      const { report } = await buildReport(root, dir, { source });
      expect(report.contributors).toHaveLength(4);
    } finally {
      source.close();
    }
    const catFiles = spawn.mock.calls.filter(([, args]) =>
      (args as readonly string[] | undefined)?.includes("cat-file"),
    );
    expect(catFiles).toHaveLength(1);
  });
});
