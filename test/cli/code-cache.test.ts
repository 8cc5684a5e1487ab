import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it, onTestFinished } from "vitest";
import { binPath, repoRoot } from "../helpers/cli.js";

// Through the real binary (needs `npm run build`, which writes the cache).
// bin/wps-report.js runs a command from the CommonJS bundle when a code
// cache carries the running V8's tag, and from the ESM bundle otherwise.

const bundle = path.join(repoRoot, "dist", "bundle");
const SAMPLE_DRAFT = path.join(repoRoot, "drafts", "2004", "S-2004-814.docx");
/** Any V8 flag changes the tag, so this Node has no cache and takes the ESM bundle. */
const OTHER_FLAGS = ["--no-lazy-feedback-allocation"];

function v8Tag(flags: string[]): string {
  const run = spawnSync(
    process.execPath,
    [...flags, "-p", "require('node:v8').cachedDataVersionTag()"],
    { encoding: "utf8" },
  );
  return run.stdout.trim();
}

function cacheFor(tag: string): string {
  return path.join(bundle, `wps-report.cjs.${tag}.cache`);
}

function buildSample(flags: string[], out: string, cacheDir: string): void {
  const run = spawnSync(
    process.execPath,
    [
      ...flags,
      binPath,
      "build",
      "--edition",
      "contributions/2004",
      "--out",
      out,
    ],
    {
      cwd: repoRoot,
      encoding: "utf8",
      env: { ...process.env, NO_COLOR: "1", WPS_REPORT_CACHE_DIR: cacheDir },
    },
  );
  expect(run.stderr).not.toContain("Error");
  expect(run.status).toBe(0);
}

describe("the V8 code cache of the commands", () => {
  it("is written by the build for this Node, and not for other V8 flags", () => {
    expect(existsSync(cacheFor(v8Tag([])))).toBe(true);
    expect(v8Tag(OTHER_FLAGS)).not.toBe(v8Tag([]));
    expect(existsSync(cacheFor(v8Tag(OTHER_FLAGS)))).toBe(false);
  });

  it("gives the same draft as the ESM bundle, byte for byte: the committed sample", () => {
    const scratch = mkdtempSync(path.join(tmpdir(), "wps-code-cache-"));
    onTestFinished(() => rmSync(scratch, { recursive: true, force: true }));
    const cached = path.join(scratch, "cached.docx");
    const plain = path.join(scratch, "plain.docx");
    buildSample([], cached, path.join(scratch, "cache-1"));
    buildSample(OTHER_FLAGS, plain, path.join(scratch, "cache-2"));
    const sample = readFileSync(SAMPLE_DRAFT);
    expect(readFileSync(cached).equals(sample)).toBe(true);
    expect(readFileSync(plain).equals(sample)).toBe(true);
  });
});
