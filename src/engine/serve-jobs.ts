import { parentPort } from "node:worker_threads";
import type { AnswerMessage, JobMessage } from "./run-in-workers.js";

/** The worker's side: answer every job the pool posts with `handle(job)`. */
export function serveJobs<Job, Answer>(handle: (job: Job) => Answer): void {
  parentPort?.on("message", ({ id, job }: JobMessage<Job>) => {
    const message: AnswerMessage<Answer> = { id, answer: handle(job) };
    parentPort?.postMessage(message);
  });
}
