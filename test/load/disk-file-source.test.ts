import {
  mkdirSync,
  mkdtempSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  diskFileSource,
  OutsideRootError,
  type FileSource,
} from "../../src/load/file-source.js";

// The working tree as the loader reads it: nothing outside the project,
// whichever way a symbolic link (to a file or to a folder) points.
let scratch = "";
let source: FileSource;
const text = async (file: string) =>
  new TextDecoder().decode(await source.readFile(file));

beforeAll(() => {
  scratch = mkdtempSync(path.join(tmpdir(), "wps-disk-source-"));
  const project = path.join(scratch, "project");
  const edition = path.join(project, "contributions", "2004");
  mkdirSync(edition, { recursive: true });
  mkdirSync(path.join(scratch, "elsewhere"));
  writeFileSync(path.join(scratch, "elsewhere", "secret.md"), "secret");
  writeFileSync(path.join(edition, "unicef.md"), "UNICEF");
  symlinkSync("unicef.md", path.join(edition, "alias.md"));
  symlinkSync("../../../elsewhere/secret.md", path.join(edition, "out.md"));
  symlinkSync("contributions/2004", path.join(project, "current"));
  symlinkSync("../elsewhere", path.join(project, "outside"));
  source = diskFileSource(project);
});

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe("reading the project from disk", () => {
  it("reads files, and links that stay inside the project", async () => {
    expect(await text("contributions/2004/unicef.md")).toBe("UNICEF");
    expect(await text("contributions/2004/alias.md")).toBe("UNICEF");
    expect(await text("current/unicef.md")).toBe("UNICEF");
    expect(await text("current/alias.md")).toBe("UNICEF");
  });

  it("refuses a link to a file or a folder outside it, and a path that climbs out", async () => {
    for (const file of [
      "contributions/2004/out.md",
      "current/out.md",
      "outside/secret.md",
      "../elsewhere/secret.md",
    ])
      await expect(source.readFile(file), file).rejects.toBeInstanceOf(
        OutsideRootError,
      );
  });

  it("says a missing file is missing", async () => {
    await expect(
      source.readFile("contributions/2004/none.md"),
    ).rejects.toMatchObject({ code: "ENOENT" });
    await expect(source.readFile("nowhere/none.md")).rejects.toMatchObject({
      code: "ENOENT",
    });
  });
});
