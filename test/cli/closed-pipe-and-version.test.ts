import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
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
