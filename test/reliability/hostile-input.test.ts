import { mkdirSync, symlinkSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { MAX_NESTING } from "../../src/load/markdown-limits.js";
import { runBin } from "../helpers/cli.js";
import { contribution, makeEdition, reportYaml } from "../helpers/edition.js";
import { hashTree } from "../helpers/tree-hash.js";

/**
 * What a pull request could send. Every case runs the real binary, as CI
 * would on the pull request, and checks what the focal point would see:
 * the exit code, the file and line of the diagnostic, no stack trace, and
 * that nothing under contributions/ was touched.
 */

interface JsonDiagnostic {
  file: string;
  line: number;
  column: number;
  ruleId: string;
  severity: string;
  message: string;
}

type Files = Record<string, string | Uint8Array>;

interface Checked {
  code: number;
  diagnostics: JsonDiagnostic[];
  stdout: string;
  stderr: string;
}

const GOOD = "## Introduction\n\nThe Fund trained 200 women mediators.\n";
/** The first body line of {@link contribution}'s files: after `---`, entity, year, `---` and a blank line. */
const BODY = 6;

/** Validate (JSON) and build (text) an edition through the binary; contributions/ must be unchanged by both. */
async function check(
  files: Files,
  prepare?: (editionPath: string) => void,
): Promise<Checked> {
  const edition = makeEdition({ "report.yaml": reportYaml(), ...files });
  prepare?.(edition.editionPath);
  const folder = path.join(edition.root, "contributions");
  const before = hashTree(folder);
  const validate = await runBin(["validate", "--format", "json"], {
    cwd: edition.root,
  });
  const build = await runBin(["build", "--format", "txt"], {
    cwd: edition.root,
  });
  expect(hashTree(folder)).toBe(before);
  for (const run of [validate, build]) {
    expect(run.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
    expect(run.stderr).not.toContain("internal error");
  }
  // validate and build agree on whether the edition can be built.
  expect(build.code).toBe(validate.code);
  const parsed = JSON.parse(validate.stdout) as {
    diagnostics: JsonDiagnostic[];
  };
  return {
    code: validate.code,
    diagnostics: parsed.diagnostics.filter(
      (d) => d.file.startsWith("contributions/") && d.severity === "error",
    ),
    stdout: build.stdout,
    stderr: validate.stderr + build.stderr,
  };
}

function where(result: Checked): string[] {
  return result.diagnostics.map(
    (d) => `${path.posix.basename(d.file)}:${d.line} ${d.ruleId}`,
  );
}

describe("broken files from word processors and editors", () => {
  it("an empty file", async () => {
    const result = await check({ "unicef.md": "" });
    expect(result.code).toBe(1);
    expect(where(result)).toEqual(["unicef.md:1 file/empty"]);
  });

  it("a binary file with a .md name", async () => {
    const result = await check({
      "unicef.md": Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0, 0, 1]),
    });
    expect(result.code).toBe(1);
    // The first NUL byte is on line 2, after the PNG signature's CR LF.
    expect(where(result)).toEqual(["unicef.md:2 file/encoding"]);
    expect(result.diagnostics[0]?.message).toContain("binary");
  });

  it("invalid UTF-8 is reported at its line", async () => {
    const result = await check({
      "unicef.md": Buffer.concat([
        Buffer.from(contribution("UNICEF", `${GOOD}\nMore text `)),
        Buffer.from([0xc3, 0x28]),
        Buffer.from(" here.\n"),
      ]),
    });
    expect(result.code).toBe(1);
    expect(where(result)).toEqual([`unicef.md:${BODY + 4} file/encoding`]);
  });

  it("UTF-16 with a byte order mark is recognized and named", async () => {
    const result = await check({
      "unicef.md": Buffer.concat([
        Buffer.from([0xff, 0xfe]),
        Buffer.from(contribution("UNICEF", GOOD), "utf16le"),
      ]),
    });
    expect(result.code).toBe(1);
    expect(where(result)).toEqual(["unicef.md:1 file/encoding"]);
    expect(result.diagnostics[0]?.message).toContain("UTF-16");
  });

  it("Windows-1252 smart quotes pasted as bytes name Windows-1252 at their line", async () => {
    const result = await check({
      "unicef.md": Buffer.concat([
        Buffer.from(contribution("UNICEF", `${GOOD}\nThe `)),
        Buffer.from([0x93]),
        Buffer.from("Safe Spaces"),
        Buffer.from([0x94]),
        Buffer.from(" programme.\n"),
      ]),
    });
    expect(result.code).toBe(1);
    expect(where(result)).toEqual([`unicef.md:${BODY + 4} file/encoding`]);
    expect(result.diagnostics[0]?.message).toContain("Windows-1252");
  });
});

