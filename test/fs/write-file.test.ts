import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
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
});
