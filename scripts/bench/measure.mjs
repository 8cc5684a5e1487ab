// Run one command as a whole process and measure it: wall time (from here),
// peak resident memory and CPU time (from GNU time, or, without it, from
// the child's own process.resourceUsage() through a preloaded module).

import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const GNU_TIME = "/usr/bin/time";
const RSS_PRELOAD = fileURLToPath(new URL("./report-rss.mjs", import.meta.url));

/** GNU time with -o and -f, or nothing (BSD time has neither). */
export const hasGnuTime =
  existsSync(GNU_TIME) &&
  spawnSync(GNU_TIME, ["-o", "/dev/null", "-f", "%M", "true"]).status === 0;

const scratch = mkdtempSync(path.join(tmpdir(), "wps-bench-measure-"));
process.on("exit", () => rmSync(scratch, { recursive: true, force: true }));
let counter = 0;

/**
 * Run `command args` in `cwd`; resolves to { wallMs, rssMiB, cpuMs, code,
 * stderr }. Node commands without GNU time get `--import report-rss.mjs`
 * so they report their own peak memory; other commands then report none.
 */
export function measure(command, args, { cwd, env = {} } = {}) {
  const stats = path.join(scratch, `run-${counter++}.txt`);
  const isNode = command === process.execPath;
  let file = command;
  let argv = args;
  if (hasGnuTime) {
    file = GNU_TIME;
    argv = ["-o", stats, "-f", "%M %U %S", command, ...args];
  } else if (isNode) {
    argv = ["--import", RSS_PRELOAD, ...args];
  }
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(file, argv, {
      cwd,
      env: { ...process.env, NO_COLOR: "1", ...env, WPS_BENCH_RSS_FILE: stats },
      stdio: ["ignore", "ignore", "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (code) => {
      const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
      resolve({ wallMs, code, stderr, ...readStats(stats) });
    });
  });
}

function readStats(file) {
  if (!existsSync(file)) return { rssMiB: null, cpuMs: null };
  const fields = readFileSync(file, "utf8").trim().split(/\s+/).map(Number);
  rmSync(file, { force: true });
  if (hasGnuTime) {
    // GNU time prints a "Command exited with non-zero status" line first when it fails.
    const [rssKiB, user, system] = fields.slice(-3);
    return { rssMiB: rssKiB / 1024, cpuMs: (user + system) * 1000 };
  }
  const [rssKiB, cpuMs] = fields;
  return { rssMiB: rssKiB / 1024, cpuMs };
}

export function median(values) {
  const sorted = values.filter((v) => v !== null).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? sorted[middle]
    : (sorted[middle - 1] + sorted[middle]) / 2;
}