describe("size", () => {
  it("a 20 MB contribution is refused unread, naming the 2 MiB limit", async () => {
    const result = await check({
      "unicef.md": contribution("UNICEF", GOOD + "Words. ".repeat(3_000_000)),
    });
    expect(result.code).toBe(1);
    expect(where(result)).toEqual(["unicef.md:1 file/too-large"]);
    expect(result.diagnostics[0]?.message).toMatch(/20\.\d MiB.*2 MiB limit/);
  });

  it("one byte over the limit is refused; exactly at the limit is read", async () => {
    const head = contribution("UNICEF", `${GOOD}\n`);
    const fill = (bytes: number) =>
      head + "a".repeat(bytes - Buffer.byteLength(head) - 1) + "\n";
    const over = await check({ "unicef.md": fill(2 * 1024 * 1024 + 1) });
    expect(where(over)).toEqual(["unicef.md:1 file/too-large"]);
    const at = await check({ "unicef.md": fill(2 * 1024 * 1024) });
    expect(at.code).toBe(0);
  });

  it("a 100,000-character line builds, whole", async () => {
    const line = "Women mediators met ".repeat(5_000);
    const result = await check({
      "unicef.md": contribution("UNICEF", `## Introduction\n\n${line}\n`),
    });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(line.trim().slice(-1000));
  });
});

describe("nesting that would exhaust the parser", () => {
  const listLine = BODY + 2;

  it("10,000 nested list items on one line", async () => {
    const result = await check({
      "unicef.md": contribution("UNICEF", `${GOOD}\n${"- ".repeat(10_000)}x\n`),
    });
    expect(result.code).toBe(1);
    expect(where(result)).toEqual([
      `unicef.md:${listLine + 2} markdown/nesting-too-deep`,
    ]);
  });

  it("10,000 nested block quotes", async () => {
    const result = await check({
      "unicef.md": contribution("UNICEF", `${GOOD}\n${">".repeat(10_000)} x\n`),
    });
    expect(where(result)).toEqual([
      `unicef.md:${listLine + 2} markdown/nesting-too-deep`,
    ]);
  });

  it("lists nested by indentation, as deep as 2 MiB allows, stop at the first line too deep", async () => {
    const lines = Array.from(
      { length: 1_000 },
      (_, i) => `${"  ".repeat(i)}- item`,
    );
    const result = await check({
      "unicef.md": contribution("UNICEF", `${GOOD}\n${lines.join("\n")}\n`),
    });
    // Line i (from 0) is i + 1 levels deep.
    expect(where(result)).toEqual([
      `unicef.md:${listLine + 2 + MAX_NESTING} markdown/nesting-too-deep`,
    ]);
  });

  it("the same in a YAML contribution points into the section's text", async () => {
    const result = await check({
      "unicef.yaml": `entity: UNICEF\nyear: 2004\nsections:\n  introduction: |\n    Text.\n\n    ${"> ".repeat(5_000)}x\n`,
    });
    expect(where(result)).toEqual(["unicef.yaml:7 markdown/nesting-too-deep"]);
  });

  it("a paragraph of 100,000 `]` (quadratic in the Markdown parser) is refused at once", async () => {
    const result = await check({
      "unicef.md": contribution("UNICEF", `${GOOD}\n${"]".repeat(100_000)}\n`),
    });
    expect(where(result)).toEqual([
      `unicef.md:${listLine + 2} markdown/too-complex`,
    ]);
  });
});

