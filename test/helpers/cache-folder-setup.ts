import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

/**
 * Every test run gets a cache folder of its own (WPS_REPORT_CACHE_DIR), so
 * tests neither fill the user's ~/.cache nor see what another run left.
 * Set before the workers start, so in-process runs and the real binary
 * (which inherits the environment) both use it.
 */
let folder: string | undefined;

export function setup(): void {
  folder = mkdtempSync(path.join(tmpdir(), "wps-report-test-cache-"));
  process.env.WPS_REPORT_CACHE_DIR = folder;
}

export function teardown(): void {
  if (folder !== undefined) rmSync(folder, { recursive: true, force: true });
}
