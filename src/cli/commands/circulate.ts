import { buildReport } from "../../build-report.js";
import {
  outlineInput,
  planCirculation,
  recordCirculation,
} from "../../circulate/index.js";
import { exitCodeFor } from "../../diagnostics/exit-code.js";
import { formatDiagnosticsText } from "../../diagnostics/format-text.js";
import { locateEdition } from "../../load/find-edition.js";
import type { CliIO } from "../io.js";
import { styleFor } from "../style.js";
import { displayOutputPath, writeOutput } from "../write-output.js";
import path from "node:path";

export interface CirculateOptions {
  label: string;
  edition?: string;
  json?: boolean;
}

/**
 * Build the draft, commit the DOCX under drafts/<year>/ and tag the commit
 * `draft/<year>/<label>`, so the drafts that went out are in history and
 * `diff`/`status` can name them. Exit 2 when the texts are not committed or
 * the label was used; 1 when the contributions have errors.
 */
export async function circulateCommand(
  options: CirculateOptions,
  io: CliIO,
): Promise<number> {
  const { root, dir } = await locateEdition(io.cwd, options.edition);
  const result = await buildReport(root, dir);
  const { config, outline } = result.edition;
  const plan = await planCirculation({
    root,
    dir,
    year: config.year,
    symbol: config.symbol,
    label: options.label,
    inputs: [config.file, ...outlineInput(dir, outline.file)],
  });

  const where = { root, cwd: io.cwd };
  if (exitCodeFor(result.diagnostics, { strict: false }) !== 0) {
    io.stderr.write(
      formatDiagnosticsText(result.diagnostics, {
        ...where,
        style: styleFor(io.stderr, io.env),
      }),
    );
    io.stderr.write(
      `Not circulated: fix the errors above first (\`wps-report validate\` lists them).\n`,
    );
    return 1;
  }

  const { renderDocx, sourceBlobIds } =
    await import("../../render/docx/index.js");
  // The contributions' blob ids let `review --apply` merge with later commits.
  const bytes = await renderDocx(result.report, {
    blobIds: sourceBlobIds(result.edition),
  });
  const out = path.join(root, ...plan.file.split("/"));
  await writeOutput(out, bytes, {
    cwd: io.cwd,
    flag: "--edition",
    explicit: false,
    inputs: { root, dir, outlines: [outline.file] },
  });
  const { commit } = await recordCirculation(root, plan, config.symbol);

  const shown = displayOutputPath(out, where);
  if (options.json === true) {
    io.stdout.write(
      `${JSON.stringify({ label: plan.label, tag: plan.tag, commit, file: shown }, null, 2)}\n`,
    );
    return 0;
  }
  io.stdout.write(
    `Circulated ${plan.label}: ${shown}, commit ${commit.slice(0, 7)}, tag ${plan.tag}.\n` +
      `Compare later drafts with \`wps-report diff "${plan.label}"\`; share it with \`git push --follow-tags\`.\n`,
  );
  return 0;
}
