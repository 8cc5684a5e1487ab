import { describe, expect, it } from "vitest";
import { contribution, reportYaml } from "../helpers/edition.js";
import { styleFindings } from "../helpers/style.js";

// One wrong form per paragraph. The front matter takes lines 1-5, so the
// heading is line 6 and the first paragraph line 8.
const paragraphs = [
  "Missions cite UNSCR 1325 in mandates.", // 8
  "Missions cite SCR 1820 as well.", // 10
  "The Security Council Resolution 1889 (2009) asks for indicators.", // 12
  "In resolution 1960 the Council listed parties.", // 14
  "Under resolution 2106(2013) the Council acted.", // 16
  "Adopted as resolution 1325 (2001) in October.", // 18
  "Under resolutions 1325 (2000) and 1820 the Council acted.", // 20
  "Under resolution 1234 the Council acted.", // 22
  "See S/RES/1888 on the matter.", // 24
  "Some 25% of delegates were women.", // 26
  "Some 30 percent of delegates were women.", // 28
  "The % of women is rising.", // 30
  "The Council met on October 31, 2004 in New York.", // 32
  "The Council met on 31/10/2004 in New York.", // 34
  "The Council met on 10/11/2004 in New York.", // 36
  "The Council met in Oct. 2004 in New York.", // 38
  "The Council met on the 31st October 2004 in New York.", // 40
  "The Council met on 2004-10-31 in New York.", // 42
  "The program trained 200 women.", // 44
  "The new center opened.", // 46
  "Women's labor was unpaid.", // 48
  "The ministry of defense agreed.", // 50
  "Each organisation reported.", // 52
  "Women mobilised quickly.", // 54
  "Their behavior changed.", // 56
  "See s/2004/814 for details.", // 58
  "See S/PRST/04/40 for details.", // 60
  "See A/Res/52/214 for details.", // 62
  "This is *really* needed.", // 64
  "This is **key** to success.", // 66
  "Reports from DPI arrived.", // 68
];

describe("each wrong form yields one warning at its words, with the right fix", () => {
  it("flags every form once, at the exact line and column", async () => {
    const body = `## Peacekeeping operations\n\n${paragraphs.join("\n\n")}\n`;
    const findings = await styleFindings({
      "report.yaml": reportYaml(),
      "unicef.md": contribution("UNICEF", body),
    });
    expect(findings).toEqual([
      'unicef.md:8:15 style/resolution-citation Unexpected `UNSCR 1325`, expected `resolution 1325 (2000)` => "resolution 1325 (2000)" (10 chars)',
      'unicef.md:10:15 style/resolution-citation Unexpected `SCR 1820`, expected `resolution 1820 (2008)` => "resolution 1820 (2008)" (8 chars)',
      'unicef.md:12:22 style/resolution-citation Unexpected `Resolution 1889 (2009)`, expected `resolution 1889 (2009)` => "resolution 1889 (2009)" (22 chars)',
      'unicef.md:14:4 style/resolution-citation Unexpected `resolution 1960`, expected `resolution 1960 (2010)` => "resolution 1960 (2010)" (15 chars)',
      'unicef.md:16:7 style/resolution-citation Unexpected `resolution 2106(2013)`, expected `resolution 2106 (2013)` => "resolution 2106 (2013)" (21 chars)',
      'unicef.md:18:12 style/resolution-citation Unexpected `resolution 1325 (2001)`, expected `resolution 1325 (2000)` => "resolution 1325 (2000)" (22 chars)',
      'unicef.md:20:35 style/resolution-citation Unexpected `1820`, expected `1820 (2008)` => "1820 (2008)" (4 chars)',
      "unicef.md:22:7 style/resolution-citation Unexpected `resolution 1234`, expected `resolution 1234 (<year>)`",
      'unicef.md:24:5 style/resolution-citation Unexpected `S/RES/1888`, expected `S/RES/1888 (2009)` => "S/RES/1888 (2009)" (10 chars)',
      'unicef.md:26:6 style/per-cent Unexpected `25%`, expected `25 per cent` => "25 per cent" (3 chars)',
      'unicef.md:28:9 style/per-cent Unexpected `percent`, expected `per cent` => "per cent" (7 chars)',
      "unicef.md:30:5 style/per-cent Unexpected `%`, expected `per cent`",
      'unicef.md:32:20 style/dates Unexpected `October 31, 2004`, expected `31 October 2004` => "31 October 2004" (16 chars)',
      'unicef.md:34:20 style/dates Unexpected `31/10/2004`, expected `31 October 2004` => "31 October 2004" (10 chars)',
      "unicef.md:36:20 style/dates Unexpected `10/11/2004`, expected the month in words (`10 November 2004` or `11 October 2004`)",
      'unicef.md:38:20 style/dates Unexpected `Oct. 2004`, expected `October 2004` => "October 2004" (9 chars)',
      'unicef.md:40:24 style/dates Unexpected `31st October 2004`, expected `31 October 2004` => "31 October 2004" (17 chars)',
      'unicef.md:42:20 style/dates Unexpected `2004-10-31`, expected `31 October 2004` => "31 October 2004" (10 chars)',
      'unicef.md:44:5 style/spelling Unexpected `program`, expected `programme` => "programme" (7 chars)',
      'unicef.md:46:9 style/spelling Unexpected `center`, expected `centre` => "centre" (6 chars)',
      'unicef.md:48:9 style/spelling Unexpected `labor`, expected `labour` => "labour" (5 chars)',
      'unicef.md:50:17 style/spelling Unexpected `defense`, expected `defence` => "defence" (7 chars)',
      'unicef.md:52:6 style/spelling Unexpected `organisation`, expected `organization` => "organization" (12 chars)',
      'unicef.md:54:7 style/spelling Unexpected `mobilised`, expected `mobilized` => "mobilized" (9 chars)',
      'unicef.md:56:7 style/spelling Unexpected `behavior`, expected `behaviour` => "behaviour" (8 chars)',
      "unicef.md:58:5 style/document-symbol Unexpected `s/2004/814`, expected `S/2004/814`",
      "unicef.md:60:5 style/document-symbol Unexpected `S/PRST/04/40`, expected `S/PRST/2004/40`",
      "unicef.md:62:5 style/document-symbol Unexpected `A/Res/52/214`, expected `A/RES/52/214`",
      "unicef.md:64:9 style/emphasis Unexpected italics `really`, expected plain text",
      "unicef.md:66:9 style/emphasis Unexpected bold `key`, expected plain text",
      "unicef.md:68:14 style/acronyms Unexpected `DPI` before it is spelled out, expected the full name followed by `(DPI)` at its first use in the report",
    ]);
  });
});
