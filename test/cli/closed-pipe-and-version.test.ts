import { spawn } from "node:child_process";
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it, onTestFinished } from "vitest";
import { binPath, repoRoot, runBin } from "../helpers/cli.js";

// Through the real binary (needs `npm run build`).

describe("a reader that closes the pipe (`wps-report validate | head -1`)", () => {
  it("ends quietly with 141, as git does, without a stack trace", async () => {
    const child = spawn(process.execPath, [binPath, "validate"], {
      cwd: repoRoot,
      env: { ...process.env, NO_COLOR: "1" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    // The reader goes away before the first line is written.
    child.stdout.destroy();
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) =>
      child.on("close", (c) => resolve(c)),
    );
    expect(stderr).toBe("");
    expect(code).toBe(141);
  });
});

describe("-v", () => {
  it("prints the version, like --version", async () => {
    const { version } = JSON.parse(
      readFileSync(path.join(repoRoot, "package.json"), "utf8"),
    ) as { version: string };
    const short = await runBin(["-v"], { cwd: repoRoot });
    expect(short).toEqual({ code: 0, stdout: `${version}\n`, stderr: "" });
    expect((await runBin(["--version"], { cwd: repoRoot })).stdout).toBe(
      `${version}\n`,
    );
  });
});

describe("the bin before `npm ci`", () => {
  it("says to run `npm ci` first, with exit 2 and no stack trace", async () => {
    // A fresh clone: the bin without dist/.
    const clone = mkdtempSync(path.join(tmpdir(), "wps-fresh-"));
    onTestFinished(() => rmSync(clone, { recursive: true, force: true }));
    mkdirSync(path.join(clone, "bin"));
    copyFileSync(binPath, path.join(clone, "bin", "wps-report.js"));
    const run = await new Promise<{ code: number | null; stderr: string }>(
      (resolve) => {
        const child = spawn(
          process.execPath,
          [path.join(clone, "bin", "wps-report.js"), "textconv", "x.docx"],
          { cwd: clone, stdio: ["ignore", "ignore", "pipe"] },
        );
        let stderr = "";
        child.stderr.on("data", (c: Buffer) => (stderr += c.toString()));
        child.on("close", (code) => resolve({ code, stderr }));
      },
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      "wps-report: not built yet: run `npm ci` first in the repository (it installs the dependencies and builds dist/), then run this command again.\n",
    );
  });
});
