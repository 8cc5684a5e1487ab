// Preloaded (`node --import`) into a measured process when GNU time is not
// available: at exit, write the process's peak RSS (KiB) and CPU time (ms)
// to the file the benchmark names.
import { writeFileSync } from "node:fs";

const file = process.env.WPS_BENCH_RSS_FILE;
if (file !== undefined) {
  process.on("exit", () => {
    const usage = process.resourceUsage();
    const cpuMs = (usage.userCPUTime + usage.systemCPUTime) / 1000;
    writeFileSync(file, `${usage.maxRSS} ${cpuMs}\n`);
  });
}
