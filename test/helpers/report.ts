// Small `Report` objects built by hand, for renderer tests that must not
// depend on load/validate/merge.
import { deflateSync } from "node:zlib";
import type {
  BlockSource,
  ImageAsset,
  Inline,
  Report,
  ReportBlock,
  ReportChapter,
  ReportFootnote,
  ReportList,
  ReportMeta,
} from "../../src/model.js";

export const META: ReportMeta = {
  year: 2004,
  symbol: "S/2004/814",
  title: "Women and peace and security",
  subtitle: "Report of the Secretary-General",
  date: "2004-10-13",
  organ: "Security Council",
  distribution: "General",
  originalLanguage: "English",
  jobNumber: "04-53453 (E)",
};

export const text = (value: string): Inline => ({ type: "text", value });

export function source(
  entity: string | undefined,
  line: number,
  file?: string,
): BlockSource {
  const name =
    file ?? `contributions/2004/${(entity ?? "outline").toLowerCase()}.md`;
  return {
    ...(entity === undefined ? {} : { entity }),
    file: name,
    line,
    column: 1,
  };
}

/** A numbered paragraph; numbers are filled in by `makeReport`. */
export function paragraph(
  content: string | Inline[],
  from: BlockSource,
): ReportBlock {
  return {
    kind: "paragraph",
    number: 0,
    content: typeof content === "string" ? [text(content)] : content,
    source: from,
  };
}

export function list(
  ordered: boolean,
  items: (string | [string, ReportList])[],
): ReportList {
  return {
    ordered,
    items: items.map((item) =>
      typeof item === "string"
        ? { content: [text(item)] }
        : { content: [text(item[0])], children: item[1] },
    ),
  };
}

/** A list block: `numbered` when no paragraph precedes it (its number is filled in by `makeReport`). */
export function listBlock(
  value: ReportList,
  from: BlockSource,
  numbered = false,
): ReportBlock {
  return numbered
    ? { kind: "list", number: 0, list: value, source: from }
    : { kind: "list", list: value, source: from };
}

/** Every block of the report in reading order. */
export function readingOrder(report: Report): ReportBlock[] {
  return report.chapters.flatMap((chapter) => [
    ...chapter.blocks,
    ...chapter.sections.flatMap((section) => section.blocks),
  ]);
}

/** Assemble a report and number its paragraphs and numbered lists 1..N in reading order, as merge does. */
export function makeReport(
  chapters: ReportChapter[],
  footnotes: ReportFootnote[] = [],
  images: ImageAsset[] = [],
  meta: Partial<ReportMeta> = {},
): Report {
  const report: Report = {
    meta: { ...META, ...meta },
    chapters,
    footnotes,
    images: new Map(images.map((image) => [image.file, image])),
    contributors: [],
  };
  let number = 0;
  for (const block of readingOrder(report)) {
    if (
      block.kind === "paragraph" ||
      (block.kind === "list" && block.number !== undefined)
    )
      block.number = ++number;
  }
  return report;
}

/** The numbered paragraphs (and numbered lists) of a report, in order. */
export function numberedBlocks(
  report: Report,
): Extract<ReportBlock, { kind: "paragraph" | "list" }>[] {
  return readingOrder(report).filter(
    (block): block is Extract<ReportBlock, { kind: "paragraph" | "list" }> =>
      block.kind === "paragraph" ||
      (block.kind === "list" && block.number !== undefined),
  );
}

export function footnote(
  number: number,
  value: string | Inline[],
  from = source(undefined, 1),
): ReportFootnote {
  return {
    number,
    paragraphs: [typeof value === "string" ? [text(value)] : value],
    source: from,
  };
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 255] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, "latin1");
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

/**
 * A real RGB PNG of the given size: a gradient with a dark band, so a glance
 * at a rendering shows it, or the colour `pixel` gives each point.
 */
export function makePng(
  width: number,
  height: number,
  pixel?: (x: number, y: number) => [number, number, number],
): Uint8Array {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // RGB
  const rowLength = width * 3 + 1;
  const raw = Buffer.alloc(rowLength * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const at = y * rowLength + 1 + x * 3;
      const band = y > height * 0.4 && y < height * 0.6;
      const [r, g, b] = pixel?.(x, y) ?? [
        band ? 20 : Math.round((x * 255) / width),
        band ? 60 : Math.round((y * 255) / height),
        band ? 120 : 200,
      ];
      raw[at] = r;
      raw[at + 1] = g;
      raw[at + 2] = b;
    }
  }
  const signature = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]);
  return new Uint8Array(
    Buffer.concat([
      signature,
      chunk("IHDR", header),
      chunk("IDAT", deflateSync(raw)),
      chunk("IEND", Buffer.alloc(0)),
    ]),
  );
}

export function pngAsset(
  file: string,
  width: number,
  height: number,
): ImageAsset {
  return { file, type: "png", data: makePng(width, height), width, height };
}
