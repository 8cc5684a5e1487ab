import { parentPort, type TransferListItem } from "node:worker_threads";
import type { AnswerMessage, JobMessage } from "./run-in-workers.js";

/**
 * The worker's side: answer every job with `handle(job)`, transferring
 * the buffers it names (they are the worker's own, so nothing is copied).
 */
export function serveJobs<Job, Answer>(
  handle: (job: Job) => { answer: Answer; transfer?: TransferListItem[] },
): void {
  parentPort?.on("message", ({ id, job }: JobMessage<Job>) => {
    const { answer, transfer } = handle(job);
    const message: AnswerMessage<Answer> = { id, answer };
    parentPort?.postMessage(message, transfer);
  });
}
