// Hostile DOCX files through the real binary, as git runs it on every DOCX
// in a diff (issue 17): each ends in exit 2 with a plain message, or in the
// right text, and within 1 GiB of memory (measured by the process itself).
// Times are not asserted here; `node scripts/bench/hostile-docx.mjs` prints them.
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { hostileDocxCases } from "../../scripts/bench/hostile-docx.mjs";
import { binPath, repoRoot } from "../helpers/cli.js";

const scratch = mkdtempSync(path.join(tmpdir(), "wps-hostile-docx-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const RSS_PRELOAD = path.join(repoRoot, "scripts", "bench", "report-rss.mjs");
const GiB = 1024 * 1024 * 1024;

interface Run {
  code: number;
  stdout: string;
  stderr: string;
  /** Peak resident memory in bytes. */
  peak: number;
}

/** `wps-report textconv <file>` as its own process, reporting its peak memory at exit. */
function textconv(file: string, ...flags: string[]): Promise<Run> {
  const stats = `${file}.rss`;
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ["--import", RSS_PRELOAD, binPath, "textconv", ...flags, file],
      {
        cwd: scratch,
        env: { ...process.env, NO_COLOR: "1", WPS_BENCH_RSS_FILE: stats },
        maxBuffer: 64 * 1024 * 1024,
      },
      (error, stdout, stderr) => {
        const [kib = "0"] = readFileSync(stats, "utf8").trim().split(" ");
        resolve({
          code: error === null ? 0 : Number(error.code),
          stdout,
          stderr,
          peak: Number(kib) * 1024,
        });
      },
    );
  });
}

describe("hostile DOCX files in textconv", () => {
  for (const hostile of hostileDocxCases()) {
    it(`${hostile.what}: exit ${hostile.code}`, async () => {
      const bytes = hostile.bytes();
      expect(bytes.length).toBeLessThan(25 * 1024 * 1024);
      const file = path.join(scratch, `${hostile.name}.docx`);
      writeFileSync(file, bytes);
      const run = await textconv(file);
      expect(run.stderr).not.toMatch(
        /internal error|FATAL|RangeError|\n\s+at /,
      );
      expect(run.code).toBe(hostile.code);
      if (hostile.stderr !== undefined) {
        expect(run.stderr).toContain(`${hostile.name}.docx`);
        expect(run.stderr).toContain(hostile.stderr);
        expect(run.stdout).toBe("");
      }
      if (hostile.stdout !== undefined)
        expect(run.stdout.endsWith(hostile.stdout)).toBe(true);
      expect(run.peak).toBeGreaterThan(0);
      expect(run.peak).toBeLessThan(GiB);
    });
  }
});
