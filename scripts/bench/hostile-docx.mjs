// Hostile DOCX files, each under 25 MB on disk: zip bombs, deep nesting,
// list numbering built to explode, thousands of notes, runs of deleted
// marks. test/reliability/hostile-docx.test.ts runs each through the real
// binary (exit code, message, peak memory); run this file to time them:
//
//   npm run build && node scripts/bench/hostile-docx.mjs
//
// It prints, per file, its size, the exit code, wall time and peak memory
// of `wps-report textconv` (issue 17: ≤ 20 s and ≤ 1 GiB each).

import { Buffer } from "node:buffer";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { constants, deflateRawSync } from "node:zlib";

const W =
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const REL =
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const MiB = 1024 * 1024;

/**
 * A ZIP archive from entries whose data may already be deflated; sizes are
 * declared as given (`declared`), true or not, and CRCs are left zero: the
 * reader under test must trust neither.
 */
export function zipArchive(entries) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, "utf8");
    const method = entry.method ?? 0;
    const data = entry.data;
    const declared = entry.declared ?? data.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(declared, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(declared, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, data);
    centrals.push(central, name);
    offset += 30 + name.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Math.min(entries.length, 0xffff), 8);
  end.writeUInt16LE(Math.min(entries.length, 0xffff), 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}

/**
 * Raw deflate data for `unit` repeated `times` times, built without ever
 * holding the whole: one chunk of the unit is deflated once with a sync
 * flush (so it ends on a byte boundary and refers to nothing before it),
 * repeated, and closed with an empty final block.
 */
export function repeatedDeflate(unit, bytes) {
  const perChunk = Math.max(1, Math.floor(MiB / unit.length));
  const chunk = Buffer.from(unit.repeat(perChunk), "utf8");
  const times = Math.max(1, Math.round(bytes / chunk.length));
  const block = deflateRawSync(chunk, {
    level: 9,
    finishFlush: constants.Z_SYNC_FLUSH,
  });
  const parts = new Array(times).fill(block);
  parts.push(Buffer.from([0x03, 0x00]));
  return Buffer.concat(parts);
}

function deflated(text) {
  return deflateRawSync(Buffer.from(text, "utf8"));
}

/** The parts of a small valid DOCX, with `document`, `numbering`, `footnotes` ... as XML text or as prepared entries. */
export function docx(parts = {}) {
  const xml = {
    "[Content_Types].xml": `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>`,
    "_rels/.rels": `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/></Relationships>`,
    "word/_rels/document.xml.rels": `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/styles" Target="styles.xml"/><Relationship Id="rId2" Type="${REL}/numbering" Target="numbering.xml"/><Relationship Id="rId3" Type="${REL}/footnotes" Target="footnotes.xml"/></Relationships>`,
    "word/styles.xml": `<?xml version="1.0"?><w:styles ${W}><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style></w:styles>`,
    "word/numbering.xml": `<?xml version="1.0"?><w:numbering ${W}>${parts.numbering ?? ""}</w:numbering>`,
    "word/footnotes.xml": `<?xml version="1.0"?><w:footnotes ${W}>${parts.footnotes ?? ""}</w:footnotes>`,
    "word/document.xml": `<?xml version="1.0"?>${parts.doctype ?? ""}<w:document ${W}><w:body>${parts.body ?? ""}</w:body></w:document>`,
  };
  const entries = Object.entries(xml).map(([name, text]) =>
    parts.entries?.[name] !== undefined
      ? { name, ...parts.entries[name] }
      : { name, method: 8, data: deflated(text) },
  );
  return zipArchive([...entries, ...(parts.extra ?? [])]);
}

/** A part that inflates to about `bytes` of `unit` between an XML opening and closing. */
function bigPart(open, unit, close, bytes, declared) {
  const data = Buffer.concat([
    // Opening, body and closing as three flushed pieces of one deflate stream.
    deflateRawSync(Buffer.from(open), { finishFlush: constants.Z_SYNC_FLUSH }),
    repeatedDeflate(unit, bytes).subarray(0, -2),
    deflateRawSync(Buffer.from(close)),
  ]);
  return { method: 8, data, ...(declared === undefined ? {} : { declared }) };
}

const LIST = (lvl) =>
  `<w:abstractNum w:abstractNumId="1">${lvl}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>`;
const numbered = (ilvl = 0) =>
  `<w:p><w:pPr><w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>x</w:t></w:r></w:p>`;
const note = (id) =>
  `<w:footnote w:id="${id}"><w:p><w:r><w:t>Note ${id}.</w:t></w:r></w:p></w:footnote>`;
const noteReference = (id) => `<w:r><w:footnoteReference w:id="${id}"/></w:r>`;
const DOCUMENT_OPEN = `<?xml version="1.0"?><w:document ${W}><w:body>`;
const DOCUMENT_CLOSE = "</w:body></w:document>";

