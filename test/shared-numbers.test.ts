import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { groupDigits } from "../src/shared/numbers.js";

describe("groupDigits", () => {
  it("writes integers as toLocaleString('en-US') does", () => {
    for (const n of [0, 7, 999, 1000, 15198, 100_000_000, -1234, -0, 1.5])
      expect(groupDigits(n)).toBe(n.toLocaleString("en-US"));
    fc.assert(
      fc.property(fc.maxSafeInteger(), (n) => {
        expect(groupDigits(n)).toBe(n.toLocaleString("en-US"));
      }),
    );
  });
});
