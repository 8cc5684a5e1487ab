// Reading the pixels of a PNG that poppler rendered (8-bit grey or RGB,
// with or without alpha), to check what a reader sees on a page.
import { readFileSync } from "node:fs";
import { unzlibSync } from "fflate";

export interface DecodedPng {
  width: number;
  height: number;
  channels: number;
  /** Unfiltered rows, `channels` bytes a pixel. */
  rows: Uint8Array[];
}

export function readPng(file: string): DecodedPng {
  const png = readFileSync(file);
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  if (png[24] !== 8) throw new Error(`PNG bit depth ${png[24]}`);
  const channels = ({ 0: 1, 2: 3, 4: 2, 6: 4 } as Record<number, number>)[
    png[25] ?? -1
  ];
  if (channels === undefined) throw new Error(`PNG colour type ${png[25]}`);
  const stride = width * channels;
  const chunks: Buffer[] = [];
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at);
    const type = png.toString("latin1", at + 4, at + 8);
    if (type === "IDAT") chunks.push(png.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  const raw = unzlibSync(Buffer.concat(chunks));
  // Undo the PNG filters row by row.
  const rows: Uint8Array[] = [];
  let previous = new Uint8Array(stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    const row = new Uint8Array(stride);
    for (let x = 0; x < stride; x++) {
      const a = x >= channels ? (row[x - channels] ?? 0) : 0;
      const b = previous[x] ?? 0;
      const c = x >= channels ? (previous[x - channels] ?? 0) : 0;
      const predictor =
        filter === 1
          ? a
          : filter === 2
            ? b
            : filter === 3
              ? (a + b) >> 1
              : filter === 4
                ? Math.abs(b - c) <= Math.abs(a - c) &&
                  Math.abs(b - c) <= Math.abs(a + b - 2 * c)
                  ? b
                  : Math.abs(a + b - 2 * c) < Math.abs(a - c)
                    ? c
                    : a
                : 0;
      row[x] = ((line[x] ?? 0) + predictor) & 0xff;
    }
    rows.push(row);
    previous = row;
  }
  return { width, height, channels, rows };
}

/** The pixels in a box (x, y, width, height in pixels) for which `test(r, g, b)` holds. */
export function countPixels(
  png: DecodedPng,
  box: { x: number; y: number; width: number; height: number },
  test: (r: number, g: number, b: number) => boolean,
): number {
  let count = 0;
  for (let y = box.y; y < Math.min(png.height, box.y + box.height); y++) {
    const row = png.rows[y] ?? new Uint8Array(0);
    for (let x = box.x; x < Math.min(png.width, box.x + box.width); x++) {
      const at = x * png.channels;
      const r = row[at] ?? 255;
      const g = png.channels >= 3 ? (row[at + 1] ?? 255) : r;
      const b = png.channels >= 3 ? (row[at + 2] ?? 255) : r;
      if (test(r, g, b)) count++;
    }
  }
  return count;
}