/**
 * The hostile files, with what `wps-report textconv` must do with each:
 * `code` and a piece of its message (`stderr`) or of its output (`stdout`).
 */
export function hostileDocxCases() {
  return [
    {
      name: "zip-bomb",
      what: "a 300 MB document.xml deflated into ~300 KB, declaring 1,000 bytes",
      bytes: () =>
        docx({
          entries: {
            "word/document.xml": bigPart(
              DOCUMENT_OPEN,
              "<w:p/>",
              DOCUMENT_CLOSE,
              300 * MiB,
              1000,
            ),
          },
        }),
      code: 2,
      stderr:
        "its part word/document.xml inflates to more than 64 MiB (the limit for one part)",
    },
    {
      name: "empty-paragraphs-100mb",
      what: "100 MB of empty paragraphs",
      bytes: () =>
        docx({
          entries: {
            "word/document.xml": bigPart(
              DOCUMENT_OPEN,
              "<w:p></w:p>",
              DOCUMENT_CLOSE,
              100 * MiB,
            ),
          },
        }),
      code: 2,
      stderr: "inflates to more than 64 MiB",
    },
    {
      name: "parts-too-large-together",
      what: "three parts of 50 MB each, under the limit for one part, over the total",
      bytes: () =>
        docx({
          entries: {
            "word/styles.xml": bigPart(
              `<w:styles ${W}>`,
              "<w:style/>",
              "</w:styles>",
              50 * MiB,
            ),
            "word/numbering.xml": bigPart(
              `<w:numbering ${W}>`,
              "<w:num/>",
              "</w:numbering>",
              50 * MiB,
            ),
            "word/document.xml": bigPart(
              DOCUMENT_OPEN,
              "<w:p/>",
              DOCUMENT_CLOSE,
              50 * MiB,
            ),
          },
        }),
      code: 2,
      stderr:
        "its parts inflate to more than 128 MiB together (the limit for a DOCX)",
    },
    {
      name: "elements-48mb",
      what: "48 MB of empty paragraphs (8 million elements), within the limits",
      bytes: () =>
        docx({
          entries: {
            "word/document.xml": bigPart(
              DOCUMENT_OPEN,
              "<w:p/>",
              `<w:p><w:r><w:t>The end.</w:t></w:r></w:p>${DOCUMENT_CLOSE}`,
              48 * MiB,
            ),
          },
        }),
      code: 0,
      stdout: "The end.\n",
    },
    {
      name: "one-paragraph-of-3-million-runs",
      what: "one paragraph of 3 million empty runs (18 MB)",
      bytes: () =>
        docx({
          entries: {
            "word/document.xml": bigPart(
              `${DOCUMENT_OPEN}<w:p>`,
              "<w:r/>",
              `</w:p>${DOCUMENT_CLOSE}`,
              18 * MiB,
            ),
          },
        }),
      code: 2,
      stderr: "holds more than 2,000,000 XML nodes at once",
    },
    {
      name: "many-entries",
      what: "20,000 ZIP entries",
      bytes: () =>
        docx({
          extra: Array.from({ length: 20_000 }, (_, index) => ({
            name: `customXml/item${index}.xml`,
            data: Buffer.from("<a/>"),
          })),
        }),
      code: 2,
      stderr: "its ZIP archive holds 20,007 entries, more than 10,000",
    },
    {
      name: "deep-nesting",
      what: "elements nested 100,000 deep",
      bytes: () =>
        docx({
          body: `${"<w:customXml>".repeat(100_000)}${"</w:customXml>".repeat(100_000)}`,
        }),
      code: 2,
      stderr: "nests XML elements deeper than 256 levels",
    },
    {
      name: "doctype",
      what: "a DOCTYPE declaring an external entity (XXE)",
      bytes: () =>
        docx({
          doctype:
            '<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>',
          body: "<w:p><w:r><w:t>&xxe;</w:t></w:r></w:p>",
        }),
      code: 2,
      stderr: "DOCTYPEs are not allowed",
    },
    {
      name: "huge-lvltext",
      what: "a numbering level whose lvlText is 1 MB, used 2,000 times",
      bytes: () =>
        docx({
          numbering: LIST(
            `<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="${"%1.".repeat(350_000)}"/></w:lvl>`,
          ),
          body: numbered().repeat(2_000),
        }),
      code: 2,
      stderr: "the length of w:lvlText is 1,050,000, outside 0 to 1,000",
    },
    {
      name: "long-labels",
      what: "a 1,000-character lvlText (within the limit) used 200,000 times",
      bytes: () =>
        docx({
          numbering: LIST(
            `<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="${"%1".repeat(500)}"/></w:lvl>`,
          ),
          body: numbered().repeat(200_000),
        }),
      code: 2,
      stderr: "its text runs past 67,108,864 characters",
    },
    {
      name: "negative-ilvl",
      what: "a paragraph at list level -1",
      bytes: () =>
        docx({
          numbering: LIST(
            `<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>`,
          ),
          body: numbered(-1),
        }),
      code: 2,
      stderr: "a paragraph's w:ilvl is -1, outside 0 to 8",
    },
    {
      name: "huge-ilvl",
      what: "a list level definition at w:ilvl 2147483647",
      bytes: () =>
        docx({
          numbering: LIST(
            `<w:lvl w:ilvl="2147483647"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>`,
          ),
          body: numbered(0),
        }),
      code: 2,
      stderr: "w:ilvl is 2,147,483,647, outside 0 to 8",
    },
    {
      name: "huge-start",
      what: "w:start 10^15 in letters",
      bytes: () =>
        docx({
          numbering: LIST(
            `<w:lvl w:ilvl="0"><w:start w:val="1000000000000000"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%1."/></w:lvl>`,
          ),
          body: numbered(0),
        }),
      code: 2,
      stderr: "w:start is 1,000,000,000,000,000, outside 0 to 32,767",
    },
    {
      name: "huge-indent",
      what: "a list level indented 10^8 twips",
      bytes: () =>
        docx({
          numbering: LIST(
            `<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/><w:pPr><w:ind w:left="100000000" w:hanging="360"/></w:pPr></w:lvl>`,
          ),
          body: numbered(0),
        }),
      code: 2,
      stderr: "the indent w:left is 100,000,000, outside -31,680 to 31,680",
    },
    {
      name: "too-many-footnotes",
      what: "20,000 footnotes, each cited",
      bytes: () =>
        docx({
          footnotes: Array.from({ length: 20_000 }, (_, i) => note(i + 1)).join(
            "",
          ),
          body: `<w:p>${Array.from({ length: 20_000 }, (_, i) => noteReference(i + 1)).join("")}</w:p>`,
        }),
      code: 2,
      stderr: "holds 20,000 footnotes, more than 10,000",
    },
    {
      name: "many-footnotes",
      what: "9,000 footnotes (within the limit), one cited 50,000 times",
      bytes: () =>
        docx({
          footnotes: Array.from({ length: 9_000 }, (_, i) => note(i + 1)).join(
            "",
          ),
          body: `<w:p>${Array.from({ length: 9_000 }, (_, i) => noteReference(i + 1)).join("")}${noteReference(1).repeat(50_000)}</w:p>`,
        }),
      code: 0,
      stdout: "[59000] Note 1.\n",
    },
    {
      name: "deleted-paragraph-marks",
      what: "100,000 paragraphs whose marks are deleted (they all join the last)",
      bytes: () =>
        docx({
          body: `${'<w:p><w:pPr><w:rPr><w:del w:id="1" w:author="x"/></w:rPr></w:pPr><w:r><w:t xml:space="preserve">a </w:t></w:r></w:p>'.repeat(100_000)}<w:p><w:r><w:t>end</w:t></w:r></w:p>`,
        }),
      code: 0,
      stdout: `${"a ".repeat(100_000)}end\n`,
    },
    {
      name: "deleted-text-marks",
      what: "one paragraph of 100,000 deleted runs between kept ones",
      bytes: () =>
        docx({
          body: `<w:p>${'<w:r><w:t>k</w:t></w:r><w:del w:id="1" w:author="x"><w:r><w:delText>gone</w:delText></w:r></w:del>'.repeat(100_000)}</w:p>`,
        }),
      code: 0,
      stdout: `${"k".repeat(100_000)}\n`,
    },
  ];
}

// Run as a script: write each file, run the built binary on it, print the numbers.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { measure } = await import("./measure.mjs");
  const bin = fileURLToPath(
    new URL("../../bin/wps-report.js", import.meta.url),
  );
  const scratch = mkdtempSync(path.join(tmpdir(), "wps-hostile-docx-"));
  try {
    console.log("file | size on disk | exit | wall s | CPU s | peak MiB");
    for (const hostile of hostileDocxCases()) {
      const file = path.join(scratch, `${hostile.name}.docx`);
      const bytes = hostile.bytes();
      writeFileSync(file, bytes);
      const run = await measure(process.execPath, [bin, "textconv", file], {
        cwd: scratch,
      });
      console.log(
        `${hostile.name} | ${(bytes.length / MiB).toFixed(2)} MB | ${run.code} | ${(run.wallMs / 1000).toFixed(2)} | ${run.cpuMs === null ? "?" : (run.cpuMs / 1000).toFixed(2)} | ${run.rssMiB === null ? "?" : run.rssMiB.toFixed(0)}`,
      );
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
