import { readFileSync } from "node:fs";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { buildCommand } from "../../src/cli/commands/build.js";
import { circulateCommand } from "../../src/cli/commands/circulate.js";
import { diffCommand } from "../../src/cli/commands/diff.js";
import { initCommand } from "../../src/cli/commands/init.js";
import { newCommand } from "../../src/cli/commands/new.js";
import { reviewCommand } from "../../src/cli/commands/review.js";
import { schemaCommand } from "../../src/cli/commands/schema.js";
import { statusCommand } from "../../src/cli/commands/status.js";
import { textconvCommand } from "../../src/cli/commands/textconv.js";
import { validateCommand } from "../../src/cli/commands/validate.js";
import { outputFormats } from "../../src/render/formats.js";
import { runInProcess } from "../helpers/cli.js";

// The wiring alone: each command module is replaced, so these tests pin which options a command line produces.
vi.mock("../../src/cli/commands/validate.js", () => ({
  validateCommand: vi.fn(() => Promise.resolve(0)),
}));
vi.mock("../../src/cli/commands/build.js", () => ({
  buildCommand: vi.fn(() => Promise.resolve(0)),
}));
vi.mock("../../src/cli/commands/status.js", () => ({
  statusCommand: vi.fn(() => Promise.resolve(0)),
}));
vi.mock("../../src/cli/commands/new.js", () => ({
  newCommand: vi.fn(() => Promise.resolve(0)),
}));
vi.mock("../../src/cli/commands/init.js", () => ({
  initCommand: vi.fn(() => Promise.resolve(0)),
}));
vi.mock("../../src/cli/commands/textconv.js", () => ({
  textconvCommand: vi.fn(() => Promise.resolve(0)),
}));
vi.mock("../../src/cli/commands/circulate.js", () => ({
  circulateCommand: vi.fn(() => Promise.resolve(0)),
}));
vi.mock("../../src/cli/commands/diff.js", () => ({
  diffCommand: vi.fn(() => Promise.resolve(0)),
}));
vi.mock("../../src/cli/commands/review.js", () => ({
  reviewCommand: vi.fn(() => Promise.resolve(0)),
}));
vi.mock("../../src/cli/commands/schema.js", () => ({
  schemaCommand: vi.fn(() => Promise.resolve(0)),
}));

const cwd = "/tmp";
const { version: packageVersion } = JSON.parse(
  readFileSync(new URL("../../package.json", import.meta.url), "utf8"),
) as { version: string };

beforeEach(() => {
  vi.clearAllMocks();
});

describe("argv -> command options", () => {
  it.each([
    [["validate"], validateCommand, { files: [], format: "text" }],
    [
      ["validate", "a.md", "b.md", "--format", "github", "--strict"],
      validateCommand,
      { files: ["a.md", "b.md"], format: "github", strict: true },
    ],
    [
      ["validate", "--json"],
      validateCommand,
      { files: [], format: "json", json: true },
    ],
    [
      ["validate", "--edition", "contributions/2004"],
      validateCommand,
      { files: [], format: "text", edition: "contributions/2004" },
    ],
    // --json is short for --format json, and wins over an explicit --format (one helper says so for all three commands).
    [
      ["validate", "--format", "github", "--json"],
      validateCommand,
      { files: [], format: "json", json: true },
    ],
    [
      ["diff", "--json"],
      diffCommand,
      { from: "HEAD", format: "json", json: true },
    ],
    [
      ["review", "r.docx", "--format", "github", "--json"],
      reviewCommand,
      { file: "r.docx", format: "json", json: true },
    ],
    [["build"], buildCommand, {}],
    [
      ["build", "--format", "md", "--strict", "--out", "x.md"],
      buildCommand,
      { format: "md", strict: true, out: "x.md" },
    ],
    [
      ["build", "--annotate", "--manuscript"],
      buildCommand,
      { annotate: true, manuscript: true },
    ],
    [
      ["status", "--matrix", "--json"],
      statusCommand,
      { matrix: true, json: true },
    ],
    [
      [
        "new",
        "--entity",
        "UNICEF",
        "--section",
        "ddr",
        "--section",
        "Peace negotiations",
        "--yes",
      ],
      newCommand,
      { entity: "UNICEF", section: ["ddr", "Peace negotiations"], yes: true },
    ],
    [["init", "2005"], initCommand, { year: "2005" }],
    [["textconv", "draft.docx"], textconvCommand, { file: "draft.docx" }],
    [["diff"], diffCommand, { from: "HEAD", format: "text" }],
    [
      ["diff", "HEAD~2", "HEAD", "--docx", "r.docx"],
      diffCommand,
      { from: "HEAD~2", to: "HEAD", docx: "r.docx", format: "text" },
    ],
    [
      ["diff", "Draft 1", "--format", "markdown", "--entity", "DPKO", "--stat"],
      diffCommand,
      { from: "Draft 1", format: "markdown", entity: "DPKO", stat: true },
    ],
    [["build", "--format", "html"], buildCommand, { format: "html" }],
    [
      ["circulate", "Draft 2", "--json"],
      circulateCommand,
      { label: "Draft 2", json: true },
    ],
    [["schema", "contribution"], schemaCommand, { which: "contribution" }],
  ])("%j", async (argv, command, expected) => {
    const run = await runInProcess(argv, { cwd });
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(command).toHaveBeenCalledTimes(1);
    expect(vi.mocked(command).mock.calls[0]?.[0]).toEqual(expected);
  });

  it("passes the command's exit code through", async () => {
    vi.mocked(validateCommand).mockResolvedValueOnce(1);
    expect((await runInProcess(["validate"], { cwd })).code).toBe(1);
  });
});

describe("usage errors exit 2, help and version exit 0", () => {
  it.each([
    [
      ["validate", "--format", "xml"],
      /argument 'xml' is invalid. Allowed choices are text, json, github/,
    ],
    [["build", "--bogus"], /unknown option '--bogus'/],
    [["frobnicate"], /unknown command 'frobnicate'/],
    [["init"], /missing required argument 'year'/],
  ])("%j", async (argv, message) => {
    const run = await runInProcess(argv, { cwd });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it("build --help names every format of the registry, and where each goes without --out", async () => {
    const help = await runInProcess(["build", "--help"], { cwd });
    expect(help.code).toBe(0);
    const text = help.stdout.replace(/\s+/g, " ");
    for (const [name, format] of Object.entries(outputFormats)) {
      expect(text).toContain(name);
      if (format.defaultTo === "file")
        expect(text).toMatch(
          new RegExp(`<symbol>[^;]*\\${format.extensions[0] ?? ""}\\b`),
        );
    }
    const stdout = /stdout for ([^)]*)\)/.exec(text)?.[1] ?? "";
    for (const [name, format] of Object.entries(outputFormats))
      expect(stdout.split(/, | and /).includes(name)).toBe(
        format.defaultTo === "stdout",
      );
  });

  it("prints help and the version with exit 0", async () => {
    const help = await runInProcess(["--help"], { cwd });
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/Usage: wps-report \[options\] \[command\]/);
    for (const command of [
      "validate",
      "build",
      "status",
      "new",
      "init",
      "textconv",
      "diff",
      "schema",
    ])
      expect(help.stdout).toContain(`  ${command}`);
    const version = await runInProcess(["--version"], { cwd });
    expect(version).toEqual({
      code: 0,
      stdout: `${packageVersion}\n`,
      stderr: "",
    });
  });
});
