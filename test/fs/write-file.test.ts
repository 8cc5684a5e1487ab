import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type * as fsPromises from "node:fs/promises";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { writeFileAtomic } from "../../src/fs/write-file.js";

// Lets one test make the final rename fail, as a full disk or a foreign file system would.
const failRename = vi.hoisted(() => ({ on: false }));
vi.mock("node:fs/promises", async (importOriginal) => {
  const actual = await importOriginal<typeof fsPromises>();
  return {
    ...actual,
    rename: (from: string, to: string) =>
      failRename.on
        ? Promise.reject(
            Object.assign(new Error("EXDEV: cross-device link not permitted"), {
              code: "EXDEV",
            }),
          )
        : actual.rename(from, to),
  };
});

let folder: string;
beforeEach(() => {
  folder = mkdtempSync(path.join(tmpdir(), "wps-write-"));
  failRename.on = false;
});
afterEach(() => {
  chmodSync(folder, 0o700);
  rmSync(folder, { recursive: true, force: true });
});

const isRoot = process.getuid?.() === 0;

describe("writeFileAtomic", () => {
  it("creates missing folders and writes the bytes, leaving no temporary file", async () => {
    const target = path.join(folder, "drafts", "2004", "S-2004-814.docx");
    await writeFileAtomic(target, new Uint8Array([80, 75, 3, 4]));
    expect([...readFileSync(target)]).toEqual([80, 75, 3, 4]);
    expect(readdirSync(path.dirname(target))).toEqual(["S-2004-814.docx"]);
  });

  it("replaces an existing file with text", async () => {
    const target = path.join(folder, "draft.txt");
    writeFileSync(target, "old");
    await writeFileAtomic(target, "new draft\n");
    expect(readFileSync(target, "utf8")).toBe("new draft\n");
  });

  it("keeps the previous draft when the final rename fails, and removes its temporary file", async () => {
    const target = path.join(folder, "S-2004-814.docx");
    writeFileSync(target, "previous draft");
    failRename.on = true;
    await expect(writeFileAtomic(target, "half a draft")).rejects.toMatchObject(
      { code: "EXDEV" },
    );
    expect(readFileSync(target, "utf8")).toBe("previous draft");
    expect(readdirSync(folder)).toEqual(["S-2004-814.docx"]);
  });

  it("refuses to replace a folder, which is left as it was", async () => {
    const target = path.join(folder, "S-2004-814.docx");
    mkdirSync(target);
    writeFileSync(path.join(target, "keep.txt"), "kept");
    await expect(writeFileAtomic(target, "draft")).rejects.toMatchObject({
      code: expect.stringMatching(/^E/) as string,
    });
    expect(readFileSync(path.join(target, "keep.txt"), "utf8")).toBe("kept");
    expect(readdirSync(folder)).toEqual(["S-2004-814.docx"]);
  });

  it("passes on the error when the folder cannot be made (a file is in the way)", async () => {
    writeFileSync(path.join(folder, "drafts"), "not a folder");
    await expect(
      writeFileAtomic(path.join(folder, "drafts", "x.docx"), "draft"),
    ).rejects.toMatchObject({ code: "ENOTDIR" });
    expect(readdirSync(folder)).toEqual(["drafts"]);
  });

  it.skipIf(isRoot)(
    `passes on EACCES for a read-only folder${isRoot ? " (skipped: root ignores permissions)" : ""}`,
    async () => {
      chmodSync(folder, 0o500);
      await expect(
        writeFileAtomic(path.join(folder, "x.docx"), "draft"),
      ).rejects.toMatchObject({ code: "EACCES" });
    },
  );

  it("refuses (ESYMLINK) a link anywhere below the project folder, and writes nothing", async () => {
    const outside = path.join(folder, "outside");
    mkdirSync(outside);
    writeFileSync(path.join(outside, "target"), "keep");
    const project = path.join(folder, "project");
    mkdirSync(path.join(project, "drafts"), { recursive: true });
    symlinkSync(
      path.join(outside, "target"),
      path.join(project, "drafts", "x.docx"),
    );
    await expect(
      writeFileAtomic(path.join(project, "drafts", "x.docx"), "draft", {
        noLinksBelow: project,
      }),
    ).rejects.toMatchObject({ code: "ESYMLINK" });
    symlinkSync(outside, path.join(project, "linked"));
    await expect(
      writeFileAtomic(path.join(project, "linked", "y.docx"), "draft", {
        noLinksBelow: project,
      }),
    ).rejects.toMatchObject({ code: "ESYMLINK" });
    expect(readFileSync(path.join(outside, "target"), "utf8")).toBe("keep");
    expect(readdirSync(outside)).toEqual(["target"]);
  });

  it("makes no folder when asked not to (ENOENT)", async () => {
    await expect(
      writeFileAtomic(path.join(folder, "a", "b", "x.docx"), "draft", {
        createFolders: false,
      }),
    ).rejects.toMatchObject({ code: "ENOENT" });
    expect(readdirSync(folder)).toEqual([]);
  });

  it("abandons the write when the target is no longer current, leaving it and no temporary file", async () => {
    const target = path.join(folder, "unicef.md");
    writeFileSync(target, "saved by an editor");
    const written = await writeFileAtomic(target, "fixed", {
      stillCurrent: () => Promise.resolve(false),
    });
    expect(written).toBe(false);
    expect(readFileSync(target, "utf8")).toBe("saved by an editor");
    expect(readdirSync(folder)).toEqual(["unicef.md"]);
  });
});
