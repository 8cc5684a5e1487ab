import { describe, expect, it } from "vitest";
import { runInWorkers } from "../../src/engine/run-in-workers.js";

const workerFile = new URL(
  "../fixtures/workers/square-worker.mjs",
  import.meta.url,
);

/** Keeps the main thread busy, as a real job would, so a worker has time to start and take some. */
function busy(ms: number): void {
  const until = performance.now() + ms;
  while (performance.now() < until);
}

/** Squares on worker threads and the main thread; says who did each. */
async function squares(jobs: number[], workers: number) {
  const doneBy: string[] = [];
  const results = await runInWorkers<number, number, string>(jobs, {
    workerFile,
    workers,
    runHere: (n) => {
      busy(10);
      return `${Math.abs(n) ** 2} here`;
    },
    fromWorker: (answer) => `${answer} worker`,
    onDone: (n) => doneBy.push(String(n)),
  });
  return { results, doneBy };
}

describe("jobs on worker threads", () => {
  const jobs = Array.from({ length: 40 }, (_, i) => i);

  it("gives every result in the jobs' order, done once each, with or without workers", async () => {
    for (const workers of [0, 1, 2]) {
      const { results, doneBy } = await squares(jobs, workers);
      expect(results.map((r) => Number(r.split(" ")[0]))).toEqual(
        jobs.map((n) => n * n),
      );
      expect(doneBy.sort()).toEqual(jobs.map(String).sort());
    }
  });

  it("shares the work with a worker", async () => {
    const { results } = await squares(jobs, 1);
    expect(results.some((r) => r.endsWith("worker"))).toBe(true);
    expect(results.some((r) => r.endsWith("here"))).toBe(true);
  });

  it("does the jobs of a worker that failed on the main thread", async () => {
    // The worker is handed jobs 0-2 first and dies on the third.
    const failing = jobs.map((n) => (n === 2 ? -2 : n));
    const { results } = await squares(failing, 1);
    expect(results.map((r) => Number(r.split(" ")[0]))).toEqual(
      jobs.map((n) => n * n),
    );
    expect(results[0]).toBe("0 worker");
    expect(results[2]).toBe("4 here");
  });
});