describe("hostile YAML", () => {
  it("an alias bomb (billion laughs) in front matter", async () => {
    const levels = ["a: &a [x, x, x, x, x, x, x, x, x]"];
    for (const name of "bcdefghij") {
      const previous = String.fromCharCode(name.charCodeAt(0) - 1);
      levels.push(
        `${name}: &${name} [${Array(9).fill(`*${previous}`).join(", ")}]`,
      );
    }
    const result = await check({
      "unicef.md": contribution("UNICEF", GOOD, {
        frontMatter: `${levels.join("\n")}\n`,
      }),
    });
    expect(result.code).toBe(1);
    expect(where(result)).toEqual(["unicef.md:2 front-matter/syntax"]);
    expect(result.diagnostics[0]?.message).toContain("aliases");
  });

  it("10,000 levels of flow nesting", async () => {
    const result = await check({
      "unicef.md": contribution("UNICEF", GOOD, {
        frontMatter: `deep: ${"[".repeat(10_000)}${"]".repeat(10_000)}\n`,
      }),
    });
    expect(result.code).toBe(1);
    expect(where(result)).toEqual(["unicef.md:4 front-matter/syntax"]);
    expect(result.diagnostics[0]?.message).toContain("too deeply");
  });

  it("1,000 levels of block nesting in a YAML contribution", async () => {
    const lines = Array.from(
      { length: 1_000 },
      (_, i) => `${"  ".repeat(i + 1)}k${i}:`,
    );
    const result = await check({
      "unicef.yaml": `entity: UNICEF\nyear: 2004\nsections:\n${lines.join("\n")} x\n`,
    });
    expect(result.code).toBe(1);
    // The YAML parser gives up somewhere down the nesting and says where.
    const [only, ...rest] = result.diagnostics;
    expect(rest).toEqual([]);
    expect(only?.ruleId).toBe("front-matter/syntax");
    expect(only?.line).toBeGreaterThan(4);
    expect(only?.line).toBeLessThanOrEqual(1_003);
    expect(only?.message).toContain("too deeply");
  });

  it("__proto__, constructor and prototype keys are unknown keys, nothing more", async () => {
    const result = await check({
      "unicef.md": contribution("UNICEF", GOOD, {
        frontMatter:
          "__proto__: { polluted: yes }\nconstructor: x\nprototype: { y: 1 }\n",
      }),
    });
    expect(where(result)).toEqual([
      "unicef.md:4 front-matter/unknown-key",
      "unicef.md:5 front-matter/unknown-key",
      "unicef.md:6 front-matter/unknown-key",
    ]);
  });

  it("and as section names, in YAML or as headings, unknown sections", async () => {
    const yaml = await check({
      "unicef.yaml":
        "entity: UNICEF\nyear: 2004\nsections:\n  __proto__: Text.\n  constructor: Text.\n  prototype: Text.\n",
    });
    expect(where(yaml)).toEqual([
      "unicef.yaml:4 structure/unknown-section",
      "unicef.yaml:5 structure/unknown-section",
      "unicef.yaml:6 structure/unknown-section",
    ]);
    const markdown = await check({
      "unicef.md": contribution(
        "UNICEF",
        "## __proto__\n\nText.\n\n## constructor\n\nText.\n",
      ),
    });
    expect(where(markdown)).toEqual([
      `unicef.md:${BODY} structure/unknown-section`,
      `unicef.md:${BODY + 4} structure/unknown-section`,
    ]);
  });
});

describe("paths that lead out of the edition", () => {
  it("images outside the edition folder are refused, and never read", async () => {
    const result = await check({
      "unicef.md": contribution(
        "UNICEF",
        `${GOOD}\n![map](../../../../etc/passwd.png)\n\n![map](/etc/hosts.png)\n`,
      ),
    });
    expect(where(result)).toEqual([
      `unicef.md:${BODY + 4} markdown/image`,
      `unicef.md:${BODY + 6} markdown/image`,
    ]);
  });

  it("a contribution or an image that is a symbolic link is not followed", async () => {
    const result = await check(
      {
        "unicef.md": contribution("UNICEF", `${GOOD}\n![map](map.png)\n`),
      },
      (editionPath) => {
        symlinkSync("/etc/passwd", path.join(editionPath, "dpko.md"));
        symlinkSync("/etc/hostname", path.join(editionPath, "map.png"));
      },
    );
    expect(where(result)).toEqual([
      "dpko.md:1 file/unexpected",
      "map.png:1 file/unexpected",
      `unicef.md:${BODY + 4} markdown/image`,
    ]);
    expect(result.diagnostics[0]?.message).toContain("symbolic link");
    expect(result.stderr + result.stdout).not.toContain("root:");
  });

  it("a folder named like a contribution", async () => {
    const result = await check(
      { "dpko.md": contribution("DPKO", GOOD) },
      (editionPath) => mkdirSync(path.join(editionPath, "unicef.md")),
    );
    expect(result.code).toBe(1);
    expect(where(result)).toEqual(["unicef.md:1 file/unexpected"]);
  });
});

describe("report.yaml, which the repository trusts, still cannot lead out of it", () => {
  let stderr = "";
  let code = 0;
  beforeAll(async () => {
    const edition = makeEdition({
      "report.yaml": reportYaml({ template: "../../../../etc/passwd" }),
      "unicef.md": contribution("UNICEF", GOOD),
    });
    const run = await runBin(["build"], { cwd: edition.root });
    ({ stderr, code } = run);
    edition.cleanup();
  });

  it("a template path that escapes the repository is a configuration error (exit 2)", () => {
    expect(code).toBe(2);
    expect(stderr).toContain("contributions/2004/report.yaml:2:");
    expect(stderr).toContain("outside the repository");
    expect(stderr).not.toContain("root:");
  });
});
