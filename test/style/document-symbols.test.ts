import { describe, expect, it } from "vitest";
import { contribution, reportYaml } from "../helpers/edition.js";
import { styleFindings } from "../helpers/style.js";

async function symbolFindings(paragraphs: string[]): Promise<string[]> {
  const body = `## Peacekeeping operations\n\n${paragraphs.join("\n\n")}\n`;
  return styleFindings(
    {
      "report.yaml": reportYaml(),
      "unicef.md": contribution("UNICEF", body),
    },
    "style/document-symbol",
  );
}

describe("style/document-symbol: malformed symbols, and no suggestion that is not a symbol", () => {
  it("catches a Security Council symbol with a dash or with year and number run together", async () => {
    expect(
      await symbolFindings([
        "See S/2004-814 for details.", // 8
        "See S/2004814 for details.", // 10
        "See S/PRST/2004-40 for details.", // 12
      ]),
    ).toEqual([
      "unicef.md:8:5 style/document-symbol Unexpected `S/2004-814`, expected `S/2004/814`",
      "unicef.md:10:5 style/document-symbol Unexpected `S/2004814`, expected `S/2004/814`",
      "unicef.md:12:5 style/document-symbol Unexpected `S/PRST/2004-40`, expected `S/PRST/2004/40`",
    ]);
  });

  it("stops a symbol where an English word begins, and suggests nothing for a symbol cut short", async () => {
    expect(
      await symbolFindings([
        "The budget in A/59/ for peacekeeping was adopted.", // 8
        "See A/res/52/214 and S/2004/814 for details.", // 10
        "He or s/he wrote A/B testing plans.", // 12
      ]),
    ).toEqual([
      "unicef.md:8:15 style/document-symbol Unexpected `A/59/`, expected a complete document symbol (it ends with a slash)",
      "unicef.md:10:5 style/document-symbol Unexpected `A/res/52/214`, expected `A/RES/52/214`",
    ]);
  });
});
