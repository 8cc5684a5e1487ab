/** The type and pixel size of a PNG or JPEG, read from its header; undefined for anything else. */
export function readImageInfo(
  data: Uint8Array,
): { type: "png" | "jpg"; width: number; height: number } | undefined {
  if (
    data.length >= 24 &&
    data[0] === 0x89 &&
    data[1] === 0x50 &&
    data[2] === 0x4e &&
    data[3] === 0x47
  ) {
    const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
    return {
      type: "png",
      width: view.getUint32(16),
      height: view.getUint32(20),
    };
  }
  if (data.length >= 4 && data[0] === 0xff && data[1] === 0xd8)
    return readJpegSize(data);
  return undefined;
}

function readJpegSize(
  data: Uint8Array,
): { type: "jpg"; width: number; height: number } | undefined {
  let i = 2;
  while (i + 9 < data.length) {
    if (data[i] !== 0xff) return undefined;
    const marker = data[i + 1] ?? 0;
    const length = ((data[i + 2] ?? 0) << 8) | (data[i + 3] ?? 0);
    // SOF0..SOF15 except DHT (C4), JPG (C8) and DAC (CC) carry the frame size.
    if (
      marker >= 0xc0 &&
      marker <= 0xcf &&
      marker !== 0xc4 &&
      marker !== 0xc8 &&
      marker !== 0xcc
    ) {
      const height = ((data[i + 5] ?? 0) << 8) | (data[i + 6] ?? 0);
      const width = ((data[i + 7] ?? 0) << 8) | (data[i + 8] ?? 0);
      return { type: "jpg", width, height };
    }
    i += 2 + length;
  }
  return undefined;
}
