import { expect, it } from "vitest";
import { nextReportYaml } from "../../src/init/next-report-yaml.js";

const next = {
  fromDir: "contributions/2004",
  fromYear: 2004,
  toDir: "contributions/2005",
  year: 2005,
};

it("a new edition keeps the emblem (its path from the new folder) and drops last year's asterisk note", () => {
  const previous = [
    "year: 2004",
    "symbol: S/2004/814*",
    "symbol_note: Reissued for technical reasons.",
    "title_note: Submitted late.",
    "emblem: images/un-emblem.png",
    "",
  ].join("\n");
  const yaml = nextReportYaml(previous, next);
  expect(yaml).toContain("emblem: ../2004/images/un-emblem.png\n");
  expect(yaml).not.toContain("_note");
  expect(
    nextReportYaml("year: 2004\nemblem: ../../assets/un-emblem.png\n", next),
  ).toContain("emblem: ../../assets/un-emblem.png\n");
});
