import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compareEnglish } from "../../src/shared/english-order.js";

// The acknowledgement footnote lists entities in the order
// Intl.Collator("en") gives; compareEnglish must give the same order
// without loading ICU for plain ASCII names.
const icu = new Intl.Collator("en");
const sign = (n: number) => Math.sign(n);

const printable = fc
  .integer({ min: 0x20, max: 0x7e })
  .map((code) => String.fromCharCode(code));
const nameLike = fc.constantFrom(
  ..."aAbBeEnNuUzZ09 -'(),.&/".split(""),
  "\u00e9",
  "\u00c9",
  "\u2019",
  "\u00a0",
);

describe("ordering names as English does", () => {
  it("orders entity names as Intl.Collator('en')", () => {
    const names = [
      "United Nations Children's Fund",
      "United Nations Children\u2019s Fund",
      "UN-Women",
      "UN Women",
      "UNICEF",
      "Office of the Special Adviser on Gender Issues and Advancement of Women",
      "Department of Peacekeeping Operations",
      "department of peacekeeping operations",
      "NGO Working Group on Women, Peace and Security",
      "\u00c9cole de la paix",
      "Ecole de la paix",
      "World Food Programme (WFP)",
      "World Food Programme",
      "",
    ];
    expect(names.slice().sort(compareEnglish)).toEqual(
      names.slice().sort(icu.compare),
    );
  });

  it("agrees with Intl.Collator('en') on any two strings", () => {
    for (const alphabet of [printable, nameLike])
      fc.assert(
        fc.property(
          fc.string({ unit: alphabet, maxLength: 12 }),
          fc.string({ unit: alphabet, maxLength: 12 }),
          (a, b) => {
            expect(sign(compareEnglish(a, b))).toBe(sign(icu.compare(a, b)));
          },
        ),
        { numRuns: 3000 },
      );
  });
});
