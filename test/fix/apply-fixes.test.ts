import { describe, expect, it } from "vitest";
import { applyFixes } from "../../src/fix/apply-fixes.js";

const encode = (text: string) => new TextEncoder().encode(text);
const decode = (bytes: Uint8Array) =>
  new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);

describe("applyFixes", () => {
  it("rewrites the spans and keeps every other byte: BOM, CRLF, lone CR, multi-byte characters", () => {
    // Columns are characters of line 2 and 3 as the loader sees them (no BOM, LF).
    const original =
      "\uFEFFtitle: Café ✓\r\nSome 25% of 😀 staff\rthe labor force\r\n";
    const result = applyFixes(encode(original), [
      { line: 3, column: 5, length: 5, text: "labour" },
      { line: 2, column: 6, length: 3, text: "25 per cent" },
    ]);
    expect(decode(result.bytes)).toBe(
      "\uFEFFtitle: Café ✓\r\nSome 25 per cent of 😀 staff\rthe labour force\r\n",
    );
    expect(result.applied).toEqual([
      { line: 2, column: 6, old: "25%", text: "25 per cent" },
      { line: 3, column: 5, old: "labor", text: "labour" },
    ]);
    expect(result.skipped).toEqual([]);
  });

  it("counts columns of line 1 after the BOM", () => {
    const result = applyFixes(encode("\uFEFFthe program"), [
      { line: 1, column: 5, length: 7, text: "programme" },
    ]);
    expect([...result.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(decode(result.bytes)).toBe("\uFEFFthe programme");
  });

  it("skips fixes that run past a line's end, overlap another, or would add a line break", () => {
    const bytes = encode("one two\nthree\n");
    const result = applyFixes(bytes, [
      { line: 1, column: 5, length: 9, text: "x" },
      { line: 2, column: 1, length: 3, text: "THR" },
      { line: 2, column: 2, length: 2, text: "y" },
      { line: 1, column: 1, length: 3, text: "a\nb" },
      { line: 9, column: 1, length: 1, text: "z" },
    ]);
    expect(decode(result.bytes)).toBe("one two\nTHRee\n");
    expect(result.skipped).toHaveLength(4);
  });

  it("returns the very same bytes when nothing applies", () => {
    const bytes = encode("text\r\n");
    expect(applyFixes(bytes, []).bytes).toBe(bytes);
  });
});
