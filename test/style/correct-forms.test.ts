import { describe, expect, it } from "vitest";
import { contribution, reportYaml } from "../helpers/edition.js";
import { styleFindings } from "../helpers/style.js";

// Text that follows the rules, or that the rules must leave alone.
const correct = [
  "Resolution 1325 (2000) was the first. Security Council resolution 1325 (2000) followed resolutions 1261 (1999), 1265 (1999) and 1296 (2000).",
  "General Assembly resolution 52/214 and resolution 2200 A (XXI) and Economic and Social Council resolution 1996/31 are numbered their own way, as is Commission on Human Rights resolution 2003 of that year.",
  "Some 25 per cent of women, a percentage that rose by 3 percentage points; see S/RES/1325 (2000).",
  "On 31 October 2004, in October 2004 and from 1 January 2003 to 30 June 2004; in May 5 women met; 2003–2007; the 1990s.",
  "A computer program and software programs; the Carter Center and the Israel Defense Forces; an organization; the programme.",
  'A survivor said "the program failed us" and a report called it “a labor of love”.',
  "Symbols: S/2004/814, S/PRST/2004/40, A/RES/52/214, E/2004/CRP.3, E/CN.6/2004/14, A/C.3/59/L.2, A/59/xxx, S/2004/..., S/PV.5066, S/2004/814.",
  "See *Women, War and Peace* and *The State of the World's Children 2004*.",
  "HIV/AIDS, US$ 2 million, chapters II and IV, the United Nations Children's Fund (UNICEF) and UNICEF again, non-governmental organizations (NGOs) and NGOs.",
  "Text with `UNSCR 1325 and 25%` in code and a [link to UNSCR 1325 at 25%](https://example.org/25%) stays as written.",
];

describe("no false positives", () => {
  it("leaves correct text, names, quotations, titles, code and links alone", async () => {
    const body = `## Peacekeeping operations\n\n${correct.join("\n\n")}\n\n## Recommendations\n\n**The Council should act.** Bold is the style of recommendations.\n`;
    expect(
      await styleFindings({
        "report.yaml": reportYaml(),
        "unicef.md": contribution("UNICEF", body),
      }),
    ).toEqual([]);
  });
});
