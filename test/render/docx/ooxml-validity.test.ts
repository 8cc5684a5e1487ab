// Every kind of DOCX the project writes passes validate-docx (ISO/IEC 29500
// Transitional schemas plus the reference checks a schema cannot make) with
// no finding: a file Word offers to repair is a file nobody can send.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { buildReport } from "../../../src/build-report.js";
import { diffReports } from "../../../src/diff/index.js";
import { renderRedline } from "../../../src/diff/redline/index.js";
import { renderDocx } from "../../../src/render/docx/index.js";
import { repoRoot } from "../../helpers/cli.js";
import { revisedSample } from "../../helpers/revised-sample.js";
import { sampleReport } from "../../helpers/sample-report.js";
import { validateDocx, validatorMissing } from "../../helpers/validate-docx.js";

const folder = mkdtempSync(path.join(tmpdir(), "wps-ooxml-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe.skipIf(validatorMissing !== undefined)(
  `validate-docx${validatorMissing === undefined ? "" : ` (skipped: ${validatorMissing})`}`,
  () => {
    it("finds nothing in any kind of draft: plain, annotated, manuscript, redline, the committed sample", async () => {
      const edition = await buildReport(repoRoot, "contributions/2004", {
        cache: false,
      });
      const sample = sampleReport();
      const diff = diffReports(sampleReport(), revisedSample());
      const date = "2004-10-20T09:30:00+02:00";
      const kinds: Record<string, Promise<Uint8Array>> = {
        "plain.docx": renderDocx(sample),
        "annotate.docx": renderDocx(sample, { annotate: true }),
        "manuscript.docx": renderDocx(sample, { manuscript: true }),
        "both.docx": renderDocx(sample, { annotate: true, manuscript: true }),
        "edition.docx": renderDocx(edition.report),
        "edition-annotate.docx": renderDocx(edition.report, { annotate: true }),
        "edition-manuscript.docx": renderDocx(edition.report, {
          manuscript: true,
        }),
        "redline.docx": renderRedline(diff, { date }),
        "redline-manuscript.docx": renderRedline(diff, {
          date,
          manuscript: true,
        }),
      };
      const files = [path.join(repoRoot, "drafts/2004/S-2004-814.docx")];
      for (const [name, bytes] of Object.entries(kinds)) {
        const file = path.join(folder, name);
        writeFileSync(file, await bytes);
        files.push(file);
      }
      const { status, findings } = validateDocx(files);
      expect(findings).toEqual([]);
      expect(status).toBe(0);
    });
  },
);
