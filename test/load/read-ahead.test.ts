import { describe, expect, it } from "vitest";
import type { DirEntry, FileSource } from "../../src/load/file-source.js";
import { readingAhead } from "../../src/load/read-ahead.js";

/** A source over `files` that counts its reads, and fails on the files in `failing`. */
function countingSource(
  files: Record<string, string>,
  failing = new Set<string>(),
) {
  const reads: string[] = [];
  const source: FileSource = {
    root: "/project",
    readFile: (file) => {
      reads.push(file);
      if (failing.has(file) || !(file in files))
        return Promise.reject(
          Object.assign(new Error(`ENOENT: ${file}`), { code: "ENOENT" }),
        );
      return Promise.resolve(new TextEncoder().encode(files[file]));
    },
    list: () => Promise.resolve<DirEntry[]>([]),
    stat: () => Promise.resolve(undefined),
  };
  return { source, reads };
}

const text = async (source: FileSource, file: string) =>
  new TextDecoder().decode(await source.readFile(file));

describe("reading an edition's files ahead", () => {
  it("gives each file read ahead once, the bytes the source has, and reads other files when asked", async () => {
    const { source, reads } = countingSource({
      "a.md": "A",
      "b.md": "B",
      "map.png": "PNG",
    });
    const ahead = readingAhead(source, Promise.resolve(["a.md", "b.md"]));
    expect(await text(ahead, "b.md")).toBe("B");
    expect(await text(ahead, "a.md")).toBe("A");
    expect(await text(ahead, "map.png")).toBe("PNG");
    expect(reads.sort()).toEqual(["a.md", "b.md", "map.png"]);
    // Handed over once: asked again, it is read again (and not kept twice in memory).
    expect(await text(ahead, "a.md")).toBe("A");
    expect(reads.filter((file) => file === "a.md")).toHaveLength(2);
  });

  it("reads every file again when one could not be read ahead, so each error is the one reading it gives", async () => {
    const { source, reads } = countingSource(
      { "a.md": "A", "b.md": "B" },
      new Set(["b.md"]),
    );
    const ahead = readingAhead(source, Promise.resolve(["a.md", "b.md"]));
    expect(await text(ahead, "a.md")).toBe("A");
    await expect(ahead.readFile("b.md")).rejects.toThrow("ENOENT: b.md");
    expect(reads.filter((file) => file === "b.md")).toHaveLength(2);
  });

  it("reads on demand when the list of files to read ahead fails", async () => {
    const { source } = countingSource({ "a.md": "A" });
    const ahead = readingAhead(source, Promise.reject(new Error("no folder")));
    expect(await text(ahead, "a.md")).toBe("A");
  });
});
