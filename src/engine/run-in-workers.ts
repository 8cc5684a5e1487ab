import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { spareCores } from "./idle-cores.js";

/** What the pool posts to a worker, and what the worker answers (see serveJobs). */
export interface JobMessage<Job> {
  id: number;
  job: Job;
}
export interface AnswerMessage<Answer> {
  id: number;
  answer: Answer;
}

export interface WorkerPool<Job, Answer, Result> {
  /** The compiled worker module, which calls serveJobs. */
  workerFile: URL;
  /** Worker threads to start (the main thread works too). */
  workers: number;
  /** Do a job on the main thread. */
  runHere: (job: Job) => Result;
  /** A worker's answer as a result (e.g. deserialized). */
  fromWorker: (answer: Answer) => Result;
  /** Called once per job as it is done, wherever it was done. */
  onDone?: (job: Job) => void;
}

/**
 * Jobs queued at each worker. With one, a worker that finished its job
 * sat idle until the main thread finished its own and handed out the next.
 */
const QUEUED_PER_WORKER = 3;
const MAX_WORKERS = 7;

/**
 * How many worker threads can help: one per spare core (see spareCores),
 * none when the worker's compiled file is absent (running from the
 * TypeScript sources, as the test runner does).
 */
export function usableWorkers(workerFile: URL): number {
  if (!existsSync(fileURLToPath(workerFile))) return 0;
  return Math.min(MAX_WORKERS, spareCores());
}

/**
 * Do `jobs` on the main thread and `workers` worker threads at once, and
 * give their results in the jobs' order. Each worker keeps a few jobs
 * queued and gets the next as it answers, so the work splits evenly
 * whatever the workers' start-up costs. When none is left to hand out, the
 * main thread takes the jobs still queued at workers, last first, rather
 * than wait for a slow worker (starting cold, or on a busy core). A worker
 * that fails only leaves its jobs to the main thread. So the results never
 * depend on the number of workers, only the time does.
 */
export async function runInWorkers<Job, Answer, Result>(
  jobs: readonly Job[],
  pool: WorkerPool<Job, Answer, Result>,
): Promise<Result[]> {
  const results = new Array<Result>(jobs.length);
  const done = new Array<boolean>(jobs.length).fill(false);
  let next = 0;
  const finish = (index: number, result: () => Result) => {
    if (done[index]) return;
    results[index] = result();
    done[index] = true;
    pool.onDone?.(jobs[index]);
  };
  const letMessagesIn = () => new Promise((resolve) => setImmediate(resolve));

  const feed = (worker: Worker) =>
    new Promise<void>((resolve) => {
      let queued = 0;
      const send = () => {
        while (queued < QUEUED_PER_WORKER && next < jobs.length) {
          const id = next++;
          const message: JobMessage<Job> = { id, job: jobs[id] };
          worker.postMessage(message);
          queued++;
        }
        if (queued === 0) resolve();
      };
      worker.on("message", ({ id, answer }: AnswerMessage<Answer>) => {
        queued--;
        finish(id, () => pool.fromWorker(answer));
        send();
      });
      // Its jobs stay undone and the main thread does them.
      worker.on("error", () => resolve());
      worker.on("exit", () => resolve());
      send();
    });

  const threads = Array.from(
    { length: Math.min(pool.workers, jobs.length - 1) },
    () => new Worker(pool.workerFile),
  );
  const fed = threads.map(feed);
  for (;;) {
    const index = next < jobs.length ? next++ : done.lastIndexOf(false);
    if (index === -1) break;
    finish(index, () => pool.runHere(jobs[index]));
    // Let the workers' answers in, and hand them their next jobs.
    await letMessagesIn();
  }
  await Promise.all(threads.map((worker) => worker.terminate()));
  await Promise.all(fed);
  return results;
}
