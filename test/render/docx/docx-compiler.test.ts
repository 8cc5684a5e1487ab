// A loud guard on the docx internal src/render/docx/docx-compiler.ts
// relies on: Packer.compiler.compile(document) giving the package's parts
// before zipping. When it fails after an upgrade, drafts are still right
// (the public Packer.toBuffer is used instead) but a large build is about
// half again as slow: read docx-compiler.ts, then docx's Packer source.
import { Document, Packer, Paragraph } from "docx";
import { unzipSync, strFromU8 } from "fflate";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { compileParts } from "../../../src/render/docx/docx-compiler.js";
import { repoRoot } from "../../helpers/cli.js";

const { version } = JSON.parse(
  readFileSync(path.join(repoRoot, "node_modules/docx/package.json"), "utf8"),
) as { version: string };

function document(): Document {
  return new Document({
    sections: [{ children: [new Paragraph("Women and peace and security")] }],
  });
}

describe(`docx ${version}'s compiler`, () => {
  it("is where docx-compiler.ts looks, and gives every part Packer.toBuffer zips, unchanged", async () => {
    const parts = compileParts(document());
    expect(
      parts,
      `docx ${version} no longer has Packer.compiler.compile(document) returning a Map of part name -> string | Uint8Array; drafts are packed through Packer.toBuffer (slower). Revisit src/render/docx/docx-compiler.ts`,
    ).toBeInstanceOf(Map);
    const zipped = unzipSync(new Uint8Array(await Packer.toBuffer(document())));
    expect([...(parts?.keys() ?? [])].sort()).toEqual(
      Object.keys(zipped).sort(),
    );
    // The two documents were made a moment apart: their timestamps may differ.
    const undated = (text: string) =>
      text.replace(/(<dcterms:\w+[^>]*>)[^<]*</g, "$1<");
    for (const [name, data] of parts ?? [])
      expect(
        undated(typeof data === "string" ? data : strFromU8(data)),
        `docx ${version}: the compiled ${name} differs from the zipped one`,
      ).toBe(undated(strFromU8(zipped[name] ?? new Uint8Array())));
  });
});
