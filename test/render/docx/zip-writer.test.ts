// The draft's ZIP container is written by src/render/docx/zip-writer.ts
// around entries deflated one by one (some on another thread); it must be
// byte for byte what fflate's zipSync writes for the same entries (the
// container of every draft before it; their entries are now deflated by
// src/render/docx/deflate.ts).
import fc from "fast-check";
import {
  deflateSync,
  strToU8,
  unzipSync,
  zipSync,
  type Zippable,
} from "fflate";
import { describe, expect, it } from "vitest";
import { deflateXml } from "../../../src/render/docx/deflate.js";
import { zipReproducibly } from "../../../src/render/docx/reproducible.js";
import {
  writeZip,
  zipCrc,
  type ZipEntry,
} from "../../../src/render/docx/zip-writer.js";

// A Date from local fields: 1980-01-01 00:00 in every time zone, as the draft's.
const MTIME = new Date(1980, 0, 1, 0, 0, 0);

function asEntries(files: [string, Uint8Array, number][]): ZipEntry[] {
  return files.map(([name, data, level]) => ({
    name,
    compressed: level === 0 ? data : deflateSync(data, { level: 6 }),
    stored: level === 0,
    size: data.length,
    crc: zipCrc(data),
  }));
}

function withZipSync(files: [string, Uint8Array, number][]): Uint8Array {
  const zippable: Zippable = {};
  for (const [name, data, level] of files)
    zippable[name] = [data, { level: level as 0 | 6, mtime: MTIME }];
  return zipSync(zippable);
}

describe("the draft's ZIP container", () => {
  it("is what fflate's zipSync writes, for any names (UTF-8 ones too), contents and stored entries", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(
          fc.tuple(
            // A part's path: never a bare number, which zipSync's object would put first.
            fc
              .oneof(
                fc.string({ minLength: 1, maxLength: 12 }),
                fc.string({ unit: "grapheme", minLength: 1, maxLength: 6 }),
              )
              .map((name) => `word/${name}`),
            fc.uint8Array({ maxLength: 3000 }),
            fc.constantFrom(0, 6),
          ),
          { selector: ([name]) => name, maxLength: 8 },
        ),
        (files) => {
          expect(Buffer.from(writeZip(asEntries(files), MTIME))).toEqual(
            Buffer.from(withZipSync(files)),
          );
        },
      ),
      { numRuns: 200 },
    );
  });

  it("holds a large part deflated elsewhere exactly as one deflated here, and reads back", async () => {
    const big =
      "<w:p><w:r><w:t>Women and peace and security</w:t></w:r></w:p>\n".repeat(
        40_000,
      );
    const parts = new Map<string, string | Uint8Array>([
      ["[Content_Types].xml", "<Types/>"],
      ["word/document.xml", big],
      ["word/media/image1.png", new Uint8Array([137, 80, 78, 71, 1, 2, 3])],
      ["docProps/core.xml", "<dcterms:created>x</dcterms:created>"],
    ]);
    const elsewhere: Uint8Array[] = [];
    const here = await zipReproducibly(parts, "2004-10-13");
    const away = await zipReproducibly(parts, "2004-10-13", (data) => {
      elsewhere.push(data);
      return Promise.resolve(deflateXml(data));
    });
    // Only the large part is handed over.
    expect(elsewhere.map((data) => data.length)).toEqual([strToU8(big).length]);
    expect(Buffer.from(away).equals(here)).toBe(true);
    expect(new TextDecoder().decode(unzipSync(away)["word/document.xml"])).toBe(
      big,
    );

    // Moved to the other thread, the bytes are gone here: size and CRC were taken before.
    const moved = await zipReproducibly(
      parts,
      "2004-10-13",
      (data, options) => {
        expect(options?.movable).toBe(true);
        const deflated = deflateXml(data);
        structuredClone(data, { transfer: [data.buffer as ArrayBuffer] });
        expect(data.length).toBe(0);
        return Promise.resolve(deflated);
      },
    );
    expect(Buffer.from(moved).equals(here)).toBe(true);
    // A deflater that fails after taking the bytes: the part is encoded and deflated again here.
    const failed = await zipReproducibly(parts, "2004-10-13", () =>
      Promise.reject(new Error("the deflate worker failed")),
    );
    expect(Buffer.from(failed).equals(here)).toBe(true);
  });
});
