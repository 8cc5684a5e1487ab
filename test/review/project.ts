// A copy of the sample edition in a fresh git repository, with a draft
// built from its first commit, for `review` tests that run the real binary.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { runBin, repoRoot, type CliRun } from "../helpers/cli.js";
import { commitAll, git, initRepo } from "../helpers/git-repo.js";

export interface Project {
  dir: string;
  draft: Uint8Array;
  run(args: string[]): Promise<CliRun>;
  read(file: string): string;
  write(file: string, text: string): void;
  /** `git status --porcelain` of the contributions: "" when nothing changed. */
  changes(): string;
}

export async function sampleProject(prefix: string): Promise<Project> {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  cpSync(
    path.join(repoRoot, "contributions", "2004"),
    path.join(dir, "contributions", "2004"),
    { recursive: true },
  );
  cpSync(path.join(repoRoot, "templates"), path.join(dir, "templates"), {
    recursive: true,
  });
  initRepo(dir);
  commitAll(dir, "The 2004 contributions");
  const run = (args: string[]) => runBin(args, { cwd: dir });
  const built = await run(["build", "--out", "draft.docx"]);
  if (built.code !== 0) throw new Error(`build failed: ${built.stderr}`);
  return {
    dir,
    draft: new Uint8Array(readFileSync(path.join(dir, "draft.docx"))),
    run,
    read: (file) => readFileSync(path.join(dir, file), "utf8"),
    write: (file, text) => writeFileSync(path.join(dir, file), text),
    changes: () =>
      git(dir, ["status", "--porcelain", "--", "contributions"]).trim(),
  };
}

/** The line of the sample's `file` (from the project root) that holds `words`, so tests follow edits to the sample. */
export function lineOf(file: string, words: string): number {
  const index = readFileSync(path.join(repoRoot, file), "utf8")
    .split("\n")
    .findIndex((line) => line.includes(words));
  if (index === -1) throw new Error(`${file} does not hold: ${words}`);
  return index + 1;
}

/** A RegExp from a raw template: the literal parts are pattern, the values are matched as they are. */
export function rx(
  strings: TemplateStringsArray,
  ...values: (string | number)[]
): RegExp {
  const escape = (value: string | number) =>
    String(value).replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
  return new RegExp(
    strings.raw.reduce(
      (pattern, part, i) => pattern + escape(values[i - 1] ?? "") + part,
    ),
    "m",
  );
}

const sample = "contributions/2004";
/** Lines of the sample that the review tests edit. */
export const LINES = {
  unicefAdolescent: lineOf(`${sample}/unicef.md`, "adolescent girls"),
  unicefEducation: lineOf(`${sample}/unicef.md`, "Education in emergencies"),
  unicefOneThird: lineOf(`${sample}/unicef.md`, "as much as one third"),
  unicefDrawing: lineOf(`${sample}/unicef.md`, "Drawing on that experience"),
  unicefAfghanistan: lineOf(`${sample}/unicef.md`, "back-to-school campaign"),
  dawNote: lineOf(`${sample}/daw.md`, "available from the Division"),
  title: lineOf(`${sample}/report.yaml`, "title:"),
  entities: lineOf(`${sample}/report.yaml`, "entities:"),
  introduction: lineOf("templates/sg-report.yaml", "- id: introduction"),
  pursuant: lineOf("templates/sg-report.yaml", "pursuant to"),
};
