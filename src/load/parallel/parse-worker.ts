// A worker thread that parses contribution files. It answers each batch
// with the parses serialized (node:v8), which the main thread both
// deserializes and stores in the cache as they are.
import { serialize } from "node:v8";
import { parentPort } from "node:worker_threads";
import { parseContribution } from "../load-contribution.js";
import type { ParseBatch, ParsedBatch } from "./protocol.js";

parentPort?.on("message", (batch: ParseBatch) => {
  const results = batch.files.map(({ file, bytes }) =>
    serialize(parseContribution(bytes, file)),
  );
  const answer: ParsedBatch = { id: batch.id, results };
  parentPort?.postMessage(answer);
});
