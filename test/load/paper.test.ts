import { expect, it } from "vitest";
import { buildReport } from "../../src/build-report.js";
import { contribution, makeEdition, reportYaml } from "../helpers/edition.js";

async function metaOf(extra: string) {
  const { root, dir } = makeEdition({
    "report.yaml": reportYaml({ extra }),
    "unicef.md": contribution("UNICEF", "## Introduction\n\nText.\n"),
  });
  return (await buildReport(root, dir)).report.meta;
}

it("defaults to letter with a (New York) job number and to A4 without; paper: says otherwise; bar_code: code39 prints the bar code", async () => {
  expect((await metaOf("")).paper).toBe("a4");
  const newYork = await metaOf("job_number: 04-53453 (E)\nbar_code: code39");
  expect(newYork.paper).toBe("letter");
  expect(newYork.barCode).toBe(true);
  expect((await metaOf("job_number: 04-53453 (E)\npaper: a4")).paper).toBe(
    "a4",
  );
  expect((await metaOf("paper: letter")).paper).toBe("letter");
  expect((await metaOf("bar_code: code39")).barCode).toBeUndefined();
});
